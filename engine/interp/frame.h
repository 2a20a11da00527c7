#pragma once
// One activation of a code object. Synchronous calls keep their frame on the C++ stack;
// generators and coroutines own theirs, since it outlives each suspension.

#include "code.h"
#include "core/exception.h"
#include "py/dict.h"

#include <vector>

namespace aw::interp {

class Interpreter;
class FunctionObject;
class Suspendable;

TypeObject *cellType();

// A variable shared between a function and the functions nested in it.
class CellObject : public Object {
public:
    CellObject() : Object(cellType()) {}
    void clearReferences() override { value = Value(); }
    Value value;
    bool bound = false;
};

struct Frame {
    Interpreter *interp = nullptr;
    const CodeObject *code = nullptr;
    FunctionObject *function = nullptr; // null for module and class bodies
    DictObject *globals = nullptr;
    DictObject *classNamespace = nullptr; // class bodies store their names here
    std::vector<Value> locals;
    std::vector<bool> bound; // whether each local holds a value (unbound reads raise)
    std::vector<Ref<CellObject>> cells; // cell variables, then free variables
    uint32_t line = 0;
    Value returnValue;
    // The exceptions being handled by enclosing except blocks, innermost last: what a bare
    // `raise` re-raises and what new exceptions get as __context__.
    std::vector<Ref<ExceptionObject>> handling;
    // The exception that last got this frame's traceback line. As in CPython, an exception
    // gets one line per frame it passes through, where it was raised there, however often
    // it is caught, re-raised or carried through a finally block in that frame.
    Ref<ExceptionObject> traced;
    // The generator, coroutine or async generator this frame belongs to (where `yield`
    // delivers its value); null for plain functions.
    Suspendable *owner = nullptr;
    // Running inside an executor job: blocking calls suspend the job instead of the loop.
    bool inWorker = false;

    // A frame for native code that awaits (anext): no code, no locals.
    explicit Frame(Interpreter *i) : interp(i) {}
    Frame(Interpreter *i, const CodeObject *c)
        : interp(i)
        , code(c)
        , locals(c->localCount)
        , bound(c->localCount, false)
    {
    }
};

} // namespace aw::interp
