// types.GenericAlias: what `list[int]` gives (PEP 585). Annotations in scenarios are
// evaluated at definition time, so `def f(xs: list[int])` needs it.

#include "builtin_types.h"
#include "class_object.h"
#include "container_setup.h"
#include "core/str.h"
#include "function.h"
#include "protocol.h"
#include "sequence_util.h"

namespace aw::py {

namespace {

class GenericAliasObject : public Object {
public:
    GenericAliasObject(TypeObject *type, Value origin, Value args)
        : Object(type), origin(std::move(origin)), args(std::move(args)) {}
    const Value origin;
    const Value args; // a tuple
};

TypeObject *genericAliasType()
{
    static TypeObject *const t = makeBuiltinType("GenericAlias", "types", {});
    return t;
}

const GenericAliasObject &alias(const Value &v)
{
    return *v.as<GenericAliasObject>();
}

// ga_repr_item: types by qualified name, `...` as is, anything else by repr.
std::string itemRepr(const Value &v)
{
    if (v.is(ellipsis()))
        return "...";
    if (auto *t = v.as<TypeObject>())
        return t->qualifiedName();
    return repr(v);
}

std::string aliasRepr(const Value &v)
{
    const auto &items = alias(v).args.as<TupleObject>()->items();
    std::string out = itemRepr(alias(v).origin) + "[";
    if (items.empty())
        out += "()";
    for (size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + itemRepr(items[i]);
    return out + "]";
}

Value aliasCompare(const Value &a, const Value &b, CompareOp op)
{
    auto *other = b.as<GenericAliasObject>();
    if (!other || (op != CompareOp::Eq && op != CompareOp::Ne))
        return notImplemented();
    const bool same = equals(alias(a).origin, other->origin) && equals(alias(a).args, other->args);
    return Value::boolean(same == (op == CompareOp::Eq));
}

bool aliasAttr(const Value &v, const Value &name, Value &out)
{
    const std::string &n = strText(name);
    if (n == "__origin__")
        out = alias(v).origin;
    else if (n == "__args__")
        out = alias(v).args;
    else if (n == "__parameters__")
        out = tuple({});
    else
        return false;
    return true;
}

// __class_getitem__(cls, item), a classmethod.
Value classGetItem(const Value &, const CallArgs &args)
{
    checkPositional(args, "__class_getitem__", 2, 2);
    const Value &item = args.positional[1];
    Value items = item.as<TupleObject>() ? item : tuple({item});
    return Value(make<GenericAliasObject>(genericAliasType(), args.positional[0], std::move(items)));
}

} // namespace

void setupGenericAlias()
{
    TypeSlots &s = genericAliasType()->slots;
    s.repr = aliasRepr;
    s.richCompare = aliasCompare;
    s.hash = [](const Value &v) { return hash(alias(v).origin) ^ hash(alias(v).args); };
    s.getAttr = aliasAttr;
    s.call = [](const Value &v, const CallArgs &args) { return call(alias(v).origin, args); };
    const Value hook = call(Value(classMethodType()), {builtinFunction("__class_getitem__", classGetItem)});
    for (TypeObject *t : {listType(), tupleType(), dictType(), setType(), frozensetType()})
        t->setAttr("__class_getitem__", hook);
}

} // namespace aw::py
