// sys: the part of it a scenario may see. Exiting, the version, argv (the script only),
// stdout and stderr; nothing that reaches the host or inspects the interpreter (modules,
// path, _getframe, settrace...), whose absence the module's attribute error names.

#include "modules.h"

#include "core/containers.h"
#include "core/str.h"
#include "py/args.h"
#include "py/function.h"
#include "py/module_collections.h"
#include "py/protocol.h"

namespace aw::interp {

namespace {

class StreamObject : public Object {
public:
    StreamObject(TypeObject *t, Interpreter *interp, bool isError) : Object(t), interp(interp), isError(isError) {}
    Interpreter *interp;
    bool isError;
};

TypeObject *streamType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("TextIOWrapper", "_io", {});
        type->slots.repr = [](const Value &v) {
            return std::string("<_io.TextIOWrapper name='<") + (v.as<StreamObject>()->isError ? "stderr" : "stdout") +
                   ">' mode='w' encoding='utf-8'>";
        };
        defineMethod(type, "write", [](const Value &self, const CallArgs &args) {
            const Value &text = py::oneArg(args, "write");
            if (!text.as<StrObject>())
                py::raise(builtin::TypeError(), "write() argument must be str, not " + py::typeOf(text)->name());
            writeToStream(self, py::strText(text));
            return Value::integer(static_cast<int64_t>(py::len(text)));
        });
        defineMethod(type, "flush", [](const Value &, const CallArgs &) { return Value(); });
        return type;
    }();
    return t;
}

// The namedtuple class of sys.version_info. Instances do not keep their class alive:
// getrecursionlimit's closure holds it for the module's lifetime.
Value versionInfoType()
{
    std::vector<Value> names;
    for (const char *n : {"major", "minor", "micro", "releaselevel", "serial"})
        names.push_back(aw::str(n));
    std::vector<Value> args{aw::str("version_info"), list(std::move(names))};
    return py::makeNamedTuple(CallArgs{args, {}});
}

} // namespace

bool writeToStream(const Value &file, const std::string &text)
{
    auto *s = file.as<StreamObject>();
    if (!s)
        return false;
    if (s->isError)
        s->interp->writeError(text);
    else
        s->interp->write(text);
    return true;
}

void initSysModule(Interpreter &interp, ModuleObject &m)
{
    m.setMissingNote("not available in scenarios");
    m.set("stdout", Value(make<StreamObject>(streamType(), &interp, false)));
    m.set("stderr", Value(make<StreamObject>(streamType(), &interp, true)));
    m.set("argv", list({aw::str(interp.filename())}));
    m.set("platform", aw::str("linux"));
    m.set("byteorder", aw::str("little"));
    m.set("maxsize", Value::integer(INT64_MAX));
    m.set("version", aw::str("3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]"));
    Value versionType = versionInfoType();
    m.set("version_info", py::call(versionType, {Value::integer(3), Value::integer(11), Value::integer(7),
                                                 aw::str("final"), Value::integer(0)}));
    m.def("exit", [](const Value &, const CallArgs &args) -> Value {
        py::parseArgs(args, "exit", {"status"}, 0, 1);
        std::vector<Value> a(args.positional.begin(), args.positional.end());
        throw PyException(make<ExceptionObject>(builtin::SystemExit(), std::move(a)));
    });
    m.def("getrecursionlimit", [versionType](const Value &, const CallArgs &args) {
        py::parseArgs(args, "getrecursionlimit", {}, 0, 0);
        return Value::integer(1000);
    });
}

} // namespace aw::interp
