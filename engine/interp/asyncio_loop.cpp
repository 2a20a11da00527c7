#include "asyncio_loop.h"

#include "coroutine.h"
#include "generator.h"

#include "aio/awaiters.h"
#include "aio/executor.h"
#include "aio/runner.h"
#include "core/str.h"
#include "py/args.h"
#include "py/function.h"
#include "py/protocol.h"
#include "trace/recorder.h"
#include "traceback.h"
#include "worker_job.h"

#include <mutex>

namespace aw::interp {

namespace {

LoopObject &loopOf(const Value &v)
{
    auto *l = v.as<LoopObject>();
    if (!l)
        py::raise(builtin::TypeError(), "expected an event loop");
    return *l;
}

// Makes a loop current for the duration of a run and restores the previous one after.
struct LoopScope {
    Interpreter &interp;
    aio::EventLoop *previous;
    Value previousObject;
    LoopScope(Interpreter &i, LoopObject &loop)
        : interp(i)
        , previous(i.currentLoop())
        , previousObject(i.runningLoopObject)
    {
        i.setCurrentLoop(&loop.loop());
        i.runningLoopObject = Value(&loop);
    }
    ~LoopScope()
    {
        interp.setCurrentLoop(previous);
        interp.runningLoopObject = previousObject;
    }
};

// Closes the async generators still alive, as loop.shutdown_asyncgens() does.
QCoro::Task<Value> shutdownAsyncgens(Interpreter *interp)
{
    // Held from the start: closing one may drop the last reference to another.
    std::vector<Ref<AsyncGeneratorObject>> closing;
    for (AsyncGeneratorObject *g : interp->liveAsyncGenerators())
        if (g->started() && !g->finished())
            closing.emplace_back(g);
    for (const Ref<AsyncGeneratorObject> &g : closing) {
        auto step = make<AsyncGenStepObject>(g, AsyncGenStepObject::Close, Value());
        try {
            co_await step->run();
        } catch (const PyException &) {
            // CPython reports these through the loop's exception handler and carries on.
        }
    }
    co_return Value();
}

// What the trace shows of a value: its repr, or its type when the repr raises (a scenario's
// __repr__, an int past the 4300-digit limit), which must not disturb the run.
std::string describeForTrace(const Value &v)
{
    try {
        return py::repr(v);
    } catch (const PyException &) {
        return "<" + py::typeOf(v)->name() + " object>";
    }
}

QCoro::Task<Value> closeAsyncGen(Ref<AsyncGenStepObject> step)
{
    co_return co_await step->run();
}

} // namespace

bool scheduleAsyncGenClose(AsyncGeneratorObject *gen, const Value &loop) noexcept
{
    auto *l = loop.as<LoopObject>();
    if (!l || l->closed())
        return false;
    Value callSoon, createTask;
    try {
        callSoon = py::getAttr(loop, "call_soon");
        createTask = py::getAttr(loop, "create_task");
    } catch (...) {
        return false;
    }
    // From here the generator is referenced again: if scheduling fails, dropping `closer`
    // deletes it (its finalizer has run), so it must not be deleted a second time.
    auto step = make<AsyncGenStepObject>(Ref<AsyncGeneratorObject>(gen), AsyncGenStepObject::Close, Value());
    Value closer = nativeCoroutine("aclose", [step] { return closeAsyncGen(step); });
    try {
        py::call(callSoon, {createTask, closer});
    } catch (...) {
    }
    return true;
}

TypeObject *loopType()
{
    static TypeObject *const t = makeBuiltinType("_UnixSelectorEventLoop", "asyncio.unix_events", {});
    return t;
}

LoopObject::LoopObject(Interpreter &interp)
    : Object(loopType())
    , m_interp(&interp)
    , m_loop(interp.newLoop())
{
    if (trace::Trace *t = interp.trace())
        m_recorder = std::make_unique<trace::Recorder>(
            *m_loop, *t, describeForTrace,
            [&interp, loop = m_loop.get()] { return interp.lineDuring(*loop); });
}

LoopObject::~LoopObject()
{
    m_recorder.reset();
}

Value LoopObject::runUntilComplete(const Ref<aio::Future> &fut)
{
    if (m_running)
        py::raise(builtin::RuntimeError(), "This event loop is already running");
    if (m_closed)
        py::raise(builtin::RuntimeError(), "Event loop is closed");
    LoopScope scope(*m_interp, *this);
    m_running = true;
    try {
        Value v = m_loop->runUntilComplete(fut);
        m_running = false;
        return v;
    } catch (...) {
        m_running = false;
        throw;
    }
}

// What CPython's loop logs when a failed task is garbage collected without anybody having
// looked at its exception; reported when the loop that ran it is done.
void LoopObject::reportUnretrievedExceptions()
{
    if (!m_loop)
        return;
    for (const auto &task : m_loop->tasks()) {
        if (!task->exceptionNeverRetrieved())
            continue;
        task->markRetrieved();
        Value t(task);
        m_interp->writeError("Task exception was never retrieved\nfuture: " + py::repr(t) + "\n" +
                             formatTraceback(*m_interp, task->peekException()));
    }
}

void LoopObject::finishExecutorJobs()
{
    if (!m_loop)
        return;
    std::vector<Ref<aio::Executor>> executors(m_loop->executors().begin(), m_loop->executors().end());
    for (const auto &e : executors) {
        LoopScope scope(*m_interp, *this);
        m_loop->runUntilComplete(e->whenIdle());
    }
}

Value LoopObject::runMain(const Value &coro)
{
    LoopScope scope(*m_interp, *this);
    m_running = true;
    aio::RunOptions options;
    Interpreter *ip = m_interp;
    options.shutdownAsyncgens = [ip] { return shutdownAsyncgens(ip); };
    try {
        Value v = aio::run(*m_loop, taskBody(coro), coroutineName(coro), options, coro);
        m_running = false;
        m_closed = true;
        reportUnretrievedExceptions();
        return v;
    } catch (...) {
        m_running = false;
        m_closed = true;
        reportUnretrievedExceptions();
        throw;
    }
}

Value currentLoopObject(Interpreter &interp)
{
    if (!interp.runningLoopObject.isNone())
        return interp.runningLoopObject;
    if (interp.eventLoopObject.isNone()) {
        if (interp.eventLoopWasSet)
            py::raise(builtin::RuntimeError(), "There is no current event loop in thread 'MainThread'.");
        interp.eventLoopObject = Value(make<LoopObject>(interp));
    }
    return interp.eventLoopObject;
}

void setCurrentLoopObject(Interpreter &interp, Value loop)
{
    interp.eventLoopObject = std::move(loop);
    interp.eventLoopWasSet = true;
}

namespace {

Value callSoonLike(LoopObject &l, const CallArgs &args, size_t timeArgs, bool absolute, const char *name)
{
    if (args.positional.size() < timeArgs + 1)
        py::raise(builtin::TypeError(), std::string(name) + "() missing required argument");
    Value fn = args.positional[timeArgs];
    std::vector<Value> rest(args.positional.begin() + static_cast<std::ptrdiff_t>(timeArgs) + 1, args.positional.end());
    auto cb = [fn, rest] { runLoopCallback(fn, rest); };
    Ref<aio::Handle> h;
    if (timeArgs == 0)
        h = l.loop().callSoon(cb);
    else if (absolute)
        h = Ref<aio::Handle>(l.loop().callAt(py::toDouble(args.positional[0]), cb));
    else
        h = Ref<aio::Handle>(l.loop().callLater(py::toDouble(args.positional[0]), cb));
    return Value(h);
}

QCoro::Task<Value> runJob(Interpreter *interp, aio::WorkerContext *ctx, Value fn, std::vector<Value> args,
                          std::vector<std::pair<Value, Value>> keywords = {})
{
    auto job = std::make_unique<WorkerJob>(*interp, *ctx, std::move(fn), std::move(args), std::move(keywords));
    co_return co_await job->run();
}

Step<Value> toThread(Interpreter *interp, Value fn, std::vector<Value> args,
                            std::vector<std::pair<Value, Value>> keywords)
{
    aio::EventLoop &loop = runningLoop(*interp);
    const std::string name = py::hasAttr(fn, "__name__") ? py::str(py::getAttr(fn, "__name__")) : "job";
    Ref<aio::Future> fut = loop.defaultExecutor()->submit(
        [interp, fn, args, keywords](aio::WorkerContext &ctx) { return runJob(interp, &ctx, fn, args, keywords); }, name);
    co_return co_await aio::FutureAwaiter(fut);
}

Value runInExecutor(LoopObject &l, const CallArgs &args)
{
    if (args.positional.size() < 2)
        py::raise(builtin::TypeError(), "run_in_executor() missing required argument 'func'");
    Ref<aio::Executor> executor;
    const Value &e = args.positional[0];
    if (e.isNone())
        executor = l.loop().defaultExecutor();
    else if (Value impl; py::tryGetAttr(e, py::name("_awaitscope_executor"), impl))
        executor = Ref<aio::Executor>(impl.as<aio::Executor>());
    else
        py::raise(builtin::TypeError(), "executor must be ThreadPoolExecutor");
    Value fn = args.positional[1];
    std::vector<Value> rest(args.positional.begin() + 2, args.positional.end());
    Interpreter *ip = &l.interp();
    const std::string name = py::hasAttr(fn, "__name__") ? py::str(py::getAttr(fn, "__name__")) : "job";
    return Value(executor->submit([ip, fn, rest](aio::WorkerContext &ctx) { return runJob(ip, &ctx, fn, rest); }, name));
}

void defineLoopMethods(TypeObject *t)
{
    auto method = [t](const char *name, Value (*fn)(LoopObject &, const CallArgs &)) {
        defineMethod(t, name, [fn](const Value &self, const CallArgs &args) { return fn(loopOf(self), args); });
    };
    method("run_until_complete", [](LoopObject &l, const CallArgs &a) {
        Value aw = py::oneArg(a, "run_until_complete");
        Ref<aio::Future> fut = ensureFuture(l.loop(), aw);
        return l.runUntilComplete(fut);
    });
    method("time", [](LoopObject &l, const CallArgs &) { return Value::floating(l.loop().time()); });
    method("is_running", [](LoopObject &l, const CallArgs &) { return Value::boolean(l.running()); });
    method("is_closed", [](LoopObject &l, const CallArgs &) { return Value::boolean(l.closed()); });
    method("close", [](LoopObject &l, const CallArgs &) {
        if (l.running())
            py::raise(builtin::RuntimeError(), "Cannot close a running event loop");
        l.close();
        return Value();
    });
    method("stop", [](LoopObject &l, const CallArgs &) {
        l.loop().stop();
        return Value();
    });
    method("call_soon", [](LoopObject &l, const CallArgs &a) { return callSoonLike(l, a, 0, false, "call_soon"); });
    method("call_later", [](LoopObject &l, const CallArgs &a) { return callSoonLike(l, a, 1, false, "call_later"); });
    method("call_at", [](LoopObject &l, const CallArgs &a) { return callSoonLike(l, a, 1, true, "call_at"); });
    method("create_future", [](LoopObject &l, const CallArgs &) { return Value(l.loop().createFuture()); });
    method("create_task", [](LoopObject &l, const CallArgs &a) {
        auto p = py::parseArgs(a, "create_task", {"coro", "name", "context"}, 1, 1);
        return Value(createTask(l.loop(), p[0], p[1]));
    });
    method("run_in_executor", runInExecutor);
    method("shutdown_asyncgens", [](LoopObject &l, const CallArgs &) {
        Interpreter *ip = &l.interp();
        return nativeCoroutine("BaseEventLoop.shutdown_asyncgens", [ip] { return shutdownAsyncgens(ip); });
    });
    method("get_debug", [](LoopObject &, const CallArgs &) { return Value::boolean(false); });
    method("set_debug", [](LoopObject &, const CallArgs &) { return Value(); });
}

} // namespace

void initLoopFunctions(Interpreter &interp, ModuleObject &m)
{
    static std::once_flag once;
    std::call_once(once, [] {
        defineLoopMethods(loopType());
        aio::handleType()->slots.repr = [](const Value &) { return std::string("<Handle>"); };
        defineMethod(aio::handleType(), "cancel", [](const Value &s, const CallArgs &) {
            s.as<aio::Handle>()->cancel();
            return Value();
        });
        defineMethod(aio::handleType(), "cancelled", [](const Value &s, const CallArgs &) {
            return Value::boolean(s.as<aio::Handle>()->cancelled());
        });
        defineMethod(aio::timerHandleType(), "when", [](const Value &s, const CallArgs &) {
            return Value::floating(s.as<aio::TimerHandle>()->when());
        });
    });
    Interpreter *ip = &interp;
    m.def("run", [ip](const Value &, const CallArgs &args) {
        auto a = py::parseArgs(args, "run", {"main", "debug"}, 1, 1);
        if (!ip->runningLoopObject.isNone())
            py::raise(builtin::RuntimeError(), "asyncio.run() cannot be called from a running event loop");
        if (!isCoroutine(a[0]))
            py::raise(builtin::ValueError(), "a coroutine was expected, got " + py::repr(a[0]));
        auto loop = make<LoopObject>(*ip);
        ip->loops.emplace_back(loop);
        Value result = loop->runMain(a[0]);
        setCurrentLoopObject(*ip, Value());
        return result;
    });
    m.def("get_event_loop", [ip](const Value &, const CallArgs &) { return currentLoopObject(*ip); });
    // asyncio.to_thread(func, *args, **kwargs): a coroutine running func in the default executor.
    m.def("to_thread", [ip](const Value &, const CallArgs &args) {
        if (args.positional.empty())
            py::raise(builtin::TypeError(), "to_thread() missing 1 required positional argument: 'func'");
        Value fn = args.positional[0];
        std::vector<Value> rest(args.positional.begin() + 1, args.positional.end());
        std::vector<std::pair<Value, Value>> kw(args.keywords.begin(), args.keywords.end());
        return nativeCoroutine("to_thread", [ip, fn, rest, kw]() -> Step<Value> {
            return toThread(ip, fn, rest, kw);
        });
    });
    m.def("get_running_loop", [ip](const Value &, const CallArgs &) {
        if (ip->runningLoopObject.isNone())
            py::raise(builtin::RuntimeError(), "no running event loop");
        return ip->runningLoopObject;
    });
    m.def("new_event_loop", [ip](const Value &, const CallArgs &) { return Value(make<LoopObject>(*ip)); });
    m.def("set_event_loop", [ip](const Value &, const CallArgs &args) {
        setCurrentLoopObject(*ip, py::oneArg(args, "set_event_loop"));
        return Value();
    });
}

} // namespace aw::interp
