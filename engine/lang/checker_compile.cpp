// The SyntaxErrors of CPython 3.11's compile.c, visited in the order its code generator
// visits the tree (a class body before its bases, the outermost iterable of a comprehension
// after the comprehension itself).

#include "ast_visit.h"
#include "checker_impl.h"

namespace aw::lang::detail {
namespace {

constexpr int kMaxBlocks = 20; // CPython's CO_MAXBLOCKS

struct Unit {
    enum class Kind { Module, Function, AsyncFunction, Lambda, Class, Comprehension } kind;
    const void* node;
    int loops = 0;
    int blocks = 0;
};

class CompileChecker {
public:
    CompileChecker(const ErrorFactory& errors, const ScopeFactsMap& facts) : errors_(errors), facts_(facts) {}

    void module(const Module& m)
    {
        Unit unit{Unit::Kind::Module, nullptr};
        unit_ = &unit;
        body(m.body());
    }

private:
    [[noreturn]] void fail(const char* message, const Span& span) const
    {
        throw CheckAbort{errors_.compiler(ErrorKind::Syntax, message, span)};
    }

    bool inFunction() const
    {
        return unit_->kind == Unit::Kind::Function || unit_->kind == Unit::Kind::AsyncFunction ||
               unit_->kind == Unit::Kind::Lambda || unit_->kind == Unit::Kind::Comprehension;
    }

    template <class F>
    void inUnit(Unit::Kind kind, const void* node, F&& f)
    {
        Unit unit{kind, node};
        Unit* outer = unit_;
        unit_ = &unit;
        f();
        unit_ = outer;
    }

    // compiler_push_fblock(): `count` blocks for the code that `f` visits.
    template <class F>
    void inBlocks(int count, bool loop, const Span& at, F&& f)
    {
        for (int i = 0; i < count; ++i) {
            if (unit_->blocks >= kMaxBlocks)
                fail("too many statically nested blocks", at);
            ++unit_->blocks;
        }
        unit_->loops += loop ? 1 : 0;
        f();
        unit_->loops -= loop ? 1 : 0;
        unit_->blocks -= count;
    }

    void body(const ArenaArray<Stmt*>& stmts)
    {
        for (const Stmt* s : stmts)
            stmt(*s);
    }

    void exprs(const ArenaArray<Expr*>& list)
    {
        for (const Expr* e : list) {
            if (e)
                expr(*e);
        }
    }

    void function(const FunctionDefStmt& f)
    {
        // `*args: *Ts` (PEP 646) is the one place where an annotation may be starred.
        const Expr* starAnnotation = f.args->vararg ? f.args->vararg->annotation : nullptr;
        forEachChild(f, [&](const Expr* e) {
            expr(e == starAnnotation && e->kind == ExprKind::Starred ? *e->as<StarredExpr>().value : *e);
        }, [](const Stmt*) {});
        inUnit(f.isAsync() ? Unit::Kind::AsyncFunction : Unit::Kind::Function, &f, [&] { body(f.body); });
    }

    void loop(const Stmt& s, const Expr* test, const Expr* target, const ArenaArray<Stmt*>& loopBody,
              const ArenaArray<Stmt*>& orelse)
    {
        inBlocks(1, true, s.span, [&] {
            expr(*test);
            if (target)
                expr(*target);
            body(loopBody);
        });
        body(orelse);
    }

    void with(const WithStmt& w, std::uint32_t item)
    {
        if (item == w.items.size()) {
            body(w.body);
            return;
        }
        expr(*w.items[item].contextExpr);
        inBlocks(1, false, w.span, [&] {
            if (w.items[item].optionalVars)
                expr(*w.items[item].optionalVars);
            with(w, item + 1);
        });
    }

    void tryExcept(const TryStmt& t)
    {
        inBlocks(1, false, t.span, [&] { body(t.body); });
        body(t.orelse);
        inBlocks(1, false, t.span, [&] {
            for (std::uint32_t i = 0; i < t.handlers.size(); ++i) {
                const ExceptHandler& h = t.handlers[i];
                if (!h.type && i + 1 < t.handlers.size())
                    fail("default 'except:' must be last", h.span);
                if (h.type)
                    expr(*h.type);
                inBlocks(1, false, h.span, [&] { body(h.body); });
            }
        });
    }

    void tryStatement(const TryStmt& t)
    {
        if (t.finalbody.empty()) {
            tryExcept(t);
            return;
        }
        inBlocks(1, false, t.span, [&] {
            if (t.handlers.empty())
                body(t.body);
            else
                tryExcept(t);
        });
        inBlocks(1, false, t.span, [&] { body(t.finalbody); });
    }

