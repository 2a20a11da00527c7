#include "coroutine_wrapper.h"

#include "coroutine.h"
#include "generator.h"
#include "interpreter.h"

#include "py/args.h"
#include "py/function.h"
#include "py/protocol.h"

namespace aw::interp {

namespace {

CoroutineWrapperObject &wrapper(const Value &v)
{
    return *v.as<CoroutineWrapperObject>();
}

Value sendOrStop(CoroutineWrapperObject &w, Value sent, Ref<ExceptionObject> thrown)
{
    if (auto v = w.resume(std::move(sent), std::move(thrown)))
        return *v;
    raiseStopIteration(w.returnValue());
}

void closeUnstarted(const Value &coro)
{
    if (auto *c = coro.as<CoroutineObject>())
        c->closeUnstarted();
}

} // namespace

TypeObject *coroutineWrapperType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("coroutine_wrapper", "builtins", {});
        type->slots.iter = [](const Value &v) { return v; };
        type->slots.next = [](const Value &v) { return wrapper(v).resume(Value()); };
        defineMethod(type, "__next__", [](const Value &s, const CallArgs &) { return sendOrStop(wrapper(s), Value(), nullptr); });
        defineMethod(type, "send", [](const Value &s, const CallArgs &a) {
            return sendOrStop(wrapper(s), py::oneArg(a, "send"), nullptr);
        });
        defineMethod(type, "throw", [](const Value &s, const CallArgs &a) {
            return sendOrStop(wrapper(s), Value(), thrownException(a));
        });
        defineMethod(type, "close", [](const Value &s, const CallArgs &) {
            wrapper(s).close();
            return Value();
        });
        return type;
    }();
    return t;
}

CoroutineWrapperObject::CoroutineWrapperObject(Value coro)
    : Object(coroutineWrapperType())
    , m_coro(std::move(coro))
{
}

CoroutineWrapperObject::~CoroutineWrapperObject()
{
    try {
        close();
    } catch (...) {
        // As for a generator: an exception from the coroutine's cleanup is unraisable.
    }
    m_driver.reset();
}

void CoroutineWrapperObject::clearReferences()
{
    if (m_started && !m_finished)
        return;
    m_coro = m_yielded = m_returnValue = Value();
    m_host = nullptr;
    m_error = nullptr;
}

Driver CoroutineWrapperObject::run(CoroutineWrapperObject *self)
{
    try {
        self->m_returnValue = co_await runCoroutine(self->m_coro);
    } catch (const PyException &e) {
        self->m_error = e.object();
    } catch (...) {
        self->m_fatal = std::current_exception();
    }
    self->m_finished = true;
}

std::optional<Value> CoroutineWrapperObject::resume(Value sent, Ref<ExceptionObject> thrown)
{
    RecursionGuard depth;
    if (m_running)
        py::raise(builtin::ValueError(), "coroutine already executing");
    if (m_finished) {
        if (thrown)
            throw PyException(thrown);
        py::raise(builtin::RuntimeError(), "cannot reuse already awaited coroutine");
    }
    if (!m_started) {
        if (thrown) {
            m_started = m_finished = true;
            closeUnstarted(m_coro);
            throw PyException(thrown);
        }
        if (!sent.isNone())
            py::raise(builtin::TypeError(), "can't send non-None value to a just-started coroutine");
        m_started = true;
        m_driver = run(this);
        m_resume = m_driver.handle();
    } else if (thrown) {
        m_host->setPending(std::move(thrown));
    }
    aio::EventLoop *loop = Interpreter::current().currentLoop();
    m_stepping = loop ? loop->currentTask() : nullptr;
    aio::SuspendDelegate *outer = m_stepping ? m_stepping->exchangeDelegate(this) : nullptr;
    m_running = true;
    std::exchange(m_resume, {}).resume();
    m_running = false;
    if (m_stepping)
        m_stepping->exchangeDelegate(outer);
    m_stepping = nullptr;
    if (m_fatal)
        std::rethrow_exception(std::exchange(m_fatal, nullptr));
    if (!m_finished)
        return std::exchange(m_yielded, Value());
    m_host = nullptr;
    m_driver.reset();
    if (Ref<ExceptionObject> e = std::exchange(m_error, nullptr)) {
        if (e->isInstance(builtin::StopIteration())) {
            auto err = newException(builtin::RuntimeError(), "coroutine raised StopIteration");
            err->setCause(e);
            err->setContext(e);
            throw PyException(err);
        }
        throw PyException(e);
    }
    return std::nullopt;
}

void CoroutineWrapperObject::close()
{
    if (!m_started || m_finished) {
        if (!m_started)
            closeUnstarted(m_coro);
        m_started = m_finished = true;
        return;
    }
    try {
        if (resume(Value(), newException(builtin::GeneratorExit(), "")))
            py::raise(builtin::RuntimeError(), "coroutine ignored GeneratorExit");
    } catch (const PyException &e) {
        if (!e.isInstance(builtin::GeneratorExit()) && !e.isInstance(builtin::StopIteration()))
            throw;
    }
}

bool CoroutineWrapperObject::suspendOn(aio::Future *fut, std::coroutine_handle<> handle)
{
    m_resume = handle;
    m_host = Ref<aio::Task>(m_stepping);
    m_yielded = Value(Ref<aio::Future>(fut));
    return true;
}

bool CoroutineWrapperObject::suspendYield(std::coroutine_handle<> handle)
{
    m_resume = handle;
    m_host = Ref<aio::Task>(m_stepping);
    m_yielded = Value();
    return true;
}

} // namespace aw::interp
