// dataclasses: @dataclass generates __init__, __repr__ and __eq__ (and the orderings with
// order=True) from the class's annotations, as CPython's does; field(), fields(), asdict(),
// astuple(), is_dataclass().

#include "modules.h"

#include "core/containers.h"
#include "core/recursion.h"
#include "core/str.h"
#include "py/args.h"
#include "py/class_object.h"
#include "py/function.h"
#include "py/protocol.h"

#include <algorithm>
#include <mutex>
#include <span>

namespace aw::interp {

namespace {

class FieldObject : public Object {
public:
    explicit FieldObject(TypeObject *t) : Object(t) {}
    void clearReferences() override { defaultValue = defaultFactory = Value(); }
    std::string name;
    Value defaultValue, defaultFactory;
    bool hasDefault = false, hasFactory = false, init = true, repr = true, compare = true;
};

TypeObject *fieldType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("Field", "dataclasses", {});
        type->slots.getAttr = [](const Value &self, const Value &name, Value &out) {
            auto *f = self.as<FieldObject>();
            const std::string &n = py::strText(name);
            if (n == "name")
                out = aw::str(f->name);
            else if (n == "default")
                out = f->defaultValue;
            else
                return false;
            return true;
        };
        type->slots.repr = [](const Value &self) { return "Field(name='" + self.as<FieldObject>()->name + "')"; };
        return type;
    }();
    return t;
}

struct Options {
    bool init = true, repr = true, eq = true, order = false, frozen = false;
};

std::vector<Ref<FieldObject>> fieldsOf(const Value &clsOrObj)
{
    Value table;
    if (!py::tryGetAttr(clsOrObj, py::name("__dataclass_fields__"), table))
        py::raise(builtin::TypeError(), "must be called with a dataclass type or instance");
    std::vector<Ref<FieldObject>> out;
    for (const auto &e : table.as<DictObject>()->entries())
        if (e.live)
            out.emplace_back(e.value.as<FieldObject>());
    return out;
}

Value fieldTuple(const Value &obj, const std::vector<Ref<FieldObject>> &fields, bool compareOnly)
{
    std::vector<Value> items;
    for (const auto &f : fields)
        if (!compareOnly || f->compare)
            items.push_back(py::getAttr(obj, f->name));
    return tuple(std::move(items));
}

void initInstance(TypeObject *cls, const std::vector<Ref<FieldObject>> &fields, bool frozen, const Value &self,
                  const CallArgs &args)
{
    // A frozen class's __init__ assigns through object.__setattr__, past its own refusal.
    auto assign = frozen ? py::genericSetAttr : py::setAttr;
    std::vector<const FieldObject *> params;
    for (const auto &f : fields)
        if (f->init)
            params.push_back(f.get());
    const std::string fn = cls->name() + ".__init__";
    if (args.positional.size() > params.size())
        py::raise(builtin::TypeError(), fn + "() takes " + std::to_string(params.size() + 1) +
                                            " positional arguments but " + std::to_string(args.positional.size() + 1) +
                                            " were given");
    std::vector<Value> values(params.size());
    std::vector<bool> given(params.size(), false);
    for (size_t i = 0; i < args.positional.size(); ++i) {
        values[i] = args.positional[i];
        given[i] = true;
    }
    for (const auto &[k, v] : args.keywords) {
        size_t i = 0;
        while (i < params.size() && params[i]->name != py::strText(k))
            ++i;
        if (i == params.size())
            py::raise(builtin::TypeError(), fn + "() got an unexpected keyword argument '" + py::strText(k) + "'");
        if (given[i])
            py::raise(builtin::TypeError(), fn + "() got multiple values for argument '" + py::strText(k) + "'");
        values[i] = v;
        given[i] = true;
    }
    std::vector<std::string> missing;
    for (size_t i = 0; i < params.size(); ++i) {
        if (given[i])
            continue;
        if (params[i]->hasFactory)
            values[i] = py::call(params[i]->defaultFactory, {});
        else if (params[i]->hasDefault)
            values[i] = params[i]->defaultValue;
        else
            missing.push_back("'" + params[i]->name + "'");
    }
    if (!missing.empty()) {
        // CPython's wording: 'a', 'a' and 'b', 'a', 'b', and 'c'.
        std::string names = missing.back();
        if (missing.size() > 1)
            names = missing[missing.size() - 2] + (missing.size() > 2 ? ", and " : " and ") + names;
        for (size_t i = missing.size() - 2; missing.size() > 2 && i-- > 0;)
            names = missing[i] + ", " + names;
        py::raise(builtin::TypeError(), fn + "() missing " + std::to_string(missing.size()) + " required positional argument" +
                                            (missing.size() > 1 ? "s" : "") + ": " + names);
    }
    for (size_t i = 0; i < params.size(); ++i)
        assign(self, py::name(params[i]->name), values[i]);
    for (const auto &f : fields)
        if (!f->init && f->hasFactory)
            assign(self, py::name(f->name), py::call(f->defaultFactory, {}));
    Value post;
    if (py::tryGetAttr(self, py::name("__post_init__"), post))
        py::call(post, {});
}

