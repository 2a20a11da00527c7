#include "generator.h"

#include "interpreter.h"

#include "aio/task.h"
#include "py/args.h"
#include "py/function.h"
#include "py/protocol.h"

#include <algorithm>
#include <cstdio>

namespace aw::interp {

namespace {
bool isA(const Ref<ExceptionObject> &e, TypeObject *t)
{
    return e && e->isInstance(t);
}

Ref<ExceptionObject> renamedStop(const Ref<ExceptionObject> &e, bool async)
{
    // PEP 479: a StopIteration escaping a generator body becomes a RuntimeError.
    auto err = newException(builtin::RuntimeError(), async ? "async generator raised StopAsyncIteration"
                                                           : "generator raised StopIteration");
    err->setCause(e);
    err->setContext(e);
    return err;
}
} // namespace

namespace {

GeneratorObject &gen(const Value &v)
{
    return *v.as<GeneratorObject>();
}

Value sendOrStop(GeneratorObject &g, Value sent, Ref<ExceptionObject> thrown)
{
    if (auto v = g.resume(std::move(sent), std::move(thrown)))
        return *v;
    raiseStopIteration(g.returnValue());
}

std::string objectRepr(const char *kind, const Value &v, const std::string &qualname)
{
    const std::string address = py::addressOf(*v.asObject());
    return std::string("<") + kind + " object " + qualname + " at " + address + ">";
}

} // namespace

void raiseStopIteration(const Value &value)
{
    std::vector<Value> args;
    if (!value.isNone())
        args.push_back(value);
    throw PyException(make<ExceptionObject>(builtin::StopIteration(), std::move(args)));
}

Ref<ExceptionObject> thrownException(const CallArgs &args)
{
    if (args.positional.empty())
        py::raise(builtin::TypeError(), "throw expected at least 1 argument, got 0");
    Value e = args.positional.size() > 1 && !args.positional[1].isNone() ? args.positional[1] : args.positional[0];
    if (e.as<TypeObject>())
        e = py::call(e, {});
    auto *exc = e.as<ExceptionObject>();
    if (!exc)
        py::raise(builtin::TypeError(), "exceptions must be classes or instances deriving from BaseException, not " +
                                            py::typeOf(e)->name());
    return Ref<ExceptionObject>(exc);
}

TypeObject *generatorType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("generator", "builtins", {});
        type->slots.iter = [](const Value &v) { return v; };
        type->slots.next = [](const Value &v) { return gen(v).resume(Value()); };
        type->slots.repr = [](const Value &v) { return objectRepr("generator", v, gen(v).qualname()); };
        defineMethod(type, "__next__", [](const Value &s, const CallArgs &) { return sendOrStop(gen(s), Value(), nullptr); });
        defineMethod(type, "send", [](const Value &s, const CallArgs &a) {
            return sendOrStop(gen(s), py::oneArg(a, "send"), nullptr);
        });
        defineMethod(type, "throw", [](const Value &s, const CallArgs &a) {
            return sendOrStop(gen(s), Value(), thrownException(a));
        });
        defineMethod(type, "close", [](const Value &s, const CallArgs &) {
            gen(s).close();
            return Value();
        });
        return type;
    }();
    return t;
}

TypeObject *asyncGeneratorType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("async_generator", "builtins", {});
        type->slots.repr = [](const Value &v) {
            return objectRepr("async_generator", v, v.as<AsyncGeneratorObject>()->qualname());
        };
        auto step = [](AsyncGenStepObject::Kind kind) {
            return [kind](const Value &s, const CallArgs &a) {
                Value arg;
                if (kind == AsyncGenStepObject::Send && !a.positional.empty())
                    arg = a.positional[0];
                if (kind == AsyncGenStepObject::Throw)
                    arg = Value(thrownException(a));
                return Value(make<AsyncGenStepObject>(Ref<AsyncGeneratorObject>(s.as<AsyncGeneratorObject>()), kind, arg));
            };
        };
        defineMethod(type, "__aiter__", [](const Value &s, const CallArgs &) { return s; });
        defineMethod(type, "__anext__", step(AsyncGenStepObject::Send));
        defineMethod(type, "asend", step(AsyncGenStepObject::Send));
        defineMethod(type, "athrow", step(AsyncGenStepObject::Throw));
        defineMethod(type, "aclose", step(AsyncGenStepObject::Close));
        return type;
    }();
    return t;
}

