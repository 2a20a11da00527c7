#pragma once
// Turning values into text the way format(), f-strings, str.format() and ascii() do.

#include "core/value.h"

#include <string>
#include <string_view>

namespace aw::py {

// format(value, spec): CPython's PyObject_Format. str, int, bool and float follow the
// format-spec mini-language; other objects are formatted by their class's __format__, or
// by object.__format__ (below) when no class in the MRO defines one. Returns a str Value.
Value formatValue(const Value &value, std::string_view spec);

// object.__format__(value, spec): str(value) for an empty spec, else TypeError
// "unsupported format string passed to Foo.__format__".
Value defaultFormat(const Value &value, std::string_view spec);

// ascii(value): repr(value) with every non-ASCII character escaped (\xNN, \uNNNN or
// \UNNNNNNNN), as PyObject_ASCII.
std::string asciiRepr(const Value &value);

} // namespace aw::py
