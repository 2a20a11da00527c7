#pragma once
// Python's repr() of the constant values that appear in an AST.

#include <string>
#include <string_view>

namespace aw::lang {

/// repr() of a str given as UTF-8 (lone surrogates encoded WTF-8 style).
std::string pythonStrRepr(std::string_view utf8);
/// repr() of a bytes object.
std::string pythonBytesRepr(std::string_view bytes);
/// repr() of a float: the shortest text that reads back as the same double.
std::string pythonFloatRepr(double value);

} // namespace aw::lang
