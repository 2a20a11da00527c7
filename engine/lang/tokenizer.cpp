// The main loop of the tokenizer: indentation, newlines, operators and brackets. It follows
// tok_get() in CPython 3.11's Parser/tokenizer.c, whose quirks decide which error is reported.

#include "tokenizer_impl.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace aw::lang {
namespace detail {

TokenizerImpl::TokenizerImpl(const ErrorFactory& errors, const TokenizerOptions& options)
    : errors_(errors),
      text_(errors.source().text()),
      pos_(options.begin),
      end_(std::min<std::uint32_t>(options.end, static_cast<std::uint32_t>(text_.size()))),
      virtualNewline_(false),
      expressionOnly_(options.expressionOnly),
      readError_(options.readError),
      line_(options.line),
      lineStart_(options.lineStart),
      atBol_(!options.expressionOnly)
{
    // CPython appends the missing '\n' to a last line without one.
    virtualNewline_ = !expressionOnly_ && end_ > pos_ && text_[end_ - 1] != '\n';
    if (expressionOnly_)
        brackets_.push_back({'(', line_, pos_ - lineStart_});
    tokens_.reserve((end_ - pos_) / 4 + 16);
}

TokenStream TokenizerImpl::run()
{
    TokenStream out;
    try {
        do {
            readToken();
        } while (tokens_.back().kind != TokenKind::EndMarker);
    } catch (Abort& abort) {
        Token t;
        t.kind = TokenKind::Error;
        t.begin = t.end = std::min(pos_, end_);
        t.line = t.endLine = line_;
        t.col = t.endCol = t.begin >= lineStart_ ? t.begin - lineStart_ : 0;
        tokens_.push_back(t);
        out.error = std::move(abort.error);
    }
    out.tokens = std::move(tokens_);
    return out;
}

std::uint32_t TokenizerImpl::lastLine() const
{
    return std::max<std::uint32_t>(1, std::min(line_, errors_.source().lineCount()));
}

void TokenizerImpl::emit(TokenKind kind, std::uint32_t begin, std::uint32_t end)
{
    Token t;
    t.kind = kind;
    t.level = static_cast<std::uint8_t>(brackets_.size());
    t.begin = begin;
    t.end = end;
    t.line = t.endLine = line_;
    t.col = begin - lineStart_;
    t.endCol = end - lineStart_;
    tokens_.push_back(t);
}

void TokenizerImpl::emitNoColumn(TokenKind kind, std::uint32_t line, std::uint32_t col)
{
    Token t;
    t.kind = kind;
    t.noColumn = true;
    t.begin = t.end = std::min(pos_, end_);
    t.line = t.endLine = line;
    t.col = t.endCol = col;
    tokens_.push_back(t);
}

void TokenizerImpl::failIfReadError()
{
    if (readError_)
        raise(TokenizerErrorClass::Hard, *readError_);
}

void TokenizerImpl::raise(TokenizerErrorClass errorClass, SyntaxError error, std::uint32_t bracketLine)
{
    throw Abort{TokenizerError{errorClass, std::move(error), bracketLine}};
}

void TokenizerImpl::hard(std::string message, std::uint32_t cur)
{
    hardOnLine(std::move(message), line_, lineStart_, cur);
}

void TokenizerImpl::hardOnLine(std::string message, std::uint32_t line, std::uint32_t lineStart, std::uint32_t cur)
{
    pos_ = cur;
    const std::uint32_t col = cur - lineStart;
    raise(TokenizerErrorClass::Hard, errors_.tokenizer(ErrorKind::Syntax, std::move(message), line, col, col));
}

void TokenizerImpl::readToken()
{
    for (;;) {
        if (atBol_ && pending_ == 0) {
            atBol_ = false;
            measureIndentation();
        }
        if (pending_ != 0) {
            // Dedents at the end of input carry the last line, like CPython's.
            const bool atEnd = at(pos_) == kEof;
            const std::uint32_t line = atEnd ? lastLine() : line_;
            const std::uint32_t col = atEnd ? 0 : pos_ - lineStart_;
            emitNoColumn(pending_ > 0 ? TokenKind::Indent : TokenKind::Dedent, line, col);
            pending_ += pending_ > 0 ? -1 : 1;
            return;
        }
        int c = at(pos_);
        while (c == ' ' || c == '\t' || c == '\f')
            c = at(++pos_);
        const std::uint32_t start = pos_;
        if (c == '#') {
            while (c != '\n' && c != kEof)
                c = at(++pos_);
        }
        if (c == kEof) {
            handleEof();
            return;
        }
        if (c == '\n') {
            const bool skip = blankLine_ || brackets_.size() > 0;
            blankLine_ = false;
            ++pos_;
            if (skip) {
                startLine(pos_);
                atBol_ = true;
                continue;
            }
            // Like CPython's, the NEWLINE token starts at a comment before it and has no width.
            emit(TokenKind::Newline, start, pos_ - 1);
            startLine(pos_);
            atBol_ = true;
            return;
        }
        if (c == '\\') {
            skipContinuation(pos_);
            continue;
        }
        if (c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
            scanNameOrString(start);
            return;
        }
        if (c >= '0' && c <= '9') {
            std::uint32_t p = start + 1;
            scanNumber(start, p, c, false);
            return;
        }
        if (c == '"' || c == '\'') {
            scanString(start, start);
            return;
        }
        scanOperator(start, c);
        return;
    }
}

// Measures the indentation of a new line (tab stops of 8, and of 1 to detect inconsistent use of
// tabs and spaces) and queues INDENT/DEDENT tokens. Blank and comment-only lines are ignored.
void TokenizerImpl::measureIndentation()
{
    std::uint32_t col = 0;
    std::uint32_t altcol = 0;
    std::uint32_t contLineCol = 0;
    int c;
    for (;;) {
        c = at(pos_);
        if (c == ' ') {
            ++col;
            ++altcol;
        } else if (c == '\t') {
            col = (col / 8 + 1) * 8;
            altcol = altcol + 1;
        } else if (c == '\f') {
            col = altcol = 0;
        } else if (c == '\\') {
            // A backslash-continued indentation counts up to the first backslash only.
            contLineCol = contLineCol ? contLineCol : col;
            skipContinuation(pos_);
            continue;
        } else {
            break;
        }
        ++pos_;
    }
    if (c == kEof)
        failIfReadError();
    blankLine_ = c == '#' || c == '\n';
    if (blankLine_ || !brackets_.empty())
        return;
    if (contLineCol) {
        col = contLineCol;
        altcol = contLineCol;
    }
    applyIndentation(col, altcol);
}

void TokenizerImpl::applyIndentation(std::uint32_t col, std::uint32_t altcol)
{
    const auto fail = [&](ErrorKind kind, const char* message) {
        raise(TokenizerErrorClass::Soft, errors_.parser(kind, message, line_, 1, line_, 0));
    };
    if (col == indents_.back().col) {
        if (altcol != indents_.back().altcol)
            fail(ErrorKind::Tab, "inconsistent use of tabs and spaces in indentation");
    } else if (col > indents_.back().col) {
        if (indents_.size() >= kMaxIndent)
            fail(ErrorKind::Indentation, "too many levels of indentation");
        if (altcol <= indents_.back().altcol)
            fail(ErrorKind::Tab, "inconsistent use of tabs and spaces in indentation");
        indents_.push_back({col, altcol});
        ++pending_;
    } else {
        while (indents_.size() > 1 && col < indents_.back().col) {
            indents_.pop_back();
            --pending_;
        }
        if (col != indents_.back().col) {
            // CPython reports the position just past the whole line here.
            const int lineEnd = static_cast<int>(errors_.source().line(line_).size()) + 1;
            raise(TokenizerErrorClass::Soft,
                  errors_.parser(ErrorKind::Indentation, "unindent does not match any outer indentation level", line_,
                                 lineEnd, line_, -1));
        }
        if (altcol != indents_.back().altcol)
            fail(ErrorKind::Tab, "inconsistent use of tabs and spaces in indentation");
    }
}

void TokenizerImpl::skipContinuation(std::uint32_t backslash)
{
    const int next = at(backslash + 1);
    if (next != '\n') {
        pos_ = backslash + 1;
        const int offset = static_cast<int>(backslash + 1 - lineStart_) + 1;
        raise(TokenizerErrorClass::Soft,
              errors_.parser(ErrorKind::Syntax, "unexpected character after line continuation character", line_, offset,
                             line_, 0));
    }
    const std::uint32_t backslashLine = line_;
    const int lineEnd = static_cast<int>(errors_.source().line(line_).size()) + 1;
    pos_ = backslash + 2;
    startLine(pos_);
    if (at(pos_) == kEof) {
        failIfReadError();
        if (!brackets_.empty())
            handleEof();
        raise(TokenizerErrorClass::Soft,
              errors_.parser(ErrorKind::Syntax, "unexpected EOF while parsing", backslashLine, lineEnd, backslashLine, -1));
    }
}

void TokenizerImpl::handleEof()
{
    failIfReadError();
    if (!brackets_.empty() && !expressionOnly_) {
        const Bracket& b = brackets_.back();
        raise(TokenizerErrorClass::UnclosedBracket,
              errors_.parser(ErrorKind::Syntax, std::string("'") + b.ch + "' was never closed", b.line,
                             static_cast<int>(b.col) + 1, b.line, 0),
              b.line);
    }
    emitNoColumn(TokenKind::EndMarker, expressionOnly_ ? line_ : lastLine(), 0);
}

void TokenizerImpl::openBracket(std::uint32_t start, int c)
{
    if (brackets_.size() >= kMaxLevel)
        hard("too many nested parentheses", start + 1);
    brackets_.push_back({static_cast<char>(c), line_, start - lineStart_});
}

void TokenizerImpl::closeBracket(std::uint32_t start, int c)
{
    const std::size_t floor = expressionOnly_ ? 1 : 0;
    if (brackets_.size() <= floor)
        hard(std::string("unmatched '") + static_cast<char>(c) + "'", start + 1);
    const Bracket open = brackets_.back();
    brackets_.pop_back();
    const bool matches = (open.ch == '(' && c == ')') || (open.ch == '[' && c == ']') || (open.ch == '{' && c == '}');
    if (matches)
        return;
    std::string message = std::string("closing parenthesis '") + static_cast<char>(c) +
                          "' does not match opening parenthesis '" + open.ch + "'";
    if (open.line != line_)
        message += " on line " + std::to_string(open.line);
    hard(std::move(message), start + 1);
}

namespace {

struct OperatorSpelling {
    std::string_view text;
    TokenKind kind;
};

// Longest spellings first, so the first match is the right one.
constexpr OperatorSpelling kOperators[] = {
    {"**=", TokenKind::DoubleStarEqual}, {"...", TokenKind::Ellipsis}, {"//=", TokenKind::DoubleSlashEqual},
    {"<<=", TokenKind::LeftShiftEqual}, {">>=", TokenKind::RightShiftEqual}, {"!=", TokenKind::NotEqual},
    {"%=", TokenKind::PercentEqual}, {"&=", TokenKind::AmperEqual}, {"**", TokenKind::DoubleStar},
    {"*=", TokenKind::StarEqual}, {"+=", TokenKind::PlusEqual}, {"-=", TokenKind::MinEqual},
    {"->", TokenKind::RArrow}, {"//", TokenKind::DoubleSlash}, {"/=", TokenKind::SlashEqual},
    {":=", TokenKind::ColonEqual}, {"<<", TokenKind::LeftShift}, {"<=", TokenKind::LessEqual},
    {"==", TokenKind::EqEqual}, {">=", TokenKind::GreaterEqual}, {">>", TokenKind::RightShift},
    {"@=", TokenKind::AtEqual}, {"^=", TokenKind::CircumflexEqual}, {"|=", TokenKind::VBarEqual},
    {"%", TokenKind::Percent}, {"&", TokenKind::Amper}, {"(", TokenKind::LPar}, {")", TokenKind::RPar},
    {"*", TokenKind::Star}, {"+", TokenKind::Plus}, {",", TokenKind::Comma}, {"-", TokenKind::Minus},
    {".", TokenKind::Dot}, {"/", TokenKind::Slash}, {":", TokenKind::Colon}, {";", TokenKind::Semi},
    {"<", TokenKind::Less}, {"=", TokenKind::Equal}, {">", TokenKind::Greater}, {"@", TokenKind::At},
    {"[", TokenKind::LSqb}, {"]", TokenKind::RSqb}, {"^", TokenKind::Circumflex}, {"{", TokenKind::LBrace},
    {"|", TokenKind::VBar}, {"}", TokenKind::RBrace}, {"~", TokenKind::Tilde},
};

} // namespace

void TokenizerImpl::scanOperator(std::uint32_t start, int c)
{
    if (c == '.' && at(start + 1) >= '0' && at(start + 1) <= '9') {
        std::uint32_t p = start + 1;
        scanNumber(start, p, '.', true);
        return;
    }
    const std::string_view rest = text_.substr(start, std::min<std::size_t>(3, end_ - start));
    for (const OperatorSpelling& op : kOperators) {
        if (op.text[0] != rest[0] || rest.substr(0, op.text.size()) != op.text)
            continue;
        if (c == '(' || c == '[' || c == '{')
            openBracket(start, c);
        else if (c == ')' || c == ']' || c == '}')
            closeBracket(start, c);
        pos_ = start + static_cast<std::uint32_t>(op.text.size());
        emit(op.kind, start, pos_);
        return;
    }
    if (c < 0x20 || c == 0x7F) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(c));
        hard(std::string("invalid non-printable character U+") + hex, start + 1);
    }
    pos_ = start + 1;
    emit(TokenKind::Unknown, start, pos_);
}

} // namespace detail

TokenStream tokenize(const ErrorFactory& errors, const TokenizerOptions& options)
{
    return detail::TokenizerImpl(errors, options).run();
}

} // namespace aw::lang
