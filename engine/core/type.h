#pragma once
// Type objects: Python classes, built-in or defined by a scenario.
//
// A type knows its name, its bases and its method resolution order (C3, as Python computes
// it), and holds its attributes. Built-in types are immortal singletons reached through the
// functions in builtin_types.h.

#include "object.h"
#include "slots.h"
#include "value.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace aw {

class TypeObject : public Object {
public:
    // Creates a type whose metatype is `type`. Throws PyException(TypeError) when the bases
    // admit no consistent method resolution order.
    TypeObject(std::string name, std::string module, std::vector<Ref<TypeObject>> bases);

    const std::string &name() const noexcept { return m_name; }
    const std::string &module() const noexcept { return m_module; }
    // "ValueError" for built-ins, "asyncio.exceptions.CancelledError"-style names are shown by
    // tracebacks as CPython does: the module only when it is not builtins.
    std::string qualifiedName() const;
    const std::vector<Ref<TypeObject>> &bases() const noexcept { return m_bases; }
    const std::vector<TypeObject *> &mro() const noexcept { return m_mro; }

    bool isSubtypeOf(const TypeObject *other) const noexcept;
    // A class made by a scenario forgets its attributes (methods refer back to it).
    void clearReferences() override
    {
        if (m_heapType)
            m_attrs.clear();
    }

    // Attribute lookup along the MRO; null Value and false when absent.
    bool lookup(const std::string &name, Value &out) const;
    void setAttr(const std::string &name, Value v) { m_attrs[name] = std::move(v); }
    const std::unordered_map<std::string, Value> &ownAttrs() const noexcept { return m_attrs; }

    // How instances behave; see slots.h.
    TypeSlots slots;
    // True for classes a scenario defines (their attributes can change, their slots call
    // Python methods); false for built-in types.
    bool isHeapType() const noexcept { return m_heapType; }
    void setHeapType(bool b) noexcept { m_heapType = b; }
    // False for a class whose every Python class in the MRO declares __slots__ without
    // "__dict__": its instances keep only the declared attributes.
    bool instancesHaveDict() const noexcept { return m_instanceDict; }
    void setInstancesHaveDict(bool b) noexcept { m_instanceDict = b; }

private:
    friend struct TypeBootstrap;
    // Builds `object` (base null) and `type` before either exists as a Python object.
    TypeObject(std::string name, TypeObject *base);

    std::string m_name;
    std::string m_module;
    std::vector<Ref<TypeObject>> m_bases;
    std::vector<TypeObject *> m_mro; // includes this type first; bases are kept alive by m_bases
    std::unordered_map<std::string, Value> m_attrs;
    bool m_heapType = false;
    bool m_instanceDict = true;
};

// The metatype `type` and the root `object`.
TypeObject *typeType();
TypeObject *objectType();

// Creates an immortal built-in type (for process-wide singletons). It inherits its bases'
// slots (see inheritSlots).
TypeObject *makeBuiltinType(std::string name, std::string module, std::vector<TypeObject *> bases);

// Fills the type's empty slots from its bases: every slot from a built-in base that really
// is its implementation's base (Task from Future, bool from int); from `object` only the
// defaults that make sense for any object (repr, hash, comparison), never instantiation.
void inheritSlots(TypeObject *type);
// Every built-in type made so far, bases before subclasses.
std::vector<TypeObject *> builtinTypes();

} // namespace aw
