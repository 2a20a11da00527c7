#pragma once
// The recursive-descent parser. It follows the rules of CPython 3.11's PEG grammar
// (Grammar/python.gram) and reproduces the specific error messages of its "invalid_" rules
// where tutorials are likely to hit them; anything else gets CPython's generic
// "invalid syntax" at the token where parsing stopped.

#include "ast.h"
#include "error_factory.h"
#include "module.h"
#include "tokenizer.h"

#include <algorithm>
#include <limits>
#include <span>
#include <string>
#include <vector>

namespace aw::lang::detail {

/// Thrown inside the parser; converted into a value by parseModule().
struct ParseAbort {
    SyntaxError error;
    /// Line of the furthest token the parser looked at; decides whether an unclosed bracket
    /// is reported instead (see TokenizerErrorClass).
    std::uint32_t furthestLine = 0;
    /// CPython reports "unexpected indent" without looking at the rest of the file.
    bool final = false;
    /// The tokenizer's error, met while parsing: it ends speculative parses too.
    bool fromTokenizer = false;
};

/// Start of a node, for building its Span when the node is complete.
struct Pos {
    std::uint32_t line;
    std::uint32_t col;
};

class Parser {
public:
    Parser(Module& module, const ErrorFactory& errors, const TokenStream& stream);

    /// Parses the whole token stream into the module's body.
    void parseFile();
    /// The inside of an f-string replacement field, parsed as CPython parses "(" + text + ")".
    Expr* parseFStringField();

private:
    // --- tokens (parser.cpp)
    const Token& peek(std::size_t ahead = 0) const
    {
        const std::size_t i = pos_ + ahead;
        if (i >= errorIndex_)
            failAtTokenizerError();
        furthest_ = std::max(furthest_, i);
        furthestAny_ = std::max(furthestAny_, i);
        // Looking past the end keeps returning the EndMarker.
        return tokens_[std::min(i, tokens_.size() - 1)];
    }
    TokenKind kind(std::size_t ahead = 0) const { return peek(ahead).kind; }
    bool at(TokenKind k) const { return kind() == k; }
    const Token& advance()
    {
        const Token& t = peek();
        ++pos_;
        return t;
    }
    bool accept(TokenKind k)
    {
        if (!at(k))
            return false;
        ++pos_;
        return true;
    }
    const Token& expect(TokenKind k);
    /// CPython's forced tokens (&&':'): a missing one is "expected ':'" wherever it is.
    void expectForced(TokenKind k, std::string_view spelling);
    const Token& previous() const { return tokens_[pos_ - 1]; }
    std::string_view text(const Token& t) const;
    bool atName(std::string_view name) const;
    static Pos startOf(const Token& t) { return {t.line, t.col}; }
    static Pos startOf(const Expr* e) { return {e->span.line, e->span.col}; }
    /// Span from `start` to the end of the last consumed token that is not NEWLINE, INDENT
    /// or DEDENT (CPython's EXTRA).
    Span finish(Pos start) const;
    Identifier intern(const Token& t);

    /// Runs `parse` and rewinds, reporting whether it succeeded (and returned true). Used for
    /// CPython's second-pass error rules; errors inside are swallowed.
    template <class F>
    bool speculate(F&& parse)
    {
        const std::size_t savedPos = pos_;
        const std::size_t savedFurthest = furthest_;
        const int savedNesting = nesting_;
        const bool savedSpeculative = speculative_;
        speculative_ = true;
        bool ok = false;
        try {
            ok = parse();
        } catch (ParseAbort& abort) {
            // CPython raises a tokenizer error as soon as any rule reads the broken token.
            if (abort.fromTokenizer)
                throw;
        }
        pos_ = savedPos;
        // CPython places generic errors by what its first pass read, not its error rules.
        furthest_ = savedFurthest;
        nesting_ = savedNesting;
        speculative_ = savedSpeculative;
        return ok;
    }

    // --- errors (parser_errors.cpp)
    [[noreturn]] void failAtTokenizerError() const;
    [[noreturn]] void fail(SyntaxError error) const;
    [[noreturn]] void invalidSyntax() const;
    [[noreturn]] void failAtToken(const Token& t, std::string message, ErrorKind kind = ErrorKind::Syntax) const;
    [[noreturn]] void failAtNode(const Span& span, std::string message) const;
    [[noreturn]] void failRange(const Span& first, const Span& last, std::string message) const;
    [[noreturn]] void failRawParser(std::string message, std::uint32_t line, int offset, std::uint32_t endLine,
                                    int endOffset) const;
    [[noreturn]] void failExpectedBlock(const Token& keyword, std::string_view what) const;
    [[noreturn]] void failUnsupported(std::string_view construct, const Span& span) const;
    void checkNesting(int levels);
    static const char* describe(const Expr* e);
    void checkJuxtaposition(Expr* left, std::size_t leftStart);

    // --- node construction
    template <class T>
    T* newExpr(ExprKind kind, Span span)
    {
        T* node = arena_.make<T>();
        node->kind = kind;
        node->span = span;
        return node;
    }
    template <class T>
    T* newStmt(StmtKind kind, Span span)
    {
        T* node = arena_.make<T>();
        node->kind = kind;
        node->span = span;
        return node;
    }
    template <class T>
    ArenaArray<T> toArray(const std::vector<T>& items)
    {
        return arena_.copyArray(std::span<const T>(items));
    }
    Expr* newName(const Token& t, ExprContext ctx);
    Expr* newConstant(ConstantKind kind, Span span);

