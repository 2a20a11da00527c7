#include "mini_eval.h"
#include "mini_tokens.h"

#include "core/containers.h"
#include "core/exception.h"
#include "core/str.h"
#include "py/builtin_types.h"
#include "py/dict.h"
#include "py/function.h"
#include "py/protocol.h"
#include "py/set.h"
#include "py/slice.h"

#include <set>
#include <stdexcept>
#include <vector>

namespace awtest {

using aw::Value;
namespace py = aw::py;

namespace {

Value builtin(const char *name, Value (*fn)(const aw::CallArgs &))
{
    return aw::builtinFunction(name, [fn](const Value &, const aw::CallArgs &args) { return fn(args); });
}

class Parser {
public:
    Parser(std::vector<Token> tokens, std::map<std::string, Value> &env) : m_t(std::move(tokens)), m_env(env) {}

    const Token &peek() const { return m_t[m_pos]; }
    bool at(const char *op) const { return peek().kind == Token::Op && peek().text == op; }
    bool atName(const char *n) const { return peek().kind == Token::Name && peek().text == n; }
    bool accept(const char *op)
    {
        if (!at(op))
            return false;
        ++m_pos;
        return true;
    }
    void expect(const char *op)
    {
        if (!accept(op))
            throw std::runtime_error(std::string("expected ") + op + " at " + peek().text);
    }

    Value expr()
    {
        Value left = bitOr();
        static const std::pair<const char *, aw::CompareOp> ops[] = {
            {"<", aw::CompareOp::Lt}, {"<=", aw::CompareOp::Le}, {"==", aw::CompareOp::Eq},
            {"!=", aw::CompareOp::Ne}, {">", aw::CompareOp::Gt}, {">=", aw::CompareOp::Ge}};
        for (const auto &[text, op] : ops) {
            if (accept(text))
                return py::compare(left, bitOr(), op);
        }
        if (atName("in") || atName("not")) {
            const bool negate = atName("not");
            m_pos += negate ? 2 : 1;
            return Value::boolean(py::contains(bitOr(), left) != negate);
        }
        if (atName("is")) {
            ++m_pos;
            const bool negate = atName("not");
            m_pos += negate ? 1 : 0;
            return Value::boolean(left.is(bitOr()) != negate);
        }
        return left;
    }

    // The key of a subscript: an expression or a slice.
    Value subscript()
    {
        auto part = [this]() { return at(":") || at("]") || peek().kind == Token::End ? Value() : expr(); };
        Value first = part();
        if (accept(",")) {
            std::vector<Value> rest = items("]");
            --m_pos;
            rest.insert(rest.begin(), first);
            return aw::tuple(std::move(rest));
        }
        if (!accept(":"))
            return first;
        Value second = part();
        Value third = accept(":") ? part() : Value();
        return aw::makeSlice(first, second, third);
    }

    size_t pos() const { return m_pos; }

private:
    Value binaryChain(Value (Parser::*next)(), std::initializer_list<std::pair<const char *, aw::BinaryOp>> ops)
    {
        Value left = (this->*next)();
        for (bool again = true; again;) {
            again = false;
            for (const auto &[text, op] : ops) {
                if (accept(text)) {
                    left = py::binary(left, (this->*next)(), op);
                    again = true;
                }
            }
        }
        return left;
    }
    Value bitOr() { return binaryChain(&Parser::bitXor, {{"|", aw::BinaryOp::Or}}); }
    Value bitXor() { return binaryChain(&Parser::bitAnd, {{"^", aw::BinaryOp::Xor}}); }
    Value bitAnd() { return binaryChain(&Parser::arith, {{"&", aw::BinaryOp::And}}); }
    Value arith() { return binaryChain(&Parser::term, {{"+", aw::BinaryOp::Add}, {"-", aw::BinaryOp::Sub}}); }
    Value term() { return binaryChain(&Parser::factor, {{"*", aw::BinaryOp::Mul}}); }

    Value factor()
    {
        if (accept("-"))
            return py::unary(factor(), aw::UnaryOp::Neg);
        Value base = postfix();
        if (accept("**"))
            return py::binary(base, factor(), aw::BinaryOp::Pow);
        return base;
    }

    Value postfix()
    {
        Value v = atom();
        for (;;) {
            if (accept("(")) {
                v = callWithArgs(v);
            } else if (accept(".")) {
                v = py::getAttr(v, m_t[m_pos++].text);
            } else if (accept("[")) {
                Value key = subscript();
                expect("]");
                v = py::getItem(v, key);
            } else {
                return v;
            }
        }
    }

    Value callWithArgs(const Value &callee)
    {
        std::vector<Value> positional;
        std::vector<std::pair<Value, Value>> keywords;
        while (!accept(")")) {
            if (peek().kind == Token::Name && m_t[m_pos + 1].kind == Token::Op && m_t[m_pos + 1].text == "=") {
                Value key = py::name(peek().text);
                m_pos += 2;
                keywords.emplace_back(key, expr());
            } else {
                positional.push_back(expr());
            }
            accept(",");
        }
        return py::call(callee, aw::CallArgs{positional, keywords});
    }