Suspendable::Suspendable(TypeObject *type, Ref<FunctionObject> fn, std::unique_ptr<Frame> frame)
    : Object(type)
    , m_function(std::move(fn))
    , m_frame(std::move(frame))
{
    m_frame->owner = this;
}

void Suspendable::clearReferences()
{
    // A suspended body still uses its frame; generators are closed before cycles are broken.
    if (m_started && !m_finished)
        return;
    m_frame->locals.clear();
    m_frame->bound.clear();
    m_frame->cells.clear();
    m_frame->returnValue = Value();
    m_sent = m_yieldedValue = m_returnValue = Value();
    m_throw = m_error = nullptr;
}

Value Suspendable::takeSent()
{
    if (m_throw)
        throw PyException(std::exchange(m_throw, nullptr));
    return std::exchange(m_sent, Value());
}

Driver Suspendable::runBody(Suspendable *self)
{
    Interpreter &interp = *self->m_frame->interp;
    try {
        const Flow flow = co_await execBlockAsync(self->m_function->code().body, *self->m_frame);
        self->m_returnValue = flow == Flow::Return ? self->m_frame->returnValue : Value();
    } catch (const PyException &e) {
        interp.addTraceback(e, *self->m_frame);
        self->m_error = e.object();
    } catch (const aio::TaskUnwind &) {
        self->m_error = newException(builtin::GeneratorExit(), "");
    } catch (...) {
        self->m_fatal = std::current_exception();
    }
    self->m_finished = true;
    self->m_running = false;
    self->releaseLocals();
    self->bodyFinished();
}

Driver Suspendable::startBody()
{
    m_started = true;
    return runBody(this);
}

// --- generators

GeneratorObject::GeneratorObject(Ref<FunctionObject> fn, std::unique_ptr<Frame> frame)
    : Suspendable(generatorType(), std::move(fn), std::move(frame))
{
}

GeneratorObject::~GeneratorObject()
{
    try {
        close();
    } catch (...) {
        // CPython reports an exception from a generator's cleanup as unraisable and goes on.
    }
    m_driver.reset();
}

std::coroutine_handle<> GeneratorObject::yielded(Value v, std::coroutine_handle<> body)
{
    m_yieldedValue = std::move(v);
    m_resume = body;
    return std::noop_coroutine();
}

std::optional<Value> GeneratorObject::resume(Value sent, Ref<ExceptionObject> thrown)
{
    // A running generator's frame is on the stack, as in CPython: `yield from g()` in g
    // recurses.
    RecursionGuard depth;
    if (m_running)
        py::raise(builtin::ValueError(), "generator already executing");
    if (m_finished) {
        if (thrown)
            throw PyException(thrown);
        return std::nullopt;
    }
    if (!m_started) {
        if (thrown) {
            m_started = m_finished = true;
            throw PyException(thrown);
        }
        if (!sent.isNone())
            py::raise(builtin::TypeError(), "can't send non-None value to a just-started generator");
        m_driver = startBody();
        m_resume = m_driver.handle();
    }
    m_sent = std::move(sent);
    m_throw = std::move(thrown);
    m_running = true;
    std::exchange(m_resume, {}).resume();
    m_running = false;
    if (m_fatal)
        std::rethrow_exception(std::exchange(m_fatal, nullptr));
    if (!m_finished)
        return std::exchange(m_yieldedValue, Value());
    m_driver.reset();
    if (Ref<ExceptionObject> e = std::exchange(m_error, nullptr))
        throw PyException(isA(e, builtin::StopIteration()) ? renamedStop(e, false) : e);
    return std::nullopt;
}

void GeneratorObject::close()
{
    if (!m_started || m_finished) {
        m_started = m_finished = true;
        return;
    }
    try {
        if (resume(Value(), newException(builtin::GeneratorExit(), "")))
            py::raise(builtin::RuntimeError(), "generator ignored GeneratorExit");
    } catch (const PyException &e) {
        if (!e.isInstance(builtin::GeneratorExit()) && !e.isInstance(builtin::StopIteration()))
            throw;
    }
}

// --- async generators

AsyncGeneratorObject::AsyncGeneratorObject(Ref<FunctionObject> fn, std::unique_ptr<Frame> frame)
    : Suspendable(asyncGeneratorType(), std::move(fn), std::move(frame))
{
    m_frame->interp->trackAsyncGenerator(this);
}

