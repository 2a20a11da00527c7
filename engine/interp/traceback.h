#pragma once
// What a run prints when it ends badly, in CPython's words.

#include "compiler.h"
#include "interpreter.h"

namespace aw::interp {

// Prints the traceback of an uncaught exception as CPython does and returns the exit code
// (SystemExit's code, else 1).
int handleUncaught(Interpreter &interp, const PyException &e);
std::string formatTraceback(const Interpreter &interp, const Ref<ExceptionObject> &e);
std::string formatCompileError(const Interpreter &interp, const CompileError &e);
std::string formatRunAbort(const Interpreter &interp, const RunAbort &a);

} // namespace aw::interp
