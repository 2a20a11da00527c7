// Built-in functions about objects and types: attributes, isinstance/issubclass, callable,
// vars, repr, ascii, id.

#include "args.h"
#include "builtins_support.h"
#include "dict.h"
#include "function.h"
#include "protocol.h"

#include "core/containers.h"
#include "core/recursion.h"
#include "core/str.h"
#include "text/utf8.h"

#include <bit>
#include <cstdio>

namespace aw::py {

namespace {

const Value &attributeName(const Value &name)
{
    if (!name.as<StrObject>())
        raise(builtin::TypeError(), "attribute name must be string, not '" + typeName(name) + "'");
    return name;
}

Value builtinGetattr(const Value &, const CallArgs &args)
{
    noKeywords(args, "getattr");
    positionalCount(args, "getattr", 2, 3);
    const Value &name = attributeName(args.positional[1]);
    if (args.positional.size() == 2)
        return getAttr(args.positional[0], name);
    try {
        return getAttr(args.positional[0], name);
    } catch (const PyException &e) {
        if (!e.isInstance(builtin::AttributeError()))
            throw;
        return args.positional[2];
    }
}

Value builtinHasattr(const Value &, const CallArgs &args)
{
    noKeywords(args, "hasattr");
    positionalCount(args, "hasattr", 2, 2);
    try {
        getAttr(args.positional[0], attributeName(args.positional[1]));
        return Value::boolean(true);
    } catch (const PyException &e) {
        if (!e.isInstance(builtin::AttributeError()))
            throw;
        return Value::boolean(false);
    }
}

Value builtinSetattr(const Value &, const CallArgs &args)
{
    noKeywords(args, "setattr");
    positionalCount(args, "setattr", 3, 3);
    setAttr(args.positional[0], attributeName(args.positional[1]), args.positional[2]);
    return Value();
}

Value builtinDelattr(const Value &, const CallArgs &args)
{
    noKeywords(args, "delattr");
    positionalCount(args, "delattr", 2, 2);
    delAttr(args.positional[0], attributeName(args.positional[1]));
    return Value();
}

// isinstance/issubclass against a class or a (nested) tuple of classes; raises `error` on
// reaching something else, as CPython does (after the earlier entries failed to match).
bool matchesClassInfo(TypeObject *type, const Value &info, const char *error, const char *recursion)
{
    if (auto *cls = info.as<TypeObject>())
        return type->isSubtypeOf(cls);
    if (auto *t = info.as<TupleObject>()) {
        RecursionGuard depth(recursion);
        for (const Value &item : t->items()) {
            if (matchesClassInfo(type, item, error, recursion))
                return true;
        }
        return false;
    }
    raise(builtin::TypeError(), error);
}

Value builtinIsinstance(const Value &, const CallArgs &args)
{
    noKeywords(args, "isinstance");
    positionalCount(args, "isinstance", 2, 2);
    return Value::boolean(matchesClassInfo(typeOf(args.positional[0]), args.positional[1],
                                           "isinstance() arg 2 must be a type, a tuple of types, or a union",
                                           " in __instancecheck__"));
}

Value builtinIssubclass(const Value &, const CallArgs &args)
{
    noKeywords(args, "issubclass");
    positionalCount(args, "issubclass", 2, 2);
    auto *cls = args.positional[0].as<TypeObject>();
    if (!cls)
        raise(builtin::TypeError(), "issubclass() arg 1 must be a class");
    return Value::boolean(matchesClassInfo(cls, args.positional[1],
                                           "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                                           " in __subclasscheck__"));
}

Value builtinVars(const Value &, const CallArgs &args)
{
    noKeywords(args, "vars");
    positionalCount(args, "vars", 1, 1);
    const Value &obj = args.positional[0];
    if (obj.as<TypeObject>())
        return getAttr(obj, "__dict__");
    if (DictObject *dict = instanceDict(obj, true))
        return Value(static_cast<Object *>(dict));
    raise(builtin::TypeError(), "vars() argument must have __dict__ attribute");
}

// ascii(): repr with every non-ASCII character escaped (backslashreplace).
std::string escapeNonAscii(const std::string &text)
{
    std::string out;
    for (size_t pos = 0; pos < text.size();) {
        const char32_t cp = text::nextCodePoint(text, pos);
        if (cp < 0x80) {
            out += static_cast<char>(cp);
            continue;
        }
        char buf[16];
        if (cp < 0x100)
            std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
        else if (cp < 0x10000)
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
        else
            std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(cp));
        out += buf;
    }
    return out;
}

// id(): objects get the address their default repr shows; immediates a number derived from
// their value, so that equal immediates (which `is` treats as identical) share an id.
int64_t identity(const Value &v)
{
    constexpr uint64_t kObjectBase = 0x7f0000000000;
    switch (v.kind()) {
    case Value::Kind::None: return 0x7e0000000010;
    case Value::Kind::Bool: return v.asBool() ? 0x7e0000000030 : 0x7e0000000020;
    case Value::Kind::Int: return static_cast<int64_t>(0x7d0000000000 + (static_cast<uint64_t>(v.asInt()) << 5));
    case Value::Kind::Float: return static_cast<int64_t>(std::bit_cast<uint64_t>(v.asFloat()) >> 1);
    case Value::Kind::Object: break;
    }
    return static_cast<int64_t>(kObjectBase + uint64_t(v.asObject()->serial()) * 16);
}

} // namespace

void addObjectBuiltins(DictObject &builtins)
{
    auto def = [&builtins](const char *name, BuiltinFunctionFn fn) {
        builtins.setStr(name, builtinFunction(name, std::move(fn)));
    };
    def("getattr", builtinGetattr);
    def("hasattr", builtinHasattr);
    def("setattr", builtinSetattr);
    def("delattr", builtinDelattr);
    def("isinstance", builtinIsinstance);
    def("issubclass", builtinIssubclass);
    def("vars", builtinVars);
    def("callable", [](const Value &, const CallArgs &args) {
        return Value::boolean(typeOf(oneArg(args, "callable"))->slots.call != nullptr);
    });
    def("repr", [](const Value &, const CallArgs &args) { return aw::str(repr(oneArg(args, "repr"))); });
    def("ascii", [](const Value &, const CallArgs &args) {
        return aw::str(escapeNonAscii(repr(oneArg(args, "ascii"))));
    });
    def("id", [](const Value &, const CallArgs &args) { return Value::integer(identity(oneArg(args, "id"))); });
}

} // namespace aw::py
