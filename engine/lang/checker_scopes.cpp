// The part of CPython's symtable.c that raises SyntaxErrors: global/nonlocal declarations,
// duplicate parameters, yield inside comprehensions, walrus rebinding a loop variable.

#include "ast_visit.h"
#include "checker_impl.h"

#include <deque>
#include <vector>

namespace aw::lang::detail {
namespace {

enum Flag : std::uint8_t {
    Param = 1, Local = 2, Use = 4, Global = 8, Nonlocal = 16, Annotated = 32, Imported = 64, IterVar = 128,
};

struct Scope {
    enum class Kind { Module, Function, Class, Comprehension } kind;
    Scope* parent;
    const void* node;
    const char* comprehensionName = nullptr;
    std::unordered_map<std::uint32_t, std::uint8_t> flags;
    std::vector<std::pair<Identifier, const Stmt*>> nonlocals;
};

const char* comprehensionName(ExprKind k)
{
    switch (k) {
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    default: return "generator expression";
    }
}

class ScopeChecker {
public:
    ScopeChecker(const ErrorFactory& errors, Interner& names, ScopeFactsMap& facts)
        : errors_(errors), names_(names), facts_(facts) {}

    void module(const Module& m)
    {
        current_ = &open(Scope::Kind::Module, nullptr);
        for (const Stmt* s : m.body())
            stmt(*s);
        for (const Scope& scope : scopes_)
            checkNonlocals(scope);
    }

private:
    [[noreturn]] void fail(std::string message, const Span& span) const
    {
        throw CheckAbort{errors_.compiler(ErrorKind::Syntax, std::move(message), span)};
    }

    Scope& open(Scope::Kind kind, const void* node)
    {
        scopes_.push_back(Scope{kind, current_, node});
        return scopes_.back();
    }

    std::uint8_t& flagsOf(Identifier name) { return current_->flags[name.id()]; }

    Scope* nearestFunctionOrModule()
    {
        Scope* s = current_;
        while (s->kind == Scope::Kind::Comprehension)
            s = s->parent;
        return s;
    }

    void parameters(const Arguments& args)
    {
        const auto add = [&](const Arg& a) {
            std::uint8_t& f = flagsOf(a.name);
            if (f & Param)
                fail("duplicate argument '" + std::string(a.name.text()) + "' in function definition", a.span);
            f |= Param;
        };
        for (const auto* group : {&args.posonlyargs, &args.args}) {
            for (const Arg& a : *group)
                add(a);
        }
        if (args.vararg)
            add(*args.vararg);
        for (const Arg& a : args.kwonlyargs)
            add(a);
        if (args.kwarg)
            add(*args.kwarg);
    }

    template <class Body>
    void inScope(Scope::Kind kind, const void* node, Body&& body)
    {
        Scope* outer = current_;
        current_ = &open(kind, node);
        body();
        current_ = outer;
    }

    void declaration(const NamesStmt& s)
    {
        const bool global = s.kind == StmtKind::Global;
        const char* what = global ? "global" : "nonlocal";
        for (const Identifier name : s.names) {
            std::uint8_t& f = flagsOf(name);
            const std::string quoted = "name '" + std::string(name.text()) + "'";
            if (f & Param)
                fail(quoted + " is parameter and " + what, s.span);
            if (f & Use)
                fail(quoted + " is used prior to " + what + " declaration", s.span);
            if (f & Annotated)
                fail("annotated " + quoted + " can't be " + what, s.span);
            if (f & Local)
                fail(quoted + " is assigned to before " + what + " declaration", s.span);
            f |= global ? Global : Nonlocal;
            if (!global)
                current_->nonlocals.emplace_back(name, &s);
        }
    }

    void stmt(const Stmt& s)
    {
        switch (s.kind) {
        case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef: {
            const auto& f = s.as<FunctionDefStmt>();
            flagsOf(f.name) |= Local;
            forEachChild(s, [&](const Expr* e) { expr(*e); }, [](const Stmt*) {});
            inScope(Scope::Kind::Function, &f, [&] {
                parameters(*f.args);
                for (const Stmt* c : f.body)
                    stmt(*c);
            });
            return;
        }
        case StmtKind::ClassDef: {
            const auto& c = s.as<ClassDefStmt>();
            flagsOf(c.name) |= Local;
            forEachChild(s, [&](const Expr* e) { expr(*e); }, [](const Stmt*) {});
            inScope(Scope::Kind::Class, &c, [&] {
                for (const Stmt* b : c.body)
                    stmt(*b);
            });
            return;
        }
        case StmtKind::Global: case StmtKind::Nonlocal: declaration(s.as<NamesStmt>()); return;
        case StmtKind::Import: case StmtKind::ImportFrom:
            for (const Alias& a : s.kind == StmtKind::Import ? s.as<ImportStmt>().names : s.as<ImportFromStmt>().names) {
                const std::string_view name = a.asname ? a.asname.text() : a.name.text().substr(0, a.name.text().find('.'));
                if (name != "*")
                    current_->flags[names_.intern(name).id()] |= Imported;
            }
            return;
        case StmtKind::AnnAssign: {
            const auto& a = s.as<AnnAssignStmt>();
            if (a.simple) {
                const Identifier name = a.target->as<NameExpr>().id;
                std::uint8_t& f = flagsOf(name);
                if (f & (Global | Nonlocal))
                    fail("annotated name '" + std::string(name.text()) + "' can't be " +
                             ((f & Global) ? "global" : "nonlocal"),
                         a.target->span);
                f |= Annotated | Local;
            }
            break;
        }
        default: break;
        }
        forEachChild(s, [&](const Expr* e) { expr(*e); }, [&](const Stmt* c) { stmt(*c); });
        if (s.kind == StmtKind::Try || s.kind == StmtKind::TryStar) {
            for (const ExceptHandler& h : s.as<TryStmt>().handlers) {
                if (h.name)
                    flagsOf(h.name) |= Local;
            }
        }
    }

