// dict: slots, construction and update (dict_merge, dict_update_arg), and methods.

#include "args.h"
#include "builtin_types.h"
#include "class_object.h"
#include "container_setup.h"
#include "dict.h"
#include "function.h"
#include "protocol.h"
#include "sequence_util.h"
#include "type_setup.h"

namespace aw::py {

namespace {

// Instances of scenario classes deriving from dict.
class DictInstance : public DictObject {
public:
    explicit DictInstance(TypeObject *cls) : DictObject(cls) {}
    Ref<Object> *attributeSlot() noexcept override { return &m_dict; }

private:
    Ref<Object> m_dict;
};

DictObject &dict(const Value &v)
{
    return *v.as<DictObject>();
}

std::string dictRepr(const Value &v)
{
    const DictObject &d = dict(v);
    if (d.size() == 0)
        return "{}";
    ReprGuard guard(&d);
    if (guard.recursive())
        return "{...}";
    std::string out = "{";
    bool first = true;
    // By position, re-reading the entries: a repr may mutate the dict.
    for (size_t i = 0; i < d.entries().size(); ++i) {
        if (!d.entries()[i].live)
            continue;
        const DictObject::Entry e = d.entries()[i];
        out += first ? "" : ", ";
        first = false;
        out += repr(e.key);
        out += ": ";
        out += repr(e.value);
    }
    return out + "}";
}

bool dictEqual(const DictObject &a, const DictObject &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.entries().size(); ++i) {
        if (!a.entries()[i].live)
            continue;
        const DictObject::Entry e = a.entries()[i];
        const Value *other = b.find(e.key, e.hash);
        if (!other)
            return false;
        const Value bval = *other;
        if (!sameOrEqual(e.value, bval))
            return false;
    }
    return true;
}

Value dictCompare(const Value &a, const Value &b, CompareOp op)
{
    if (!b.as<DictObject>() || (op != CompareOp::Eq && op != CompareOp::Ne))
        return notImplemented();
    return Value::boolean(dictEqual(dict(a), dict(b)) == (op == CompareOp::Eq));
}

Value dictGetItem(const Value &v, const Value &key)
{
    if (const Value *found = dict(v).find(key))
        return *found;
    Value missing;
    if (typeOf(v) != dictType() && typeOf(v)->lookup("__missing__", missing)) {
        if (auto get = typeOf(missing)->slots.descrGet)
            missing = get(missing, v, typeOf(v));
        return call(missing, {key});
    }
    raiseKeyError(key);
}

void dictDelItem(const Value &v, const Value &key)
{
    if (!dict(v).remove(key))
        raiseKeyError(key);
}

Value dictIter(const Value &v)
{
    return dictIterator(v, DictPart::Keys, false);
}

void mergeFromPairs(DictObject &d, const Value &seq)
{
    Value it = iter(seq);
    for (int64_t i = 0; auto item = next(it); ++i) {
        const std::string index = std::to_string(i);
        const std::string message = "cannot convert dictionary update sequence element #" + index + " to a sequence";
        std::vector<Value> pair = fastSequence(*item, message.c_str());
        if (pair.size() != 2)
            raise(builtin::ValueError(), "dictionary update sequence element #" + index + " has length "
                                             + std::to_string(pair.size()) + "; 2 is required");
        d.set(pair[0], pair[1]);
    }
}

// dict(**kw) and d.update(**kw): CPython collects them in a dict, then merges it.
void mergeKeywords(DictObject &d, const CallArgs &args)
{
    if (args.keywords.empty())
        return;
    auto kw = make<DictObject>();
    for (const auto &[k, v] : args.keywords)
        kw->set(k, v);
    dictMerge(d, Value(kw));
}

void updateCommon(DictObject &d, const CallArgs &args, const std::string &name)
{
    checkPositional(CallArgs{args.positional, {}}, name, 0, 1);
    if (!args.positional.empty())
        dictUpdateArg(d, args.positional[0]);
    mergeKeywords(d, args);
}

Value dictOr(const Value &a, const Value &b)
{
    if (!a.as<DictObject>() || !b.as<DictObject>())
        return notImplemented();
    Value result = dictCopy(a);
    dictUpdateArg(dict(result), b);
    return result;
}

Value dictInplaceOr(const Value &a, const Value &b)
{
    dictUpdateArg(dict(a), b);
    return a;
}

Value newDict(TypeObject *cls, const CallArgs &)
{
    if (cls == dictType())
        return Value(make<DictObject>());
    return Value(make<DictInstance>(cls));
}

} // namespace

void dictMerge(DictObject &d, const Value &other)
{
    auto *o = other.as<DictObject>();
    if (!o || typeOf(other)->slots.iter != dictIter) {
        Value keys = call(getAttr(other, "keys"), {});
        Value it = iter(keys);
        while (auto key = next(it))
            d.set(*key, getItem(other, *key));
        return;
    }
    if (o == &d || o->size() == 0)
        return;
    if (d.size() == 0 && o->cloneable())
        return d.cloneFrom(*o);
    d.reserve(o->size());
    const size_t n = o->entries().size();
    for (size_t i = 0; i < o->entries().size(); ++i) {
        if (!o->entries()[i].live)
            continue;
        const DictObject::Entry e = o->entries()[i];
        d.set(e.key, e.hash, e.value);
        if (o->entries().size() != n)
            raise(builtin::RuntimeError(), "dict mutated during update");
    }
}

void dictUpdateArg(DictObject &d, const Value &arg)
{
    if (typeOf(arg) == dictType() || hasAttr(arg, "keys"))
        return dictMerge(d, arg);
    mergeFromPairs(d, arg);
}

