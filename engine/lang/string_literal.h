#pragma once
// Prefixes, quotes and escape sequences of string and bytes literals.

#include <cstdint>
#include <string>
#include <string_view>

namespace aw::lang {

/// One STRING token taken apart.
struct StringLiteral {
    bool bytes = false;
    bool raw = false;
    bool fstring = false;
    std::string_view body; ///< Between the quotes; a view into the token text.
};

/// `token` is the full text of a STRING token, prefix and quotes included.
StringLiteral splitStringLiteral(std::string_view token);

struct EscapeResult {
    enum class Status { Ok, Error, Unsupported };
    Status status = Status::Ok;
    /// CPython's message for Error ("(unicode error) ..."), the construct for Unsupported.
    std::string message;
};

/// Appends the value of `body` with its backslash escapes resolved (str: as UTF-8, bytes: as
/// bytes) to `out`.
EscapeResult decodeEscapes(std::string_view body, bool bytes, std::string& out);

} // namespace aw::lang