AsyncGeneratorObject::~AsyncGeneratorObject()
{
    m_frame->interp->untrackAsyncGenerator(this);
    m_driver.reset();
}

std::coroutine_handle<> AsyncGeneratorObject::yielded(Value v, std::coroutine_handle<> body)
{
    m_yieldedValue = std::move(v);
    m_resume = body;
    m_running = false;
    return std::exchange(m_consumer, {});
}

void AsyncGeneratorObject::clearReferences()
{
    Suspendable::clearReferences();
    m_finalizerLoop = Value();
}

bool AsyncGeneratorObject::finalize() noexcept
{
    if (!m_started || m_finished || m_finalizerLoop.isNone())
        return false;
    Value loop = std::exchange(m_finalizerLoop, Value());
    return scheduleAsyncGenClose(this, loop);
}

void AsyncGeneratorObject::bodyFinished()
{
    m_consumer = {};
}

void Suspendable::releaseLocals()
{
    for (Value &v : m_frame->locals)
        v = Value();
    std::fill(m_frame->bound.begin(), m_frame->bound.end(), false);
}

std::coroutine_handle<> AsyncGeneratorObject::Step::await_suspend(std::coroutine_handle<> consumer)
{
    AsyncGeneratorObject &g = *m_gen;
    if (g.m_running)
        py::raise(builtin::RuntimeError(), "anext(): asynchronous generator is already running");
    if (!g.m_started) {
        if (m_thrown) {
            g.m_started = g.m_finished = true;
            g.m_error = m_thrown;
            return consumer;
        }
        if (!m_sent.isNone())
            py::raise(builtin::TypeError(), "can't send non-None value to a just-started async generator");
        g.m_driver = g.startBody();
        g.m_resume = g.m_driver.handle();
        g.m_finalizerLoop = g.m_frame->interp->runningLoopObject;
    }
    g.m_driver.handle().promise().continuation = consumer;
    g.m_consumer = consumer;
    g.m_sent = std::move(m_sent);
    g.m_throw = std::move(m_thrown);
    g.m_running = true;
    return std::exchange(g.m_resume, {});
}

Value AsyncGeneratorObject::Step::await_resume()
{
    AsyncGeneratorObject &g = *m_gen;
    if (g.m_fatal)
        std::rethrow_exception(std::exchange(g.m_fatal, nullptr));
    if (!g.m_finished)
        return std::exchange(g.m_yieldedValue, Value());
    if (Ref<ExceptionObject> e = std::exchange(g.m_error, nullptr))
        throw PyException(isA(e, builtin::StopAsyncIteration()) ? renamedStop(e, true) : e);
    throw PyException(newException(builtin::StopAsyncIteration(), ""));
}

TypeObject *asyncGenStepType()
{
    static TypeObject *const t = makeBuiltinType("async_generator_asend", "builtins", {});
    return t;
}

AsyncGenStepObject::AsyncGenStepObject(Ref<AsyncGeneratorObject> g, Kind k, Value a)
    : Object(asyncGenStepType())
    , gen(std::move(g))
    , kind(k)
    , arg(std::move(a))
{
}

Step<Value> AsyncGenStepObject::run()
{
    Ref<AsyncGeneratorObject> g = gen;
    if (kind == Send)
        co_return co_await AsyncGeneratorObject::Step(g, arg, nullptr);
    Ref<ExceptionObject> thrown = kind == Close ? newException(builtin::GeneratorExit(), "") : Ref<ExceptionObject>(arg.as<ExceptionObject>());
    if (kind == Throw)
        co_return co_await AsyncGeneratorObject::Step(g, Value(), thrown);
    if (!g->started() || g->finished())
        co_return Value();
    bool yieldedAgain = false;
    try {
        co_await AsyncGeneratorObject::Step(g, Value(), thrown);
        yieldedAgain = true;
    } catch (const PyException &e) {
        if (!e.isInstance(builtin::GeneratorExit()) && !e.isInstance(builtin::StopAsyncIteration()))
            throw;
    }
    if (yieldedAgain)
        py::raise(builtin::RuntimeError(), "async generator ignored GeneratorExit");
    co_return Value();
}

} // namespace aw::interp