    // --- simple statements (parser_stmt.cpp)
    ArenaArray<Stmt*> statementsUntil(TokenKind end);
    void statement(std::vector<Stmt*>& out);
    void simpleStatements(std::vector<Stmt*>& out);
    Stmt* simpleStatement();
    Stmt* expressionStatement();
    Stmt* assignmentRest(Expr* first, Pos start);
    Stmt* annotatedAssignment(Expr* target, Pos start);
    Stmt* returnStatement();
    Stmt* raiseStatement();
    Stmt* namesStatement(StmtKind kind);
    Stmt* deleteStatement();
    Stmt* assertStatement();
    Stmt* importStatement();
    Stmt* importFromStatement();
    Alias dottedAlias(bool dotted);
    bool looksLikeMatchStatement() const;

    // --- compound statements (parser_compound.cpp)
    Stmt* compoundStatement();
    ArenaArray<Stmt*> block(const Token& keyword, std::string_view what);
    void expectColon();
    Stmt* ifStatement(bool isElif);
    ArenaArray<Stmt*> elseBlock();
    Stmt* whileStatement();
    Stmt* forStatement(const Token* asyncToken);
    Stmt* withStatement(const Token* asyncToken);
    bool parenthesizedWithItems(std::vector<WithItem>& items);
    WithItem withItem();
    Stmt* tryStatement();
    ExceptHandler exceptHandler(bool& star);
    Stmt* decorated();
    Stmt* functionDef(std::vector<Expr*> decorators, const Token* asyncToken, Pos start);
    Stmt* classDef(std::vector<Expr*> decorators, Pos start);

    // --- parameters and call arguments (parser_args.cpp)
    struct ParameterList {
        std::vector<Arg> posonly, args, kwonly;
        std::vector<Expr*> defaults, kwDefaults;
        const Arg* vararg = nullptr;
        const Arg* kwarg = nullptr;
        bool sawStar = false;
    };
    const Arguments* parameters(TokenKind close, bool lambda);
    void starParameter(ParameterList& list, TokenKind close, bool lambda);
    void plainParameter(ParameterList& list, TokenKind close, bool lambda);
    const Arg* keep(const Arg& arg);
    Arg parameter(bool lambda, bool allowStarAnnotation);
    void callArguments(std::vector<Expr*>& args, std::vector<Keyword>& keywords, TokenKind close,
                       const Token* open = nullptr);
    Expr* namedExpressionInCall();

    // --- expressions (parser_expr.cpp)
    bool canStartExpressionHere() const;
    Expr* starExpressions();
    Expr* starred(Expr* (Parser::*operand)());
    Expr* starExpression();
    Expr* starNamedExpression();
    Expr* namedExpression();
    Expr* expression();
    Expr* boolOperation(TokenKind keyword, BoolOpKind op, Expr* (Parser::*operand)());
    Expr* disjunction();
    Expr* conjunction();
    Expr* inversion();
    Expr* comparison();
    Expr* bitwiseOr();
    Expr* binary(int minPrecedence);
    Expr* factor();
    Expr* awaitPrimary();
    Expr* primary(Expr* atom, Pos start);
    Expr* trailer(Expr* e, Pos start);
    Expr* slices();
    Expr* slice();
    Expr* yieldExpression();

    // --- atoms and displays (parser_display.cpp)
    Expr* atom();
    bool atComprehensionStart() const;
    Expr* comprehension(ExprKind kind, const Token& open, Expr* elt, Expr* value);
    ArenaArray<Comprehension> comprehensionClauses();
    Expr* parenthesized(const Token& open, TokenKind close);
    Expr* listDisplay();
    Expr* braceDisplay();
    Expr* dictDisplay(const Token& open, Expr* firstKey);
    Expr* dictValue();

    // --- targets (parser_targets.cpp)
    static Expr* invalidTarget(Expr* e, ExprContext ctx);
    void setContext(Expr* target, ExprContext ctx);
    [[noreturn]] void failAssignTarget(Expr* bad, ExprContext ctx);
    void checkMistakenAssignment(Expr* e);
    void checkAssignmentTarget(Expr* target, Expr* first, std::size_t firstEqual);
    Expr* targetList();

    // --- literals (parser_strings.cpp)
    Expr* number(const Token& t);
    Expr* strings();

    Module& module_;
    Arena& arena_;
    const ErrorFactory& errors_;
    const TokenStream& stream_;
    const std::vector<Token>& tokens_;
    std::size_t errorIndex_;
    std::size_t pos_ = 0;
    /// The furthest token read, as CPython's first pass would have read it (speculative
    /// parses, which stand for its second pass, do not count) and as any pass read it.
    mutable std::size_t furthest_ = 0;
    mutable std::size_t furthestAny_ = 0;
    int nesting_ = 0;
    bool speculative_ = false;
    friend class FStringBuilder;
};

} // namespace aw::lang::detail
