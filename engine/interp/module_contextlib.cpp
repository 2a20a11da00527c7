// contextlib.contextmanager / asynccontextmanager (generator-based context managers, also as
// methods) with CPython's rules for what the generator may do at enter and exit, and suppress.

#include "coroutine.h"
#include "function_object.h"
#include "generator.h"
#include "modules.h"

#include "py/args.h"
#include "py/function.h"
#include "py/protocol.h"

#include <mutex>

namespace aw::interp {

namespace {

class GeneratorCM : public Object {
public:
    GeneratorCM(TypeObject *t, Value g) : Object(t), gen(std::move(g)) {}
    void clearReferences() override { gen = Value(); }
    Value gen;
};

TypeObject *syncCMType()
{
    static TypeObject *const t = makeBuiltinType("_GeneratorContextManager", "contextlib", {});
    return t;
}

TypeObject *asyncCMType()
{
    static TypeObject *const t = makeBuiltinType("_AsyncGeneratorContextManager", "contextlib", {});
    return t;
}

// contextlib.suppress(*exceptions): its __exit__ swallows an exception of one of those types.
class SuppressCM : public Object {
public:
    SuppressCM(TypeObject *t, std::vector<Value> e) : Object(t), exceptions(std::move(e)) {}
    void clearReferences() override { exceptions.clear(); }
    std::vector<Value> exceptions;
};

TypeObject *suppressType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("suppress", "contextlib", {});
        type->slots.newInstance = [](TypeObject *cls, const CallArgs &args) {
            if (!args.keywords.empty())
                py::raise(builtin::TypeError(), "suppress() takes no keyword arguments");
            return Value(aw::make<SuppressCM>(cls, std::vector<Value>(args.positional.begin(), args.positional.end())));
        };
        type->slots.init = [](const Value &, const CallArgs &) {};
        defineMethod(type, "__enter__", [](const Value &, const CallArgs &) { return Value(); });
        defineMethod(type, "__exit__", [](const Value &self, const CallArgs &args) {
            if (args.positional.empty() || args.positional[0].isNone())
                return Value::boolean(false);
            auto *raised = args.positional[0].as<TypeObject>();
            for (const Value &e : self.as<SuppressCM>()->exceptions) {
                auto *t = e.as<TypeObject>();
                if (!t)
                    py::raise(builtin::TypeError(), "issubclass() arg 2 must be a class, a tuple of classes, or a union");
                if (raised && raised->isSubtypeOf(t))
                    return Value::boolean(true);
            }
            return Value::boolean(false);
        });
        return type;
    }();
    return t;
}

Ref<ExceptionObject> exceptionOf(const CallArgs &args)
{
    if (args.positional.size() < 2 || args.positional[0].isNone())
        return nullptr;
    if (auto *e = args.positional[1].as<ExceptionObject>())
        return Ref<ExceptionObject>(e);
    return PyException(newException(args.positional[0].as<TypeObject>(), "")).object();
}

Value syncExit(GeneratorCM &cm, const Ref<ExceptionObject> &exc)
{
    auto *gen = cm.gen.as<GeneratorObject>();
    if (!exc) {
        if (gen->resume(Value()))
            py::raise(builtin::RuntimeError(), "generator didn't stop");
        return Value::boolean(false);
    }
    try {
        if (gen->resume(Value(), exc))
            py::raise(builtin::RuntimeError(), "generator didn't stop after throw()");
        return Value::boolean(true);
    } catch (const PyException &e) {
        if (e.object() == exc)
            return Value::boolean(false);
        throw;
    }
}

Step<Value> asyncEnter(Value gen)
{
    auto g = Ref<AsyncGeneratorObject>(gen.as<AsyncGeneratorObject>());
    try {
        co_return co_await AsyncGeneratorObject::Step(g, Value(), nullptr);
    } catch (const PyException &e) {
        if (!e.isInstance(builtin::StopAsyncIteration()))
            throw;
    }
    py::raise(builtin::RuntimeError(), "generator didn't yield");
}

