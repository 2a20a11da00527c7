#include "builtins_support.h"

#include "bigint_value.h"
#include "core/str.h"
#include "protocol.h"

namespace aw::py {

namespace {

class GetSetDescriptor : public Object {
public:
    GetSetDescriptor(TypeObject *owner, std::string name, std::function<Value(const Value &)> get,
                     std::function<void(const Value &, const Value &)> set);
    TypeObject *owner;
    std::string name;
    std::function<Value(const Value &)> get;
    std::function<void(const Value &, const Value &)> set;
};

TypeObject *getSetType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("getset_descriptor", "builtins", {});
        type->slots.descrGet = [](const Value &self, const Value &instance, TypeObject *) {
            return instance.isNone() ? self : self.as<GetSetDescriptor>()->get(instance);
        };
        type->slots.descrSet = [](const Value &self, const Value &instance, const Value &v) {
            auto *d = self.as<GetSetDescriptor>();
            if (!d->set)
                raise(builtin::AttributeError(), "attribute '" + d->name + "' of '" + d->owner->qualifiedName()
                                                     + "' objects is not writable");
            d->set(instance, v);
        };
        type->slots.repr = [](const Value &self) {
            auto *d = self.as<GetSetDescriptor>();
            return "<attribute '" + d->name + "' of '" + d->owner->qualifiedName() + "' objects>";
        };
        return type;
    }();
    return t;
}

GetSetDescriptor::GetSetDescriptor(TypeObject *owner, std::string name, std::function<Value(const Value &)> get,
                                   std::function<void(const Value &, const Value &)> set)
    : Object(getSetType())
    , owner(owner)
    , name(std::move(name))
    , get(std::move(get))
    , set(std::move(set))
{
}

} // namespace

void defineGetSet(TypeObject *type, const std::string &name, std::function<Value(const Value &self)> get,
                  std::function<void(const Value &self, const Value &value)> set)
{
    auto d = make<GetSetDescriptor>(type, name, std::move(get), std::move(set));
    if (!type->isHeapType())
        d->makeImmortal();
    type->setAttr(name, Value(d));
}

bool lookupSpecial(const Value &v, const char *name, Value &bound)
{
    TypeObject *type = typeOf(v);
    Value f;
    if (!type->lookup(name, f))
        return false;
    if (auto get = typeOf(f)->slots.descrGet)
        bound = get(f, v, type);
    else
        bound = f;
    return true;
}

const Value *keyword(const CallArgs &args, std::string_view name)
{
    for (const auto &[key, value] : args.keywords) {
        if (strText(key) == name)
            return &value;
    }
    return nullptr;
}

void onlyKeywords(const CallArgs &args, std::string_view function, std::initializer_list<std::string_view> allowed)
{
    for (const auto &kw : args.keywords) {
        const std::string &k = strText(kw.first);
        bool known = false;
        for (auto a : allowed)
            known = known || a == k;
        if (!known)
            raise(builtin::TypeError(),
                  "'" + k + "' is an invalid keyword argument for " + std::string(function) + "()");
    }
}

void noKeywords(const CallArgs &args, std::string_view function)
{
    if (!args.keywords.empty())
        raise(builtin::TypeError(), std::string(function) + "() takes no keyword arguments");
}

void positionalCount(const CallArgs &args, std::string_view function, size_t min, size_t max)
{
    const size_t n = args.positional.size();
    if (n >= min && n <= max)
        return;
    const std::string fn(function);
    if (min == max)
        raise(builtin::TypeError(), fn + " expected " + std::to_string(min) + " argument" + (min == 1 ? "" : "s")
                                        + ", got " + std::to_string(n));
    if (n < min)
        raise(builtin::TypeError(), fn + " expected at least " + std::to_string(min) + " argument"
                                        + (min == 1 ? "" : "s") + ", got " + std::to_string(n));
    raise(builtin::TypeError(), fn + " expected at most " + std::to_string(max) + " argument" + (max == 1 ? "" : "s")
                                    + ", got " + std::to_string(n));
}

Value callWith(const Value &callable, const std::vector<Value> &positional)
{
    return call(callable, CallArgs{std::span<const Value>(positional), {}});
}

double asDouble(const Value &v)
{
    if (v.isFloat())
        return v.asFloat();
    if (isIntValue(v))
        return static_cast<double>(v.asInt());
    if (isAnyInt(v))
        return bigToDouble(bigOf(v));
    Value method;
    if (lookupSpecial(v, "__float__", method)) {
        Value r = call(method, {});
        if (!r.isFloat())
            raise(builtin::TypeError(), typeName(v) + ".__float__ returned non-float (type " + typeName(r) + ")");
        return r.asFloat();
    }
    if (lookupSpecial(v, "__index__", method)) {
        Value r = call(method, {});
        if (!isAnyInt(r))
            raise(builtin::TypeError(), "__index__ returned non-int (type " + typeName(r) + ")");
        return bigToDouble(bigOf(r));
    }
    raise(builtin::TypeError(), "must be real number, not " + typeName(v));
}

std::string typeName(const Value &v)
{
    return typeOf(v)->name();
}

} // namespace aw::py
