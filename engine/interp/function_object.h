#pragma once
// Python functions: compiled code plus the globals, defaults and closure it was made with.
// Calling one binds the arguments to a new frame, then runs the body (plain functions),
// or returns a generator, coroutine or async generator object over that frame.

#include "frame.h"

#include <memory>
#include <string>
#include <vector>

namespace aw::interp {

TypeObject *functionType();

class FunctionObject : public Object {
public:
    FunctionObject(Interpreter *interp, std::shared_ptr<const CodeObject> code, Ref<DictObject> globals);

    const CodeObject &code() const noexcept { return *m_code; }
    std::shared_ptr<const CodeObject> codePtr() const noexcept { return m_code; }
    Interpreter *interp() const noexcept { return m_interp; }
    DictObject *globals() const noexcept { return m_globals.get(); }

    std::vector<Value> defaults;   // for the last positional parameters
    std::vector<Value> kwDefaults;  // parallel to the keyword-only parameters
    std::vector<bool> kwDefaultGiven;
    std::vector<Ref<CellObject>> closure;
    // `__name__` / `__qualname__` can be reassigned (functools.wraps does).
    std::string name;
    std::string qualname;
    // Marked by types.coroutine: its generators can be awaited and run as tasks.
    bool iterableCoroutine = false;

    Ref<Object> *attributeSlot() noexcept override { return &m_dict; }
    void clearReferences() override;

    // A frame for this function with `args` bound to its parameters. Raises TypeError
    // with CPython's messages on a mismatch.
    std::unique_ptr<Frame> bind(const CallArgs &args);
    Value call(const CallArgs &args);

private:
    Interpreter *m_interp;
    std::shared_ptr<const CodeObject> m_code;
    Ref<DictObject> m_globals;
    Ref<Object> m_dict;
};

// Runs a frame's body synchronously (module bodies, class bodies, plain functions).
Value runFrame(Frame &f);

} // namespace aw::interp
