// Built-ins that depend on the run: printing, and the doors scenarios must not open.

#include "coroutine.h"
#include "modules.h"
#include "suspend.h"

#include "core/str.h"
#include "py/args.h"
#include "py/format.h"
#include "py/function.h"
#include "py/protocol.h"

namespace aw::interp {

namespace {

Value print(Interpreter &interp, const CallArgs &args)
{
    std::string sep = " ", end = "\n";
    Value file;
    for (const auto &[k, v] : args.keywords) {
        const std::string &key = py::strText(k);
        if (key == "sep")
            sep = v.isNone() ? " " : py::strText(v, "sep");
        else if (key == "end")
            end = v.isNone() ? "\n" : py::strText(v, "end");
        else if (key == "file")
            file = v;
        else if (key == "flush")
            continue;
        else
            py::raise(builtin::TypeError(), "'" + key + "' is an invalid keyword argument for print()");
    }
    std::string text;
    for (size_t i = 0; i < args.positional.size(); ++i) {
        if (i)
            text += sep;
        text += py::str(args.positional[i]);
    }
    text += end;
    if (file.isNone())
        interp.write(text);
    else if (!writeToStream(file, text))
        py::call(py::getAttr(file, "write"), {aw::str(text)});
    return Value();
}

Step<Value> anextBody(Interpreter *interp, Value it, bool hasDefault, Value fallback)
{
    Frame frame(interp);
    std::optional<Value> v = co_await asyncNext(frame, it);
    if (v)
        co_return *v;
    if (hasDefault)
        co_return fallback;
    throw PyException(newException(builtin::StopAsyncIteration(), ""));
}

[[noreturn]] void closedDoor(const std::string &what, const std::string &why)
{
    py::raise(builtin::PermissionError(), what + " is not available in scenarios: " + why);
}

} // namespace

void installInterpreterBuiltins(Interpreter &interp, DictObject &b)
{
    Interpreter *ip = &interp;
    auto def = [&b](const std::string &name, BuiltinFunctionFn fn) { b.setStr(name, builtinFunction(name, std::move(fn))); };
    def("print", [ip](const Value &, const CallArgs &args) { return print(*ip, args); });
    def("format", [](const Value &, const CallArgs &args) {
        auto a = py::parseArgs(args, "format", {"value", "format_spec"}, 1);
        return py::formatValue(a[0], a.wasGiven(1) ? py::strText(a[1], "format_spec") : std::string());
    });
    def("open", [](const Value &, const CallArgs &) -> Value { closedDoor("open()", "scenarios cannot touch files"); });
    def("input", [](const Value &, const CallArgs &) -> Value { closedDoor("input()", "scenarios run without a terminal"); });
    for (const char *name : {"eval", "exec", "compile"}) {
        std::string n = name;
        def(n, [n](const Value &, const CallArgs &) -> Value { closedDoor(n + "()", "scenarios cannot run generated code"); });
    }
    def("__import__", [ip](const Value &, const CallArgs &args) {
        return ip->importModule(py::strText(py::oneArg(args, "__import__")), 0);
    });
    for (const char *name : {"globals", "locals", "breakpoint", "memoryview", "bytearray", "bytes"}) {
        std::string n = name;
        def(n, [n](const Value &, const CallArgs &) -> Value { closedDoor(n + "()", "it reaches outside the scenario"); });
    }
    def("aiter", [](const Value &, const CallArgs &args) { return asyncIter(py::oneArg(args, "aiter")); });
    def("anext", [ip](const Value &, const CallArgs &args) {
        auto a = py::parseArgs(args, "anext", {"aiterator", "default"}, 1);
        Value it = a[0];
        const bool hasDefault = a.wasGiven(1);
        Value fallback = a[1];
        Interpreter *interp = ip;
        return nativeCoroutine("anext_awaitable", [interp, it, hasDefault, fallback]() -> Step<Value> {
            return anextBody(interp, it, hasDefault, fallback);
        });
    });
    for (const char *name : {"exit", "quit"}) {
        std::string n = name;
        def(n, [](const Value &, const CallArgs &args) -> Value {
            std::vector<Value> a(args.positional.begin(), args.positional.end());
            throw PyException(make<ExceptionObject>(builtin::SystemExit(), std::move(a)));
        });
    }
}

} // namespace aw::interp
