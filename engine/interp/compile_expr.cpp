// Compiling expressions and assignment targets.

#include "compiler.h"

#include "core/str.h"
#include "py/bigint_value.h"
#include "py/builtin_types.h"
#include "py/protocol.h"

#include <algorithm>

namespace aw::interp {

using namespace lang;

namespace {

std::string text(Identifier id)
{
    return std::string(id.text());
}

bool anySuspends(const std::vector<ExprPtr> &v)
{
    return std::any_of(v.begin(), v.end(), [](const ExprPtr &e) { return e && e->suspends; });
}

aw::BinaryOp binaryOp(lang::BinaryOp op)
{
    switch (op) {
    case lang::BinaryOp::Add: return aw::BinaryOp::Add;
    case lang::BinaryOp::Sub: return aw::BinaryOp::Sub;
    case lang::BinaryOp::Mult: return aw::BinaryOp::Mul;
    case lang::BinaryOp::MatMult: return aw::BinaryOp::MatMul;
    case lang::BinaryOp::Div: return aw::BinaryOp::TrueDiv;
    case lang::BinaryOp::Mod: return aw::BinaryOp::Mod;
    case lang::BinaryOp::Pow: return aw::BinaryOp::Pow;
    case lang::BinaryOp::LShift: return aw::BinaryOp::LShift;
    case lang::BinaryOp::RShift: return aw::BinaryOp::RShift;
    case lang::BinaryOp::BitOr: return aw::BinaryOp::Or;
    case lang::BinaryOp::BitXor: return aw::BinaryOp::Xor;
    case lang::BinaryOp::BitAnd: return aw::BinaryOp::And;
    case lang::BinaryOp::FloorDiv: return aw::BinaryOp::FloorDiv;
    }
    return aw::BinaryOp::Add;
}

} // namespace

void Compiler::unsupported(const std::string &what, const Span &span)
{
    throw CompileError{"not supported in scenarios: " + what, span.line, span.col};
}

std::unique_ptr<NameNode> Compiler::nameLoad(const std::string &name, const Expr &at)
{
    auto n = std::make_unique<NameNode>();
    locate(n.get(), at.span);
    n->where = m_ctx.scope->resolve(name);
    n->name = py::name(name);
    return n;
}

std::unique_ptr<NameTarget> Compiler::nameStore(const std::string &name)
{
    auto n = std::make_unique<NameTarget>();
    n->where = m_ctx.scope->resolve(name);
    n->name = py::name(name);
    return n;
}

ExprPtr Compiler::expr(const Expr *e)
{
    if (!e)
        return nullptr;
    ExprPtr node = exprImpl(*e);
    if (node && node->line == 0)
        locate(node.get(), e->span);
    return node;
}

ExprPtr Compiler::constant(const ConstantExpr &c)
{
    auto n = std::make_unique<ConstantNode>();
    switch (c.constKind) {
    case ConstantKind::None: break;
    case ConstantKind::True: n->value = Value::boolean(true); break;
    case ConstantKind::False: n->value = Value::boolean(false); break;
    case ConstantKind::Ellipsis: n->value = ellipsis(); break;
    case ConstantKind::Int: n->value = Value::integer(c.intValue); break;
    case ConstantKind::Float: n->value = Value::floating(c.floatValue); break;
    case ConstantKind::Str: n->value = aw::str(std::string(c.text)); break;
    case ConstantKind::BigInt: n->value = py::intValue(*BigInt::fromDigits(c.text, 10)); break;
    case ConstantKind::Bytes: unsupported("bytes literals", c.span);
    }
    return n;
}

ExprPtr Compiler::exprImpl(const Expr &e)
{
    switch (e.kind) {
    case ExprKind::Constant: return constant(e.as<ConstantExpr>());
    case ExprKind::Name: return nameLoad(text(e.as<NameExpr>().id), e);
    case ExprKind::Attribute: {
        auto n = std::make_unique<AttributeNode>();
        n->object = expr(e.as<AttributeExpr>().value);
        n->name = py::name(text(e.as<AttributeExpr>().attr));
        n->suspends = n->object->suspends;
        return n;
    }
    case ExprKind::Subscript: {
        auto n = std::make_unique<SubscriptNode>();
        n->object = expr(e.as<SubscriptExpr>().value);
        n->index = expr(e.as<SubscriptExpr>().slice);
        n->suspends = n->object->suspends || n->index->suspends;
        return n;
    }
    case ExprKind::Slice: {
        const auto &s = e.as<SliceExpr>();
        auto n = std::make_unique<SliceNode>();
        n->lower = expr(s.lower);
        n->upper = expr(s.upper);
        n->step = expr(s.step);
        n->suspends = (n->lower && n->lower->suspends) || (n->upper && n->upper->suspends) || (n->step && n->step->suspends);
        return n;
    }
    case ExprKind::BinOp: {
        const auto &b = e.as<BinOpExpr>();
        auto n = std::make_unique<BinaryNode>();
        n->op = binaryOp(b.op);
        n->left = expr(b.left);
        n->right = expr(b.right);
        n->suspends = n->left->suspends || n->right->suspends;
        return n;
    }
    case ExprKind::UnaryOp: {
        const auto &u = e.as<UnaryOpExpr>();
        auto n = std::make_unique<UnaryNode>();
        n->op = u.op == UnaryOpKind::Not ? UnaryNode::Not
              : u.op == UnaryOpKind::USub ? UnaryNode::Neg
              : u.op == UnaryOpKind::UAdd ? UnaryNode::Pos
                                          : UnaryNode::Invert;
        n->operand = expr(u.operand);
        n->suspends = n->operand->suspends;
        return n;
    }
    case ExprKind::BoolOp: {
        auto n = std::make_unique<BoolOpNode>();
        n->isAnd = e.as<BoolOpExpr>().op == BoolOpKind::And;
        for (const Expr *v : e.as<BoolOpExpr>().values)
            n->values.push_back(expr(v));
        n->suspends = anySuspends(n->values);
        return n;
    }
    case ExprKind::Compare: {
        const auto &c = e.as<CompareExpr>();
        auto n = std::make_unique<CompareNode>();
        n->left = expr(c.left);
        for (uint32_t i = 0; i < c.ops.size(); ++i) {
            n->ops.push_back(static_cast<CompareNode::Op>(c.ops[i]));
            n->comparators.push_back(expr(c.comparators[i]));
        }
        n->suspends = n->left->suspends || anySuspends(n->comparators);
        return n;
    }
    case ExprKind::IfExp: {
        const auto &i = e.as<IfExpExpr>();
        auto n = std::make_unique<IfExpNode>();
        n->test = expr(i.test);
        n->body = expr(i.body);
        n->orelse = expr(i.orelse);
        n->suspends = n->test->suspends || n->body->suspends || n->orelse->suspends;
        return n;
    }
    case ExprKind::NamedExpr: {
        const auto &w = e.as<NamedExpr>();
        auto n = std::make_unique<NamedNode>();
        // Inside a comprehension the name is a free variable of the enclosing function's
        // scope (see scope.cpp), so the comprehension's own resolution already points there.
        n->target = target(w.target);
        n->value = expr(w.value);
        n->suspends = n->value->suspends;
        return n;
    }
    case ExprKind::Call: return call(e.as<CallExpr>());
    case ExprKind::List:
    case ExprKind::Tuple:
    case ExprKind::Set: {
        auto n = std::make_unique<SequenceNode>();
        n->kind = e.kind == ExprKind::List ? SequenceNode::List : e.kind == ExprKind::Tuple ? SequenceNode::Tuple : SequenceNode::Set;
        for (const Expr *x : e.as<SequenceExpr>().elts) {
            const bool star = x->kind == ExprKind::Starred;
            n->starred.push_back(star);
            n->elts.push_back(expr(star ? x->as<StarredExpr>().value : x));
        }
        n->suspends = anySuspends(n->elts);
        n->allConstant = std::all_of(n->elts.begin(), n->elts.end(), [](const ExprPtr &x) {
            return dynamic_cast<const ConstantNode *>(x.get()) != nullptr;
        });
        return n;
    }
    case ExprKind::Dict: {
        const auto &d = e.as<DictExpr>();
        auto n = std::make_unique<DictNode>();
        for (uint32_t i = 0; i < d.values.size(); ++i) {
            n->keys.push_back(expr(d.keys[i]));
            n->values.push_back(expr(d.values[i]));
        }
        n->suspends = anySuspends(n->keys) || anySuspends(n->values);
        return n;
    }
    case ExprKind::JoinedStr: {
        auto n = std::make_unique<JoinedNode>();
        for (const Expr *p : e.as<JoinedStrExpr>().values)
            n->parts.push_back(expr(p));
        n->suspends = anySuspends(n->parts);
        return n;
    }
    case ExprKind::FormattedValue: {
        const auto &fv = e.as<FormattedValueExpr>();
        auto n = std::make_unique<FormattedNode>();
        n->value = expr(fv.value);
        n->conversion = fv.conversion;
        n->spec = expr(fv.formatSpec);
        n->suspends = n->value->suspends || (n->spec && n->spec->suspends);
        return n;
    }
    case ExprKind::Lambda: {
        const auto &l = e.as<LambdaExpr>();
        return function(&e, "<lambda>", *l.args, nullptr, l.body, e.span.line);
    }
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp: return comprehension(e);
    case ExprKind::Await: {
        auto n = std::make_unique<AwaitNode>();
        n->value = expr(e.as<AwaitYieldExpr>().value);
        n->suspends = true;
        return n;
    }
    case ExprKind::Yield:
    case ExprKind::YieldFrom: {
        auto n = std::make_unique<YieldNode>();
        n->value = expr(e.as<AwaitYieldExpr>().value);
        n->from = e.kind == ExprKind::YieldFrom;
        if (n->from && m_ctx.code->isCoroutine)
            throw CompileError{"'yield from' inside async function", e.span.line, e.span.col};
        n->suspends = true;
        return n;
    }
    case ExprKind::Starred: throw CompileError{"can't use starred expression here", e.span.line, e.span.col};
    }
    unsupported("this expression", e.span);
}

ExprPtr Compiler::call(const CallExpr &c)
{
    auto n = std::make_unique<CallNode>();
    n->func = expr(c.func);
    bool suspends = n->func->suspends;
    for (const Expr *a : c.args) {
        CallArgNode arg;
        arg.star = a->kind == ExprKind::Starred;
        arg.value = expr(arg.star ? a->as<StarredExpr>().value : a);
        n->simple = n->simple && !arg.star;
        suspends = suspends || arg.value->suspends;
        n->args.push_back(std::move(arg));
    }
    for (const Keyword &k : c.keywords) {
        CallArgNode arg;
        arg.doubleStar = !k.name;
        if (k.name)
            arg.keyword = py::name(text(k.name));
        arg.value = expr(k.value);
        n->simple = n->simple && !arg.doubleStar;
        suspends = suspends || arg.value->suspends;
        n->args.push_back(std::move(arg));
    }
    n->suspends = suspends;
    if (c.func->kind == ExprKind::Name && text(c.func->as<NameExpr>().id) == "super" && n->args.empty() &&
        m_ctx.scope->kind == ScopeKind::Function)
        n->zeroArgSuper = true;
    return n;
}

TargetPtr Compiler::target(const Expr *e)
{
    if (!e)
        return nullptr;
    TargetPtr out;
    switch (e->kind) {
    case ExprKind::Name: out = nameStore(text(e->as<NameExpr>().id)); break;
    case ExprKind::Attribute: {
        auto t = std::make_unique<AttributeTarget>();
        t->object = expr(e->as<AttributeExpr>().value);
        t->name = py::name(text(e->as<AttributeExpr>().attr));
        t->suspends = t->object->suspends;
        out = std::move(t);
        break;
    }
    case ExprKind::Subscript: {
        auto t = std::make_unique<SubscriptTarget>();
        t->object = expr(e->as<SubscriptExpr>().value);
        t->index = expr(e->as<SubscriptExpr>().slice);
        t->suspends = t->object->suspends || t->index->suspends;
        out = std::move(t);
        break;
    }
    case ExprKind::List:
    case ExprKind::Tuple: {
        auto t = std::make_unique<UnpackTarget>();
        for (const Expr *x : e->as<SequenceExpr>().elts) {
            if (x->kind == ExprKind::Starred) {
                t->starIndex = static_cast<int>(t->targets.size());
                t->targets.push_back(target(x->as<StarredExpr>().value));
            } else {
                t->targets.push_back(target(x));
            }
            t->suspends = t->suspends || t->targets.back()->suspends;
        }
        out = std::move(t);
        break;
    }
    default: throw CompileError{"cannot assign to expression", e->span.line, e->span.col};
    }
    locate(out.get(), e->span);
    return out;
}

std::vector<uint32_t> Compiler::closureFor(const Scope &inner)
{
    std::vector<uint32_t> closure;
    for (const std::string &name : inner.frees) {
        const Resolution r = m_ctx.scope->resolve(name);
        closure.push_back(r.index);
    }
    return closure;
}

} // namespace aw::interp
