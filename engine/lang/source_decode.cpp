#include "source_decode.h"

#include "unicode.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace aw::lang {
namespace {

std::string normalizeNewlines(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\r') {
            out += '\n';
            if (i + 1 < bytes.size() && bytes[i + 1] == '\n')
                ++i;
        } else {
            out += bytes[i];
        }
    }
    return out;
}

std::string_view lineAt(std::string_view text, std::size_t lineStart)
{
    const std::size_t nl = text.find('\n', lineStart);
    return text.substr(lineStart, nl == std::string_view::npos ? std::string_view::npos : nl - lineStart);
}

bool isCommentOrBlank(std::string_view line)
{
    for (const char c : line) {
        if (c == '#')
            return true;
        if (c != ' ' && c != '\t' && c != '\f')
            return false;
    }
    return true;
}

// PEP 263: `coding[:=]\s*([-\w.]+)` in a comment on line 1, or on line 2 after a comment or
// blank line 1.
std::optional<std::string> codingDeclaration(std::string_view text)
{
    const auto fromLine = [](std::string_view line) -> std::optional<std::string> {
        const std::size_t hash = line.find('#');
        if (hash == std::string_view::npos || line.substr(0, hash).find_first_not_of(" \t\f") != std::string_view::npos)
            return std::nullopt;
        const std::size_t at = line.find("coding", hash);
        if (at == std::string_view::npos || at + 6 >= line.size() || (line[at + 6] != ':' && line[at + 6] != '='))
            return std::nullopt;
        std::size_t i = at + 7;
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        std::string name;
        while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '-' ||
                                   line[i] == '_' || line[i] == '.'))
            name += line[i++];
        return name.empty() ? std::nullopt : std::optional<std::string>(name);
    };
    const std::string_view first = lineAt(text, 0);
    if (auto name = fromLine(first))
        return name;
    if (!isCommentOrBlank(first) || first.size() >= text.size())
        return std::nullopt;
    return fromLine(lineAt(text, first.size() + 1));
}

enum class Encoding { Utf8, Latin1, Other };

// Like CPython's get_normal_name(): case, '_' versus '-' and suffixes do not matter.
Encoding classifyEncoding(std::string_view declared)
{
    std::string name;
    for (const char c : declared)
        name += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto family = [&](std::string_view base) {
        return name == base || (name.size() > base.size() && name.compare(0, base.size(), base) == 0 &&
                                name[base.size()] == '-');
    };
    if (family("utf-8") || name == "utf8" || family("ascii") || name == "us-ascii")
        return Encoding::Utf8;
    if (family("latin-1") || family("iso-8859-1") || family("iso-latin-1") || name == "latin1")
        return Encoding::Latin1;
    return Encoding::Other;
}

std::string latin1ToUtf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
    for (const char c : bytes)
        unicode::appendUtf8(out, static_cast<unsigned char>(c));
    return out;
}

struct LineInfo {
    std::uint32_t number;
    std::size_t start;
};

LineInfo lineOf(std::string_view text, std::size_t pos)
{
    const std::size_t start = pos == 0 ? 0 : text.rfind('\n', pos - 1);
    const auto number = static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + static_cast<long>(pos), '\n') + 1);
    return {number, start == std::string_view::npos || pos == 0 ? 0 : start + 1};
}

SyntaxError readFailure(std::string_view text, std::size_t bad, bool declared, const std::string& filename)
{
    const LineInfo line = lineOf(text, bad);
    SyntaxError e;
    e.filename = filename;
    char hex[8];
    std::snprintf(hex, sizeof hex, "%02x", static_cast<unsigned>(static_cast<unsigned char>(text[bad])));
    if (text[bad] != '\0' && !declared) {
        e.message = "Non-UTF-8 code starting with '\\x";
        e.message += hex;
        e.message += "' in file " + filename + " on line " + std::to_string(line.number) +
                     ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
        return e;
    }
    e.line = e.endLine = static_cast<int>(line.number);
    e.hasText = true;
    const std::string_view lineText = lineAt(text, line.start);
    const auto col = static_cast<int>(bad - line.start);
    if (text[bad] == '\0') {
        e.message = "source code cannot contain null bytes";
        e.text = std::string(lineText.substr(0, static_cast<std::size_t>(col)));
        e.column = e.endColumn = col + 1;
        return e;
    }
    e.message = "(unicode error) 'utf-8' codec can't decode byte 0x";
    e.message += hex;
    e.message += " in position " + std::to_string(col) + ": invalid start byte";
    e.text = std::string(lineText);
    e.offset = e.endOffset = col + 1;
    e.column = col + 1;
    e.endColumn = col + 2;
    return e;
}

} // namespace

DecodedSource decodeSource(std::string_view bytes, const std::string& filename)
{
    DecodedSource out;
    const bool bom = bytes.substr(0, 3) == "\xEF\xBB\xBF";
    if (bom)
        bytes.remove_prefix(3);
    std::string text = normalizeNewlines(bytes);
    const std::optional<std::string> coding = codingDeclaration(text);
    if (coding) {
        const Encoding encoding = classifyEncoding(*coding);
        if (encoding == Encoding::Latin1) {
            text = latin1ToUtf8(text);
        } else if (encoding == Encoding::Other) {
            SyntaxError e;
            e.kind = ErrorKind::Unsupported;
            e.filename = filename;
            e.message = "not supported in scenarios: source encoding '" + *coding + "' (use UTF-8)";
            out.fatal = std::move(e);
            return out;
        }
    }
    const std::size_t nul = text.find('\0');
    const std::size_t invalid = unicode::findInvalidUtf8(text);
    const std::size_t bad = std::min(nul, invalid);
    if (bad != std::string::npos) {
        out.readError = readFailure(text, bad, coding.has_value(), filename);
        text.resize(lineOf(text, bad).start);
    }
    out.source = SourceText(std::move(text), bom, bom || coding.has_value());
    return out;
}

} // namespace aw::lang