Step<Value> asyncExit(Value gen, Ref<ExceptionObject> exc)
{
    auto g = Ref<AsyncGeneratorObject>(gen.as<AsyncGeneratorObject>());
    bool stopped = false;
    try {
        co_await AsyncGeneratorObject::Step(g, Value(), exc);
    } catch (const PyException &e) {
        if (e.isInstance(builtin::StopAsyncIteration()))
            stopped = true;
        else if (exc && e.object() == exc)
            co_return Value::boolean(false);
        else
            throw;
    }
    if (!stopped)
        py::raise(builtin::RuntimeError(), exc ? "generator didn't stop after athrow()" : "generator didn't stop");
    co_return Value::boolean(exc != nullptr);
}

void defineMethods()
{
    TypeObject *s = syncCMType();
    defineMethod(s, "__enter__", [](const Value &self, const CallArgs &) {
        auto *gen = self.as<GeneratorCM>()->gen.as<GeneratorObject>();
        if (auto v = gen->resume(Value()))
            return *v;
        py::raise(builtin::RuntimeError(), "generator didn't yield");
    });
    defineMethod(s, "__exit__", [](const Value &self, const CallArgs &args) {
        return syncExit(*self.as<GeneratorCM>(), exceptionOf(args));
    });
    TypeObject *a = asyncCMType();
    defineMethod(a, "__aenter__", [](const Value &self, const CallArgs &) {
        Value gen = self.as<GeneratorCM>()->gen;
        return nativeCoroutine("_AsyncGeneratorContextManager.__aenter__", [gen] { return asyncEnter(gen); });
    });
    defineMethod(a, "__aexit__", [](const Value &self, const CallArgs &args) {
        Value gen = self.as<GeneratorCM>()->gen;
        Ref<ExceptionObject> exc = exceptionOf(args);
        return nativeCoroutine("_AsyncGeneratorContextManager.__aexit__", [gen, exc] { return asyncExit(gen, exc); });
    });
}

// What @contextmanager / @asynccontextmanager return: a function (a method, when defined in
// a class) whose calls make the context manager from the generator `func` returns.
class HelperFunction : public Object {
public:
    HelperFunction(TypeObject *t, Value f, bool a) : Object(t), func(std::move(f)), isAsync(a) {}
    void clearReferences() override { func = Value(); }
    Value func;
    bool isAsync;
};

TypeObject *helperType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("function", "builtins", {});
        type->slots.call = [](const Value &self, const CallArgs &args) {
            auto *h = self.as<HelperFunction>();
            Value gen = py::call(h->func, args);
            if (h->isAsync && !gen.as<AsyncGeneratorObject>())
                py::raise(builtin::TypeError(), "asynccontextmanager expects an async generator function");
            if (!h->isAsync && !gen.as<GeneratorObject>())
                py::raise(builtin::TypeError(), "contextmanager expects a generator function");
            return Value(aw::make<GeneratorCM>(h->isAsync ? asyncCMType() : syncCMType(), gen));
        };
        type->slots.descrGet = [](const Value &self, const Value &instance, TypeObject *) {
            return instance.isNone() ? self : Value(aw::make<MethodObject>(self, instance));
        };
        type->slots.getAttr = [](const Value &self, const Value &name, Value &out) {
            // functools.wraps: the helper shows the generator function's name and docs.
            return py::tryGetAttr(self.as<HelperFunction>()->func, name, out);
        };
        type->slots.repr = [](const Value &self) {
            auto *h = self.as<HelperFunction>();
            return "<function " + py::str(py::getAttr(h->func, "__qualname__")) + " at " + py::addressOf(*self.asObject()) + ">";
        };
        return type;
    }();
    return t;
}

Value decorator(const Value &func, bool isAsync)
{
    return Value(aw::make<HelperFunction>(helperType(), func, isAsync));
}

} // namespace

void initContextlibModule(Interpreter &, ModuleObject &m)
{
    static std::once_flag once;
    std::call_once(once, defineMethods);
    m.def("contextmanager", [](const Value &, const CallArgs &args) {
        return decorator(py::oneArg(args, "contextmanager"), false);
    });
    m.def("asynccontextmanager", [](const Value &, const CallArgs &args) {
        return decorator(py::oneArg(args, "asynccontextmanager"), true);
    });
    m.set("suppress", Value(suppressType()));
}

} // namespace aw::interp
