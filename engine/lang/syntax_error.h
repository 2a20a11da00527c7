#pragma once
// A syntax error as a value, carrying what CPython 3.11 would report for the same file.

#include <cstdint>
#include <string>
#include <string_view>

namespace aw::lang {

enum class ErrorKind : std::uint8_t {
    Syntax,       ///< SyntaxError
    Indentation,  ///< IndentationError
    Tab,          ///< TabError
    Memory,       ///< MemoryError: CPython's parser stack limit (very deep right-nested input)
    Recursion,    ///< RecursionError: CPython's compiler depth limit (very deep AST)
    Unsupported,  ///< Valid Python that scenarios do not support; printed as a SyntaxError
};

struct SyntaxError {
    ErrorKind kind = ErrorKind::Syntax;
    std::string message;
    std::string filename;

    /// 1-based line; 0 when the error has no location (then no "File" line is printed).
    int line = 0;
    int endLine = 0;
    /// 1-based character columns of the first character and just past the last one, for
    /// messages and editors; 0 when unknown.
    int column = 0;
    int endColumn = 0;
    /// Exactly CPython's SyntaxError.offset and end_offset. They are 1-based but, like CPython,
    /// count UTF-8 bytes for parser and compiler errors in files without an encoding declaration
    /// and characters otherwise; they only matter for reproducing CPython's caret placement.
    int offset = 0;
    int endOffset = 0;
    /// CPython's SyntaxError.text: the offending source line, sometimes with its '\n'.
    std::string text;
    bool hasText = false;

    /// "SyntaxError", "IndentationError", ...
    std::string_view typeName() const;
    /// What `python3 FILE` prints on stderr for this error, byte for byte.
    std::string format() const;
};

} // namespace aw::lang
