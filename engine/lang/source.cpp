#include "source.h"

#include "unicode.h"

#include <algorithm>

namespace aw::lang {

SourceText::SourceText(std::string text, bool hadBom, bool hasEncodingDeclaration)
    : text_(std::move(text)), hadBom_(hadBom), hasEncodingDeclaration_(hasEncodingDeclaration)
{
    if (!text_.empty())
        lineStarts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (text_[i] == '\n' && i + 1 < text_.size())
            lineStarts_.push_back(static_cast<std::uint32_t>(i + 1));
    }
}

std::uint32_t SourceText::lineStart(std::uint32_t line) const
{
    if (line == 0)
        return 0;
    if (line > lineStarts_.size())
        return static_cast<std::uint32_t>(text_.size());
    return lineStarts_[line - 1];
}

std::string_view SourceText::line(std::uint32_t line) const
{
    if (line == 0 || line > lineStarts_.size())
        return {};
    const std::uint32_t start = lineStarts_[line - 1];
    const std::size_t nl = text_.find('\n', start);
    const std::size_t end = nl == std::string::npos ? text_.size() : nl;
    return std::string_view(text_).substr(start, end - start);
}

std::uint32_t SourceText::lineOf(std::uint32_t offset) const
{
    const auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
    return std::max<std::uint32_t>(1, static_cast<std::uint32_t>(it - lineStarts_.begin()));
}

std::uint32_t SourceText::characterColumn(std::uint32_t line, std::uint32_t byteColumn) const
{
    const std::string_view l = this->line(line);
    const std::size_t clipped = std::min<std::size_t>(byteColumn, l.size());
    return static_cast<std::uint32_t>(unicode::countCodepoints(l.substr(0, clipped)) + (byteColumn - clipped)) + 1;
}

} // namespace aw::lang