    void comprehension(const ComprehensionExpr& c)
    {
        expr(*c.generators[0].iter);
        Scope* outer = current_;
        inScope(Scope::Kind::Comprehension, &c, [&] {
            current_->comprehensionName = comprehensionName(c.kind);
            ScopeFacts& facts = facts_[&c];
            for (std::uint32_t i = 0; i < c.generators.size(); ++i) {
                const Comprehension& g = c.generators[i];
                facts.coroutine = facts.coroutine || g.isAsync;
                iterationTarget(*g.target);
                if (i > 0)
                    expr(*g.iter);
                for (const Expr* cond : g.ifs)
                    expr(*cond);
            }
            if (c.value)
                expr(*c.value);
            expr(*c.elt);
            // A coroutine list/set/dict comprehension makes its enclosing scope one too.
            if (facts.coroutine && c.kind != ExprKind::GeneratorExp && outer->kind == Scope::Kind::Comprehension)
                facts_[outer->node].coroutine = true;
        });
    }

    void iterationTarget(const Expr& target)
    {
        if (target.kind == ExprKind::Name)
            flagsOf(target.as<NameExpr>().id) |= Local | IterVar;
        forEachChild(target, [&](const Expr* e) { iterationTarget(*e); });
    }

    void namedExpr(const NamedExpr& n)
    {
        expr(*n.value);
        const Identifier name = n.target->as<NameExpr>().id;
        for (Scope* s = current_; s->kind == Scope::Kind::Comprehension; s = s->parent) {
            auto it = s->flags.find(name.id());
            if (it != s->flags.end() && (it->second & IterVar))
                fail("assignment expression cannot rebind comprehension iteration variable '" + std::string(name.text()) + "'",
                     n.target->span);
        }
        nearestFunctionOrModule()->flags[name.id()] |= Local;
    }

    void expr(const Expr& e)
    {
        switch (e.kind) {
        case ExprKind::Name:
            flagsOf(e.as<NameExpr>().id) |= e.as<NameExpr>().ctx == ExprContext::Load ? Use : Local;
            return;
        case ExprKind::Lambda: {
            const auto& l = e.as<LambdaExpr>();
            for (const Expr* d : l.args->defaults)
                expr(*d);
            for (const Expr* d : l.args->kwDefaults) {
                if (d)
                    expr(*d);
            }
            inScope(Scope::Kind::Function, &l, [&] {
                parameters(*l.args);
                expr(*l.body);
            });
            return;
        }
        case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::DictComp: case ExprKind::GeneratorExp:
            comprehension(e.as<ComprehensionExpr>());
            return;
        case ExprKind::NamedExpr: namedExpr(e.as<NamedExpr>()); return;
        case ExprKind::Yield: case ExprKind::YieldFrom:
            if (current_->kind == Scope::Kind::Comprehension)
                fail(std::string("'yield' inside ") + current_->comprehensionName, e.span);
            if (current_->node)
                facts_[current_->node].generator = true;
            break;
        case ExprKind::Await:
            if (current_->kind == Scope::Kind::Comprehension)
                facts_[current_->node].coroutine = true;
            break;
        default: break;
        }
        forEachChild(e, [&](const Expr* c) { expr(*c); });
    }

    // CPython resolves nonlocal names after the whole module was read.
    void checkNonlocals(const Scope& scope) const
    {
        for (const auto& [name, s] : scope.nonlocals) {
            if (scope.kind == Scope::Kind::Module)
                fail("nonlocal declaration not allowed at module level", s->span);
            bool bound = false;
            for (const Scope* outer = scope.parent; outer && outer->kind != Scope::Kind::Module && !bound;
                 outer = outer->parent) {
                if (outer->kind == Scope::Kind::Class)
                    continue;
                auto it = outer->flags.find(name.id());
                if (it == outer->flags.end())
                    continue;
                if (it->second & Global)
                    break;
                bound = (it->second & (Param | Local | Imported | Nonlocal)) != 0;
            }
            if (!bound)
                fail("no binding for nonlocal '" + std::string(name.text()) + "' found", s->span);
        }
    }

    const ErrorFactory& errors_;
    Interner& names_;
    ScopeFactsMap& facts_;
    std::deque<Scope> scopes_;
    Scope* current_ = nullptr;
};

} // namespace

void checkScopes(const Module& module, const ErrorFactory& errors, ScopeFactsMap& facts)
{
    ScopeChecker(errors, module.names(), facts).module(module);
}

} // namespace aw::lang::detail
