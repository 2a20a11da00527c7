#include "syntax_error.h"

namespace aw::lang {
namespace {

// Mirrors print_error_text() in CPython 3.11's pythonrun.c, including its mix of character
// offsets and byte lengths, so that carets land exactly where CPython puts them.
void appendErrorText(std::string& out, long offset, long endOffset, std::string_view text, bool singleCaret)
{
    const long carets = (!singleCaret && endOffset > 0 && endOffset > offset) ? endOffset - offset : 1;
    offset--;
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\f')) {
        text.remove_prefix(1);
        offset--;
    }
    long len = static_cast<long>(text.size());
    if (len > 0 && text[static_cast<std::size_t>(len) - 1] == '\n')
        len--;
    if (offset > len)
        offset = len;
    for (;;) {
        const std::size_t nl = text.find('\n');
        if (nl == std::string_view::npos || static_cast<long>(nl) >= offset)
            break;
        const long skip = static_cast<long>(nl) + 1;
        text.remove_prefix(static_cast<std::size_t>(skip));
        len -= skip;
        offset -= skip;
    }
    out += "    ";
    out += text;
    if (text.size() <= static_cast<std::size_t>(len) || text[static_cast<std::size_t>(len)] != '\n')
        out += '\n';
    if (offset < 0)
        return;
    out += "    ";
    out.append(static_cast<std::size_t>(offset), ' ');
    out.append(static_cast<std::size_t>(carets), '^');
    out += '\n';
}

} // namespace

std::string_view SyntaxError::typeName() const
{
    switch (kind) {
    case ErrorKind::Indentation: return "IndentationError";
    case ErrorKind::Tab: return "TabError";
    case ErrorKind::Memory: return "MemoryError";
    case ErrorKind::Recursion: return "RecursionError";
    case ErrorKind::Syntax:
    case ErrorKind::Unsupported: break;
    }
    return "SyntaxError";
}

std::string SyntaxError::format() const
{
    std::string out;
    if (line > 0) {
        out += "  File \"" + filename + "\", line " + std::to_string(line) + "\n";
        if (hasText) {
            long end = endOffset;
            const long lineSize = static_cast<long>(text.size());
            // A range spanning lines is shown up to the end of its first line.
            if (endLine > line)
                end = lineSize;
            if (end > lineSize + 1)
                end = lineSize + 1;
            // CPython underlines the range, except for IndentationError and TabError.
            appendErrorText(out, offset, end, text, kind == ErrorKind::Indentation || kind == ErrorKind::Tab);
        }
    }
    out += typeName();
    if (!message.empty())
        out += ": " + message;
    out += '\n';
    return out;
}

} // namespace aw::lang
