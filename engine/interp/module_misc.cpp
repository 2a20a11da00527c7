// concurrent.futures (ThreadPoolExecutor for run_in_executor) and typing (annotations only).

#include "modules.h"

#include "aio/executor.h"
#include "py/args.h"
#include "py/function.h"
#include "py/protocol.h"
#include "core/str.h"

#include <mutex>

namespace aw::interp {

namespace {

class PoolObject : public Object {
public:
    PoolObject(TypeObject *t, int64_t workers, std::string n) : Object(t), maxWorkers(workers), name(std::move(n)) {}
    int64_t maxWorkers;
    std::string name; // thread name prefix
    Ref<aio::Executor> executor; // made on first use, on the loop using it
};

TypeObject *poolType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("ThreadPoolExecutor", "concurrent.futures.thread", {});
        type->slots.newInstance = [](TypeObject *cls, const CallArgs &args) {
            auto a = py::parseArgs(args, "ThreadPoolExecutor", {"max_workers", "thread_name_prefix"}, 0);
            std::string prefix = a.wasGiven(1) && !a[1].isNone() && !py::strText(a[1]).empty()
                ? py::strText(a[1])
                : "ThreadPoolExecutor-" + std::to_string(Interpreter::current().nextPoolNumber());
            int64_t workers = -1;
            if (a.wasGiven(0) && !a[0].isNone()) {
                workers = py::toInt(a[0]);
                if (workers <= 0)
                    py::raise(builtin::ValueError(), "max_workers must be greater than 0");
            }
            return Value(make<PoolObject>(cls, workers, prefix));
        };
        type->slots.getAttr = [](const Value &self, const Value &name, Value &out) {
            if (py::strText(name) != "_awaitscope_executor")
                return false;
            auto *p = self.as<PoolObject>();
            aio::EventLoop &loop = runningLoop(Interpreter::current());
            if (!p->executor || p->executor->loop() != &loop) {
                const int64_t n = p->maxWorkers > 0 ? p->maxWorkers : aio::Executor::defaultMaxWorkers(loop.cpuCount());
                p->executor = make<aio::Executor>(&loop, static_cast<int>(n), p->name);
            }
            out = Value(p->executor);
            return true;
        };
        return type;
    }();
    return t;
}

TypeObject *aliasType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("_SpecialForm", "typing", {});
        type->slots.getItem = [](const Value &self, const Value &) { return self; };
        type->slots.call = [](const Value &self, const CallArgs &) { return self; };
        type->slots.repr = [](const Value &) { return std::string("typing.Any"); };
        return type;
    }();
    return t;
}

class AliasObject : public Object {
public:
    AliasObject() : Object(aliasType()) {}
};

} // namespace

void initConcurrentFuturesModule(Interpreter &, ModuleObject &m)
{
    static std::once_flag once;
    std::call_once(once, [] {
        defineMethod(poolType(), "__enter__", [](const Value &self, const CallArgs &) { return self; });
        defineMethod(poolType(), "__exit__", [](const Value &, const CallArgs &) { return Value::boolean(false); });
        defineMethod(poolType(), "shutdown", [](const Value &, const CallArgs &) { return Value(); });
    });
    m.set("ThreadPoolExecutor", Value(poolType()));
    for (const char *c : {"FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"})
        m.set(c, py::name(c));
}

namespace {

class ThreadObject : public Object {
public:
    ThreadObject(TypeObject *t, std::string n) : Object(t), name(std::move(n)) {}
    std::string name;
};

TypeObject *threadType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("Thread", "threading", {});
        type->slots.getAttr = [](const Value &self, const Value &attr, Value &out) {
            const std::string &a = py::strText(attr);
            auto *thread = self.as<ThreadObject>();
            if (a == "name")
                out = aw::str(thread->name);
            else if (a == "ident" || a == "native_id")
                out = Value::integer(static_cast<int64_t>(std::hash<std::string>()(thread->name) & 0xFFFFFF));
            else if (a == "daemon")
                out = Value::boolean(thread->name != "MainThread");
            else
                return false;
            return true;
        };
        type->slots.repr = [](const Value &v) {
            return "<Thread(" + v.as<ThreadObject>()->name + ", started)>";
        };
        defineMethod(type, "getName", [](const Value &s, const CallArgs &) { return aw::str(s.as<ThreadObject>()->name); });
        defineMethod(type, "is_alive", [](const Value &, const CallArgs &) { return Value::boolean(true); });
        return type;
    }();
    return t;
}

} // namespace

void initThreadingModule(Interpreter &interp, ModuleObject &m)
{
    Interpreter *ip = &interp;
    m.def("current_thread", [ip](const Value &, const CallArgs &) {
        return Value(make<ThreadObject>(threadType(), ip->threadName()));
    });
    m.def("main_thread", [](const Value &, const CallArgs &) {
        return Value(make<ThreadObject>(threadType(), "MainThread"));
    });
    m.def("get_ident", [ip](const Value &, const CallArgs &) {
        return Value::integer(static_cast<int64_t>(std::hash<std::string>()(ip->threadName()) & 0xFFFFFF));
    });
}

void initTypingModule(ModuleObject &m)
{
    for (const char *n : {"Any", "List", "Dict", "Tuple", "Set", "FrozenSet", "Optional", "Union", "Callable",
                          "Awaitable", "Coroutine", "AsyncIterator", "AsyncIterable", "AsyncGenerator", "Iterable",
                          "Iterator", "Generator", "Sequence", "Mapping", "Type", "TypeVar", "Generic", "NoReturn"})
        m.set(n, Value(make<AliasObject>()));
}

} // namespace aw::interp
