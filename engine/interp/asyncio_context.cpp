// asyncio.timeout()/timeout_at() and asyncio.TaskGroup as async context managers.

#include "coroutine.h"
#include "modules.h"

#include "aio/task_group.h"
#include "aio/timeouts.h"
#include "py/args.h"
#include "py/function.h"
#include "py/protocol.h"

#include <mutex>

namespace aw::interp {

namespace {

class ContextObject : public Object {
public:
    using Object::Object;
    Ref<aio::Timeout> timeout;
    Ref<aio::TaskGroup> group;
    Ref<Object> dict;
    Ref<Object> *attributeSlot() noexcept override { return &dict; }
};

TypeObject *timeoutObjectType()
{
    static TypeObject *const t = makeBuiltinType("Timeout", "asyncio.timeouts", {});
    return t;
}

TypeObject *taskGroupObjectType()
{
    static TypeObject *const t = makeBuiltinType("TaskGroup", "asyncio.taskgroups", {});
    return t;
}

ContextObject &ctx(const Value &v)
{
    return *v.as<ContextObject>();
}

Ref<ExceptionObject> exceptionArg(const CallArgs &args)
{
    if (args.positional.size() < 2)
        return nullptr;
    auto *e = args.positional[1].as<ExceptionObject>();
    return e ? Ref<ExceptionObject>(e) : nullptr;
}

Value makeTimeout(std::optional<double> when)
{
    auto obj = make<ContextObject>(timeoutObjectType());
    obj->timeout = aio::timeoutAt(runningLoop(Interpreter::current()), when);
    return Value(obj);
}

Step<Value> exitGroup(Value self, Ref<ExceptionObject> exc)
{
    Ref<aio::TaskGroup> group = ctx(self).group;
    co_await group->exit(exc);
    co_return Value();
}

void defineMethods()
{
    TypeObject *t = timeoutObjectType();
    defineMethod(t, "__aenter__", [](const Value &self, const CallArgs &) {
        ctx(self).timeout->enter();
        Value keep = self;
        return nativeCoroutine("Timeout.__aenter__", [keep]() -> Step<Value> { co_return keep; });
    });
    defineMethod(t, "__aexit__", [](const Value &self, const CallArgs &args) {
        Value keep = self;
        Ref<ExceptionObject> exc = exceptionArg(args);
        return nativeCoroutine("Timeout.__aexit__", [keep, exc]() -> Step<Value> {
            ctx(keep).timeout->exit(exc);
            co_return Value();
        });
    });
    defineMethod(t, "when", [](const Value &self, const CallArgs &) {
        auto w = ctx(self).timeout->when();
        return w ? Value::floating(*w) : Value();
    });
    defineMethod(t, "expired", [](const Value &self, const CallArgs &) {
        return Value::boolean(ctx(self).timeout->expired());
    });
    defineMethod(t, "reschedule", [](const Value &self, const CallArgs &args) {
        const Value &w = py::oneArg(args, "reschedule");
        ctx(self).timeout->reschedule(w.isNone() ? std::nullopt : std::optional<double>(py::toDouble(w)));
        return Value();
    });

    TypeObject *g = taskGroupObjectType();
    g->slots.newInstance = [](TypeObject *cls, const CallArgs &args) {
        py::noArgs(args, "TaskGroup");
        return Value(make<ContextObject>(cls));
    };
    defineMethod(g, "__aenter__", [](const Value &self, const CallArgs &) {
        ContextObject &c = ctx(self);
        c.group = make<aio::TaskGroup>(&runningLoop(Interpreter::current()));
        c.group->enter();
        Value keep = self;
        return nativeCoroutine("TaskGroup.__aenter__", [keep]() -> Step<Value> { co_return keep; });
    });
    defineMethod(g, "__aexit__", [](const Value &self, const CallArgs &args) {
        Value keep = self;
        Ref<ExceptionObject> exc = exceptionArg(args);
        return nativeCoroutine("TaskGroup.__aexit__", [keep, exc] { return exitGroup(keep, exc); });
    });
    defineMethod(g, "create_task", [](const Value &self, const CallArgs &args) {
        auto a = py::parseArgs(args, "create_task", {"coro", "name", "context"}, 1, 1);
        ContextObject &c = ctx(self);
        if (!c.group)
            py::raise(builtin::RuntimeError(), "TaskGroup has not been entered");
        if (!isCoroutine(a[0]))
            py::raise(builtin::TypeError(), "a coroutine was expected, got " + py::repr(a[0]));
        Value coro = a[0];
        // TaskGroup.create_task() names the task after creating it, like asyncio.create_task().
        Ref<aio::Task> task = c.group->createTask(taskBody(coro), coroutineName(coro));
        task->setCoroutine(coro);
        if (!a[1].isNone())
            task->setName(py::str(a[1]));
        return Value(task);
    });
}

} // namespace

void initAsyncioContextManagers(Interpreter &interp, ModuleObject &m)
{
    static std::once_flag once;
    std::call_once(once, defineMethods);
    Interpreter *ip = &interp;
    m.def("timeout", [ip](const Value &, const CallArgs &args) {
        const Value &d = py::oneArg(args, "timeout");
        return makeTimeout(d.isNone() ? std::nullopt : std::optional<double>(runningLoop(*ip).time() + py::toDouble(d)));
    });
    m.def("timeout_at", [](const Value &, const CallArgs &args) {
        const Value &w = py::oneArg(args, "timeout_at");
        return makeTimeout(w.isNone() ? std::nullopt : std::optional<double>(py::toDouble(w)));
    });
    m.set("TaskGroup", Value(taskGroupObjectType()));
}

} // namespace aw::interp
