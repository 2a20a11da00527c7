// contextlib.contextmanager / asynccontextmanager (and suppress): generator-based context
// managers with CPython's rules for what the generator may do at enter and exit.

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

Value decorator(const Value &func, bool isAsync)
{
    BuiltinFunctionFn make = [func, isAsync](const Value &, const CallArgs &args) {
        Value gen = py::call(func, args);
        if (isAsync && !gen.as<AsyncGeneratorObject>())
            py::raise(builtin::TypeError(), "asynccontextmanager expects an async generator function");
        if (!isAsync && !gen.as<GeneratorObject>())
            py::raise(builtin::TypeError(), "contextmanager expects a generator function");
        return Value(aw::make<GeneratorCM>(isAsync ? asyncCMType() : syncCMType(), gen));
    };
    std::string name = py::hasAttr(func, "__name__") ? py::str(py::getAttr(func, "__name__")) : "helper";
    return builtinFunction(name, std::move(make));
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
}

} // namespace aw::interp