    std::vector<Value> items(const char *close, bool *allConstant = nullptr)
    {
        std::vector<Value> out;
        while (!accept(close)) {
            const size_t from = m_pos;
            out.push_back(expr());
            if (allConstant)
                *allConstant = *allConstant && isConstant(from, m_pos);
            accept(",");
        }
        return out;
    }

    // Whether tokens [from, to) are an expression CPython folds to a constant: literals,
    // tuples of them and arithmetic on them.
    bool isConstant(size_t from, size_t to) const
    {
        static const std::set<std::string> ops{"(", ")", ",", "-", "+", "*", "**"};
        for (size_t i = from; i < to; ++i) {
            const Token &t = m_t[i];
            const bool constant = t.kind == Token::Int || t.kind == Token::Float || t.kind == Token::Str
                || (t.kind == Token::Name && (t.text == "None" || t.text == "True" || t.text == "False"))
                || (t.kind == Token::Op && ops.count(t.text));
            if (!constant)
                return false;
        }
        return true;
    }

    Value braces()
    {
        if (accept("}"))
            return Value(aw::make<aw::DictObject>());
        const size_t from = m_pos;
        Value first = expr();
        if (!accept(":")) {
            bool allConstant = isConstant(from, m_pos);
            accept(",");
            std::vector<Value> rest = items("}", &allConstant);
            rest.insert(rest.begin(), first);
            if (allConstant)
                return Value(aw::setDisplayOfConstants(rest));
            return py::call(Value(aw::setType()), {aw::list(std::move(rest))});
        }
        std::vector<Value> keys{first};
        std::vector<Value> values{expr()};
        while (accept(",") && !at("}")) {
            keys.push_back(expr());
            expect(":");
            values.push_back(expr());
        }
        expect("}");
        // BUILD_MAP presizes the dict for its items, as _PyDict_NewPresized.
        auto d = aw::make<aw::DictObject>();
        d->reserve(keys.size());
        for (size_t i = 0; i < keys.size(); ++i)
            d->set(keys[i], values[i]);
        return Value(d);
    }

    Value parenthesized()
    {
        if (accept(")"))
            return aw::tuple({});
        Value first = expr();
        if (accept(")"))
            return first;
        expect(",");
        std::vector<Value> rest = items(")");
        rest.insert(rest.begin(), first);
        return aw::tuple(std::move(rest));
    }

    Value atom()
    {
        const Token t = m_t[m_pos++];
        switch (t.kind) {
        case Token::Int: return Value::integer(std::stoll(t.text));
        case Token::Float: return Value::floating(std::stod(t.text));
        case Token::Str: return aw::str(t.text);
        case Token::Name: return lookup(t.text);
        case Token::Op:
            if (t.text == "(")
                return parenthesized();
            if (t.text == "[")
                return aw::list(items("]"));
            if (t.text == "{")
                return braces();
            break;
        case Token::End: break;
        }
        throw std::runtime_error("unexpected token " + t.text);
    }

    Value lookup(const std::string &n)
    {
        if (n == "None")
            return Value();
        if (n == "True" || n == "False")
            return Value::boolean(n == "True");
        auto it = m_env.find(n);
        if (it == m_env.end())
            throw std::runtime_error("unknown name " + n);
        return it->second;
    }

