// enum: Enum, IntEnum, StrEnum, auto() and @unique.
//
// CPython makes enums with the EnumType metaclass. Here Enum is a built-in base whose
// ClassProtocol stands in for it: once a subclass is made, its plain class attributes become
// its members (singletons of the class, in definition order, an equal value making an alias),
// and the class answers len(), iteration, `in`, subscription and repr as EnumType does. The
// members are kept where CPython keeps them: _member_names_, _member_map_, _value2member_map_.

#include "modules.h"

#include "core/containers.h"
#include "core/str.h"
#include "py/args.h"
#include "py/class_object.h"
#include "py/format.h"
#include "py/function.h"
#include "py/protocol.h"
#include "py/sequence_util.h"
#include "text/unicode_props.h"

#include <utility>

namespace aw::interp {

namespace {

class MemberObject : public Object {
public:
    MemberObject(TypeObject *cls, Value name, Value value) : Object(cls), name(std::move(name)), value(std::move(value))
    {
    }
    Ref<Object> *attributeSlot() noexcept override { return &m_dict; }
    void clearReferences() override
    {
        m_dict = nullptr;
        value = Value();
    }
    Value name, value;

private:
    Ref<Object> m_dict;
};

class AutoObject : public Object {
public:
    explicit AutoObject(TypeObject *t) : Object(t) {}
};

TypeObject *enumType();
TypeObject *intEnumType();
TypeObject *strEnumType();

// Members of IntEnum, StrEnum and the int/str mixins compare, hash and compute as their value;
// IntEnum's and StrEnum's also print as it (CPython's ReprEnum), the others as Class.NAME.
bool actsAsValue(const TypeObject *cls)
{
    return cls->isSubtypeOf(intEnumType()) || cls->isSubtypeOf(strEnumType()) || cls->isSubtypeOf(py::intType()) ||
           cls->isSubtypeOf(strType());
}

bool printsAsValue(const TypeObject *cls)
{
    return cls->isSubtypeOf(intEnumType()) || cls->isSubtypeOf(strEnumType());
}

MemberObject &member(const Value &v)
{
    return *v.as<MemberObject>();
}

const Value &unwrap(const Value &v)
{
    auto *m = v.as<MemberObject>();
    return m && actsAsValue(m->type()) ? m->value : v;
}

DictObject *ownDict(const TypeObject *cls, const char *name)
{
    auto it = cls->ownAttrs().find(name);
    return it == cls->ownAttrs().end() ? nullptr : it->second.as<DictObject>();
}

// The members in definition order, aliases left out (what iterating the class gives).
std::vector<Value> membersOf(const TypeObject *cls)
{
    std::vector<Value> out;
    auto names = cls->ownAttrs().find("_member_names_");
    DictObject *map = ownDict(cls, "_member_map_");
    if (names == cls->ownAttrs().end() || !map || !names->second.as<ListObject>())
        return out;
    for (const Value &n : names->second.as<ListObject>()->items())
        if (const Value *m = map->find(n))
            out.push_back(*m);
    return out;
}

std::string classRepr(TypeObject *cls)
{
    return "<enum '" + cls->name() + "'>";
}

bool isDunder(const std::string &n)
{
    return n.size() > 4 && n.starts_with("__") && n.ends_with("__");
}

bool isSunder(const std::string &n)
{
    return n.size() > 2 && n.front() == '_' && n.back() == '_' && n[1] != '_' && n[n.size() - 2] != '_';
}

bool isMemberCandidate(const std::string &n, const Value &v, const TypeObject *cls)
{
    if (isDunder(n) || isSunder(n) || n.starts_with("_" + cls->name() + "__"))
        return false;
    return !py::typeOf(v)->slots.descrGet;
}

// auto(): _generate_next_value_(name, start, count, last_values), the class's own when it
// defines one.
Value nextValue(TypeObject *cls, const std::string &name, const std::vector<Value> &lastValues)
{
    Value hook;
    if (py::definedInPython(cls, "_generate_next_value_") && cls->lookup("_generate_next_value_", hook))
        return py::call(hook, {aw::str(name), Value::integer(1), Value::integer(static_cast<int64_t>(lastValues.size())),
                               list(lastValues)});
    if (cls->isSubtypeOf(strEnumType()))
        return aw::str(text::toLower(name));
    for (auto it = lastValues.rbegin(); it != lastValues.rend(); ++it) {
        if (it->kind() == Value::Kind::Int)
            return py::binary(*it, Value::integer(1), BinaryOp::Add);
    }
    return Value::integer(1);
}

void checkMixins(TypeObject *cls)
{
    for (const TypeObject *t : cls->mro()) {
        if (t->isHeapType() || t == cls)
            continue;
        if (t == enumType() || t == intEnumType() || t == strEnumType() || t == objectType() || t == py::intType() ||
            t == strType())
            continue;
        py::raise(builtin::TypeError(), "enum mixin type '" + t->name() + "' is not available in scenarios");
    }
}

void checkExtends(TypeObject *cls)
{
    for (TypeObject *t : cls->mro()) {
        if (t != cls && !membersOf(t).empty())
            py::raise(builtin::TypeError(), classRepr(cls) + " cannot extend " + classRepr(t));
    }
}

// A member's __init__ gets its value, unpacked when a tuple, as CPython passes it.
void initMember(TypeObject *cls, const Value &m, const Value &value)
{
    Value init;
    if (!py::definedInPython(cls, "__init__") || !cls->lookup("__init__", init))
        return;
    std::vector<Value> args{m};
    if (auto *t = value.as<TupleObject>())
        args.insert(args.end(), t->items().begin(), t->items().end());
    else
        args.push_back(value);
    py::call(init, CallArgs{args, {}});
}

Value findByValue(TypeObject *cls, const Value &value)
{
    for (const Value &m : membersOf(cls)) {
        if (member(m).value.is(value) || py::equals(member(m).value, value))
            return m;
    }
    return Value();
}

const TypeSlots &memberSlots();

// CPython leaves unhashable values out of _value2member_map_ (lookups fall back to a scan).
void addByValue(DictObject &byValue, const Value &value, const Value &m)
{
    try {
        byValue.set(value, m);
    } catch (const PyException &e) {
        if (!e.isInstance(builtin::TypeError()))
            throw;
    }
}

void enumCreated(TypeObject *cls, const DictObject &ns)
{
    checkMixins(cls);
    checkExtends(cls);
    cls->slots = memberSlots();
    py::refreshSlots(cls);
    // Members are made here, once: Color(1) finds one and must not run __init__ again.
    cls->slots.init = nullptr;
    if (!printsAsValue(cls) && actsAsValue(cls) && !cls->ownAttrs().count("__format__")) {
        Value format;
        enumType()->lookup("__format__", format);
        cls->setAttr("__format__", format);
    }
    auto names = make<ListObject>();
    auto map = make<DictObject>();
    auto byValue = make<DictObject>();
    // The tables are the class's from the start: findByValue sees earlier members as aliases.
    cls->setAttr("_member_names_", Value(names));
    cls->setAttr("_member_map_", Value(map));
    std::vector<Value> lastValues;
    for (const auto &e : ns.entries()) {
        const std::string &n = py::strText(e.key);
        if (!e.live || !isMemberCandidate(n, e.value, cls))
            continue;
        Value value = e.value.as<AutoObject>() ? nextValue(cls, n, lastValues) : e.value;
        if (cls->isSubtypeOf(strEnumType()) && !value.as<StrObject>())
            py::raise(builtin::TypeError(), py::repr(value) + " is not a string");
        if (cls->isSubtypeOf(intEnumType()) && !py::isInstance(value, py::intType()))
            py::raise(builtin::TypeError(), "IntEnum member " + n + " must be an int, not " + py::typeOf(value)->name());
        lastValues.push_back(value);
        Value m = findByValue(cls, value);
        if (m.isNone()) {
            m = Value(make<MemberObject>(cls, e.key, value));
            initMember(cls, m, value);
            names->items().push_back(e.key);
            addByValue(*byValue, value, m);
        }
        map->set(e.key, m);
        cls->setAttr(n, m);
    }
    cls->setAttr("_value2member_map_", Value(byValue));
    cls->setAttr("__members__", Value(map));
}

Value classIter(TypeObject *cls)
{
    return py::iter(list(membersOf(cls)));
}

int64_t classLen(TypeObject *cls)
{
    return static_cast<int64_t>(membersOf(cls).size());
}

bool classContains(TypeObject *cls, const Value &item)
{
    if (!item.as<MemberObject>())
        py::raise(builtin::TypeError(), "unsupported operand type(s) for 'in': '" + py::typeOf(item)->name() +
                                            "' and 'EnumType'");
    return py::isInstance(item, cls);
}

Value classGetItem(TypeObject *cls, const Value &key)
{
    DictObject *map = ownDict(cls, "_member_map_");
    if (const Value *m = map ? map->find(key) : nullptr)
        return *m;
    throw PyException(make<ExceptionObject>(builtin::KeyError(), std::vector<Value>{key}));
}

// EnumType.__getattr__ names only the attribute.
std::string missingAttribute(TypeObject *, const std::string &name)
{
    return name;
}

const py::ClassProtocol enumProtocol{enumCreated, classRepr,   classIter,       classLen,
                                     classContains, classGetItem, missingAttribute};

// The functional API, Enum('Color', 'RED GREEN') or with a list of names, of (name, value)
// pairs or a dict: the class statement it stands for.
Value makeFunctional(TypeObject *base, const CallArgs &args)
{
    auto a = py::parseArgs(args, "EnumType.__call__", {"value", "names", "module", "qualname", "type", "start"}, 2, 2);
    if (!a[4].isNone())
        py::raise(builtin::TypeError(), "Enum(type=...) is not available in scenarios");
    const int64_t start = a[5].isNone() ? 1 : py::toInt(a[5]);
    std::vector<Value> names;
    if (auto *s = a[1].as<StrObject>()) {
        std::string text = s->utf8();
        for (char &c : text)
            if (c == ',')
                c = ' ';
        names = py::collect(py::call(py::getAttr(aw::str(text), "split"), {}));
    } else {
        names = py::collect(a[1]);
    }
    auto ns = make<DictObject>();
    ns->setStr("__module__", aw::str("__main__"));
    ns->setStr("__qualname__", a[0]);
    int64_t next = start;
    for (const Value &item : names) {
        if (a[1].as<DictObject>())
            ns->set(item, *a[1].as<DictObject>()->find(item));
        else if (item.as<StrObject>())
            ns->set(item, Value::integer(next++));
        else {
            std::vector<Value> pair = py::collect(item);
            if (pair.size() != 2)
                py::raise(builtin::TypeError(), "Enum names must be strings or (name, value) pairs");
            ns->set(pair[0], pair[1]);
        }
    }
    return Value(py::makeClass(py::strText(a[0], "Enum name"), "__main__", {Ref<TypeObject>(base)}, *ns));
}

Value lookupMember(TypeObject *cls, const CallArgs &args)
{
    if (args.positional.size() > 1 || !args.keywords.empty())
        return makeFunctional(cls, args);
    auto a = py::parseArgs(args, "EnumType.__call__", {"value"}, 1);
    const Value &value = a[0];
    if (membersOf(cls).empty())
        py::raise(builtin::TypeError(), classRepr(cls) + " has no members defined");
    if (value.as<MemberObject>() && py::isInstance(value, cls))
        return value;
    Value m = findByValue(cls, value);
    if (m.isNone())
        py::raise(builtin::ValueError(), py::repr(value) + " is not a valid " + cls->name());
    return m;
}

template<size_t I>
Value memberBinary(const Value &a, const Value &b)
{
    if (unwrap(a).is(a) && unwrap(b).is(b))
        return py::notImplemented();
    return py::binary(unwrap(a), unwrap(b), static_cast<BinaryOp>(I));
}

template<size_t I>
Value memberUnary(const Value &v)
{
    if (unwrap(v).is(v))
        py::raise(builtin::TypeError(), std::string("bad operand type for unary ") + "-+~"[I] + ": '" +
                                            py::typeOf(v)->name() + "'");
    return py::unary(unwrap(v), static_cast<UnaryOp>(I));
}

template<size_t... I>
void setArithmetic(TypeSlots &s, std::index_sequence<I...>)
{
    ((s.binary[I] = memberBinary<I>), ...);
}

const TypeSlots &memberSlots()
{
    static const TypeSlots slots = [] {
        TypeSlots s;
        s.repr = [](const Value &v) {
            return "<" + py::typeOf(v)->name() + "." + py::strText(member(v).name) + ": " + py::repr(member(v).value) +
                   ">";
        };
        s.str = [](const Value &v) {
            if (printsAsValue(py::typeOf(v)))
                return py::str(member(v).value);
            return py::typeOf(v)->name() + "." + py::strText(member(v).name);
        };
        s.hash = [](const Value &v) {
            return py::hash(actsAsValue(py::typeOf(v)) ? member(v).value : member(v).name);
        };
        s.richCompare = [](const Value &a, const Value &b, CompareOp op) -> Value {
            if (actsAsValue(py::typeOf(a)))
                return py::compare(unwrap(a), unwrap(b), op);
            if (op == CompareOp::Eq || op == CompareOp::Ne)
                return Value::boolean(a.is(b) == (op == CompareOp::Eq));
            return py::notImplemented();
        };
        s.truthy = [](const Value &v) { return !actsAsValue(py::typeOf(v)) || py::truthy(member(v).value); };
        s.getAttr = [](const Value &self, const Value &name, Value &out) {
            const std::string &n = py::strText(name);
            if (n == "name" || n == "_name_")
                out = member(self).name;
            else if (n == "value" || n == "_value_")
                out = member(self).value;
            else
                return false;
            return true;
        };
        setArithmetic(s, std::make_index_sequence<static_cast<size_t>(BinaryOp::Count)>());
        s.unary[0] = memberUnary<0>;
        s.unary[1] = memberUnary<1>;
        s.unary[2] = memberUnary<2>;
        s.newInstance = lookupMember;
        return s;
    }();
    return slots;
}

Value formatMember(const Value &self, const CallArgs &args)
{
    const Value &spec = py::oneArg(args, "__format__");
    if (!self.as<MemberObject>())
        return py::formatValue(self, py::strText(spec));
    if (printsAsValue(py::typeOf(self)))
        return py::formatValue(member(self).value, py::strText(spec));
    return py::formatValue(aw::str(py::str(self)), py::strText(spec));
}

TypeObject *makeEnumType(const char *name, std::vector<TypeObject *> bases)
{
    TypeObject *t = makeBuiltinType(name, "enum", std::move(bases));
    t->slots = memberSlots();
    return t;
}

TypeObject *enumType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeEnumType("Enum", {});
        defineMethod(type, "__format__", formatMember);
        py::setClassProtocol(type, &enumProtocol);
        return type;
    }();
    return t;
}

