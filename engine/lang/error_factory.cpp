#include "error_factory.h"

#include "unicode.h"

#include <algorithm>

namespace aw::lang {

SyntaxError ErrorFactory::base(ErrorKind kind, std::string message, std::uint32_t line, std::uint32_t endLine) const
{
    SyntaxError e;
    e.kind = kind;
    e.message = std::move(message);
    e.filename = filename_;
    e.line = static_cast<int>(line);
    e.endLine = static_cast<int>(endLine);
    return e;
}

std::string ErrorFactory::fileLine(std::uint32_t line) const
{
    std::string text;
    if (line == 1 && source_.hadBom())
        text = "\xEF\xBB\xBF";
    text += source_.line(line);
    const std::uint32_t next = source_.lineStart(line) + static_cast<std::uint32_t>(source_.line(line).size());
    if (next < source_.text().size())
        text += '\n';
    // CPython reads the line back with fgets() into a 1000-byte buffer and keeps only the last
    // piece of a longer line.
    constexpr std::size_t kPiece = 999;
    if (text.size() > kPiece)
        text.erase(0, (text.size() - 1) / kPiece * kPiece);
    return text;
}

// _PyPegen_byte_offset_to_character_offset(): decodes the first `byteOffset` bytes of the line as
// read from the file (a cut multi-byte character and the terminating NUL each count as one).
int ErrorFactory::characterOffset(std::uint32_t line, int byteOffset) const
{
    const std::string text = fileLine(line);
    const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(byteOffset), text.size() + 1);
    const std::size_t inside = std::min(n, text.size());
    return static_cast<int>(unicode::countCodepoints(std::string_view(text).substr(0, inside)) + (n - inside));
}

void ErrorFactory::setColumns(SyntaxError& e, std::uint32_t line, std::uint32_t byteCol, std::uint32_t endLine,
                              std::uint32_t endByteCol) const
{
    e.column = static_cast<int>(source_.characterColumn(line, byteCol));
    e.endColumn = static_cast<int>(source_.characterColumn(endLine, endByteCol));
}

int ErrorFactory::fieldOffset(std::uint32_t line, int offset) const
{
    return line == field_->line && offset > 0 ? offset - static_cast<int>(field_->startCol) + 1 : offset;
}

SyntaxError ErrorFactory::tokenizer(ErrorKind kind, std::string message, std::uint32_t line,
                                    std::uint32_t byteOffset, std::uint32_t endByteOffset) const
{
    SyntaxError e = base(kind, std::move(message), line, line);
    std::string_view text = source_.line(line);
    if (field_ && line == field_->line) {
        text = field_->parenText;
        byteOffset = byteOffset + 1 - field_->startCol;
        endByteOffset = endByteOffset + 1 - field_->startCol;
    }
    const auto chars = [&](std::uint32_t bytes) {
        return static_cast<int>(unicode::countCodepoints(text.substr(0, std::min<std::size_t>(bytes, text.size()))));
    };
    e.offset = chars(byteOffset);
    e.endOffset = chars(endByteOffset);
    e.text = std::string(text);
    e.hasText = true;
    // The offset already names the offending character (the one before the tokenizer's position).
    e.column = std::max(e.offset, 1);
    e.endColumn = std::max(e.endOffset, e.column) + 1;
    return e;
}

SyntaxError ErrorFactory::tokenizerRaw(std::string message, std::uint32_t line, int offset, int endOffset) const
{
    SyntaxError e = base(ErrorKind::Syntax, std::move(message), line, line);
    e.offset = offset;
    e.endOffset = endOffset;
    e.text = std::string(source_.line(line));
    e.hasText = true;
    setColumns(e, line, static_cast<std::uint32_t>(std::max(offset - 1, 0)), line,
               static_cast<std::uint32_t>(std::max(endOffset - 1, 0)));
    return e;
}

SyntaxError ErrorFactory::parser(ErrorKind kind, std::string message, std::uint32_t line, int offset,
                                 std::uint32_t endLine, int endOffset) const
{
    SyntaxError e = base(kind, std::move(message), line, endLine);
    e.text = fileLine(line);
    e.hasText = true;
    setColumns(e, line, static_cast<std::uint32_t>(std::max(offset - 1, 0)), endLine,
               static_cast<std::uint32_t>(std::max(endOffset - 1, 0)));
    if (field_) {
        e.message = "f-string: " + e.message;
        e.text = field_->parenText + "\n";
        e.offset = fieldOffset(line, offset);
        e.endOffset = fieldOffset(endLine, endOffset);
        return e;
    }
    if (source_.hasEncodingDeclaration()) {
        // CPython converts both offsets against the first line, even for multi-line ranges.
        offset = characterOffset(line, offset);
        if (endOffset > 0)
            endOffset = characterOffset(line, endOffset);
    }
    e.offset = offset;
    e.endOffset = endOffset;
    return e;
}

SyntaxError ErrorFactory::atToken(ErrorKind kind, std::string message, const Token& token) const
{
    if (token.noColumn)
        return parser(kind, std::move(message), token.line, static_cast<int>(token.col), token.line, -1);
    return parser(kind, std::move(message), token.line, static_cast<int>(token.col) + 1, token.endLine,
                  static_cast<int>(token.endCol) + 1);
}

SyntaxError ErrorFactory::range(std::string message, const Span& first, const Span& last) const
{
    return parser(ErrorKind::Syntax, std::move(message), first.line, static_cast<int>(first.col) + 1, last.endLine,
                  static_cast<int>(last.endCol) + 1);
}

SyntaxError ErrorFactory::compiler(ErrorKind kind, std::string message, const Span& span) const
{
    SyntaxError e = base(kind, std::move(message), span.line, span.endLine);
    e.offset = static_cast<int>(span.col) + 1;
    e.endOffset = static_cast<int>(span.endCol) + 1;
    e.text = fileLine(span.line);
    e.hasText = true;
    setColumns(e, span.line, span.col, span.endLine, span.endCol);
    return e;
}

SyntaxError ErrorFactory::unsupported(std::string_view construct, const Span& span) const
{
    return compiler(ErrorKind::Unsupported, "not supported in scenarios: " + std::string(construct), span);
}

SyntaxError ErrorFactory::bare(ErrorKind kind, std::string message) const
{
    return base(kind, std::move(message), 0, 0);
}

} // namespace aw::lang