    std::vector<Token> m_t;
    size_t m_pos = 0;
    std::map<std::string, Value> &m_env;
};

Value nextOrStop(const aw::CallArgs &a)
{
    if (auto v = py::next(a.positional[0]))
        return *v;
    throw aw::PyException(aw::make<aw::ExceptionObject>(aw::builtin::StopIteration(), std::vector<Value>{}));
}

std::map<std::string, Value> builtins()
{
    std::map<std::string, Value> env{
        {"list", Value(aw::listType())},         {"tuple", Value(aw::tupleType())},
        {"dict", Value(aw::dictType())},         {"set", Value(aw::setType())},
        {"frozenset", Value(aw::frozensetType())}, {"range", Value(aw::rangeType())},
        {"slice", Value(aw::sliceType())},       {"int", Value(py::intType())},
        {"str", Value(aw::strType())},
    };
    env["hash"] = builtin("hash", [](const aw::CallArgs &a) { return Value::integer(py::hash(a.positional[0])); });
    env["len"] = builtin("len", [](const aw::CallArgs &a) { return Value::integer(py::len(a.positional[0])); });
    env["repr"] = builtin("repr", [](const aw::CallArgs &a) { return aw::str(py::repr(a.positional[0])); });
    env["iter"] = builtin("iter", [](const aw::CallArgs &a) { return py::iter(a.positional[0]); });
    env["next"] = builtin("next", nextOrStop);
    env["reversed"] = builtin("reversed", [](const aw::CallArgs &a) {
        return py::call(py::getAttr(a.positional[0], "__reversed__"), {});
    });
    env["neg"] = builtin("neg", [](const aw::CallArgs &a) { return py::unary(a.positional[0], aw::UnaryOp::Neg); });
    env["first"] = builtin("first", [](const aw::CallArgs &a) { return py::getItem(a.positional[0], Value::integer(0)); });
    env["second"] = builtin("second", [](const aw::CallArgs &a) { return py::getItem(a.positional[0], Value::integer(1)); });
    env["boom"] = builtin("boom", [](const aw::CallArgs &) -> Value { py::raise(aw::builtin::ValueError(), "boom"); });
    return env;
}

// The top-level position of the assignment operator, if the statement has one.
std::optional<size_t> assignmentAt(const std::vector<Token> &t)
{
    int depth = 0;
    for (size_t i = 0; i < t.size(); ++i) {
        if (t[i].kind != Token::Op)
            continue;
        const std::string &op = t[i].text;
        depth += (op == "(" || op == "[" || op == "{") ? 1 : (op == ")" || op == "]" || op == "}") ? -1 : 0;
        if (depth == 0 && (op == "=" || (op.size() == 2 && op[1] == '=' && op != "==" && op != "!=" && op != "<=" && op != ">=")))
            return i;
    }
    return std::nullopt;
}

// The opening bracket of a target's last subscript (`a[1][2]` -> the second '[').
std::optional<size_t> lastSubscript(const std::vector<Token> &t, size_t end)
{
    if (end == 0 || t[end - 1].text != "]")
        return std::nullopt;
    int depth = 0;
    for (size_t i = end; i-- > 0;) {
        if (t[i].kind == Token::Op && (t[i].text == "]" || t[i].text == ")"))
            ++depth;
        if (t[i].kind == Token::Op && (t[i].text == "[" || t[i].text == "(") && --depth == 0)
            return i;
    }
    return std::nullopt;
}

std::vector<Token> slice(const std::vector<Token> &t, size_t from, size_t to)
{
    std::vector<Token> out(t.begin() + static_cast<std::ptrdiff_t>(from), t.begin() + static_cast<std::ptrdiff_t>(to));
    out.push_back({Token::End, ""});
    return out;
}

// A whole token list as one expression.
Value evaluate(const std::vector<Token> &t, std::map<std::string, Value> &env)
{
    Parser p(t, env);
    Value v = p.expr();
    if (p.peek().kind != Token::End)
        throw std::runtime_error("unparsed input at " + p.peek().text);
    return v;
}

aw::BinaryOp augmentedOp(char c)
{
    switch (c) {
    case '|': return aw::BinaryOp::Or;
    case '&': return aw::BinaryOp::And;
    case '^': return aw::BinaryOp::Xor;
    case '-': return aw::BinaryOp::Sub;
    case '+': return aw::BinaryOp::Add;
    default: return aw::BinaryOp::Mul;
    }
}

} // namespace

MiniEval::MiniEval()
    : m_env(builtins())
{
}

std::string describeException(const Value &exception)
{
    auto *e = exception.as<aw::ExceptionObject>();
    const auto &args = e->args();
    std::string message;
    if (args.size() == 1)
        message = e->isInstance(aw::builtin::KeyError()) ? py::repr(args[0]) : py::str(args[0]);
    else if (args.size() > 1)
        message = py::repr(aw::tuple(args));
    return e->type()->name() + ": " + message;
}

std::optional<std::string> MiniEval::run(const std::string &statement)
{
    std::vector<Token> t = tokenize(statement);
    try {
        if (t[0].kind == Token::Name && t[0].text == "del") {
            const size_t end = t.size() - 1;
            auto open = lastSubscript(t, end);
            if (!open) {
                m_env.erase(t[1].text);
                return std::nullopt;
            }
            Value target = evaluate(slice(t, 1, *open), m_env);
            Parser keyParser(slice(t, *open + 1, end - 1), m_env);
            py::delItem(target, keyParser.subscript());
            return std::nullopt;
        }
        auto eq = assignmentAt(t);
        if (!eq)
            return py::repr(evaluate(t, m_env));
        Value value = evaluate(slice(t, *eq + 1, t.size() - 1), m_env);
        const std::string op = t[*eq].text;
        auto open = lastSubscript(t, *eq);
        if (op != "=") {
            Value current = evaluate(slice(t, 0, *eq), m_env);
            value = py::inplace(current, value, augmentedOp(op[0]));
        }
        if (!open) {
            m_env[t[0].text] = value;
        } else {
            Value target = evaluate(slice(t, 0, *open), m_env);
            Parser keyParser(slice(t, *open + 1, *eq - 1), m_env);
            py::setItem(target, keyParser.subscript(), value);
        }
        return std::nullopt;
    } catch (const aw::PyException &e) {
        return "!" + describeException(Value(e.object()));
    }
}

} // namespace awtest
