// Literals: numbers, and adjacent string literals concatenated into one Constant or JoinedStr
// (CPython's _PyPegen_concatenate_strings).

#include "fstring.h"
#include "parser_impl.h"
#include "string_literal.h"

#include <charconv>
#include <limits>

namespace aw::lang::detail {
namespace {

Span tokenSpan(const Token& t) { return {t.line, t.col, t.endLine, t.endCol}; }

// Decimal digits of the value of `digits` in `base` (no sign, no underscores).
std::string toDecimal(std::string_view digits, int base)
{
    std::vector<std::uint32_t> limbs{0}; // little-endian, base 1e9
    for (const char c : digits) {
        std::uint64_t carry = static_cast<std::uint64_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        for (std::uint32_t& limb : limbs) {
            const std::uint64_t v = std::uint64_t(limb) * static_cast<std::uint64_t>(base) + carry;
            limb = static_cast<std::uint32_t>(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry)
            limbs.push_back(static_cast<std::uint32_t>(carry));
    }
    std::string out = std::to_string(limbs.back());
    for (auto it = limbs.rbegin() + 1; it != limbs.rend(); ++it) {
        const std::string part = std::to_string(*it);
        out += std::string(9 - part.size(), '0') + part;
    }
    return out;
}

} // namespace

Expr* Parser::number(const Token& t)
{
    std::string digits;
    for (const char c : text(t)) {
        if (c != '_')
            digits += c;
    }
    const Span span = tokenSpan(t);
    const char last = static_cast<char>(digits.back() | 0x20);
    if (last == 'j')
        failUnsupported("imaginary number literal", span);
    int base = 10;
    std::string_view body = digits;
    if (digits.size() > 1 && digits[0] == '0' && std::string_view("xXoObB").find(digits[1]) != std::string_view::npos) {
        const char prefix = static_cast<char>(digits[1] | 0x20);
        base = prefix == 'x' ? 16 : prefix == 'o' ? 8 : 2;
        body.remove_prefix(2);
    } else if (digits.find_first_of(".eE") != std::string::npos) {
        auto* c = static_cast<ConstantExpr*>(newConstant(ConstantKind::Float, span));
        const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), c->floatValue);
        if (result.ec == std::errc::result_out_of_range) {
            // Like CPython: too large is infinity, too small is zero.
            const std::size_t e = digits.find_first_of("eE");
            const bool tiny = e == std::string::npos ? digits[0] == '.' || digits.compare(0, 2, "0.") == 0
                                                     : digits[e + 1] == '-';
            c->floatValue = tiny ? 0.0 : std::numeric_limits<double>::infinity();
        }
        return c;
    }
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(body.data(), body.data() + body.size(), value, base);
    (void)end;
    if (ec == std::errc() && value <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        auto* c = static_cast<ConstantExpr*>(newConstant(ConstantKind::Int, span));
        c->intValue = static_cast<std::int64_t>(value);
        return c;
    }
    auto* c = static_cast<ConstantExpr*>(newConstant(ConstantKind::BigInt, span));
    c->text = arena_.copyString(toDecimal(body, base));
    return c;
}

Expr* Parser::strings()
{
    std::vector<const Token*> parts;
    while (at(TokenKind::String))
        parts.push_back(&advance());
    const Token& first = *parts.front();
    const Span span{first.line, first.col, parts.back()->endLine, parts.back()->endCol};
    FStringBuilder builder(*this, span, text(first).front() == 'u');
    std::string bytesValue;
    bool bytesMode = false;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const StringLiteral lit = splitStringLiteral(text(*parts[i]));
        if (i != 0 && lit.bytes != bytesMode)
            failAtToken(peek(), "cannot mix bytes and nonbytes literals");
        bytesMode = lit.bytes;
        if (lit.fstring) {
            builder.appendFString(lit.body, lit.raw);
            continue;
        }
        if (lit.bytes) {
            for (const char c : lit.body) {
                if (static_cast<unsigned char>(c) >= 0x80)
                    failAtNode(tokenSpan(*parts[i]), "bytes can only contain ASCII literal characters");
            }
        }
        std::string value;
        if (lit.raw) {
            value.assign(lit.body);
        } else {
            const EscapeResult r = decodeEscapes(lit.body, lit.bytes, value);
            if (r.status == EscapeResult::Status::Unsupported)
                failUnsupported(r.message, tokenSpan(*parts[i]));
            if (r.status == EscapeResult::Status::Error)
                failAtToken(peek(), r.message);
        }
        if (lit.bytes)
            bytesValue += value;
        else
            builder.appendLiteral(value);
    }
    if (bytesMode) {
        auto* c = static_cast<ConstantExpr*>(newConstant(ConstantKind::Bytes, span));
        c->text = arena_.copyString(bytesValue);
        return c;
    }
    return builder.finish();
}

} // namespace aw::lang::detail
