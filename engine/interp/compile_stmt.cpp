// Compiling statements, functions, classes and comprehensions.

#include "compiler.h"
#include "modules.h"

#include "core/str.h"
#include "py/protocol.h"

#include <algorithm>

namespace aw::interp {

using namespace lang;

namespace {

std::string text(Identifier id)
{
    return std::string(id.text());
}

aw::BinaryOp runtimeOp(lang::BinaryOp op)
{
    static const aw::BinaryOp map[] = {aw::BinaryOp::Add,     aw::BinaryOp::Sub,     aw::BinaryOp::Mul,
                                       aw::BinaryOp::MatMul,  aw::BinaryOp::TrueDiv, aw::BinaryOp::Mod,
                                       aw::BinaryOp::Pow,     aw::BinaryOp::LShift,  aw::BinaryOp::RShift,
                                       aw::BinaryOp::Or,      aw::BinaryOp::Xor,     aw::BinaryOp::And,
                                       aw::BinaryOp::FloorDiv};
    return map[static_cast<int>(op)];
}

template<typename T>
bool maySuspend(const T &p)
{
    return p && p->suspends;
}

void fillCode(CodeObject &code, const Scope &scope)
{
    code.localCount = static_cast<uint32_t>(scope.locals.size());
    code.localNames = scope.locals;
    code.cellNames = scope.cells;
    code.freeNames = scope.frees;
    for (size_t i = 0; i < scope.params.size(); ++i) {
        auto it = std::find(scope.cells.begin(), scope.cells.end(), scope.params[i]);
        if (it != scope.cells.end())
            code.paramCells.emplace_back(static_cast<uint32_t>(i), static_cast<uint32_t>(it - scope.cells.begin()));
    }
}

} // namespace

std::shared_ptr<CodeObject> Compiler::compileModule(const ArenaArray<Stmt *> &body)
{
    try {
        m_root = analyseScopes(body);
    } catch (const ScopeError &e) {
        throw CompileError{e.message, e.line, e.col};
    }
    auto code = std::make_shared<CodeObject>();
    code->kind = CodeKind::Module;
    code->name = "<module>";
    code->qualname = "<module>";
    code->filename = m_filename;
    m_ctx = {m_root.get(), code.get(), ""};
    code->body = block(body);
    return code;
}

Block Compiler::block(const ArenaArray<Stmt *> &body)
{
    Block out;
    for (const Stmt *s : body) {
        StmtPtr n = stmt(*s);
        if (n->line == 0)
            locate(n.get(), s->span);
        out.push_back(std::move(n));
    }
    return out;
}

namespace {

// A body's docstring: its first statement, when that is a string literal.
std::optional<std::string> docstringOf(const ArenaArray<Stmt *> &body)
{
    if (body.size() == 0 || body[0]->kind != StmtKind::Expr)
        return std::nullopt;
    const Expr *value = body[0]->as<ExprStmt>().value;
    if (value->kind != ExprKind::Constant || value->as<ConstantExpr>().constKind != ConstantKind::Str)
        return std::nullopt;
    return std::string(value->as<ConstantExpr>().text);
}

} // namespace

std::unique_ptr<FunctionNode> Compiler::function(const void *node, const std::string &name, const Arguments &args,
                                                 const ArenaArray<Stmt *> *body, const Expr *lambdaBody,
                                                 uint32_t firstLine)
{
    Scope *scope = childScope(*m_ctx.scope, node);
    auto fn = std::make_unique<FunctionNode>();
    for (const Expr *d : args.defaults)
        fn->defaults.push_back(expr(d));
    for (const Expr *d : args.kwDefaults)
        fn->kwDefaults.push_back(expr(d));
    auto code = std::make_shared<CodeObject>();
    code->kind = CodeKind::Function;
    code->name = name;
    code->qualname = m_ctx.qualPrefix + name;
    code->filename = m_filename;
    code->isCoroutine = scope->isAsync;
    code->isGenerator = scope->hasYield;
    fillCode(*code, *scope);
    uint32_t slot = 0;
    auto addParams = [&](const ArenaArray<Arg> &list) {
        for (const Arg &a : list)
            code->params.push_back({text(a.name), slot++});
    };
    addParams(args.posonlyargs);
    code->posOnlyCount = slot;
    addParams(args.args);
    code->positionalCount = slot;
    if (args.vararg)
        code->varargSlot = static_cast<int32_t>(slot++);
    for (const Arg &a : args.kwonlyargs)
        code->params.push_back({text(a.name), slot++});
    if (args.kwarg)
        code->kwargSlot = static_cast<int32_t>(slot++);
    fn->closure = closureFor(*scope);

    Context saved = m_ctx;
    m_ctx = {scope, code.get(), code->qualname + ".<locals>."};
    code->firstLine = firstLine;
    if (body) {
        code->docstring = docstringOf(*body);
        code->body = block(*body);
    } else {
        auto ret = std::make_unique<ReturnNode>();
        ret->value = expr(lambdaBody);
        ret->suspends = ret->value->suspends;
        locate(ret.get(), lambdaBody->span);
        code->body.push_back(std::move(ret));
    }
    code->bodySuspends = blockSuspends(code->body);
    m_ctx = saved;
    fn->code = std::move(code);
    return fn;
}

StmtPtr Compiler::functionDef(const FunctionDefStmt &d, const Stmt &s)
{
    std::vector<ExprPtr> decorators;
    for (const Expr *e : d.decorators)
        decorators.push_back(expr(e));
    // co_firstlineno: the first decorator's line when there are decorators.
    const uint32_t firstLine = d.decorators.size() ? d.decorators[0]->span.line : s.span.line;
    std::unique_ptr<FunctionNode> fn = function(&s, text(d.name), *d.args, &d.body, nullptr, firstLine);
    locate(fn.get(), s.span);
    ExprPtr value = std::move(fn);
    for (auto it = decorators.rbegin(); it != decorators.rend(); ++it) {
        auto call = std::make_unique<CallNode>();
        locate(call.get(), s.span);
        call->func = std::move(*it);
        CallArgNode arg;
        arg.value = std::move(value);
        call->args.push_back(std::move(arg));
        value = std::move(call);
    }
    auto a = std::make_unique<AssignNode>();
    a->targets.push_back(nameStore(text(d.name)));
    a->value = std::move(value);
    return a;
}

StmtPtr Compiler::classDef(const ClassDefStmt &c, const Stmt &s)
{
    if (c.keywords.size())
        unsupported("class keywords such as metaclass=", s.span);
    Scope *scope = childScope(*m_ctx.scope, &s);
    auto n = std::make_unique<ClassNode>();
    n->name = text(c.name);
    for (const Expr *d : c.decorators)
        n->decorators.push_back(expr(d));
    for (const Expr *b : c.bases)
        n->bases.push_back(expr(b));
    auto code = std::make_shared<CodeObject>();
    code->kind = CodeKind::Class;
    code->name = n->name;
    code->qualname = m_ctx.qualPrefix + n->name;
    code->filename = m_filename;
    fillCode(*code, *scope);
    n->closure = closureFor(*scope);
    n->needsClassCell = scope->needsClassCell;
    Context saved = m_ctx;
    m_ctx = {scope, code.get(), code->qualname + "."};
    code->body = block(c.body);
    m_ctx = saved;
    n->body = std::move(code);
    n->target = nameStore(n->name);
    return n;
}

ExprPtr Compiler::comprehension(const Expr &e)
{
    const auto &c = e.as<ComprehensionExpr>();
    Scope *scope = childScope(*m_ctx.scope, &e);
    auto node = std::make_unique<ComprehensionNode>();
    node->isGenerator = e.kind == ExprKind::GeneratorExp;
    node->firstIterable = expr(c.generators[0].iter);
    node->firstIsAsync = c.generators[0].isAsync;
    auto code = std::make_shared<CodeObject>();
    code->name = scope->name;
    code->qualname = m_ctx.qualPrefix + scope->name;
    code->filename = m_filename;
    code->isGenerator = node->isGenerator;
    code->isCoroutine = scope->hasAwait || (scope->isAsync && !node->isGenerator);
    if (node->isGenerator && scope->hasAwait)
        code->isCoroutine = true;
    fillCode(*code, *scope);
    code->params.push_back({".0", 0});
    code->positionalCount = 1;
    auto fn = std::make_unique<FunctionNode>();
    fn->closure = closureFor(*scope);

    Context saved = m_ctx;
    m_ctx = {scope, code.get(), code->qualname + ".<locals>."};
    auto loop = std::make_unique<ComprehensionLoopNode>();
    locate(loop.get(), e.span);
    loop->kind = e.kind == ExprKind::ListComp  ? ComprehensionLoopNode::List
               : e.kind == ExprKind::SetComp   ? ComprehensionLoopNode::Set
               : e.kind == ExprKind::DictComp  ? ComprehensionLoopNode::Dict
                                               : ComprehensionLoopNode::Generator;
    bool suspends = node->isGenerator;
    for (uint32_t i = 0; i < c.generators.size(); ++i) {
        const Comprehension &g = c.generators[i];
        ComprehensionLoopNode::Clause clause;
        clause.target = target(g.target);
        if (i > 0)
            clause.iter = expr(g.iter);
        for (const Expr *cond : g.ifs)
            clause.ifs.push_back(expr(cond));
        clause.isAsync = g.isAsync;
        suspends = suspends || g.isAsync || maySuspend(clause.iter) || maySuspend(clause.target);
        for (const auto &cond : clause.ifs)
            suspends = suspends || cond->suspends;
        loop->clauses.push_back(std::move(clause));
    }
    if (node->isGenerator) {
        auto y = std::make_unique<YieldNode>();
        locate(y.get(), c.elt->span);
        y->value = expr(c.elt);
        y->suspends = true;
        loop->elt = std::move(y);
    } else {
        loop->elt = expr(c.elt);
        loop->value = expr(c.value);
    }
    suspends = suspends || loop->elt->suspends || maySuspend(loop->value);
    loop->suspends = suspends;
    m_ctx = saved;
    code->body.push_back(std::move(loop));
    code->bodySuspends = suspends;
    fn->code = std::move(code);
    locate(fn.get(), e.span);
    node->function = std::move(fn);
    node->suspends = node->firstIterable->suspends || (node->function->code->isCoroutine && !node->isGenerator);
    return node;
}

StmtPtr Compiler::stmt(const Stmt &s)
{
    switch (s.kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: return functionDef(s.as<FunctionDefStmt>(), s);
    case StmtKind::ClassDef: return classDef(s.as<ClassDefStmt>(), s);
    case StmtKind::Return: {
        auto n = std::make_unique<ReturnNode>();
        n->value = expr(s.as<ReturnStmt>().value);
        n->suspends = maySuspend(n->value);
        return n;
    }
    case StmtKind::Delete: {
        auto n = std::make_unique<DeleteNode>();
        for (const Expr *t : s.as<DeleteStmt>().targets)
            n->targets.push_back(target(t));
        return n;
    }
    case StmtKind::Assign:
    case StmtKind::AnnAssign: return assign(s);
    case StmtKind::AugAssign: return augAssign(s.as<AugAssignStmt>());
    case StmtKind::For:
    case StmtKind::AsyncFor: {
        const auto &f = s.as<ForStmt>();
        auto n = std::make_unique<ForNode>();
        n->isAsync = s.kind == StmtKind::AsyncFor;
        n->target = target(f.target);
        n->iter = expr(f.iter);
        n->body = block(f.body);
        n->orelse = block(f.orelse);
        n->suspends = n->isAsync || n->iter->suspends || n->target->suspends || blockSuspends(n->body) ||
                      blockSuspends(n->orelse);
        return n;
    }
    case StmtKind::While:
    case StmtKind::If: {
        const auto &c = s.as<CondStmt>();
        ExprPtr test = expr(c.test);
        Block body = block(c.body);
        Block orelse = block(c.orelse);
        const bool susp = test->suspends || blockSuspends(body) || blockSuspends(orelse);
        if (s.kind == StmtKind::While) {
            auto n = std::make_unique<WhileNode>();
            n->test = std::move(test);
            n->body = std::move(body);
            n->orelse = std::move(orelse);
            n->suspends = susp;
            return n;
        }
        auto n = std::make_unique<IfNode>();
        n->test = std::move(test);
        n->body = std::move(body);
        n->orelse = std::move(orelse);
        n->suspends = susp;
        return n;
    }
    case StmtKind::With:
    case StmtKind::AsyncWith: return withStmt(s.as<WithStmt>(), s.kind == StmtKind::AsyncWith);
    case StmtKind::Raise: {
        const auto &r = s.as<RaiseStmt>();
        auto n = std::make_unique<RaiseNode>();
        n->exc = expr(r.exc);
        n->cause = expr(r.cause);
        n->hasCause = r.cause != nullptr;
        n->suspends = maySuspend(n->exc) || maySuspend(n->cause);
        return n;
    }
    case StmtKind::Try: return tryStmt(s.as<TryStmt>(), false);
    case StmtKind::TryStar: return tryStmt(s.as<TryStmt>(), true);
    case StmtKind::Assert: {
        auto n = std::make_unique<AssertNode>();
        n->test = expr(s.as<AssertStmt>().test);
        n->msg = expr(s.as<AssertStmt>().msg);
        n->suspends = n->test->suspends || maySuspend(n->msg);
        return n;
    }
    case StmtKind::Import:
    case StmtKind::ImportFrom: return import(s);
    case StmtKind::Expr: {
        auto n = std::make_unique<ExprStmtNode>();
        n->value = expr(s.as<ExprStmt>().value);
        n->suspends = n->value->suspends;
        if (auto *a = dynamic_cast<const AwaitNode *>(n->value.get()); a && !a->value->suspends)
            n->awaitStatement = a;
        return n;
    }
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Pass: {
        auto n = std::make_unique<JumpNode>();
        n->flow = Flow::Normal;
        return n;
    }
    case StmtKind::Break:
    case StmtKind::Continue: {
        auto n = std::make_unique<JumpNode>();
        n->flow = s.kind == StmtKind::Break ? Flow::Break : Flow::Continue;
        return n;
    }
    }
    unsupported("this statement", s.span);
}

StmtPtr Compiler::assign(const Stmt &s)
{
    auto n = std::make_unique<AssignNode>();
    if (s.kind == StmtKind::AnnAssign) {
        const auto &a = s.as<AnnAssignStmt>();
        const bool recorded = a.simple && a.target->kind == ExprKind::Name && m_ctx.scope->kind != ScopeKind::Function &&
                              m_ctx.scope->kind != ScopeKind::Comprehension;
        std::unique_ptr<AnnotateNode> note;
        if (recorded) {
            note = std::make_unique<AnnotateNode>();
            locate(note.get(), s.span);
            note->name = py::name(text(a.target->as<NameExpr>().id));
            note->annotation = expr(a.annotation);
            note->classBody = m_ctx.scope->kind == ScopeKind::Class;
        }
        if (!a.value) {
            if (note)
                return note;
            auto pass = std::make_unique<JumpNode>();
            pass->flow = Flow::Normal;
            return pass;
        }
        n->value = expr(a.value);
        n->targets.push_back(target(a.target));
        if (note) {
            // Python assigns the value first, then records the annotation.
            auto both = std::make_unique<SequenceStmtNode>();
            both->first = std::move(n);
            both->second = std::move(note);
            return both;
        }
    } else {
        const auto &a = s.as<AssignStmt>();
        n->value = expr(a.value);
        for (const Expr *t : a.targets)
            n->targets.push_back(target(t));
    }
    n->suspends = n->value->suspends;
    for (const auto &t : n->targets)
        n->suspends = n->suspends || t->suspends;
    return n;
}

StmtPtr Compiler::augAssign(const AugAssignStmt &a)
{
    auto n = std::make_unique<AugAssignNode>();
    n->op = runtimeOp(a.op);
    n->value = expr(a.value);
    switch (a.target->kind) {
    case ExprKind::Name: {
        const std::string name = text(a.target->as<NameExpr>().id);
        n->kind = AugAssignNode::Name;
        n->nameLoad = nameLoad(name, *a.target);
        n->nameStore = nameStore(name);
        break;
    }
    case ExprKind::Attribute:
        n->kind = AugAssignNode::Attribute;
        n->object = expr(a.target->as<AttributeExpr>().value);
        n->attr = py::name(text(a.target->as<AttributeExpr>().attr));
        break;
    case ExprKind::Subscript:
        n->kind = AugAssignNode::Subscript;
        n->object = expr(a.target->as<SubscriptExpr>().value);
        n->index = expr(a.target->as<SubscriptExpr>().slice);
        break;
    default: throw CompileError{"illegal expression for augmented assignment", a.span.line, a.span.col};
    }
    n->suspends = n->value->suspends || maySuspend(n->object) || maySuspend(n->index);
    return n;
}

StmtPtr Compiler::tryStmt(const TryStmt &t, bool star)
{
    auto n = std::make_unique<TryNode>();
    n->star = star;
    n->body = block(t.body);
    bool susp = blockSuspends(n->body);
    for (const ExceptHandler &h : t.handlers) {
        HandlerNode handler;
        handler.type = expr(h.type);
        if (h.name)
            handler.name = nameStore(text(h.name));
        handler.body = block(h.body);
        handler.line = h.span.line;
        susp = susp || blockSuspends(handler.body);
        n->handlers.push_back(std::move(handler));
    }
    n->orelse = block(t.orelse);
    n->finalbody = block(t.finalbody);
    n->suspends = susp || blockSuspends(n->orelse) || blockSuspends(n->finalbody);
    return n;
}

StmtPtr Compiler::withStmt(const WithStmt &w, bool isAsync)
{
    auto n = std::make_unique<WithNode>();
    n->isAsync = isAsync;
    bool susp = isAsync;
    for (const WithItem &item : w.items) {
        WithItemNode i;
        i.context = expr(item.contextExpr);
        i.target = target(item.optionalVars);
        susp = susp || i.context->suspends || maySuspend(i.target);
        n->items.push_back(std::move(i));
    }
    n->body = block(w.body);
    n->suspends = susp || blockSuspends(n->body);
    return n;
}

StmtPtr Compiler::import(const Stmt &s)
{
    auto n = std::make_unique<ImportNode>();
    if (s.kind == StmtKind::Import) {
        for (const Alias &a : s.as<ImportStmt>().names) {
            const std::string full = text(a.name);
            // `import a.b` binds the top-level package `a`; `import a.b as c` binds `a.b`.
            const bool bindsPackage = !a.asname && full.find('.') != std::string::npos;
            if (bindsPackage && !isPackageOfModule(full.substr(0, full.find('.'))))
                unsupported("importing submodules (import " + full + ")", a.span);
            const std::string bound = a.asname ? text(a.asname) : full.substr(0, full.find('.'));
            n->items.push_back({full, "", nameStore(bound), bindsPackage});
        }
        return n;
    }
    const auto &f = s.as<ImportFromStmt>();
    if (f.level > 0)
        unsupported("relative imports", s.span);
    n->from = true;
    for (const Alias &a : f.names) {
        if (text(a.name) == "*")
            unsupported("import *", a.span);
        n->items.push_back({text(f.module), text(a.name), nameStore(a.asname ? text(a.asname) : text(a.name)), false});
    }
    return n;
}

} // namespace aw::interp