void addMethod(TypeObject *cls, const std::string &name, BuiltinFunctionFn fn)
{
    cls->setAttr(name, Value(make<BuiltinFunctionObject>(name, std::move(fn), true, Value(), cls->name())));
}

std::vector<Ref<FieldObject>> collectFields(TypeObject *cls)
{
    std::vector<Ref<FieldObject>> fields;
    const auto &mro = cls->mro();
    for (auto it = mro.rbegin(); it != mro.rend(); ++it) {
        if (*it == cls)
            continue;
        auto own = (*it)->ownAttrs().find("__dataclass_fields__");
        if (own == (*it)->ownAttrs().end())
            continue;
        for (const auto &f : fieldsOf(Value(*it)))
            fields.push_back(f);
    }
    Value annotations;
    auto own = cls->ownAttrs().find("__annotations__");
    if (own == cls->ownAttrs().end())
        return fields;
    for (const auto &e : own->second.as<DictObject>()->entries()) {
        if (!e.live)
            continue;
        const std::string name = py::strText(e.key);
        Ref<FieldObject> f;
        auto attr = cls->ownAttrs().find(name);
        if (attr != cls->ownAttrs().end() && attr->second.as<FieldObject>()) {
            f = Ref<FieldObject>(attr->second.as<FieldObject>());
        } else {
            f = make<FieldObject>(fieldType());
            if (attr != cls->ownAttrs().end()) {
                f->hasDefault = true;
                f->defaultValue = attr->second;
            }
        }
        f->name = name;
        if (f->hasDefault && !f->hasFactory) {
            TypeObject *t = py::typeOf(f->defaultValue);
            if (t->name() == "list" || t->name() == "dict" || t->name() == "set")
                py::raise(builtin::ValueError(), "mutable default <class '" + t->name() + "'> for field " + name +
                                                     " is not allowed: use default_factory");
            cls->setAttr(name, f->defaultValue);
        }
        std::erase_if(fields, [&](const Ref<FieldObject> &o) { return o->name == name; });
        fields.push_back(f);
    }
    return fields;
}

// What CPython's dataclass checks before adding __hash__: a __hash__ the class body wrote,
// not the None that defining __eq__ implies.
bool hasExplicitHash(TypeObject *cls)
{
    auto own = cls->ownAttrs().find("__hash__");
    if (own == cls->ownAttrs().end())
        return false;
    return !(own->second.isNone() && cls->ownAttrs().count("__eq__"));
}

// frozen=True: assigning or deleting a field (or any attribute of the class itself, not a
// subclass) raises FrozenInstanceError.
void addFrozenMethods(TypeObject *cls, const std::vector<Ref<FieldObject>> &fields)
{
    if (cls->ownAttrs().count("__setattr__") || cls->ownAttrs().count("__delattr__"))
        py::raise(builtin::TypeError(), "Cannot overwrite attribute __setattr__ in class " + cls->name());
    auto frozenField = [cls, fields](const Value &self, const std::string &name) {
        if (py::typeOf(self) == cls)
            return true;
        return std::any_of(fields.begin(), fields.end(), [&](const Ref<FieldObject> &f) { return f->name == name; });
    };
    addMethod(cls, "__setattr__", [cls, frozenField](const Value &self, const CallArgs &args) {
        auto a = py::parseArgs(args, "__setattr__", {"name", "value"}, 2, 2);
        const std::string &name = py::strText(a[0], "attribute name");
        if (frozenField(self, name))
            py::raise(builtin::FrozenInstanceError(), "cannot assign to field '" + name + "'");
        py::call(py::getAttr(py::makeSuper(cls, self), "__setattr__"), {a[0], a[1]});
        return Value();
    });
    addMethod(cls, "__delattr__", [cls, frozenField](const Value &self, const CallArgs &args) {
        const Value &nameValue = py::oneArg(args, "__delattr__");
        const std::string &name = py::strText(nameValue, "attribute name");
        if (frozenField(self, name))
            py::raise(builtin::FrozenInstanceError(), "cannot delete field '" + name + "'");
        py::call(py::getAttr(py::makeSuper(cls, self), "__delattr__"), {nameValue});
        return Value();
    });
}

