#include "scope.h"

#include <utility>
#include <algorithm>
#include <set>

namespace aw::interp {

using namespace lang;

namespace {

std::string text(Identifier id)
{
    return std::string(id.text());
}

// Pass 1: what each scope defines, uses and declares.
class Collector {
public:
    explicit Collector(Scope *module) : m_cur(module) {}

    void stmts(const ArenaArray<Stmt *> &body)
    {
        for (const Stmt *s : body)
            stmt(*s);
    }

private:
    Scope *open(ScopeKind kind, std::string name, const void *node)
    {
        auto s = std::make_unique<Scope>();
        s->kind = kind;
        s->name = std::move(name);
        s->parent = m_cur;
        s->node = node;
        m_cur->children.push_back(std::move(s));
        return m_cur->children.back().get();
    }

    void define(const std::string &n) { m_cur->assigned.emplace(n, true); }
    void use(const std::string &n) { m_cur->used.emplace(n, true); }

    void params(Scope *s, const Arguments &a)
    {
        for (const Arg &p : a.posonlyargs)
            s->params.push_back(text(p.name));
        for (const Arg &p : a.args)
            s->params.push_back(text(p.name));
        if (a.vararg)
            s->params.push_back(text(a.vararg->name));
        for (const Arg &p : a.kwonlyargs)
            s->params.push_back(text(p.name));
        if (a.kwarg)
            s->params.push_back(text(a.kwarg->name));
    }

    void defaults(const Arguments &a)
    {
        for (const Expr *d : a.defaults)
            expr(d);
        for (const Expr *d : a.kwDefaults)
            expr(d);
    }

    void function(const void *node, const std::string &name, const Arguments &a, bool isAsync,
                  const ArenaArray<Stmt *> *body, const Expr *lambdaBody)
    {
        Scope *s = open(ScopeKind::Function, name, node);
        s->isAsync = isAsync;
        params(s, a);
        Scope *saved = std::exchange(m_cur, s);
        if (body)
            stmts(*body);
        else
            expr(lambdaBody);
        m_cur = saved;
    }

    void stmt(const Stmt &s)
    {
        switch (s.kind) {
        case StmtKind::FunctionDef:
        case StmtKind::AsyncFunctionDef: {
            const auto &d = s.as<FunctionDefStmt>();
            for (const Expr *e : d.decorators)
                expr(e);
            defaults(*d.args);
            define(text(d.name));
            function(&s, text(d.name), *d.args, d.isAsync(), &d.body, nullptr);
            break;
        }
        case StmtKind::ClassDef: {
            const auto &c = s.as<ClassDefStmt>();
            for (const Expr *e : c.decorators)
                expr(e);
            for (const Expr *e : c.bases)
                expr(e);
            for (const Keyword &k : c.keywords)
                expr(k.value);
            define(text(c.name));
            Scope *cls = open(ScopeKind::Class, text(c.name), &s);
            Scope *saved = std::exchange(m_cur, cls);
            stmts(c.body);
            m_cur = saved;
            break;
        }
        case StmtKind::Return: expr(s.as<ReturnStmt>().value); break;
        case StmtKind::Delete:
            for (const Expr *t : s.as<DeleteStmt>().targets)
                expr(t);
            break;
        case StmtKind::Assign:
            for (const Expr *t : s.as<AssignStmt>().targets)
                expr(t);
            expr(s.as<AssignStmt>().value);
            break;
        case StmtKind::AugAssign: {
            const auto &a = s.as<AugAssignStmt>();
            if (a.target->kind == ExprKind::Name)
                use(text(a.target->as<NameExpr>().id));
            expr(a.target);
            expr(a.value);
            break;
        }
        case StmtKind::AnnAssign: {
            const auto &a = s.as<AnnAssignStmt>();
            expr(a.target);
            expr(a.value);
            break;
        }
        case StmtKind::For:
        case StmtKind::AsyncFor: {
            const auto &f = s.as<ForStmt>();
            if (s.kind == StmtKind::AsyncFor)
                m_cur->hasAwait = true;
            expr(f.target);
            expr(f.iter);
            stmts(f.body);
            stmts(f.orelse);
            break;
        }
        case StmtKind::While:
        case StmtKind::If: {
            const auto &c = s.as<CondStmt>();
            expr(c.test);
            stmts(c.body);
            stmts(c.orelse);
            break;
        }
        case StmtKind::With:
        case StmtKind::AsyncWith: {
            const auto &w = s.as<WithStmt>();
            if (s.kind == StmtKind::AsyncWith)
                m_cur->hasAwait = true;
            for (const WithItem &item : w.items) {
                expr(item.contextExpr);
                expr(item.optionalVars);
            }
            stmts(w.body);
            break;
        }
        case StmtKind::Raise:
            expr(s.as<RaiseStmt>().exc);
            expr(s.as<RaiseStmt>().cause);
            break;
        case StmtKind::Try:
        case StmtKind::TryStar: {
            const auto &t = s.as<TryStmt>();
            stmts(t.body);
            for (const ExceptHandler &h : t.handlers) {
                expr(h.type);
                if (h.name)
                    define(text(h.name));
                stmts(h.body);
            }
            stmts(t.orelse);
            stmts(t.finalbody);
            break;
        }
        case StmtKind::Assert:
            expr(s.as<AssertStmt>().test);
            expr(s.as<AssertStmt>().msg);
            break;
        case StmtKind::Import:
            for (const Alias &a : s.as<ImportStmt>().names) {
                const std::string full = text(a.name);
                define(a.asname ? text(a.asname) : full.substr(0, full.find('.')));
            }
            break;
        case StmtKind::ImportFrom:
            for (const Alias &a : s.as<ImportFromStmt>().names)
                define(a.asname ? text(a.asname) : text(a.name));
            break;
        case StmtKind::Global:
            for (Identifier n : s.as<NamesStmt>().names)
                m_cur->declaredGlobal.emplace(text(n), true);
            break;
        case StmtKind::Nonlocal:
            for (Identifier n : s.as<NamesStmt>().names)
                m_cur->declaredNonlocal.emplace(text(n), true);
            break;
        case StmtKind::Expr: expr(s.as<ExprStmt>().value); break;
        case StmtKind::Pass:
        case StmtKind::Break:
        case StmtKind::Continue: break;
        }
    }

