#include "gather.h"

#include "core/containers.h"
#include "core/str.h"
#include "event_loop.h"

#include <memory>
#include <unordered_set>

namespace aw::aio {

TypeObject *gatheringFutureType()
{
    static TypeObject *const t = makeBuiltinType("_GatheringFuture", "asyncio.tasks", {futureType()});
    return t;
}

GatheringFuture::GatheringFuture(EventLoop *loop, std::vector<Ref<Future>> children)
    : Future(loop, gatheringFutureType())
    , m_children(std::move(children))
{
    setWaitTarget({WaitKind::Gather, futureId(), 0.0});
}

bool GatheringFuture::cancel(Value msg)
{
    if (done())
        return false;
    bool ret = false;
    for (const auto &child : m_children) {
        if (child->cancel(msg))
            ret = true;
    }
    if (ret)
        m_cancelRequested = true;
    return ret;
}

namespace {

struct GatherState {
    std::vector<Ref<Future>> children;
    GatheringFuture *outer = nullptr; // set once built; owned by whoever awaits it
    Ref<GatheringFuture> outerRef;
    size_t nfuts = 0;
    size_t nfinished = 0;
    bool returnExceptions = false;
};

Value childOutcome(Future &fut)
{
    if (fut.cancelled()) {
        const Value &msg = fut.cancelMessage();
        return Value(make<ExceptionObject>(builtin::CancelledError(),
                                           std::vector<Value>{msg.isNone() ? str("") : msg}));
    }
    if (Ref<ExceptionObject> exc = fut.exception())
        return Value(exc);
    return fut.result();
}

void onChildDone(const std::shared_ptr<GatherState> &st, Future &fut)
{
    ++st->nfinished;
    GatheringFuture *outer = st->outer;
    if (!outer || outer->done()) {
        if (!fut.cancelled())
            fut.exception(); // marks it retrieved
        return;
    }
    if (!st->returnExceptions) {
        if (fut.cancelled()) {
            outer->setException(fut.makeCancelledError());
            return;
        }
        if (Ref<ExceptionObject> exc = fut.exception()) {
            outer->setException(exc);
            return;
        }
    }
    if (st->nfinished != st->nfuts)
        return;
    std::vector<Value> results;
    results.reserve(st->children.size());
    for (const auto &child : st->children)
        results.push_back(childOutcome(*child));
    if (outer->cancelRequested())
        outer->setException(st->children.back()->makeCancelledError());
    else
        outer->setResult(list(std::move(results)));
    st->outerRef = nullptr;
}

} // namespace

Ref<Future> gather(EventLoop &loop, std::vector<Ref<Future>> children, bool returnExceptions)
{
    if (children.empty()) {
        Ref<Future> outer = loop.createFuture();
        outer->setResult(list({}));
        return outer;
    }
    auto st = std::make_shared<GatherState>();
    st->returnExceptions = returnExceptions;
    st->children = children;
    // A child given twice is waited for once (gather(*aws) of 100,000 tasks: not a scan).
    std::unordered_set<const Future *> seen;
    for (const auto &child : children) {
        if (!seen.insert(child.get()).second)
            continue;
        ++st->nfuts;
        child->addDoneCallback([st](Future &f) { onChildDone(st, f); });
    }
    auto outer = make<GatheringFuture>(&loop, std::move(children));
    st->outer = outer.get();
    // The children's callbacks must find the outer future even if the caller drops it.
    st->outerRef = outer;
    return outer;
}

} // namespace aw::aio
