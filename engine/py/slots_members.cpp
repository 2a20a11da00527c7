// __slots__: a class declaring it gets a member descriptor per name, and its instances keep
// only those attributes (no __dict__) unless a base without __slots__ gives them one.

#include "slots_members.h"

#include "class_object.h"
#include "core/str.h"
#include "protocol.h"

namespace aw {

DictObject &InstanceObject::slotValues()
{
    if (!m_slotValues)
        m_slotValues = Ref<Object>(make<DictObject>());
    return *static_cast<DictObject *>(m_slotValues.get());
}

namespace py {

namespace {

class MemberObject : public Object {
public:
    MemberObject(TypeObject *type, std::string name, TypeObject *owner)
        : Object(type), name(std::move(name)), owner(owner)
    {
    }
    std::string name;
    // The class holding this descriptor (which keeps it alive).
    TypeObject *owner;
};

InstanceObject &storageOf(const MemberObject &m, const Value &instance)
{
    auto *o = instance.as<InstanceObject>();
    if (!o || !typeOf(instance)->isSubtypeOf(m.owner))
        raise(builtin::TypeError(), "descriptor '" + m.name + "' for '" + m.owner->name() + "' objects doesn't apply to a '" +
                                        typeOf(instance)->name() + "' object");
    return *o;
}

TypeObject *memberType()
{
    static TypeObject *const t = [] {
        TypeObject *type = makeBuiltinType("member_descriptor", "builtins", {});
        type->slots.repr = [](const Value &v) {
            auto *m = v.as<MemberObject>();
            return "<member '" + m->name + "' of '" + m->owner->name() + "' objects>";
        };
        type->slots.descrGet = [](const Value &self, const Value &instance, TypeObject *) {
            if (instance.isNone())
                return self;
            auto *m = self.as<MemberObject>();
            const Value key = aw::str(m->name);
            if (const Value *v = storageOf(*m, instance).slotValues().find(key))
                return *v;
            raise(builtin::AttributeError(), "'" + typeOf(instance)->name() + "' object has no attribute '" + m->name + "'");
        };
        type->slots.descrSet = [](const Value &self, const Value &instance, const Value &value) {
            auto *m = self.as<MemberObject>();
            storageOf(*m, instance).slotValues().set(aw::str(m->name), value);
        };
        type->slots.descrDelete = [](const Value &self, const Value &instance) {
            auto *m = self.as<MemberObject>();
            if (!storageOf(*m, instance).slotValues().remove(aw::str(m->name)))
                raise(builtin::AttributeError(), m->name);
        };
        return type;
    }();
    return t;
}

std::vector<std::string> slotNames(const Value &declared)
{
    std::vector<std::string> names;
    if (declared.as<StrObject>()) {
        names.push_back(strText(declared));
        return names;
    }
    Value it = iter(declared);
    while (auto item = next(it)) {
        if (!item->as<StrObject>())
            raise(builtin::TypeError(), "__slots__ items must be strings, not '" + typeOf(*item)->name() + "'");
        names.push_back(strText(*item));
    }
    return names;
}

} // namespace

void applySlots(TypeObject *cls, const DictObject &ns)
{
    const Value *declared = ns.find(aw::str("__slots__"));
    bool hasDict = !declared || solidBase(cls) != objectType();
    for (const TypeObject *t : cls->mro())
        if (t != cls && t->isHeapType() && t->instancesHaveDict())
            hasDict = true;
    if (declared) {
        for (const std::string &name : slotNames(*declared)) {
            if (name == "__dict__") {
                hasDict = true;
                continue;
            }
            if (name == "__weakref__")
                continue;
            if (ns.find(aw::str(name)))
                raise(builtin::ValueError(), "'" + name + "' in __slots__ conflicts with class variable");
            if (solidBase(cls) == objectType())
                cls->setAttr(name, Value(make<MemberObject>(memberType(), name, cls)));
        }
    }
    cls->setInstancesHaveDict(hasDict);
}

} // namespace py
} // namespace aw
