#include "coroutine.h"

#include "coroutine_wrapper.h"
#include "interpreter.h"

#include "core/str.h"
#include "py/args.h"
#include "py/function.h"
#include "py/protocol.h"

namespace aw::interp {

TypeObject *coroutineType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("coroutine", "builtins", {});
        type->slots.repr = [](const Value &v) {
            const std::string address = py::addressOf(*v.asObject());
            return "<coroutine object " + coroutineName(v) + " at " + address + ">";
        };
        // Attributes are made when asked for, not stored on the type: making the type must
        // not allocate objects, whose serial numbers (object addresses) scenarios observe.
        type->slots.getAttr = [](const Value &self, const Value &name, Value &out) {
            const std::string &n = py::strText(name);
            if (n == "__name__" || n == "__qualname__") {
                const std::string qualname = coroutineName(self);
                const size_t dot = qualname.rfind('.');
                out = aw::str(n == "__name__" && dot != std::string::npos ? qualname.substr(dot + 1) : qualname);
            } else if (n == "__await__") {
                out = builtinFunction("__await__", [self](const Value &, const CallArgs &a) {
                    py::noArgs(a, "__await__");
                    return Value(make<CoroutineWrapperObject>(self));
                });
            } else if (n == "close") {
                out = builtinFunction("close", [self](const Value &, const CallArgs &a) {
                    py::noArgs(a, "close");
                    closeCoroutine(self);
                    return Value();
                });
            } else {
                return false;
            }
            return true;
        };
        return type;
    }();
    return t;
}

CoroutineObject::CoroutineObject(Ref<FunctionObject> fn, std::unique_ptr<Frame> frame)
    : Suspendable(coroutineType(), std::move(fn), std::move(frame))
{
}

CoroutineObject::~CoroutineObject()
{
    if (!m_started)
        m_frame->interp->coroutineNeverAwaited(qualname());
}

Step<Value> CoroutineObject::run()
{
    if (m_started)
        py::raise(builtin::RuntimeError(), "cannot reuse already awaited coroutine");
    m_started = true;
    Ref<CoroutineObject> self(this);
    Frame &f = *m_frame;
    try {
        const Flow flow = co_await execBlockAsync(m_function->code().body, f);
        m_finished = true;
        Value result = flow == Flow::Return ? f.returnValue : Value();
        releaseLocals();
        co_return result;
    } catch (const PyException &e) {
        m_finished = true;
        f.interp->addTraceback(e, f);
        releaseLocals();
        if (!e.isInstance(builtin::StopIteration()))
            throw;
        // PEP 479: a StopIteration escaping a coroutine body becomes a RuntimeError (a
        // future cannot hold a StopIteration, so a task would otherwise never finish).
        auto err = newException(builtin::RuntimeError(), "coroutine raised StopIteration");
        err->setCause(e.object());
        err->setContext(e.object());
        throw PyException(err);
    } catch (...) {
        m_finished = true;
        throw;
    }
}

NativeCoroutineObject::NativeCoroutineObject(std::string qualname, Body body)
    : Object(coroutineType())
    , m_qualname(std::move(qualname))
    , m_body(std::move(body))
{
}

NativeCoroutineObject::~NativeCoroutineObject() = default;

Step<Value> NativeCoroutineObject::run()
{
    if (m_started || !m_body)
        py::raise(builtin::RuntimeError(), "cannot reuse already awaited coroutine");
    m_started = true;
    return m_body();
}

bool isCoroutine(const Value &v)
{
    return v.as<CoroutineObject>() || v.as<NativeCoroutineObject>();
}

std::string coroutineName(const Value &v)
{
    if (auto *c = v.as<CoroutineObject>())
        return c->qualname();
    if (auto *n = v.as<NativeCoroutineObject>())
        return n->qualname();
    return py::typeOf(v)->name();
}

void closeCoroutine(const Value &v)
{
    if (auto *c = v.as<CoroutineObject>()) {
        if (c->started() && !c->finished())
            py::raise(builtin::RuntimeError(), "coroutine " + c->qualname() + " is suspended in a task: only the task can close it");
        c->closeUnstarted();
    } else if (auto *n = v.as<NativeCoroutineObject>(); n && !n->started()) {
        // A running one's body holds what it waits on (see NativeCoroutineObject::run).
        n->clearReferences();
    }
}

Step<Value> runCoroutine(const Value &v)
{
    if (auto *c = v.as<CoroutineObject>()) {
        // A coroutine runs at once until its first suspension, nested in its awaiter's C++
        // frame: `await f()` in f recurses, and counts as a call until the chain suspends.
        RecursionGuard depth;
        return c->run();
    }
    if (auto *n = v.as<NativeCoroutineObject>())
        return n->run();
    py::raise(builtin::TypeError(), "a coroutine was expected, got " + py::repr(v));
}

namespace {
struct CoroutineHandoff {
    Value coro;
    bool ran = false;
    ~CoroutineHandoff()
    {
        if (auto *c = coro.as<CoroutineObject>(); c && !ran)
            c->closeUnstarted();
    }
};
} // namespace

namespace {
// The engine's tasks run QCoro coroutines; this is the one frame per task that adapts.
QCoro::Task<Value> runAsTask(Value coro)
{
    co_return co_await runCoroutine(coro);
}
} // namespace

std::function<QCoro::Task<Value>()> taskBody(Value coro)
{
    auto handoff = std::make_shared<CoroutineHandoff>();
    handoff->coro = std::move(coro);
    return [handoff] {
        handoff->ran = true;
        return runAsTask(handoff->coro);
    };
}

Value nativeCoroutine(std::string qualname, NativeCoroutineObject::Body body)
{
    return Value(make<NativeCoroutineObject>(std::move(qualname), std::move(body)));
}

namespace {
Step<Value> awaitEngineTask(QCoro::Task<Value> task)
{
    co_return co_await std::move(task);
}
} // namespace

Value nativeCoroutine(std::string qualname, std::function<QCoro::Task<Value>()> body)
{
    NativeCoroutineObject::Body adapted = [body = std::move(body)] { return awaitEngineTask(body()); };
    return nativeCoroutine(std::move(qualname), std::move(adapted));
}

} // namespace aw::interp
