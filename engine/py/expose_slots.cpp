// Built-in slots as dunder methods, for super() calls and explicit `object.__init__(self)`.

#include "runtime.h"

#include "args.h"
#include "core/str.h"
#include "core/type.h"
#include "function.h"
#include "protocol.h"

namespace aw::py {

namespace {

// The slots of the built-in base `owner` (not the possibly overriding subclass of self).
void exposeIfMissing(TypeObject *type, const char *name, BuiltinFunctionFn fn)
{
    if (!type->ownAttrs().count(name))
        defineMethod(type, name, std::move(fn));
}

} // namespace

void exposeSlots(TypeObject *type)
{
    const TypeSlots s = type->slots;
    if (s.init)
        exposeIfMissing(type, "__init__", [init = s.init](const Value &self, const CallArgs &args) {
            init(self, args);
            return Value();
        });
    if (s.repr)
        exposeIfMissing(type, "__repr__", [f = s.repr](const Value &self, const CallArgs &) { return aw::str(f(self)); });
    if (s.str)
        exposeIfMissing(type, "__str__", [f = s.str](const Value &self, const CallArgs &) { return aw::str(f(self)); });
    if (s.hash)
        exposeIfMissing(type, "__hash__", [f = s.hash](const Value &self, const CallArgs &) { return Value::integer(f(self)); });
    if (s.richCompare) {
        const char *names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < 6; ++op)
            exposeIfMissing(type, names[op], [f = s.richCompare, op](const Value &self, const CallArgs &args) {
                return f(self, oneArg(args, "comparison"), static_cast<CompareOp>(op));
            });
    }
    if (s.getItem)
        exposeIfMissing(type, "__getitem__", [f = s.getItem](const Value &self, const CallArgs &args) {
            return f(self, oneArg(args, "__getitem__"));
        });
    if (s.setItem)
        exposeIfMissing(type, "__setitem__", [f = s.setItem](const Value &self, const CallArgs &args) {
            auto a = parseArgs(args, "__setitem__", {"key", "value"}, 2);
            f(self, a[0], a[1]);
            return Value();
        });
    if (s.len)
        exposeIfMissing(type, "__len__", [f = s.len](const Value &self, const CallArgs &) { return Value::integer(f(self)); });
    if (s.iter)
        exposeIfMissing(type, "__iter__", [f = s.iter](const Value &self, const CallArgs &) { return f(self); });
    if (s.contains)
        exposeIfMissing(type, "__contains__", [f = s.contains](const Value &self, const CallArgs &args) {
            auto r = f(self, oneArg(args, "__contains__"));
            return Value::boolean(r && *r);
        });
}

} // namespace aw::py