    void comprehension(const Expr &e)
    {
        const auto &c = e.as<ComprehensionExpr>();
        // The first iterable is evaluated in the enclosing scope, the rest inside.
        expr(c.generators[0].iter);
        Scope *s = open(ScopeKind::Comprehension,
                        e.kind == ExprKind::GeneratorExp ? "<genexpr>"
                        : e.kind == ExprKind::ListComp   ? "<listcomp>"
                        : e.kind == ExprKind::SetComp    ? "<setcomp>"
                                                         : "<dictcomp>",
                        &e);
        s->params.push_back(".0");
        s->hasYield = e.kind == ExprKind::GeneratorExp;
        Scope *saved = std::exchange(m_cur, s);
        for (uint32_t i = 0; i < c.generators.size(); ++i) {
            const Comprehension &g = c.generators[i];
            if (g.isAsync)
                s->hasAwait = true;
            expr(g.target);
            if (i > 0)
                expr(g.iter);
            for (const Expr *cond : g.ifs)
                expr(cond);
        }
        expr(c.elt);
        expr(c.value);
        m_cur = saved;
        if (s->hasAwait && e.kind != ExprKind::GeneratorExp)
            m_cur->hasAwait = true;
    }

    void expr(const Expr *e)
    {
        if (!e)
            return;
        switch (e->kind) {
        case ExprKind::Name: {
            const auto &n = e->as<NameExpr>();
            if (n.ctx == ExprContext::Load)
                use(text(n.id));
            else
                define(text(n.id));
            if (text(n.id) == "super" || text(n.id) == "__class__")
                markSuper();
            break;
        }
        case ExprKind::Lambda: {
            const auto &l = e->as<LambdaExpr>();
            defaults(*l.args);
            function(e, "<lambda>", *l.args, false, nullptr, l.body);
            break;
        }
        case ExprKind::ListComp:
        case ExprKind::SetComp:
        case ExprKind::DictComp:
        case ExprKind::GeneratorExp: comprehension(*e); break;
        case ExprKind::NamedExpr: {
            const auto &n = e->as<NamedExpr>();
            Scope *target = m_cur;
            while (target->kind == ScopeKind::Comprehension)
                target = target->parent;
            target->assigned.emplace(text(n.target->as<NameExpr>().id), true);
            if (target != m_cur)
                use(text(n.target->as<NameExpr>().id));
            expr(n.value);
            break;
        }
        case ExprKind::Await: m_cur->hasAwait = true; expr(e->as<AwaitYieldExpr>().value); break;
        case ExprKind::Yield:
        case ExprKind::YieldFrom: m_cur->hasYield = true; expr(e->as<AwaitYieldExpr>().value); break;
        default: children(*e); break;
        }
    }

