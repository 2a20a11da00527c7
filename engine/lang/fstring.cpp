#include "fstring.h"

#include "parser_impl.h"
#include "string_literal.h"

namespace aw::lang::detail {
namespace {

// Messages naming one or two bracket characters, e.g. "f-string: unmatched ')'".
std::string quoted(const char* before, char c, const char* after = "'")
{
    std::string message = before;
    message += c;
    message += after;
    return message;
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

} // namespace

void FStringBuilder::fail(const std::string& message)
{
    // CPython reports f-string scanning errors at the token after the string literals.
    parser_.failAtToken(parser_.peek(), message);
}

Expr* FStringBuilder::makeString(std::string value, bool uKind)
{
    auto* c = static_cast<ConstantExpr*>(parser_.newConstant(ConstantKind::Str, span_));
    c->text = parser_.arena_.copyString(value);
    c->uPrefix = uKind;
    return c;
}

Expr* FStringBuilder::joined(State& state, bool uKind)
{
    if (!state.last.empty())
        state.values.push_back(makeString(std::move(state.last), uKind));
    state.last.clear();
    auto* node = parser_.newExpr<JoinedStrExpr>(ExprKind::JoinedStr, span_);
    node->values = parser_.toArray(state.values);
    return node;
}

Expr* FStringBuilder::finish()
{
    if (!sawFString_)
        return makeString(std::move(top_.last), uKind_);
    return joined(top_, uKind_);
}

void FStringBuilder::appendFString(std::string_view body, bool raw)
{
    sawFString_ = true;
    std::size_t pos = 0;
    concat(body, pos, raw, 0, top_);
}

// _PyPegen_FstringParser_ConcatFstring: literal text and fields until the end of the body,
// or until the '}' that closes a format spec when `level` > 0.
void FStringBuilder::concat(std::string_view body, std::size_t& pos, bool raw, int level, State& state)
{
    for (;;) {
        Literal literal = findLiteral(body, pos, raw, level);
        state.last += literal.value;
        if (literal.doubledBrace)
            continue;
        if (pos >= body.size() || body[pos] == '}')
            break;
        std::string debugText;
        Expr* value = field(body, pos, raw, level, debugText);
        state.last += debugText;
        if (!state.last.empty())
            state.values.push_back(makeString(std::move(state.last), uKind_));
        state.last.clear();
        state.values.push_back(value);
    }
    if (level == 0 && pos + 1 < body.size())
        fail("f-string: unexpected end of string");
    if (level != 0 && (pos >= body.size() || body[pos] != '}'))
        fail("f-string: expecting '}'");
}

FStringBuilder::Literal FStringBuilder::findLiteral(std::string_view body, std::size_t& pos, bool raw, int level)
{
    Literal literal;
    const std::size_t start = pos;
    std::size_t s = pos;
    std::size_t end = body.size();
    while (s < body.size()) {
        char ch = body[s++];
        if (!raw && ch == '\\' && s < body.size()) {
            ch = body[s++];
            if (ch == 'N') {
                // Skip the braces of a \N{...} escape; decoding reports it later.
                if (s < body.size() && body[s++] == '{') {
                    while (s < body.size() && body[s++] != '}') {
                    }
                }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (level == 0) {
                if (s < body.size() && body[s] == ch) {
                    end = s;
                    pos = s + 1;
                    literal.doubledBrace = true;
                    break;
                }
                if (ch == '}')
                    fail("f-string: single '}' is not allowed");
            }
            --s;
            break;
        }
    }
    if (!literal.doubledBrace) {
        pos = s;
        end = s;
    }
    const std::string_view text = body.substr(start, end - start);
    if (raw) {
        literal.value.assign(text);
        return literal;
    }
    const EscapeResult r = decodeEscapes(text, false, literal.value);
    if (r.status == EscapeResult::Status::Unsupported)
        parser_.failUnsupported(r.message, span_);
    if (r.status == EscapeResult::Status::Error)
        fail(r.message);
    return literal;
}

// fstring_find_expr: the expression part of a field, up to a top-level '!', ':', '=' or '}'.
std::size_t FStringBuilder::scanFieldExpression(std::string_view body, std::size_t s)
{
    char quote = 0;
    int stringType = 0;
    std::vector<char> parens;
    for (; s < body.size(); ++s) {
        const char ch = body[s];
        if (ch == '\\')
            fail("f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote) {
                if (stringType == 3) {
                    if (s + 2 < body.size() && body[s + 1] == ch && body[s + 2] == ch) {
                        s += 2;
                        quote = 0;
                        stringType = 0;
                    }
                } else {
                    quote = 0;
                    stringType = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            stringType = (s + 2 < body.size() && body[s + 1] == ch && body[s + 2] == ch) ? 3 : 1;
            if (stringType == 3)
                s += 2;
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (parens.size() >= 200)
                fail("f-string: too many nested parenthesis");
            parens.push_back(ch);
        } else if (ch == '#') {
            fail("f-string expression part cannot include '#'");
        } else if (parens.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            const char next = s + 1 < body.size() ? body[s + 1] : '\0';
            if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
                ++s;
                continue;
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (parens.empty())
                fail(quoted("f-string: unmatched '", ch));
            const char open = parens.back();
            parens.pop_back();
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}')))
                fail(quoted("f-string: closing parenthesis '", ch, "' does not match opening parenthesis '") + open + "'");
        }
    }
    if (quote)
        fail("f-string: unterminated string");
    if (!parens.empty())
        fail(quoted("f-string: unmatched '", parens.back()));
    if (s >= body.size())
        fail("f-string: expecting '}'");
    return s;
}

Expr* FStringBuilder::field(std::string_view body, std::size_t& pos, bool raw, int level, std::string& debugText)
{
    if (level >= 2)
        fail("f-string: expressions nested too deeply");
    const std::size_t exprStart = pos + 1;
    std::size_t s = scanFieldExpression(body, exprStart);
    Expr* value = compileField(body, exprStart, s);
    if (body[s] == '=') {
        ++s;
        while (s < body.size() && isSpace(body[s]))
            ++s;
        if (s >= body.size())
            fail("f-string: expecting '}'");
        debugText.assign(body.substr(exprStart, s - exprStart));
    }
    int conversion = -1;
    if (body[s] == '!') {
        if (++s >= body.size())
            fail("f-string: expecting '}'");
        conversion = static_cast<unsigned char>(body[s++]);
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    Expr* spec = nullptr;
    if (s < body.size() && body[s] == ':') {
        if (++s >= body.size())
            fail("f-string: expecting '}'");
        State specState;
        concat(body, s, raw, level + 1, specState);
        spec = joined(specState, false);
    }
    if (s >= body.size() || body[s] != '}')
        fail("f-string: expecting '}'");
    pos = s + 1;
    if (!debugText.empty() && !spec && conversion == -1)
        conversion = 'r';
    auto* node = parser_.newExpr<FormattedValueExpr>(ExprKind::FormattedValue, span_);
    node->value = value;
    node->conversion = conversion;
    node->formatSpec = spec;
    return node;
}

Expr* FStringBuilder::compileField(std::string_view body, std::size_t start, std::size_t end)
{
    std::size_t first = start;
    while (first < end && (body[first] == ' ' || body[first] == '\t' || body[first] == '\n' || body[first] == '\f'))
        ++first;
    if (first == end) {
        const char stop = body[end];
        if (stop == '!' || stop == ':' || stop == '=')
            fail(quoted("f-string: expression required before '", stop));
        fail("f-string: empty expression not allowed");
    }
    const SourceText& source = parser_.module_.source();
    const auto begin = static_cast<std::uint32_t>(body.data() - source.text().data() + start);
    const std::uint32_t line = source.lineOf(begin);
    const std::uint32_t lineStart = source.lineStart(line);
    std::string parenText = "(";
    parenText += body.substr(start, end - start);
    parenText += ')';
    const ErrorFactory errors(source, parser_.errors_.filename(), FStringField{line, begin - lineStart, std::move(parenText)});
    TokenizerOptions options;
    options.begin = begin;
    options.end = begin + static_cast<std::uint32_t>(end - start);
    options.line = line;
    options.lineStart = lineStart;
    options.expressionOnly = true;
    const TokenStream stream = tokenize(errors, options);
    return Parser(parser_.module_, errors, stream).parseFStringField();
}

} // namespace aw::lang::detail