Value dictCopy(const Value &v)
{
    const DictObject &d = dict(v);
    auto copy = make<DictObject>();
    if (d.size() == 0)
        return Value(copy);
    if (typeOf(v)->slots.iter == dictIter && d.size() >= d.entries().size() * 2 / 3) {
        copy->cloneFrom(d);
        return Value(copy);
    }
    dictMerge(*copy, v);
    return Value(copy);
}

void setupDictType()
{
    TypeSlots &s = dictType()->slots;
    s.repr = dictRepr;
    s.hash = unhashable;
    s.richCompare = dictCompare;
    s.len = [](const Value &v) { return static_cast<int64_t>(dict(v).size()); };
    s.getItem = dictGetItem;
    s.setItem = [](const Value &v, const Value &key, const Value &value) { dict(v).set(key, value); };
    s.delItem = dictDelItem;
    s.contains = [](const Value &v, const Value &key) -> std::optional<bool> { return dict(v).find(key) != nullptr; };
    s.iter = dictIter;
    s.binary[static_cast<int>(BinaryOp::Or)] = dictOr;
    s.inplace[static_cast<int>(BinaryOp::Or)] = dictInplaceOr;
    s.newInstance = newDict;
    s.init = [](const Value &v, const CallArgs &args) { updateCommon(dict(v), args, "dict"); };
    dictType()->setAttr("__hash__", Value());
    setupDictMethods();
    setupDictViews();
}

namespace {

using Method = Value (*)(DictObject &, const Value &self, const CallArgs &);

void def(const char *name, Method fn)
{
    defineMethod(dictType(), name, [name, fn](const Value &self, const CallArgs &args) {
        return fn(selfAs<DictObject>(self, name, dictType()), self, args);
    });
}

Value get(DictObject &d, const Value &, const CallArgs &args)
{
    checkPositional(args, "get", 1, 2);
    const Value *found = d.find(args.positional[0]);
    return found ? *found : args.positional.size() > 1 ? args.positional[1] : Value();
}

Value setdefault(DictObject &d, const Value &, const CallArgs &args)
{
    checkPositional(args, "setdefault", 1, 2);
    const Value &key = args.positional[0];
    const int64_t h = hash(key);
    if (const Value *found = d.find(key, h))
        return *found;
    const Value fallback = args.positional.size() > 1 ? args.positional[1] : Value();
    d.set(key, h, fallback);
    return fallback;
}

Value pop(DictObject &d, const Value &, const CallArgs &args)
{
    checkPositional(args, "pop", 1, 2);
    const Value &key = args.positional[0];
    // CPython answers for an empty dict before hashing the key.
    std::optional<Value> removed = d.size() == 0 ? std::nullopt : d.remove(key);
    if (removed)
        return *removed;
    if (args.positional.size() > 1)
        return args.positional[1];
    raiseKeyError(key);
}

Value popitem(DictObject &d, const Value &, const CallArgs &args)
{
    noArgs(args, "dict.popitem");
    auto item = d.popLast();
    if (!item)
        raise(builtin::KeyError(), "popitem(): dictionary is empty");
    return tuple({std::move(item->first), std::move(item->second)});
}

Value update(DictObject &d, const Value &, const CallArgs &args)
{
    updateCommon(d, args, "update");
    return Value();
}

Value clear(DictObject &d, const Value &, const CallArgs &args)
{
    noArgs(args, "dict.clear");
    d.clear();
    return Value();
}

Value copy(DictObject &, const Value &self, const CallArgs &args)
{
    noArgs(args, "dict.copy");
    return dictCopy(self);
}

template<DictPart Part>
Value view(DictObject &, const Value &self, const CallArgs &args)
{
    static const char *const names[] = {"dict.keys", "dict.values", "dict.items"};
    noArgs(args, names[static_cast<int>(Part)]);
    return dictView(self, Part);
}

Value reversedKeys(DictObject &, const Value &self, const CallArgs &args)
{
    noArgs(args, "dict.__reversed__");
    return dictIterator(self, DictPart::Keys, true);
}

// dict.fromkeys(iterable, value=None), a classmethod: `cls` comes first.
Value fromkeys(const Value &, const CallArgs &args)
{
    const Value cls = args.positional[0];
    checkPositional(CallArgs{args.positional.subspan(1), args.keywords}, "fromkeys", 1, 2);
    const Value &iterable = args.positional[1];
    const Value value = args.positional.size() > 2 ? args.positional[2] : Value();
    Value d = call(cls, {});
    if (typeOf(d) == dictType()) {
        DictObject &out = dict(d);
        const TypeObject *t = typeOf(iterable);
        if (t == dictType())
            out.reserve(dict(iterable).size());
        else if (t == setType() || t == frozensetType())
            out.reserve(static_cast<size_t>(len(iterable)));
        Value it = iter(iterable);
        while (auto key = next(it))
            out.set(*key, value);
        return d;
    }
    Value it = iter(iterable);
    while (auto key = next(it))
        setItem(d, *key, value);
    return d;
}

} // namespace

void setupDictMethods()
{
    def("get", get);
    def("setdefault", setdefault);
    def("pop", pop);
    def("popitem", popitem);
    def("update", update);
    def("clear", clear);
    def("copy", copy);
    def("keys", view<DictPart::Keys>);
    def("values", view<DictPart::Values>);
    def("items", view<DictPart::Items>);
    def("__reversed__", reversedKeys);
    dictType()->setAttr("fromkeys", call(Value(classMethodType()), {builtinFunction("fromkeys", fromkeys)}));
}

} // namespace aw::py
