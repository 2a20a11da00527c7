// asyncio.Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier and the queues.
//
// The Python object wraps the engine's primitive and creates it on first use inside a
// loop, as CPython's primitives bind to the running loop lazily (so a Lock made at module
// level works, and using it from another loop raises RuntimeError as in CPython).

#include "coroutine.h"
#include "modules.h"

#include "aio/barrier.h"
#include "aio/queues.h"
#include "core/str.h"
#include "py/args.h"
#include "py/function.h"
#include "py/protocol.h"
#include "py/runtime.h"

#include <mutex>

namespace aw::interp {

namespace {

enum class Kind : uint8_t { Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier, Queue, LifoQueue, PriorityQueue };

class PrimitiveObject : public Object {
public:
    PrimitiveObject(TypeObject *cls, Kind k, Interpreter *i) : Object(cls), kind(k), interp(i) {}
    Ref<Object> *attributeSlot() noexcept override { return &dict; }
    void clearReferences() override
    {
        Object::clearReferences();
        conditionLock = Value();
    }

    Kind kind;
    Interpreter *interp;
    int64_t number = 0;     // Semaphore value, Queue maxsize, Barrier parties
    Value conditionLock;    // Condition(lock)
    Ref<aio::Primitive> impl;
    Ref<Object> dict;