Value process(const Value &clsValue, Options o)
{
    auto *cls = clsValue.as<TypeObject>();
    if (!cls || !cls->isHeapType())
        py::raise(builtin::TypeError(), "dataclass() should be called on a class");
    std::vector<Ref<FieldObject>> fields = collectFields(cls);
    bool seenDefault = false;
    for (const auto &f : fields) {
        if (!f->init)
            continue;
        if (f->hasDefault || f->hasFactory)
            seenDefault = true;
        else if (seenDefault)
            py::raise(builtin::TypeError(), "non-default argument '" + f->name + "' follows default argument");
    }
    auto table = make<DictObject>();
    for (const auto &f : fields)
        table->setStr(f->name, Value(f));
    cls->setAttr("__dataclass_fields__", Value(table));
    if (o.init && !cls->ownAttrs().count("__init__"))
        addMethod(cls, "__init__", [cls, fields, frozen = o.frozen](const Value &self, const CallArgs &args) {
            initInstance(cls, fields, frozen, self, args);
            return Value();
        });
    if (o.repr && !cls->ownAttrs().count("__repr__"))
        addMethod(cls, "__repr__", [fields](const Value &self, const CallArgs &) {
            std::string out = py::typeOf(self)->name() + "(";
            bool first = true;
            for (const auto &f : fields) {
                if (!f->repr)
                    continue;
                out += (first ? "" : ", ") + f->name + "=" + py::repr(py::getAttr(self, f->name));
                first = false;
            }
            return aw::str(out + ")");
        });
    auto compareAs = [fields](CompareOp op) {
        return [fields, op](const Value &self, const CallArgs &args) {
            const Value &other = py::oneArg(args, "comparison");
            if (py::typeOf(other) != py::typeOf(self))
                return py::notImplemented();
            return py::compare(fieldTuple(self, fields, true), fieldTuple(other, fields, true), op);
        };
    };
    if (o.eq && !cls->ownAttrs().count("__eq__"))
        addMethod(cls, "__eq__", compareAs(CompareOp::Eq));
    if (o.order) {
        addMethod(cls, "__lt__", compareAs(CompareOp::Lt));
        addMethod(cls, "__le__", compareAs(CompareOp::Le));
        addMethod(cls, "__gt__", compareAs(CompareOp::Gt));
        addMethod(cls, "__ge__", compareAs(CompareOp::Ge));
    }
    if (o.frozen)
        addFrozenMethods(cls, fields);
    if (o.eq && o.frozen && !hasExplicitHash(cls))
        addMethod(cls, "__hash__", [fields](const Value &self, const CallArgs &) {
            return Value::integer(py::hash(fieldTuple(self, fields, true)));
        });
    py::refreshSlots(cls);
    return clsValue;
}

Value asContainer(const Value &v, bool asDict);

Value convert(const Value &v, bool asDict)
{
    // CPython's asdict() recurses in Python: nesting counts against the recursion limit.
    RecursionGuard depth;
    Value table;
    if (!v.as<TypeObject>() && py::tryGetAttr(v, py::name("__dataclass_fields__"), table))
        return asContainer(v, asDict);
    if (auto *l = v.as<ListObject>()) {
        std::vector<Value> items;
        for (const Value &x : l->items())
            items.push_back(convert(x, asDict));
        return list(std::move(items));
    }
    if (auto *t = v.as<TupleObject>()) {
        std::vector<Value> items;
        for (const Value &x : t->items())
            items.push_back(convert(x, asDict));
        return tuple(std::move(items));
    }
    return v;
}

Value asContainer(const Value &v, bool asDict)
{
    std::vector<Ref<FieldObject>> fields = fieldsOf(v);
    if (!asDict) {
        std::vector<Value> items;
        for (const auto &f : fields)
            items.push_back(convert(py::getAttr(v, f->name), false));
        return tuple(std::move(items));
    }
    auto d = make<DictObject>();
    for (const auto &f : fields)
        d->setStr(f->name, convert(py::getAttr(v, f->name), true));
    return Value(d);
}

