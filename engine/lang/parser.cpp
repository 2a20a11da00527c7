#include "parser.h"

#include "checker.h"
#include "parser_impl.h"
#include "source_decode.h"

#include <cstring>
#include <fstream>
#include <sstream>

namespace aw::lang {
namespace detail {

Parser::Parser(Module& module, const ErrorFactory& errors, const TokenStream& stream)
    : module_(module),
      arena_(module.arena_),
      errors_(errors),
      stream_(stream),
      tokens_(stream.tokens),
      errorIndex_(stream.error ? stream.tokens.size() - 1 : std::numeric_limits<std::size_t>::max())
{
}

const Token& Parser::expect(TokenKind k)
{
    if (!at(k))
        invalidSyntax();
    return advance();
}

std::string_view Parser::text(const Token& t) const
{
    const std::string_view source = module_.source().text();
    const std::uint32_t end = std::min<std::uint32_t>(t.end, static_cast<std::uint32_t>(source.size()));
    return source.substr(t.begin, end - t.begin);
}

bool Parser::atName(std::string_view name) const
{
    return at(TokenKind::Name) && text(peek()) == name;
}

Span Parser::finish(Pos start) const
{
    std::size_t i = pos_;
    while (i > 0) {
        const TokenKind k = tokens_[i - 1].kind;
        if (k != TokenKind::Newline && k != TokenKind::Indent && k != TokenKind::Dedent)
            break;
        --i;
    }
    const Token& last = tokens_[i > 0 ? i - 1 : 0];
    return {start.line, start.col, last.endLine, last.endCol};
}

Identifier Parser::intern(const Token& t)
{
    return module_.names().intern(text(t));
}

Expr* Parser::newName(const Token& t, ExprContext ctx)
{
    auto* name = newExpr<NameExpr>(ExprKind::Name, {t.line, t.col, t.endLine, t.endCol});
    name->id = intern(t);
    name->ctx = ctx;
    return name;
}

Expr* Parser::newConstant(ConstantKind kind, Span span)
{
    auto* c = newExpr<ConstantExpr>(ExprKind::Constant, span);
    c->constKind = kind;
    return c;
}

void Parser::parseFile()
{
    module_.body_ = statementsUntil(TokenKind::EndMarker);
}

Expr* Parser::parseFStringField()
{
    const Token& first = peek();
    return parenthesized(first, TokenKind::EndMarker);
}

// CPython stops at its parser's error, then tokenizes the rest of the file; tokenizer errors
// found there may take precedence (see TokenizerErrorClass).
SyntaxError resolveErrors(ParseAbort abort, const std::optional<TokenizerError>& tokenizerError)
{
    SyntaxError& parserError = abort.error;
    if (!tokenizerError || abort.final || parserError.kind == ErrorKind::Memory)
        return parserError;
    switch (tokenizerError->errorClass) {
    case TokenizerErrorClass::Hard:
        return tokenizerError->error;
    case TokenizerErrorClass::UnclosedBracket:
        if (abort.furthestLine > tokenizerError->bracketLine)
            return tokenizerError->error;
        break;
    case TokenizerErrorClass::Soft:
        break;
    }
    return parserError;
}

} // namespace detail

ParseResult parseModule(std::string_view bytes, std::string filename, const ParseOptions& options)
{
    DecodedSource decoded = decodeSource(bytes, filename);
    if (decoded.fatal)
        return ParseResult(std::move(*decoded.fatal));
    auto names = options.names ? options.names : std::make_shared<Interner>();
    auto module = std::make_unique<Module>(filename, std::move(decoded.source), std::move(names));
    const ErrorFactory errors(module->source(), filename);
    TokenizerOptions tokenizerOptions;
    tokenizerOptions.readError = decoded.readError ? &*decoded.readError : nullptr;
    const TokenStream stream = tokenize(errors, tokenizerOptions);
    try {
        detail::Parser(*module, errors, stream).parseFile();
    } catch (detail::ParseAbort& abort) {
        return ParseResult(detail::resolveErrors(std::move(abort), stream.error));
    }
    if (std::optional<SyntaxError> error = checkModule(*module, errors))
        return ParseResult(std::move(*error));
    return ParseResult(std::move(module));
}

ParseResult parseFile(const std::filesystem::path& path, const ParseOptions& options)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream contents;
    if (in)
        contents << in.rdbuf();
    if (!in) {
        SyntaxError e;
        e.filename = path.string();
        e.message = "can't open file '" + path.string() + "': " + std::strerror(errno);
        return ParseResult(std::move(e));
    }
    return parseModule(contents.str(), path.string(), options);
}

} // namespace aw::lang
