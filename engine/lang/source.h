#pragma once
// The text of one source file as the tokenizer sees it, with a line table for positions.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace aw::lang {

/// Decoded source: UTF-8, '\n' line endings (CRLF and CR are converted, as CPython's universal
/// newlines do), without a leading BOM. Every position in the AST refers to this text.
class SourceText {
public:
    SourceText() = default;
    /// `text` must already be normalised as described above.
    SourceText(std::string text, bool hadBom, bool hasEncodingDeclaration);

    std::string_view text() const { return text_; }
    /// Physical lines; a last line without '\n' counts, an empty file has 0 lines.
    std::uint32_t lineCount() const { return static_cast<std::uint32_t>(lineStarts_.size()); }
    /// Byte offset of the start of 1-based `line` (text().size() past the last line).
    std::uint32_t lineStart(std::uint32_t line) const;
    /// 1-based `line` without its '\n'; empty past the end.
    std::string_view line(std::uint32_t line) const;
    /// 1-based line that contains byte `offset`.
    std::uint32_t lineOf(std::uint32_t offset) const;
    /// 1-based character column of the 0-based byte column `byteColumn` on `line`.
    std::uint32_t characterColumn(std::uint32_t line, std::uint32_t byteColumn) const;

    /// The file started with a UTF-8 BOM (CPython then shows it in error lines).
    bool hadBom() const { return hadBom_; }
    /// A BOM or a PEP 263 coding comment was present; CPython then reports parser error columns
    /// in characters instead of bytes.
    bool hasEncodingDeclaration() const { return hasEncodingDeclaration_; }

private:
    std::string text_;
    std::vector<std::uint32_t> lineStarts_;
    bool hadBom_ = false;
    bool hasEncodingDeclaration_ = false;
};

} // namespace aw::lang
