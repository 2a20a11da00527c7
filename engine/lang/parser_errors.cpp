// Error reporting helpers of the parser, and the checks that turn a generic "invalid syntax"
// into one of CPython's more helpful messages.

#include "parser_impl.h"

namespace aw::lang::detail {
namespace {

// CPython's parser gives up (MemoryError) once its rule stack is 6000 deep; a chain of unary
// operators reaches that after 5960 of them at module level.
constexpr int kMaxNesting = 5960;

bool isSoftKeyword(std::string_view name) { return name == "match" || name == "case" || name == "_"; }

} // namespace

void Parser::failAtTokenizerError() const
{
    throw ParseAbort{stream_.error->error, 0, false, true};
}

void Parser::fail(SyntaxError error) const
{
    throw ParseAbort{std::move(error), tokens_[std::min(furthestAny_, tokens_.size() - 1)].line};
}

// CPython's generic error sits at the last token its parser read, which may be one past the
// token that could not be parsed (after a lookahead).
void Parser::invalidSyntax() const
{
    peek();
    const Token& t = tokens_[furthest_];
    if (t.kind == TokenKind::Indent || t.kind == TokenKind::Dedent) {
        const char* message = t.kind == TokenKind::Indent ? "unexpected indent" : "unexpected unindent";
        throw ParseAbort{errors_.atToken(ErrorKind::Indentation, message, t), t.line, true};
    }
    failAtToken(t, "invalid syntax");
}

void Parser::failAtToken(const Token& t, std::string message, ErrorKind kind) const
{
    fail(errors_.atToken(kind, std::move(message), t));
}

void Parser::failAtNode(const Span& span, std::string message) const
{
    fail(errors_.range(std::move(message), span, span));
}

void Parser::failRange(const Span& first, const Span& last, std::string message) const
{
    fail(errors_.range(std::move(message), first, last));
}

void Parser::failRawParser(std::string message, std::uint32_t line, int offset, std::uint32_t endLine, int endOffset) const
{
    fail(errors_.parser(ErrorKind::Syntax, std::move(message), line, offset, endLine, endOffset));
}

void Parser::failExpectedBlock(const Token& keyword, std::string_view what) const
{
    failAtToken(peek(),
                "expected an indented block after " + std::string(what) + " on line " + std::to_string(keyword.line),
                ErrorKind::Indentation);
}

void Parser::failUnsupported(std::string_view construct, const Span& span) const
{
    fail(errors_.unsupported(construct, span));
}

void Parser::checkNesting(int levels)
{
    nesting_ += levels;
    if (nesting_ > kMaxNesting)
        fail(errors_.bare(ErrorKind::Memory, ""));
}

// _PyPegen_get_expr_name()
const char* Parser::describe(const Expr* e)
{
    switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
    case ExprKind::Constant:
        switch (e->as<ConstantExpr>().constKind) {
        case ConstantKind::None: return "None";
        case ConstantKind::True: return "True";
        case ConstantKind::False: return "False";
        case ConstantKind::Ellipsis: return "ellipsis";
        default: return "literal";
        }
    }
    return "expression";
}

// An expression directly followed by another one is always an error; CPython's
// invalid_legacy_expression and invalid_expression rules pick the message.
void Parser::checkJuxtaposition(Expr* left, std::size_t leftStart)
{
    if (!canStartExpressionHere())
        return;
    if (left->kind == ExprKind::Name && !left->parenthesized) {
        const std::string_view name = left->as<NameExpr>().id.text();
        if (name == "print" || name == "exec") {
            Span rest{};
            if (speculate([&] { rest = starExpressions()->span; return true; }))
                failRange(left->span, rest,
                          "Missing parentheses in call to '" + std::string(name) + "'. Did you mean " + std::string(name) + "(...)?");
            return;
        }
    }
    const Token& first = tokens_[leftStart];
    if (first.kind == TokenKind::Name && (isSoftKeyword(text(first)) || tokens_[leftStart + 1].kind == TokenKind::String))
        return;
    Span next{};
    if (speculate([&] { next = expression()->span; return previous().level > 0; }))
        failRange(left->span, next, "invalid syntax. Perhaps you forgot a comma?");
}

} // namespace aw::lang::detail
