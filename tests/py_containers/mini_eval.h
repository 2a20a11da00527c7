#pragma once
// Runs statements of a small Python subset through the runtime's protocol, so the
// container cases generated from CPython can be replayed without the interpreter:
// assignments (to names and subscripts, augmented too), del, calls with keyword arguments,
// attributes, subscripts and slices, the arithmetic, bitwise and comparison operators, and
// list/tuple/dict/set displays. No loops, lambdas or comprehensions.

#include "core/value.h"

#include <map>
#include <optional>
#include <string>

namespace awtest {

class MiniEval {
public:
    MiniEval();
    // The repr of an expression statement's value, "!Type: message" for a statement that
    // raises, nullopt for a statement without a value.
    std::optional<std::string> run(const std::string &statement);

private:
    std::map<std::string, aw::Value> m_env;
};

// "Type: message" as CPython prints an exception (str() of a KeyError is the repr of its key).
std::string describeException(const aw::Value &exception);

} // namespace awtest
