// The `operator` module: Python's operators as functions, and itemgetter, attrgetter and
// methodcaller (types whose reprs are `operator.itemgetter(1)` and so on).

#include "args.h"
#include "builtins_support.h"
#include "function.h"
#include "module.h"
#include "protocol.h"
#include "sequence_util.h"

#include "core/containers.h"
#include "core/str.h"

namespace aw::py {

namespace {

enum class GetterKind { Item, Attr, Method };

class GetterObject : public Object {
public:
    GetterObject(TypeObject *type, GetterKind kind) : Object(type), kind(kind) {}
    GetterKind kind;
    std::vector<Value> items; // keys, attribute names, or the method name then its arguments
    std::vector<std::pair<Value, Value>> keywords;
};

// getattr with dotted names: attrgetter('a.b') reads obj.a.b.
Value dottedAttr(Value obj, const std::string &path)
{
    size_t start = 0;
    for (;;) {
        const size_t dot = path.find('.', start);
        obj = getAttr(obj, path.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
        if (dot == std::string::npos)
            return obj;
        start = dot + 1;
    }
}

Value callGetter(const Value &self, const CallArgs &args)
{
    auto &g = *self.as<GetterObject>();
    if (g.kind == GetterKind::Method) {
        const Value &obj = oneArg(args, "methodcaller");
        std::vector<Value> rest(g.items.begin() + 1, g.items.end());
        return call(getAttr(obj, g.items[0]), CallArgs{rest, g.keywords});
    }
    const Value &obj = oneArg(args, g.kind == GetterKind::Item ? "itemgetter" : "attrgetter");
    auto one = [&](const Value &item) {
        return g.kind == GetterKind::Item ? getItem(obj, item) : dottedAttr(obj, strText(item));
    };
    if (g.items.size() == 1)
        return one(g.items[0]);
    std::vector<Value> out;
    for (const Value &item : g.items)
        out.push_back(one(item));
    return tuple(std::move(out));
}

std::string getterRepr(const Value &self)
{
    auto &g = *self.as<GetterObject>();
    std::string out = typeOf(self)->qualifiedName() + "(";
    for (size_t i = 0; i < g.items.size(); ++i)
        out += (i ? ", " : "") + repr(g.items[i]);
    for (const auto &[k, v] : g.keywords)
        out += ", " + strText(k) + "=" + repr(v);
    return out + ")";
}

Value newGetter(TypeObject *cls, const CallArgs &args, GetterKind kind)
{
    auto g = make<GetterObject>(cls, kind);
    if (kind == GetterKind::Method) {
        if (args.positional.empty())
            raise(builtin::TypeError(), "methodcaller needs at least one argument, the method name");
        if (!args.positional[0].as<StrObject>())
            raise(builtin::TypeError(), "method name must be a string");
        g->keywords.assign(args.keywords.begin(), args.keywords.end());
    } else {
        const char *name = kind == GetterKind::Item ? "itemgetter" : "attrgetter";
        noKeywords(args, name);
        if (args.positional.empty())
            raise(builtin::TypeError(), std::string(name) + " expected 1 argument, got 0");
        for (const Value &v : args.positional) {
            if (kind == GetterKind::Attr && !v.as<StrObject>())
                raise(builtin::TypeError(), "attribute name must be a string");
        }
    }
    g->items.assign(args.positional.begin(), args.positional.end());
    return Value(g);
}

template<GetterKind Kind>
TypeObject *getterType(const char *name)
{
    static TypeObject *const t = [name] {
        TypeObject *type = makeBuiltinType(name, "operator", {});
        type->slots.newInstance = [](TypeObject *cls, const CallArgs &args) { return newGetter(cls, args, Kind); };
        type->slots.call = callGetter;
        type->slots.repr = getterRepr;
        return type;
    }();
    return t;
}

const Value &first(const CallArgs &args, const char *name)
{
    noKeywords(args, name);
    positionalCount(args, name, 1, 1);
    return args.positional[0];
}

std::pair<Value, Value> two(const CallArgs &args, const char *name)
{
    noKeywords(args, name);
    positionalCount(args, name, 2, 2);
    return {args.positional[0], args.positional[1]};
}

void addArithmetic(ModuleObject &m)
{
    const std::pair<const char *, BinaryOp> ops[] = {
        {"add", BinaryOp::Add},         {"sub", BinaryOp::Sub},           {"mul", BinaryOp::Mul},
        {"matmul", BinaryOp::MatMul},   {"truediv", BinaryOp::TrueDiv},   {"floordiv", BinaryOp::FloorDiv},
        {"mod", BinaryOp::Mod},         {"pow", BinaryOp::Pow},           {"lshift", BinaryOp::LShift},
        {"rshift", BinaryOp::RShift},   {"and_", BinaryOp::And},          {"or_", BinaryOp::Or},
        {"xor", BinaryOp::Xor},
    };
    for (const auto &entry : ops) {
        const char *name = entry.first;
        const BinaryOp op = entry.second;
        m.def(name, [name, op](const Value &, const CallArgs &args) {
            auto [a, b] = two(args, name);
            return binary(a, b, op);
        });
        std::string base = name;
        if (base.back() == '_')
            base.pop_back();
        const std::string inplaceName = "i" + base;
        m.def(inplaceName, [inplaceName, op](const Value &, const CallArgs &args) {
            auto [a, b] = two(args, inplaceName.c_str());
            return inplace(a, b, op);
        });
    }
    const std::pair<const char *, UnaryOp> unaryOps[] = {
        {"neg", UnaryOp::Neg}, {"pos", UnaryOp::Pos}, {"invert", UnaryOp::Invert}, {"inv", UnaryOp::Invert}};
    for (const auto &entry : unaryOps) {
        const char *name = entry.first;
        const UnaryOp op = entry.second;
        m.def(name, [name, op](const Value &, const CallArgs &args) { return unary(first(args, name), op); });
    }
    m.def("abs", [](const Value &, const CallArgs &args) { return absolute(first(args, "abs")); });
    m.def("index", [](const Value &, const CallArgs &args) { return Value::integer(toInt(first(args, "index"))); });
}

void addComparisons(ModuleObject &m)
{
    const std::pair<const char *, CompareOp> ops[] = {
        {"lt", CompareOp::Lt}, {"le", CompareOp::Le}, {"eq", CompareOp::Eq},
        {"ne", CompareOp::Ne}, {"gt", CompareOp::Gt}, {"ge", CompareOp::Ge},
    };
    for (const auto &entry : ops) {
        const char *name = entry.first;
        const CompareOp op = entry.second;
        m.def(name, [name, op](const Value &, const CallArgs &args) {
            auto [a, b] = two(args, name);
            return compare(a, b, op);
        });
    }
    m.def("not_", [](const Value &, const CallArgs &args) { return Value::boolean(!truthy(first(args, "not_"))); });
    m.def("truth", [](const Value &, const CallArgs &args) { return Value::boolean(truthy(first(args, "truth"))); });
    m.def("is_", [](const Value &, const CallArgs &args) {
        auto [a, b] = two(args, "is_");
        return Value::boolean(a.is(b));
    });
    m.def("is_not", [](const Value &, const CallArgs &args) {
        auto [a, b] = two(args, "is_not");
        return Value::boolean(!a.is(b));
    });
}

void addSequenceOps(ModuleObject &m)
{
    m.def("contains", [](const Value &, const CallArgs &args) {
        auto [a, b] = two(args, "contains");
        return Value::boolean(contains(a, b));
    });
    m.def("countOf", [](const Value &, const CallArgs &args) {
        auto [a, b] = two(args, "countOf");
        int64_t n = 0;
        for (const Value &item : collect(a))
            n += item.is(b) || equals(item, b);
        return Value::integer(n);
    });
    m.def("getitem", [](const Value &, const CallArgs &args) {
        auto [a, b] = two(args, "getitem");
        return getItem(a, b);
    });
    m.def("setitem", [](const Value &, const CallArgs &args) {
        noKeywords(args, "setitem");
        positionalCount(args, "setitem", 3, 3);
        setItem(args.positional[0], args.positional[1], args.positional[2]);
        return Value();
    });
    m.def("delitem", [](const Value &, const CallArgs &args) {
        auto [a, b] = two(args, "delitem");
        delItem(a, b);
        return Value();
    });
}

} // namespace

void initOperatorModule(ModuleObject &m)
{
    addArithmetic(m);
    addComparisons(m);
    addSequenceOps(m);
    m.set("itemgetter", Value(getterType<GetterKind::Item>("itemgetter")));
    m.set("attrgetter", Value(getterType<GetterKind::Attr>("attrgetter")));
    m.set("methodcaller", Value(getterType<GetterKind::Method>("methodcaller")));
}

} // namespace aw::py
