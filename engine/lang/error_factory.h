#pragma once
// Builds SyntaxError values the way the different parts of CPython 3.11 fill them in. CPython's
// tokenizer, parser and compiler each compute offsets and pick the error's source line in their
// own way; reproducing that is what makes format() match `python3 FILE` exactly.

#include "ast.h"
#include "source.h"
#include "syntax_error.h"
#include "token.h"

#include <optional>
#include <string>

namespace aw::lang {

/// Where an f-string replacement field sits. CPython 3.11 parses the field as the separate
/// source "(" + field + ")", and its errors refer to that text (see fstring.cpp).
struct FStringField {
    std::uint32_t line;     ///< Line of the field's first character.
    std::uint32_t startCol; ///< Byte column of the field's first character.
    std::string parenText;  ///< "(" + field + ")"
};

class ErrorFactory {
public:
    ErrorFactory(const SourceText& source, std::string filename)
        : source_(source), filename_(std::move(filename)) {}
    ErrorFactory(const SourceText& source, std::string filename, FStringField field)
        : source_(source), filename_(std::move(filename)), field_(std::move(field)) {}

    const std::string& filename() const { return filename_; }
    const SourceText& source() const { return source_; }

    /// Tokenizer errors: offsets count characters from the line start to `offset`/`endOffset`
    /// bytes (CPython passes the tokenizer's current position there).
    SyntaxError tokenizer(ErrorKind kind, std::string message, std::uint32_t line,
                          std::uint32_t byteOffset, std::uint32_t endByteOffset) const;
    /// Tokenizer errors whose offsets CPython passes through unconverted.
    SyntaxError tokenizerRaw(std::string message, std::uint32_t line, int offset, int endOffset) const;

    /// Parser errors; offsets are CPython's raw 1-based byte offsets (0 and -1 mean "none").
    SyntaxError parser(ErrorKind kind, std::string message, std::uint32_t line, int offset,
                       std::uint32_t endLine, int endOffset) const;
    /// Parser error at a token (RAISE_SYNTAX_ERROR with that token as the last one read).
    SyntaxError atToken(ErrorKind kind, std::string message, const Token& token) const;
    /// Parser error spanning from the start of `first` to the end of `last`.
    SyntaxError range(std::string message, const Span& first, const Span& last) const;

    /// Compiler and symbol table errors: always byte offsets, at the node's span.
    SyntaxError compiler(ErrorKind kind, std::string message, const Span& span) const;
    /// A construct this interpreter does not implement.
    SyntaxError unsupported(std::string_view construct, const Span& span) const;
    /// Errors printed without a location ("MemoryError", decoding problems).
    SyntaxError bare(ErrorKind kind, std::string message) const;

private:
    SyntaxError base(ErrorKind kind, std::string message, std::uint32_t line, std::uint32_t endLine) const;
    /// The line as CPython reads it back from the file: with its '\n', and with the BOM on line 1.
    std::string fileLine(std::uint32_t line) const;
    int characterOffset(std::uint32_t line, int byteOffset) const;
    void setColumns(SyntaxError& e, std::uint32_t line, std::uint32_t byteCol, std::uint32_t endLine,
                    std::uint32_t endByteCol) const;

    /// Maps a 1-based byte offset on `line` into the f-string field's "(...)" text.
    int fieldOffset(std::uint32_t line, int offset) const;

    const SourceText& source_;
    std::string filename_;
    std::optional<FStringField> field_;
};

} // namespace aw::lang
