// asyncio.Future and asyncio.Task as Python sees them, and the conversions between Python
// awaitables and the engine's.

#include "coroutine.h"
#include "function_object.h"
#include "modules.h"
#include "suspend.h"
#include "traceback.h"

#include "aio/task.h"
#include "core/str.h"
#include "py/args.h"
#include "py/function.h"
#include "py/protocol.h"

#include <mutex>

namespace aw::interp {

aio::EventLoop &runningLoop(Interpreter &interp)
{
    aio::EventLoop *loop = interp.currentLoop();
    if (!loop)
        py::raise(builtin::RuntimeError(), "no running event loop");
    return *loop;
}

aio::Awaitable toAwaitable(const Value &v)
{
    if (auto *f = v.as<aio::Future>())
        return aio::Awaitable(Ref<aio::Future>(f));
    if (isCoroutine(v))
        return aio::Awaitable(taskBody(v), coroutineName(v), v);
    if (auto *gen = v.as<GeneratorObject>()) {
        // asyncio counts every generator as a (generator-based) coroutine.
        Value coro = nativeCoroutine(gen->qualname(), [v] { return awaitGenerator(v); });
        return aio::Awaitable(taskBody(coro), coroutineName(coro), v);
    }
    Value awaitMethod;
    if (py::tryGetAttr(v, py::name("__await__"), awaitMethod)) {
        // asyncio wraps any other awaitable in a coroutine that awaits it, named so in reprs.
        Value coro = nativeCoroutine("_wrap_awaitable", [awaitMethod] { return awaitDunder(awaitMethod); });
        return aio::Awaitable(taskBody(coro), coroutineName(coro), coro);
    }
    py::raise(builtin::TypeError(), "An asyncio.Future, a coroutine or an awaitable is required");
}

Ref<aio::Task> createTask(aio::EventLoop &loop, const Value &coro, const Value &name)
{
    if (!isCoroutine(coro))
        py::raise(builtin::TypeError(), "a coroutine was expected, got " + py::repr(coro));
    std::optional<std::string> taskName;
    if (!name.isNone())
        taskName = py::str(name);
    Ref<aio::Task> task = loop.createTask(taskBody(coro), coroutineName(coro), taskName);
    task->setCoroutine(coro);
    return task;
}

Ref<aio::Future> ensureFuture(aio::EventLoop &loop, const Value &v)
{
    if (auto *f = v.as<aio::Future>())
        return Ref<aio::Future>(f);
    return aio::ensureFuture(loop, toAwaitable(v));
}

void runLoopCallback(const Value &fn, const std::vector<Value> &args)
{
    try {
        py::call(fn, CallArgs{args, {}});
    } catch (const PyException &e) {
        Interpreter &interp = Interpreter::current();
        std::string name = py::hasAttr(fn, "__qualname__") ? py::str(py::getAttr(fn, "__qualname__")) : py::repr(fn);
        std::string argText;
        for (size_t i = 0; i < args.size(); ++i)
            argText += (i ? ", " : "") + py::repr(args[i]);
        interp.writeError("Exception in callback " + name + "(" + argText + ")\nhandle: <Handle " + name + "(" +
                          argText + ")>\n" + formatTraceback(interp, e.object()));
    }
}

namespace {

aio::Future &fut(const Value &self)
{
    return *self.as<aio::Future>();
}

std::string stateName(const aio::Future &f)
{
    return f.cancelled() ? "cancelled" : f.done() ? "finished" : "pending";
}

// format_helpers._format_callbacks: " cb=[...]" with the first and last callbacks named.
std::string callbacksRepr(const aio::Future &f)
{
    std::vector<std::string> names;
    for (const auto &cb : f.callbackInfo()) {
        if (cb.wakes) {
            names.push_back("Task.task_wakeup()");
        } else if (auto *fn = cb.key.as<FunctionObject>()) {
            const CodeObject &code = fn->code();
            names.push_back(fn->qualname + "() at " + code.filename + ":" + std::to_string(code.firstLine));
        } else if (!cb.key.isNone()) {
            names.push_back(py::repr(cb.key) + "()");
        }
    }
    if (names.empty())
        return "";
    if (names.size() > 2)
        names = {names.front(), "<" + std::to_string(names.size() - 2) + " more>", names.back()};
    std::string out = " cb=[";
    for (size_t i = 0; i < names.size(); ++i)
        out += (i ? ", " : "") + names[i];
    return out + "]";
}

std::string futureRepr(const Value &self)
{
    aio::Future &f = fut(self);
    std::string out = "<" + std::string(self.as<aio::Task>() ? "Task" : "Future") + " " + stateName(f);
    if (auto *t = self.as<aio::Task>()) {
        out += " name='" + t->name() + "' coro=<" + t->coroName() + "() " + (t->done() ? "done" : "running");
        if (auto *c = t->coroutine().as<CoroutineObject>()) {
            const CodeObject &code = c->function().code();
            // A suspended coroutine is "running at" the line it waits in, as its frame's f_lineno.
            const uint32_t line = c->started() && !c->finished() && c->frame().line ? c->frame().line : code.firstLine;
            out += std::string(t->done() ? ", defined at " : " at ") + code.filename + ":" +
                   std::to_string(t->done() ? code.firstLine : line);
        }
        out += ">";
    }
    if (f.done() && !f.cancelled()) {
        if (const auto &e = f.peekException())
            out += " exception=" + py::repr(Value(e));
        else
            out += " result=" + py::repr(f.result());
    }
    if (!f.done()) {
        out += callbacksRepr(f);
        if (auto *t = self.as<aio::Task>(); t && t->waitingOn())
            out += " wait_for=" + futureRepr(Value(Ref<aio::Future>(t->waitingOn())));
    }
    return out + ">";
}

// Future.set_result/set_exception refuse a done future (with the C Future's message, which
// python3 prints, not the pure-Python one's state and repr), and a task is only ever
// completed by its coroutine.
void requireSettable(const Value &self, const char *method)
{
    if (self.as<aio::Task>())
        py::raise(builtin::RuntimeError(), std::string("Task does not support ") + method + " operation");
    const aio::Future &f = fut(self);
    if (f.done())
        py::raise(builtin::InvalidStateError(), "invalid state");
}

// A Python callable as an engine done-callback; `key` lets remove_done_callback find it.
aio::Future::Callback pythonCallback(Value fn, Value self)
{
    return [fn, self](aio::Future &) { runLoopCallback(fn, {self}); };
}

void defineFutureMethods(TypeObject *t)
{
    defineMethod(t, "result", [](const Value &s, const CallArgs &a) { py::noArgs(a, "result"); return fut(s).result(); });
    defineMethod(t, "exception", [](const Value &s, const CallArgs &a) {
        py::noArgs(a, "exception");
        Ref<ExceptionObject> e = fut(s).exception();
        return e ? Value(e) : Value();
    });
    defineMethod(t, "done", [](const Value &s, const CallArgs &) { return Value::boolean(fut(s).done()); });
    defineMethod(t, "cancelled", [](const Value &s, const CallArgs &) { return Value::boolean(fut(s).cancelled()); });
    defineMethod(t, "cancel", [](const Value &s, const CallArgs &a) {
        auto p = py::parseArgs(a, "cancel", {"msg"}, 0);
        return Value::boolean(fut(s).cancel(p[0]));
    });
    defineMethod(t, "add_done_callback", [](const Value &s, const CallArgs &a) {
        auto p = py::parseArgs(a, "add_done_callback", {"fn", "context"}, 1, 1);
        fut(s).addDoneCallback(pythonCallback(p[0], s), p[0]);
        return Value();
    });
    defineMethod(t, "remove_done_callback", [](const Value &s, const CallArgs &a) {
        return Value::integer(fut(s).removeDoneCallbacksByKey(py::oneArg(a, "remove_done_callback")));
    });
    defineMethod(t, "set_result", [](const Value &s, const CallArgs &a) {
        Value result = py::oneArg(a, "set_result");
        requireSettable(s, "set_result");
        fut(s).setResult(std::move(result));
        return Value();
    });
    defineMethod(t, "set_exception", [](const Value &s, const CallArgs &a) {
        Value e = py::oneArg(a, "set_exception");
        requireSettable(s, "set_exception");
        if (auto *cls = e.as<TypeObject>())
            e = py::call(Value(cls), {});
        auto *exc = e.as<ExceptionObject>();
        if (!exc)
            py::raise(builtin::TypeError(), "invalid exception object");
        fut(s).setException(Ref<ExceptionObject>(exc));
        return Value();
    });
}

aio::Task &task(const Value &self)
{
    return *self.as<aio::Task>();
}

void defineTaskMethods(TypeObject *t)
{
    defineMethod(t, "get_name", [](const Value &s, const CallArgs &) { return aw::str(task(s).name()); });
    defineMethod(t, "set_name", [](const Value &s, const CallArgs &a) {
        task(s).setName(py::str(py::oneArg(a, "set_name")));
        return Value();
    });
    defineMethod(t, "cancelling", [](const Value &s, const CallArgs &) { return Value::integer(task(s).cancelling()); });
    defineMethod(t, "uncancel", [](const Value &s, const CallArgs &) { return Value::integer(task(s).uncancel()); });
    defineMethod(t, "get_coro", [](const Value &s, const CallArgs &) { return task(s).coroutine(); });
}

} // namespace

void setupFutureTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        TypeObject *f = aio::futureType();
        f->slots.repr = futureRepr;
        // asyncio.Future() / asyncio.Task(coro): made on the running loop.
        f->slots.newInstance = [](TypeObject *, const CallArgs &args) {
            py::parseArgs(args, "Future", {"loop"}, 0, 0);
            aio::EventLoop *loop = Interpreter::current().currentLoop();
            if (!loop)
                py::raise(builtin::RuntimeError(), "There is no current event loop in thread 'MainThread'.");
            return Value(loop->createFuture());
        };
        f->slots.init = [](const Value &, const CallArgs &) {};
        defineFutureMethods(f);
        TypeObject *t = aio::taskType();
        t->slots.repr = futureRepr;
        t->slots.newInstance = [](TypeObject *, const CallArgs &args) {
            auto a = py::parseArgs(args, "Task", {"coro", "loop", "name", "context"}, 1);
            return Value(createTask(runningLoop(Interpreter::current()), a[0], a[2]));
        };
        t->slots.init = [](const Value &, const CallArgs &) {};
        defineTaskMethods(t);
        for (TypeObject *type : builtinTypes())
            inheritSlots(type);
    });
}

} // namespace aw::interp
