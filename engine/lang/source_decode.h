#pragma once
// From file bytes to SourceText: BOM, PEP 263 coding comments, line endings, and the errors
// CPython raises while reading the file (bad UTF-8, NUL bytes).

#include "source.h"
#include "syntax_error.h"

#include <optional>
#include <string>
#include <string_view>

namespace aw::lang {

struct DecodedSource {
    /// The readable text. When `readError` is set, it stops before the line that failed.
    SourceText source;
    /// What CPython raises when its tokenizer reads the failing line; the tokenizer raises it
    /// when it reaches that point, so that earlier tokenizer errors still win, as in CPython.
    std::optional<SyntaxError> readError;
    /// Set when nothing can be parsed at all (an unsupported source encoding).
    std::optional<SyntaxError> fatal;
};

DecodedSource decodeSource(std::string_view bytes, const std::string& filename);

} // namespace aw::lang
