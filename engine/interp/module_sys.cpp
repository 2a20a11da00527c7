// sys: what tutorial programs reach for (exit, argv, the standard streams, maxsize); the
// streams write to the run's stdout and stderr.

#include "modules.h"

#include "core/containers.h"
#include "core/str.h"
#include "py/args.h"
#include "py/function.h"
#include "py/protocol.h"

#include <cstdint>

namespace aw::interp {

namespace {

class StreamObject : public Object {
public:
    StreamObject(TypeObject *t, bool e) : Object(t), isError(e) {}
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
            const std::string &text = py::strText(py::oneArg(args, "write"), "write() argument");
            writeToStream(self, text);
            return Value::integer(static_cast<int64_t>(py::len(args.positional[0])));
        });
        defineMethod(type, "flush", [](const Value &, const CallArgs &) { return Value(); });
        return type;
    }();
    return t;
}

} // namespace

bool writeToStream(const Value &stream, const std::string &text)
{
    auto *s = stream.as<StreamObject>();
    if (!s)
        return false;
    Interpreter &interp = Interpreter::current();
    if (s->isError)
        interp.writeError(text);
    else
        interp.write(text);
    return true;
}

void initSysModule(Interpreter &interp, ModuleObject &m)
{
    m.def("exit", [](const Value &, const CallArgs &args) -> Value {
        auto a = py::parseArgs(args, "exit", {"status"}, 0);
        std::vector<Value> exitArgs;
        if (a.wasGiven(0))
            exitArgs.push_back(a[0]);
        throw PyException(make<ExceptionObject>(builtin::SystemExit(), std::move(exitArgs)));
    });
    m.def("getrecursionlimit", [](const Value &, const CallArgs &args) {
        py::noArgs(args, "getrecursionlimit");
        return Value::integer(1000);
    });
    m.set("argv", list({aw::str(interp.filename())}));
    m.set("maxsize", Value::integer(INT64_MAX));
    m.set("stdout", Value(make<StreamObject>(streamType(), false)));
    m.set("stderr", Value(make<StreamObject>(streamType(), true)));
}

} // namespace aw::interp
