#include "as_completed.h"

#include <algorithm>
#include <memory>

namespace aw::aio {

struct AsCompleted::State {
    Ref<Queue> done;
    std::vector<std::pair<Ref<Future>, uint64_t>> todo; // a future and its callback's token
    Ref<TimerHandle> timeoutHandle;
};

AsCompleted::AsCompleted(EventLoop &loop, std::vector<Awaitable> fs, std::optional<double> timeout)
    : m_state(std::make_shared<State>())
{
    m_state->done = make<Queue>(&loop, 0, Queue::Order::Fifo, Queue::Less{}, "as_completed");
    for (auto &aw : fs) {
        Ref<Future> f = ensureFuture(loop, std::move(aw));
        const bool seen = std::any_of(m_state->todo.begin(), m_state->todo.end(),
                                      [&f](const auto &entry) { return entry.first == f; });
        if (!seen)
            m_state->todo.emplace_back(f, 0);
    }
    m_count = m_state->todo.size();
    std::weak_ptr<State> weak = m_state;
    for (auto &[f, token] : m_state->todo) {
        token = f->addDoneCallback([weak](Future &fut) {
            auto st = weak.lock();
            if (!st || st->todo.empty())
                return; // the timeout was here first
            std::erase_if(st->todo, [&fut](const auto &entry) { return entry.first.get() == &fut; });
            st->done->putNowait(Value(Ref<Future>(&fut)));
            if (st->todo.empty() && st->timeoutHandle)
                st->timeoutHandle->cancel();
        });
    }
    if (!m_state->todo.empty() && timeout) {
        m_state->timeoutHandle = loop.callLater(*timeout, [weak] {
            auto st = weak.lock();
            if (!st)
                return;
            for (const auto &[f, token] : st->todo) {
                f->removeDoneCallback(token);
                st->done->putNowait(Value());
            }
            st->todo.clear();
        });
    }
}

QCoro::Task<Value> AsCompleted::next()
{
    std::shared_ptr<State> st = m_state;
    Value f = co_await st->done->get();
    if (f.isNone())
        throw PyException(newException(builtin::TimeoutError(), ""));
    co_return f.as<Future>()->result();
}

} // namespace aw::aio
