// The asyncio module: the engine's combinators and primitives with CPython's signatures.

#include "asyncio_loop.h"
#include "coroutine.h"
#include "function_object.h"
#include "modules.h"

#include "aio/as_completed.h"
#include "aio/gather.h"
#include "aio/sleep.h"
#include "aio/task_group.h"
#include "aio/timeouts.h"
#include "aio/wait.h"
#include "core/containers.h"
#include "core/str.h"
#include "py/args.h"
#include "py/function.h"
#include "py/protocol.h"

#include <unordered_map>

namespace aw::interp {

void setupFutureTypes();
void initPrimitives(ModuleObject &m);

namespace {

std::optional<double> optionalSeconds(const Value &v)
{
    if (v.isNone())
        return std::nullopt;
    return py::toDouble(v);
}

Step<Value> sleepCoroutine(Interpreter *interp, double delay, Value result)
{
    co_return co_await aio::sleep(runningLoop(*interp), delay, result);
}

Value gather(Interpreter &interp, const CallArgs &args)
{
    bool returnExceptions = false;
    for (const auto &[k, v] : args.keywords) {
        if (py::strText(k) != "return_exceptions")
            py::raise(builtin::TypeError(), "gather() got an unexpected keyword argument '" + py::strText(k) + "'");
        returnExceptions = py::truthy(v);
    }
    aio::EventLoop &loop = interp.currentLoop() ? *interp.currentLoop()
                                               : currentLoopObject(interp).as<LoopObject>()->loop();
    std::vector<Ref<aio::Future>> children;
    // The same awaitable twice is one child. Only objects can be awaited (anything else
    // raises in ensureFuture), so identity is the object's address.
    std::unordered_map<const Object *, Ref<aio::Future>> seen;
    for (const Value &arg : args.positional) {
        Ref<aio::Future> &fut = seen[arg.asObject()];
        if (!fut)
            fut = ensureFuture(loop, arg);
        children.push_back(fut);
    }
    return Value(aio::gather(loop, std::move(children), returnExceptions));
}

// The iteration order of `set(fs)`, as asyncio.wait and as_completed see their argument.
std::vector<Value> asSet(Interpreter &interp, const Value &fs)
{
    Value set = py::call(*interp.builtins().findStr("set"), {fs});
    std::vector<Value> out;
    Value it = py::iter(set);
    while (auto x = py::next(it))
        out.push_back(*x);
    return out;
}

Value makeSet(Interpreter &interp, const std::vector<Ref<aio::Future>> &items)
{
    std::vector<Value> values(items.begin(), items.end());
    return py::call(*interp.builtins().findStr("set"), {list(std::move(values))});
}

// The body of `async def wait(...)`: everything is checked when it runs, not when called.
Step<Value> waitCoroutine(Interpreter *interp, Value fsArg, Value timeoutArg, Value whenArg)
{
    if (fsArg.as<aio::Future>() || isCoroutine(fsArg))
        py::raise(builtin::TypeError(), "expect a list of futures, not " + py::typeOf(fsArg)->name());
    std::vector<Value> items = asSet(*interp, fsArg);
    if (items.empty())
        py::raise(builtin::ValueError(), "Set of Tasks/Futures is empty.");
    aio::ReturnWhen when = aio::ReturnWhen::AllCompleted;
    if (!whenArg.isNone()) {
        const std::string &w = py::strText(whenArg);
        if (w == "FIRST_COMPLETED")
            when = aio::ReturnWhen::FirstCompleted;
        else if (w == "FIRST_EXCEPTION")
            when = aio::ReturnWhen::FirstException;
        else if (w != "ALL_COMPLETED")
            py::raise(builtin::ValueError(), "Invalid return_when value: " + w);
    }
    std::vector<Ref<aio::Future>> fs;
    for (const Value &v : items) {
        if (isCoroutine(v))
            py::raise(builtin::TypeError(), "Passing coroutines is forbidden, use tasks explicitly.");
        fs.push_back(ensureFuture(runningLoop(*interp), v));
    }
    aio::WaitResult r = co_await aio::wait(runningLoop(*interp), std::move(fs), optionalSeconds(timeoutArg), when);
    co_return tuple({makeSet(*interp, r.done), makeSet(*interp, r.pending)});
}

Value wait(Interpreter &interp, const CallArgs &args)
{
    auto a = py::parseArgs(args, "wait", {"fs", "timeout", "return_when"}, 1, 1);
    Interpreter *ip = &interp;
    Value fs = a[0], timeout = a[1], when = a[2];
    return nativeCoroutine("wait", [ip, fs, timeout, when] { return waitCoroutine(ip, fs, timeout, when); });
}

Step<Value> waitForCoroutine(Interpreter *interp, Value aw, std::optional<double> timeout)
{
    co_return co_await aio::waitFor(runningLoop(*interp), toAwaitable(aw), timeout);
}

// as_completed(): a list of coroutines, each awaiting the next future to finish.
Value asCompleted(Interpreter &interp, const CallArgs &args)
{
    auto a = py::parseArgs(args, "as_completed", {"fs", "timeout"}, 1, 1);
    std::vector<aio::Awaitable> fs;
    for (const Value &v : asSet(interp, a[0]))
        fs.push_back(toAwaitable(v));
    auto it = std::make_shared<aio::AsCompleted>(runningLoop(interp), std::move(fs), optionalSeconds(a[1]));
    std::vector<Value> coroutines;
    for (size_t i = 0; i < it->size(); ++i)
        coroutines.push_back(nativeCoroutine("as_completed.<locals>._wait_for_one", [it] { return it->next(); }));
    return py::iter(list(std::move(coroutines)));
}

} // namespace

void initAsyncioModule(Interpreter &interp, ModuleObject &m)
{
    setupFutureTypes();
    initPrimitives(m);
    initLoopFunctions(interp, m);
    initAsyncioContextManagers(interp, m);
    Interpreter *ip = &interp;
    m.def("sleep", [ip](const Value &, const CallArgs &args) {
        auto a = py::parseArgs(args, "sleep", {"delay", "result"}, 1);
        const double delay = py::toDouble(a[0]);
        Value result = a[1];
        return nativeCoroutine("sleep", [ip, delay, result] { return sleepCoroutine(ip, delay, result); });
    });
    m.def("create_task", [ip](const Value &, const CallArgs &args) {
        auto a = py::parseArgs(args, "create_task", {"coro", "name", "context"}, 1, 1);
        // asyncio.create_task() makes an unnamed task and renames it afterwards, so it always
        // takes a Task-N number (loop.create_task(name=...) does not).
        Ref<aio::Task> task = createTask(runningLoop(*ip), a[0], Value());
        if (!a[1].isNone())
            task->setName(py::str(a[1]));
        return Value(task);
    });
    m.def("ensure_future", [ip](const Value &, const CallArgs &args) {
        auto a = py::parseArgs(args, "ensure_future", {"coro_or_future", "loop"}, 1, 1);
        aio::EventLoop &loop = ip->currentLoop() ? *ip->currentLoop() : currentLoopObject(*ip).as<LoopObject>()->loop();
        return Value(ensureFuture(loop, a[0]));
    });
    m.def("gather", [ip](const Value &, const CallArgs &args) { return gather(*ip, args); });
    m.def("wait", [ip](const Value &, const CallArgs &args) { return wait(*ip, args); });
    m.def("wait_for", [ip](const Value &, const CallArgs &args) {
        auto a = py::parseArgs(args, "wait_for", {"fut", "timeout"}, 2);
        Value aw = a[0];
        const std::optional<double> timeout = optionalSeconds(a[1]);
        return nativeCoroutine("wait_for", [ip, aw, timeout] { return waitForCoroutine(ip, aw, timeout); });
    });
    m.def("shield", [ip](const Value &, const CallArgs &args) {
        return Value(aio::shield(runningLoop(*ip), toAwaitable(py::oneArg(args, "shield"))));
    });
    m.def("as_completed", [ip](const Value &, const CallArgs &args) { return asCompleted(*ip, args); });
    m.def("current_task", [ip](const Value &, const CallArgs &) {
        aio::Task *t = ip->currentLoop() ? ip->currentLoop()->currentTask() : nullptr;
        return t ? Value(t) : Value();
    });
    m.def("all_tasks", [ip](const Value &, const CallArgs &) {
        std::vector<Ref<aio::Future>> pending;
        for (aio::Task *t : runningLoop(*ip).pendingTasks())
            pending.emplace_back(t);
        return makeSet(*ip, pending);
    });
    m.def("iscoroutine", [](const Value &, const CallArgs &args) {
        return Value::boolean(isCoroutine(py::oneArg(args, "iscoroutine")));
    });
    m.def("iscoroutinefunction", [](const Value &, const CallArgs &args) {
        auto *fn = py::oneArg(args, "iscoroutinefunction").as<FunctionObject>();
        return Value::boolean(fn && fn->code().isCoroutine && !fn->code().isGenerator);
    });
    m.def("isfuture", [](const Value &, const CallArgs &args) {
        return Value::boolean(py::oneArg(args, "isfuture").as<aio::Future>() != nullptr);
    });
    for (const char *c : {"FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"})
        m.set(c, aw::str(c));
    m.set("CancelledError", Value(builtin::CancelledError()));
    m.set("TimeoutError", Value(builtin::TimeoutError()));
    m.set("InvalidStateError", Value(builtin::InvalidStateError()));
    m.set("QueueEmpty", Value(builtin::QueueEmpty()));
    m.set("QueueFull", Value(builtin::QueueFull()));
    m.set("BrokenBarrierError", Value(builtin::BrokenBarrierError()));
    m.set("LimitOverrunError", Value(builtin::LimitOverrunError()));
    m.set("Future", Value(aio::futureType()));
    m.set("Task", Value(aio::taskType()));
    // asyncio.tasks.ALL_COMPLETED, asyncio.exceptions.CancelledError...: one namespace here.
    for (const char *sub : {"tasks", "exceptions", "locks", "queues", "events", "futures", "runners", "timeouts"})
        m.set(sub, Value(&m));
}

} // namespace aw::interp