    void children(const Expr &e);

    void markSuper()
    {
        for (Scope *s = m_cur; s && s->kind != ScopeKind::Module; s = s->parent) {
            if (s->kind == ScopeKind::Function) {
                s->usesSuper = true;
                return;
            }
        }
    }

    Scope *m_cur;
};

void Collector::children(const Expr &e)
{
    switch (e.kind) {
    case ExprKind::BoolOp:
        for (const Expr *v : e.as<BoolOpExpr>().values)
            expr(v);
        break;
    case ExprKind::BinOp: expr(e.as<BinOpExpr>().left); expr(e.as<BinOpExpr>().right); break;
    case ExprKind::UnaryOp: expr(e.as<UnaryOpExpr>().operand); break;
    case ExprKind::IfExp:
        expr(e.as<IfExpExpr>().test);
        expr(e.as<IfExpExpr>().body);
        expr(e.as<IfExpExpr>().orelse);
        break;
    case ExprKind::Dict:
        for (const Expr *k : e.as<DictExpr>().keys)
            expr(k);
        for (const Expr *v : e.as<DictExpr>().values)
            expr(v);
        break;
    case ExprKind::Set:
    case ExprKind::List:
    case ExprKind::Tuple:
        for (const Expr *v : e.as<SequenceExpr>().elts)
            expr(v);
        break;
    case ExprKind::Compare:
        expr(e.as<CompareExpr>().left);
        for (const Expr *c : e.as<CompareExpr>().comparators)
            expr(c);
        break;
    case ExprKind::Call: {
        const auto &c = e.as<CallExpr>();
        expr(c.func);
        for (const Expr *a : c.args)
            expr(a);
        for (const Keyword &k : c.keywords)
            expr(k.value);
        break;
    }
    case ExprKind::FormattedValue:
        expr(e.as<FormattedValueExpr>().value);
        expr(e.as<FormattedValueExpr>().formatSpec);
        break;
    case ExprKind::JoinedStr:
        for (const Expr *v : e.as<JoinedStrExpr>().values)
            expr(v);
        break;
    case ExprKind::Attribute: expr(e.as<AttributeExpr>().value); break;
    case ExprKind::Subscript: expr(e.as<SubscriptExpr>().value); expr(e.as<SubscriptExpr>().slice); break;
    case ExprKind::Starred: expr(e.as<StarredExpr>().value); break;
    case ExprKind::Slice:
        expr(e.as<SliceExpr>().lower);
        expr(e.as<SliceExpr>().upper);
        expr(e.as<SliceExpr>().step);
        break;
    default: break;
    }
}

bool isFunctionLike(const Scope *s)
{
    return s->kind == ScopeKind::Function || s->kind == ScopeKind::Comprehension;
}

template<typename T>
void addUnique(std::vector<T> &v, const T &x)
{
    if (std::find(v.begin(), v.end(), x) == v.end())
        v.push_back(x);
}

// Pass 2a: locals of every function-like scope.
void computeLocals(Scope &s)
{
    if (isFunctionLike(&s)) {
        for (const auto &p : s.params)
            addUnique(s.locals, p);
        for (const auto &[n, _] : s.assigned) {
            if (!s.declaredGlobal.count(n) && !s.declaredNonlocal.count(n))
                addUnique(s.locals, n);
        }
    }
    for (auto &c : s.children)
        computeLocals(*c);
}

bool bindsLocally(const Scope &s, const std::string &n)
{
    return std::find(s.locals.begin(), s.locals.end(), n) != s.locals.end();
}

// The function scope that binds `n` for a reference from `from`, skipping class scopes, or
// null when the name is global.
Scope *findBinding(Scope *from, const std::string &n)
{
    for (Scope *s = from->parent; s && s->kind != ScopeKind::Module; s = s->parent) {
        if (s->kind == ScopeKind::Class)
            continue;
        if (s->declaredGlobal.count(n))
            return nullptr;
        if (bindsLocally(*s, n))
            return s;
    }
    return nullptr;
}

void capture(Scope &from, Scope &binder, const std::string &n)
{
    addUnique(binder.cells, n);
    for (Scope *s = &from; s != &binder; s = s->parent)
        addUnique(s->frees, n);
}

// Pass 2b: free variables and cells.
void computeCaptures(Scope &s)
{
    std::set<std::string> names;
    for (const auto &[n, _] : s.used)
        names.insert(n);
    for (const auto &[n, _] : s.declaredNonlocal)
        names.insert(n);
    if (s.kind == ScopeKind::Class)
        for (const auto &[n, _] : s.assigned)
            names.erase(n);
    for (const auto &n : names) {
        if (s.declaredGlobal.count(n) || (isFunctionLike(&s) && bindsLocally(s, n)))
            continue;
        if (s.kind == ScopeKind::Module)
            continue;
        if (Scope *binder = findBinding(&s, n)) {
            capture(s, *binder, n);
        } else if (s.declaredNonlocal.count(n)) {
            throw ScopeError{"no binding for nonlocal '" + n + "' found", 0, 0};
        }
    }
    if (s.usesSuper && s.kind == ScopeKind::Function) {
        for (Scope *c = s.parent; c && c->kind != ScopeKind::Module; c = c->parent) {
            if (c->kind == ScopeKind::Class) {
                c->needsClassCell = true;
                addUnique(c->cells, std::string("__class__"));
                for (Scope *p = &s; p != c; p = p->parent)
                    addUnique(p->frees, std::string("__class__"));
                break;
            }
        }
    }
    for (auto &c : s.children)
        computeCaptures(*c);
}

// Pass 2c: the resolution table of every scope.
void computeResolutions(Scope &s)
{
    auto indexOf = [](const std::vector<std::string> &v, const std::string &n) {
        return static_cast<uint32_t>(std::find(v.begin(), v.end(), n) - v.begin());
    };
    std::set<std::string> names;
    for (const auto &[n, _] : s.used)
        names.insert(n);
    for (const auto &[n, _] : s.assigned)
        names.insert(n);
    for (const auto &n : s.params)
        names.insert(n);
    for (const auto &n : s.frees)
        names.insert(n);
    for (const auto &n : names) {
        Resolution r;
        const bool isCell = std::count(s.cells.begin(), s.cells.end(), n) > 0;
        const bool isFree = std::count(s.frees.begin(), s.frees.end(), n) > 0;
        if (s.declaredGlobal.count(n) || s.kind == ScopeKind::Module) {
            r.kind = NameKind::Global;
        } else if (s.kind == ScopeKind::Class) {
            r.kind = isFree && !s.assigned.count(n) ? NameKind::Cell : NameKind::ClassBody;
            if (r.kind == NameKind::Cell)
                r.index = static_cast<uint32_t>(s.cells.size()) + indexOf(s.frees, n);
        } else if (isCell) {
            r = {NameKind::Cell, indexOf(s.cells, n)};
        } else if (isFree) {
            r = {NameKind::Cell, static_cast<uint32_t>(s.cells.size()) + indexOf(s.frees, n)};
        } else if (bindsLocally(s, n)) {
            r = {NameKind::Fast, indexOf(s.locals, n)};
        }
        s.resolved[n] = r;
    }
    for (auto &c : s.children)
        computeResolutions(*c);
}

} // namespace

Resolution Scope::resolve(const std::string &name) const
{
    auto it = resolved.find(name);
    if (it != resolved.end())
        return it->second;
    return {kind == ScopeKind::Class ? NameKind::ClassBody : NameKind::Global, 0};
}

std::unique_ptr<Scope> analyseScopes(const ArenaArray<Stmt *> &module)
{
    auto root = std::make_unique<Scope>();
    root->kind = ScopeKind::Module;
    root->name = "<module>";
    Collector(root.get()).stmts(module);
    computeLocals(*root);
    computeCaptures(*root);
    computeResolutions(*root);
    return root;
}

Scope *childScope(const Scope &scope, const void *node)
{
    for (const auto &c : scope.children) {
        if (c->node == node)
            return c.get();
    }
    return nullptr;
}

} // namespace aw::interp
