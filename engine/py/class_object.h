#pragma once
// Classes defined by scenarios, and their instances.
//
// makeClass builds a heap type from `class Name(bases): body`. Its slots are inherited from
// its "solid base" (the first built-in type in its MRO: object, Exception, list...) except
// where a Python class in the MRO defines the matching dunder (__repr__, __eq__, __iter__,
// __aenter__...), in which case the slot calls that method (CPython's slot_* functions).

#include "core/object.h"
#include "core/type.h"
#include "dict.h"

#include <string>
#include <vector>

namespace aw {

// An instance of a class whose solid base is `object`.
class InstanceObject : public Object {
public:
    explicit InstanceObject(TypeObject *cls) : Object(cls) {}
    Ref<Object> *attributeSlot() noexcept override { return type()->instancesHaveDict() ? &m_dict : nullptr; }
    void clearReferences() override
    {
        m_dict = nullptr;
        m_slotValues = nullptr;
    }
    // The values of the attributes declared in __slots__, by name (made on first use).
    DictObject &slotValues();

private:
    Ref<Object> m_dict;
    Ref<Object> m_slotValues;
};

TypeObject *superType();
TypeObject *propertyType();
// What property.__set_name__ does: a property remembers the class attribute it was assigned
// to, which its error messages quote. False when `v` is not a property.
bool setPropertyName(const Value &v, const Value &name);
TypeObject *staticMethodType();
TypeObject *classMethodType();

namespace py {

// What a metaclass gives its classes, for the built-in bases that stand in for one (Enum for
// EnumType): how a subclass is finished once made, and how the class itself is shown,
// iterated, measured, searched with `in` and subscripted. Null members keep type's behaviour.
struct ClassProtocol {
    void (*created)(TypeObject *cls, const DictObject &ns) = nullptr;
    std::string (*repr)(TypeObject *cls) = nullptr;
    Value (*iter)(TypeObject *cls) = nullptr;
    int64_t (*len)(TypeObject *cls) = nullptr;
    bool (*contains)(TypeObject *cls, const Value &item) = nullptr;
    Value (*getItem)(TypeObject *cls, const Value &key) = nullptr;
    // The AttributeError message for a missing class attribute.
    std::string (*missingAttribute)(TypeObject *cls, const std::string &name) = nullptr;
};
// Gives `base` and its subclasses `protocol` (a static that outlives every run).
void setClassProtocol(const TypeObject *base, const ClassProtocol *protocol);
// The protocol of the nearest class in cls's MRO that has one, or null.
const ClassProtocol *classProtocol(const TypeObject *cls);

// `class name(bases): ...` with the body's namespace already evaluated. Raises TypeError
// for bases that cannot be subclassed or have no consistent MRO.
Ref<TypeObject> makeClass(const std::string &name, const std::string &module, std::vector<Ref<TypeObject>> bases,
                          const DictObject &ns);

// Whether a class written in Python (cls or one of its Python bases) defines `name`.
bool definedInPython(const TypeObject *cls, const char *name);

// Rewires a class's slots after dunders were added to it (dataclass adds __init__, __eq__).
void refreshSlots(TypeObject *cls);

// The first built-in type in the MRO: what instances are made of.
TypeObject *solidBase(const TypeObject *type);

// super(cls, obj): attribute lookup starting after `cls` in obj's MRO.
Value makeSuper(TypeObject *cls, const Value &obj);

} // namespace py
} // namespace aw
