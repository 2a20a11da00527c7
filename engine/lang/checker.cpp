#include "checker_impl.h"

#include "ast_visit.h"

namespace aw::lang {
namespace detail {
namespace {

// CPython's AST optimizer counts statement and expression nesting and stops at 3000
// (its recursion limit of 1000 times 3).
class DepthCheck {
public:
    explicit DepthCheck(const ErrorFactory& errors) : errors_(errors) {}

    void stmt(const Stmt& s, int depth)
    {
        enter(depth);
        forEachChild(s, [&](const Expr* e) { expr(*e, depth + 1); }, [&](const Stmt* c) { stmt(*c, depth + 1); });
    }
    void expr(const Expr& e, int depth)
    {
        enter(depth);
        forEachChild(e, [&](const Expr* c) { expr(*c, depth + 1); });
    }

private:
    void enter(int depth) const
    {
        if (depth > kMaxAstDepth)
            throw CheckAbort{errors_.bare(ErrorKind::Recursion, "maximum recursion depth exceeded during compilation")};
    }

    const ErrorFactory& errors_;
};

} // namespace
} // namespace detail

std::optional<SyntaxError> checkModule(const Module& module, const ErrorFactory& errors)
{
    try {
        detail::DepthCheck depth(errors);
        for (const Stmt* s : module.body())
            depth.stmt(*s, 1);
        detail::ScopeFactsMap facts;
        detail::checkScopes(module, errors, facts);
        detail::checkCompilation(module, errors, facts);
    } catch (detail::CheckAbort& abort) {
        return std::move(abort.error);
    }
    return std::nullopt;
}

} // namespace aw::lang
