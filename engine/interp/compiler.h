#pragma once
// Compiles a parsed module into code objects and node trees, resolving every name with the
// scope analysis. Reports constructs the interpreter does not support as CompileError.

#include "code.h"
#include "expr_nodes.h"
#include "scope.h"
#include "stmt_nodes.h"

#include "lang/ast.h"

#include <memory>
#include <string>

namespace aw::interp {

struct CompileError {
    std::string message; // "not supported in scenarios: ..." or a CPython compile-time message
    uint32_t line = 0;
    uint32_t col = 0;    // 0-based byte column
};

class Compiler {
public:
    explicit Compiler(std::string filename) : m_filename(std::move(filename)) {}
    // Throws CompileError.
    std::shared_ptr<CodeObject> compileModule(const lang::ArenaArray<lang::Stmt *> &body);

private:
    struct Context {
        Scope *scope;
        CodeObject *code;
        std::string qualPrefix; // "Outer.method.<locals>."
    };

    // Expressions (compile_expr.cpp)
    ExprPtr expr(const lang::Expr *e);
    ExprPtr exprImpl(const lang::Expr &e);
    TargetPtr target(const lang::Expr *e);
    std::unique_ptr<NameNode> nameLoad(const std::string &name, const lang::Expr &at);
    std::unique_ptr<NameTarget> nameStore(const std::string &name);
    ExprPtr call(const lang::CallExpr &c);
    ExprPtr constant(const lang::ConstantExpr &c);
    ExprPtr comprehension(const lang::Expr &e);
    std::unique_ptr<FunctionNode> function(const void *node, const std::string &name, const lang::Arguments &args,
                                           const lang::ArenaArray<lang::Stmt *> *body, const lang::Expr *lambdaBody,
                                           uint32_t firstLine);

    // Statements (compile_stmt.cpp)
    Block block(const lang::ArenaArray<lang::Stmt *> &body);
    StmtPtr stmt(const lang::Stmt &s);
    StmtPtr assign(const lang::Stmt &s);
    StmtPtr augAssign(const lang::AugAssignStmt &s);
    StmtPtr tryStmt(const lang::TryStmt &s, bool star);
    StmtPtr withStmt(const lang::WithStmt &s, bool isAsync);
    StmtPtr import(const lang::Stmt &s);
    StmtPtr classDef(const lang::ClassDefStmt &c, const lang::Stmt &s);
    StmtPtr functionDef(const lang::FunctionDefStmt &d, const lang::Stmt &s);

    template<typename N>
    N *locate(N *node, const lang::Span &span)
    {
        node->line = span.line;
        node->col = span.col;
        node->endLine = span.endLine;
        node->endCol = span.endCol;
        return node;
    }
    [[noreturn]] void unsupported(const std::string &what, const lang::Span &span);
    std::vector<uint32_t> closureFor(const Scope &inner);

    std::string m_filename;
    std::unique_ptr<Scope> m_root;
    Context m_ctx{};
};

} // namespace aw::interp
