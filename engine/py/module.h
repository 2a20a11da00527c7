#pragma once
// Module objects (`asyncio`, `math`, the scenario's `__main__`) and the registry of modules
// a scenario may import. Each run makes its modules afresh, so module state (random's
// generator, a module-level counter) never leaks from one run into the next.

#include "core/object.h"
#include "core/value.h"
#include "dict.h"
#include "function.h"

#include <string>
#include <string_view>

namespace aw {

TypeObject *moduleType();

class ModuleObject : public Object {
public:
    explicit ModuleObject(std::string name);
    const std::string &name() const noexcept { return m_name; }
    Ref<Object> *attributeSlot() noexcept override { return &m_dict; }
    DictObject &dict();
    void set(std::string_view attr, Value v);
    // Adds a C++ function as a module attribute.
    void def(const std::string &attr, BuiltinFunctionFn fn);
    // Added to the AttributeError for a missing attribute: sys says why what CPython's has
    // is missing here.
    void setMissingNote(std::string note) { m_missingNote = std::move(note); }
    const std::string &missingNote() const noexcept { return m_missingNote; }

private:
    std::string m_name;
    std::string m_missingNote;
    Ref<Object> m_dict;
};

namespace py {

// Fills a new module of the given name; one per importable built-in module.
void initMathModule(ModuleObject &m);
void initRandomModule(ModuleObject &m);
void initCollectionsModule(ModuleObject &m);
void initFunctoolsModule(ModuleObject &m);
void initItertoolsModule(ModuleObject &m);
void initOperatorModule(ModuleObject &m);
void initHeapqModule(ModuleObject &m);
void initBisectModule(ModuleObject &m);

// The built-in functions that need no interpreter context (len, sorted, isinstance...),
// added to the builtins namespace. print, input, open, eval, exec, __import__, globals,
// locals and super are the interpreter's own.
void initBuiltinFunctions(DictObject &builtins);

} // namespace py
} // namespace aw