    void stmt(const Stmt& s)
    {
        switch (s.kind) {
        case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef: function(s.as<FunctionDefStmt>()); return;
        case StmtKind::ClassDef: {
            const auto& c = s.as<ClassDefStmt>();
            exprs(c.decorators);
            inUnit(Unit::Kind::Class, &c, [&] { body(c.body); });
            elements(c.bases);
            for (const Keyword& k : c.keywords)
                expr(*k.value);
            return;
        }
        case StmtKind::Return: {
            const auto& r = s.as<ReturnStmt>();
            if (unit_->kind != Unit::Kind::Function && unit_->kind != Unit::Kind::AsyncFunction)
                fail("'return' outside function", s.span);
            if (r.value && unit_->kind == Unit::Kind::AsyncFunction && facts_.count(unit_->node) &&
                facts_.at(unit_->node).generator)
                fail("'return' with value in async generator", s.span);
            break;
        }
        case StmtKind::For: case StmtKind::AsyncFor: {
            const auto& f = s.as<ForStmt>();
            if (s.kind == StmtKind::AsyncFor && unit_->kind != Unit::Kind::AsyncFunction)
                fail("'async for' outside async function", s.span);
            loop(s, f.iter, f.target, f.body, f.orelse);
            return;
        }
        case StmtKind::While: {
            const auto& w = s.as<CondStmt>();
            loop(s, w.test, nullptr, w.body, w.orelse);
            return;
        }
        case StmtKind::With: case StmtKind::AsyncWith:
            if (s.kind == StmtKind::AsyncWith && unit_->kind != Unit::Kind::AsyncFunction)
                fail("'async with' outside async function", s.span);
            with(s.as<WithStmt>(), 0);
            return;
        case StmtKind::Try:
        case StmtKind::TryStar: tryStatement(s.as<TryStmt>()); return;
        case StmtKind::Break:
            if (unit_->loops == 0)
                fail("'break' outside loop", s.span);
            return;
        case StmtKind::Continue:
            if (unit_->loops == 0)
                fail("'continue' not properly in loop", s.span);
            return;
        case StmtKind::Assign: {
            const auto& a = s.as<AssignStmt>();
            expr(*a.value);
            exprs(a.targets);
            return;
        }
        default: break;
        }
        forEachChild(s, [&](const Expr* e) { expr(*e); }, [&](const Stmt* c) { stmt(*c); });
    }

    // Elements of a display or call: a Starred there is unpacking, not an error.
    void elements(const ArenaArray<Expr*>& list)
    {
        for (const Expr* e : list)
            expr(e->kind == ExprKind::Starred ? *e->as<StarredExpr>().value : *e);
    }

    void comprehension(const ComprehensionExpr& c)
    {
        const auto it = facts_.find(&c);
        const bool coroutine = it != facts_.end() && it->second.coroutine;
        if (coroutine && c.kind != ExprKind::GeneratorExp && unit_->kind != Unit::Kind::AsyncFunction &&
            unit_->kind != Unit::Kind::Comprehension)
            fail("asynchronous comprehension outside of an asynchronous function", c.span);
        inUnit(Unit::Kind::Comprehension, &c, [&] {
            for (std::uint32_t i = 0; i < c.generators.size(); ++i) {
                const Comprehension& g = c.generators[i];
                if (i > 0)
                    expr(*g.iter);
                expr(*g.target);
                exprs(g.ifs);
            }
            expr(*c.elt);
            if (c.value)
                expr(*c.value);
        });
        expr(*c.generators[0].iter);
    }

    void expr(const Expr& e)
    {
        switch (e.kind) {
        case ExprKind::Starred:
            fail(e.as<StarredExpr>().ctx == ExprContext::Store ? "starred assignment target must be in a list or tuple"
                                                               : "can't use starred expression here",
                 e.span);
        case ExprKind::List: case ExprKind::Tuple: case ExprKind::Set: {
            const auto& seq = e.as<SequenceExpr>();
            if (seq.ctx == ExprContext::Store) {
                int starred = 0;
                for (const Expr* elt : seq.elts)
                    starred += elt->kind == ExprKind::Starred ? 1 : 0;
                if (starred > 1)
                    fail("multiple starred expressions in assignment", e.span);
            }
            elements(seq.elts);
            return;
        }
        case ExprKind::Call:
            expr(*e.as<CallExpr>().func);
            elements(e.as<CallExpr>().args);
            for (const Keyword& k : e.as<CallExpr>().keywords)
                expr(*k.value);
            return;
        case ExprKind::Lambda: {
            const auto& l = e.as<LambdaExpr>();
            exprs(l.args->defaults);
            exprs(l.args->kwDefaults);
            inUnit(Unit::Kind::Lambda, &l, [&] { expr(*l.body); });
            return;
        }
        case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::DictComp: case ExprKind::GeneratorExp:
            comprehension(e.as<ComprehensionExpr>());
            return;
        case ExprKind::Yield: case ExprKind::YieldFrom:
            if (!inFunction())
                fail("'yield' outside function", e.span);
            if (e.kind == ExprKind::YieldFrom && unit_->kind == Unit::Kind::AsyncFunction)
                fail("'yield from' inside async function", e.span);
            break;
        case ExprKind::Await:
            if (!inFunction())
                fail("'await' outside function", e.span);
            if (unit_->kind != Unit::Kind::AsyncFunction && unit_->kind != Unit::Kind::Comprehension)
                fail("'await' outside async function", e.span);
            break;
        case ExprKind::NamedExpr:
            expr(*e.as<NamedExpr>().value);
            expr(*e.as<NamedExpr>().target);
            return;
        default: break;
        }
        forEachChild(e, [&](const Expr* c) { expr(*c); });
    }

    const ErrorFactory& errors_;
    const ScopeFactsMap& facts_;
    Unit* unit_ = nullptr;
};

} // namespace

void checkCompilation(const Module& module, const ErrorFactory& errors, const ScopeFactsMap& facts)
{
    CompileChecker(errors, facts).module(module);
}

} // namespace aw::lang::detail