// dataclasses.replace(obj, **changes): a new instance from obj's init fields and the changes.
Value replaceFields(const Value &obj, std::span<const std::pair<Value, Value>> changes)
{
    Value table;
    if (obj.as<TypeObject>() || !py::tryGetAttr(obj, py::name("__dataclass_fields__"), table))
        py::raise(builtin::TypeError(), "replace() should be called on dataclass instances");
    auto changed = [&](const std::string &name) -> const Value * {
        for (const auto &[key, value] : changes)
            if (py::strText(key) == name)
                return &value;
        return nullptr;
    };
    std::vector<std::pair<Value, Value>> keywords;
    for (const auto &f : fieldsOf(obj)) {
        const Value *given = changed(f->name);
        if (!f->init) {
            if (given)
                py::raise(builtin::ValueError(), "field " + f->name +
                                                     " is declared with init=False, it cannot be specified with replace()");
            continue;
        }
        keywords.emplace_back(aw::str(f->name), given ? *given : py::getAttr(obj, f->name));
    }
    for (const auto &[key, value] : changes) {
        const std::string &name = py::strText(key);
        if (std::none_of(keywords.begin(), keywords.end(), [&](const auto &kw) { return py::strText(kw.first) == name; }))
            keywords.emplace_back(key, value);
    }
    return py::call(Value(py::typeOf(obj)), CallArgs{{}, keywords});
}

} // namespace

void initDataclassesModule(ModuleObject &m)
{
    m.set("FrozenInstanceError", Value(builtin::FrozenInstanceError()));
    m.def("dataclass", [](const Value &, const CallArgs &args) {
        auto a = py::parseArgs(args, "dataclass", {"cls", "init", "repr", "eq", "order", "unsafe_hash", "frozen",
                                                   "match_args", "kw_only", "slots"}, 0, 1);
        Options o;
        o.init = !a.wasGiven(1) || py::truthy(a[1]);
        o.repr = !a.wasGiven(2) || py::truthy(a[2]);
        o.eq = !a.wasGiven(3) || py::truthy(a[3]);
        o.order = a.wasGiven(4) && py::truthy(a[4]);
        o.frozen = a.wasGiven(6) && py::truthy(a[6]);
        if (a.wasGiven(0))
            return process(a[0], o);
        return builtinFunction("dataclass", [o](const Value &, const CallArgs &inner) {
            return process(py::oneArg(inner, "dataclass"), o);
        });
    });
    m.def("field", [](const Value &, const CallArgs &args) {
        auto a = py::parseArgs(args, "field", {"default", "default_factory", "init", "repr", "hash", "compare",
                                               "metadata", "kw_only"}, 0, 0);
        auto f = make<FieldObject>(fieldType());
        f->hasDefault = a.wasGiven(0);
        f->defaultValue = a[0];
        f->hasFactory = a.wasGiven(1);
        f->defaultFactory = a[1];
        f->init = !a.wasGiven(2) || py::truthy(a[2]);
        f->repr = !a.wasGiven(3) || py::truthy(a[3]);
        f->compare = !a.wasGiven(5) || py::truthy(a[5]);
        return Value(f);
    });
    m.def("fields", [](const Value &, const CallArgs &args) {
        std::vector<Value> out;
        for (const auto &f : fieldsOf(py::oneArg(args, "fields")))
            out.emplace_back(f);
        return tuple(std::move(out));
    });
    m.def("asdict", [](const Value &, const CallArgs &args) { return asContainer(py::oneArg(args, "asdict"), true); });
    m.def("astuple", [](const Value &, const CallArgs &args) { return asContainer(py::oneArg(args, "astuple"), false); });
    m.def("replace", [](const Value &, const CallArgs &args) {
        if (args.positional.size() != 1)
            py::raise(builtin::TypeError(), "replace() takes 1 positional argument but " +
                                                std::to_string(args.positional.size()) + " were given");
        return replaceFields(args.positional[0], args.keywords);
    });
    m.def("is_dataclass", [](const Value &, const CallArgs &args) {
        Value table;
        return Value::boolean(py::tryGetAttr(py::oneArg(args, "is_dataclass"), py::name("__dataclass_fields__"), table));
    });
}

} // namespace aw::interp