    aio::Primitive &bind();
    template<typename T>
    T &as() { return static_cast<T &>(bind()); }
};

PrimitiveObject &prim(const Value &v)
{
    return *v.as<PrimitiveObject>();
}

std::string kindName(Kind k)
{
    static const char *const names[] = {"Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore",
                                        "Barrier", "Queue", "LifoQueue", "PriorityQueue"};
    return names[static_cast<int>(k)];
}

aio::Primitive &PrimitiveObject::bind()
{
    aio::EventLoop &loop = runningLoop(*interp);
    if (impl) {
        if (impl->loop() != &loop)
            py::raise(builtin::RuntimeError(), py::repr(Value(this)) + " is bound to a different event loop");
        return *impl;
    }
    const std::string kindText = kindName(kind);
    const std::string name = kindText + "-" + std::to_string(interp->countPrimitive(kindText));
    switch (kind) {
    case Kind::Lock: impl = make<aio::Lock>(&loop, name); break;
    case Kind::Event: impl = make<aio::Event>(&loop, name); break;
    case Kind::Condition: {
        Ref<aio::Lock> lock;
        if (auto *l = conditionLock.as<PrimitiveObject>())
            lock = Ref<aio::Lock>(&l->as<aio::Lock>());
        impl = make<aio::Condition>(&loop, lock, name);
        break;
    }
    case Kind::Semaphore: impl = make<aio::Semaphore>(&loop, number, name); break;
    case Kind::BoundedSemaphore: impl = make<aio::BoundedSemaphore>(&loop, number, name); break;
    case Kind::Barrier: impl = make<aio::Barrier>(&loop, number, name); break;
    case Kind::Queue: impl = make<aio::Queue>(&loop, number, aio::Queue::Order::Fifo, aio::Queue::Less{}, name); break;
    case Kind::LifoQueue: impl = make<aio::Queue>(&loop, number, aio::Queue::Order::Lifo, aio::Queue::Less{}, name); break;
    case Kind::PriorityQueue:
        impl = make<aio::Queue>(&loop, number, aio::Queue::Order::Priority, py::lessThan, name);
        break;
    }
    return *impl;
}

// A method that returns a coroutine over an engine coroutine.
template<typename T, typename F>
void coroutineMethod(TypeObject *t, const std::string &name, F body)
{
    const std::string qualname = t->name() + "." + name;
    defineMethod(t, name, [qualname, body](const Value &self, const CallArgs &args) {
        Value keep = self;
        std::vector<Value> a(args.positional.begin(), args.positional.end());
        return nativeCoroutine(qualname, [keep, a, body] { return body(prim(keep).as<T>(), a); });
    });
}

QCoro::Task<Value> returnNone(QCoro::Task<Value> inner)
{
    co_await inner;
    co_return Value();
}

template<typename T>
void lockLike(TypeObject *t)
{
    coroutineMethod<T>(t, "acquire", [](T &p, const std::vector<Value> &) { return p.acquire(); });
    defineMethod(t, "release", [](const Value &s, const CallArgs &) {
        prim(s).as<T>().release();
        return Value();
    });
    defineMethod(t, "locked", [](const Value &s, const CallArgs &) {
        auto &p = prim(s);
        return Value::boolean(p.impl && static_cast<T &>(*p.impl).locked());
    });
    coroutineMethod<T>(t, "__aenter__", [](T &p, const std::vector<Value> &) { return returnNone(p.acquire()); });
    defineMethod(t, "__aexit__", [](const Value &s, const CallArgs &) {
        Value keep = s;
        return nativeCoroutine(py::typeOf(s)->name() + ".__aexit__", [keep]() -> Step<Value> {
            prim(keep).as<T>().release();
            co_return Value();
        });
    });
}

// Queue._format(): what a queue's str() and repr() show of its state.
std::string queueFormat(PrimitiveObject &p)
{
    std::string out = "maxsize=" + std::to_string(p.number);
    if (!p.impl)
        return out;
    auto &q = static_cast<aio::Queue &>(*p.impl);
    if (!q.items().empty()) {
        std::string items;
        for (const Value &item : q.items())
            items += (items.empty() ? "" : ", ") + py::repr(item);
        out += " _queue=[" + items + "]";
    }
    if (q.getterCount())
        out += " _getters[" + std::to_string(q.getterCount()) + "]";
    if (q.putterCount())
        out += " _putters[" + std::to_string(q.putterCount()) + "]";
    if (q.unfinishedTasks())
        out += " tasks=" + std::to_string(q.unfinishedTasks());
    return out;
}

// Barrier.__repr__: its state, and while not broken how many of its parties wait.
std::string barrierState(PrimitiveObject &p)
{
    using State = aio::Barrier::State;
    const auto *b = static_cast<aio::Barrier *>(p.impl.get());
    const State state = b ? b->state() : State::Filling;
    static const char *const names[] = {"filling", "draining", "resetting", "broken"};
    std::string out = names[static_cast<int>(state)];
    if (state != State::Broken)
        out += ", waiters:" + std::to_string(b ? b->nWaiting() : 0) + "/" + std::to_string(p.number);
    return out;
}

TypeObject *makeType(const std::string &name, const std::string &module, std::vector<TypeObject *> bases = {})
{
    TypeObject *t = makeBuiltinType(name, module, std::move(bases));
    t->slots.str = [](const Value &v) {
        auto &p = prim(v);
        if (p.kind < Kind::Queue)
            return py::typeOf(v)->slots.repr(v);
        return "<" + py::typeOf(v)->name() + " " + queueFormat(p) + ">";
    };
    t->slots.repr = [](const Value &v) {
        auto &p = prim(v);
        if (p.kind >= Kind::Queue) {
            const std::string address = py::addressOf(p);
            return "<" + py::typeOf(v)->name() + " at " + address + " " + queueFormat(p) + ">";
        }
        std::string state;
        if (p.kind == Kind::Event)
            state = p.impl && static_cast<aio::Event &>(*p.impl).isSet() ? "set" : "unset";
        else if (p.kind == Kind::Lock)
            state = p.impl && static_cast<aio::Lock &>(*p.impl).locked() ? "locked" : "unlocked";
        else if (p.kind == Kind::Semaphore || p.kind == Kind::BoundedSemaphore) {
            const int64_t value = p.impl ? static_cast<aio::Semaphore &>(*p.impl).value() : p.number;
            state = value == 0 ? "locked" : "unlocked, value:" + std::to_string(value);
        } else if (p.kind == Kind::Barrier) {
            state = barrierState(p);
        }
        const std::string address = py::addressOf(p);
        const std::string head = "<asyncio." + std::string(p.kind >= Kind::Queue ? "queues." : "locks.") +
                                 py::typeOf(v)->name() + " object at " + address;
        return state.empty() ? head + ">" : head + " [" + state + "]>";
    };
    return t;
}

} // namespace

namespace {

// `asyncio.Lock()`, `asyncio.Semaphore(2)`, `asyncio.Queue(maxsize=3)`: __new__ makes the
// object whatever the arguments (a subclass may take others), __init__ reads them.
template<Kind K>
Value construct(TypeObject *cls, const CallArgs &)
{
    auto obj = make<PrimitiveObject>(cls, K, &Interpreter::current());
    obj->number = K == Kind::Semaphore || K == Kind::BoundedSemaphore ? 1 : 0;
    return Value(obj);
}

template<Kind K>
void initialise(const Value &self, const CallArgs &args)
{
    static const char *const params[] = {nullptr, nullptr, "lock", "value", "value", "parties",
                                         "maxsize", "maxsize", "maxsize"};
    const char *param = params[static_cast<int>(K)];
    PrimitiveObject &obj = prim(self);
    const std::string fname = kindName(K);
    if (!param) {
        py::noArgs(args, fname);
        return;
    }
    auto a = py::parseArgs(args, fname, {param}, K == Kind::Barrier ? 1 : 0);
    if (a.wasGiven(0)) {
        if (K == Kind::Condition)
            obj.conditionLock = a[0];
        else
            obj.number = py::toInt(a[0]);
    }
    if ((K == Kind::Semaphore || K == Kind::BoundedSemaphore) && obj.number < 0)
        py::raise(builtin::ValueError(), "Semaphore initial value must be >= 0");
    if (K == Kind::Barrier && obj.number < 1)
        py::raise(builtin::ValueError(), "parties must be > 0");
}

template<Kind K>
void setConstructor(TypeObject *t)
{
    t->slots.newInstance = construct<K>;
    t->slots.init = initialise<K>;
}

} // namespace

void initPrimitives(ModuleObject &m)
{

    static TypeObject *const lock = makeType("Lock", "asyncio.locks");
    static TypeObject *const event = makeType("Event", "asyncio.locks");
    static TypeObject *const condition = makeType("Condition", "asyncio.locks");
    static TypeObject *const semaphore = makeType("Semaphore", "asyncio.locks");
    static TypeObject *const bounded = makeType("BoundedSemaphore", "asyncio.locks", {semaphore});
    static TypeObject *const barrier = makeType("Barrier", "asyncio.locks");
    static TypeObject *const queue = makeType("Queue", "asyncio.queues");
    static TypeObject *const lifo = makeType("LifoQueue", "asyncio.queues", {queue});
    static TypeObject *const priority = makeType("PriorityQueue", "asyncio.queues", {queue});
    static std::once_flag once;
    std::call_once(once, [] {
        lockLike<aio::Lock>(lock);
        lockLike<aio::Condition>(condition);
        lockLike<aio::Semaphore>(semaphore);
        defineMethod(event, "set", [](const Value &s, const CallArgs &) { prim(s).as<aio::Event>().set(); return Value(); });
        defineMethod(event, "clear", [](const Value &s, const CallArgs &) { prim(s).as<aio::Event>().clear(); return Value(); });
        defineMethod(event, "is_set", [](const Value &s, const CallArgs &) {
            auto &p = prim(s);
            return Value::boolean(p.impl && static_cast<aio::Event &>(*p.impl).isSet());
        });
        coroutineMethod<aio::Event>(event, "wait", [](aio::Event &e, const std::vector<Value> &) { return e.wait(); });
        coroutineMethod<aio::Condition>(condition, "wait", [](aio::Condition &c, const std::vector<Value> &) { return c.wait(); });
        coroutineMethod<aio::Condition>(condition, "wait_for", [](aio::Condition &c, const std::vector<Value> &a) {
            Value predicate = a.at(0);
            return c.waitFor([predicate] { return py::truthy(py::call(predicate, {})); });
        });
        defineMethod(condition, "notify", [](const Value &s, const CallArgs &a) {
            auto p = py::parseArgs(a, "notify", {"n"}, 0);
            prim(s).as<aio::Condition>().notify(p.wasGiven(0) ? static_cast<size_t>(py::toInt(p[0])) : 1);
            return Value();
        });
        defineMethod(condition, "notify_all", [](const Value &s, const CallArgs &) {
            prim(s).as<aio::Condition>().notifyAll();
            return Value();
        });
        coroutineMethod<aio::Barrier>(barrier, "wait", [](aio::Barrier &b, const std::vector<Value> &) { return b.wait(); });
        coroutineMethod<aio::Barrier>(barrier, "reset", [](aio::Barrier &b, const std::vector<Value> &) { return b.reset(); });
        coroutineMethod<aio::Barrier>(barrier, "abort", [](aio::Barrier &b, const std::vector<Value> &) { return b.abort(); });
        coroutineMethod<aio::Barrier>(barrier, "__aenter__", [](aio::Barrier &b, const std::vector<Value> &) { return b.wait(); });
        defineMethod(barrier, "__aexit__", [](const Value &, const CallArgs &) {
            return nativeCoroutine("Barrier.__aexit__", []() -> Step<Value> { co_return Value(); });
        });
        coroutineMethod<aio::Queue>(queue, "put", [](aio::Queue &q, const std::vector<Value> &a) { return q.put(a.at(0)); });
        coroutineMethod<aio::Queue>(queue, "get", [](aio::Queue &q, const std::vector<Value> &) { return q.get(); });
        coroutineMethod<aio::Queue>(queue, "join", [](aio::Queue &q, const std::vector<Value> &) { return q.join(); });
        defineMethod(queue, "put_nowait", [](const Value &s, const CallArgs &a) {
            prim(s).as<aio::Queue>().putNowait(py::oneArg(a, "put_nowait"));
            return Value();
        });
        defineMethod(queue, "get_nowait", [](const Value &s, const CallArgs &) { return prim(s).as<aio::Queue>().getNowait(); });
        defineMethod(queue, "task_done", [](const Value &s, const CallArgs &) {
            prim(s).as<aio::Queue>().taskDone();
            return Value();
        });
        auto size = [](const Value &s) -> int64_t {
            auto &p = prim(s);
            return p.impl ? static_cast<int64_t>(static_cast<aio::Queue &>(*p.impl).qsize()) : 0;
        };
        defineMethod(queue, "qsize", [size](const Value &s, const CallArgs &) { return Value::integer(size(s)); });
        defineMethod(queue, "empty", [size](const Value &s, const CallArgs &) { return Value::boolean(size(s) == 0); });
        defineMethod(queue, "full", [size](const Value &s, const CallArgs &) {
            const int64_t max = prim(s).number;
            return Value::boolean(max > 0 && size(s) >= max);
        });
        auto attrs = [](const Value &self, const Value &name, Value &out) {
            auto &p = prim(self);
            const std::string &n = py::strText(name);
            if (n == "maxsize" && p.kind >= Kind::Queue)
                out = Value::integer(p.number);
            else if (n == "_value" && (p.kind == Kind::Semaphore || p.kind == Kind::BoundedSemaphore))
                out = Value::integer(p.impl ? static_cast<aio::Semaphore &>(*p.impl).value() : p.number);
            else if (n == "parties" && p.kind == Kind::Barrier)
                out = Value::integer(p.number);
            else if (n == "n_waiting" && p.kind == Kind::Barrier)
                out = Value::integer(p.impl ? static_cast<aio::Barrier &>(*p.impl).nWaiting() : 0);
            else if (n == "broken" && p.kind == Kind::Barrier)
                out = Value::boolean(p.impl && static_cast<aio::Barrier &>(*p.impl).broken());
            else
                return false;
            return true;
        };
        for (TypeObject *t : {lock, event, condition, semaphore, bounded, barrier, queue, lifo, priority})
            t->slots.getAttr = attrs;
        setConstructor<Kind::Lock>(lock);
        setConstructor<Kind::Event>(event);
        setConstructor<Kind::Condition>(condition);
        setConstructor<Kind::Semaphore>(semaphore);
        setConstructor<Kind::BoundedSemaphore>(bounded);
        setConstructor<Kind::Barrier>(barrier);
        setConstructor<Kind::Queue>(queue);
        setConstructor<Kind::LifoQueue>(lifo);
        setConstructor<Kind::PriorityQueue>(priority);
        for (TypeObject *t : {lock, event, condition, semaphore, bounded, barrier, queue, lifo, priority})
            py::exposeSlots(t);
    });
    for (TypeObject *t : {lock, event, condition, semaphore, bounded, barrier, queue, lifo, priority})
        m.set(t->name(), Value(t));
}

} // namespace aw::interp
