// Text to float the way CPython reads float literals and float(str).
#pragma once

#include "py_error.h"

#include <optional>
#include <string_view>

namespace aw::text {

// A float literal as the tokenizer accepted it ("1_000.5", "1e-3", ".5",
// "5."), correctly rounded; std::nullopt if it is not one.
std::optional<double> parseFloatLiteral(std::string_view literal);

// float(s) for a str: surrounding whitespace (Unicode too), digits of any
// script, PEP 515 underscores between digits, "inf", "infinity" and "nan" in
// any case with a sign.  ValueError "could not convert string to float: 'x'"
// otherwise.
Result<double> floatFromString(std::string_view utf8);

} // namespace aw::text
