#pragma once
// Parsing the arguments of a built-in function the way CPython's argument clinic does, with
// its error messages.
//
//   auto a = parseArgs(args, "sleep", {"delay", "result"}, 1);
//   double delay = toDouble(a[0]); Value result = a[1];  // None when not given
//
// Names after `kwOnlyFrom` are keyword-only; a parameter not given is left as a null
// Value (isNone() and wasGiven false).

#include "core/slots.h"
#include "core/value.h"

#include <initializer_list>
#include <string_view>
#include <vector>

namespace aw::py {

struct ParsedArgs {
    std::vector<Value> values;
    std::vector<bool> given;
    const Value &operator[](size_t i) const { return values[i]; }
    bool wasGiven(size_t i) const { return given[i]; }
};

ParsedArgs parseArgs(const CallArgs &args, std::string_view function, std::initializer_list<std::string_view> names,
                     size_t required, size_t kwOnlyFrom = static_cast<size_t>(-1));

// Raises TypeError unless there are no arguments at all.
void noArgs(const CallArgs &args, std::string_view function);
// Exactly one positional argument (`len(x)`), with CPython's message otherwise.
const Value &oneArg(const CallArgs &args, std::string_view function);

int64_t toInt(const Value &v, std::string_view what = "integer");
double toDouble(const Value &v);

} // namespace aw::py