TypeObject *intEnumType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeEnumType("IntEnum", {enumType()});
        for (const char *name : {"__index__", "__int__"})
            defineMethod(type, name, [name](const Value &self, const CallArgs &args) {
                py::noArgs(args, name);
                return self.as<MemberObject>() ? member(self).value : self;
            });
        return type;
    }();
    return t;
}

TypeObject *strEnumType()
{
    static TypeObject *const t = makeEnumType("StrEnum", {enumType()});
    return t;
}

TypeObject *autoType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("auto", "enum", {});
        type->slots.newInstance = [](TypeObject *cls, const CallArgs &args) {
            py::noArgs(args, "auto");
            return Value(make<AutoObject>(cls));
        };
        type->slots.repr = [](const Value &) { return std::string("auto(_auto_null)"); };
        return type;
    }();
    return t;
}

// @unique: ValueError naming every alias and the member it repeats.
Value unique(const Value &, const CallArgs &args)
{
    const Value &cls = py::oneArg(args, "unique");
    auto *map = py::getAttr(cls, "__members__").as<DictObject>();
    auto *type = cls.as<TypeObject>();
    if (!map || !type)
        return cls;
    std::string duplicates;
    for (const auto &e : map->entries()) {
        if (!e.live || !e.value.as<MemberObject>() || member(e.value).name.is(e.key) ||
            py::strText(member(e.value).name) == py::strText(e.key))
            continue;
        duplicates += (duplicates.empty() ? "" : ", ") + py::strText(e.key) + " -> " + py::strText(member(e.value).name);
    }
    if (!duplicates.empty())
        py::raise(builtin::ValueError(), "duplicate values found in " + classRepr(type) + ": " + duplicates);
    return cls;
}

} // namespace

void initEnumModule(ModuleObject &m)
{
    m.set("Enum", Value(enumType()));
    m.set("IntEnum", Value(intEnumType()));
    m.set("StrEnum", Value(strEnumType()));
    m.set("auto", Value(autoType()));
    m.def("unique", unique);
}

} // namespace aw::interp
