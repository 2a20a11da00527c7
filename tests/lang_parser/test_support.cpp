#include "test_support.h"

#include "lang/ast_dump.h"
#include "lang/ast_visit.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace aw::lang::test {
namespace {

class PositionCollector {
public:
    std::vector<std::string> lines;

    void stmt(const Stmt& s)
    {
        add(kindName(s.kind), s.span);
        switch (s.kind) {
        case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef: arguments(*s.as<FunctionDefStmt>().args); break;
        case StmtKind::ClassDef: keywords(s.as<ClassDefStmt>().keywords); break;
        case StmtKind::Import: aliases(s.as<ImportStmt>().names); break;
        case StmtKind::ImportFrom: aliases(s.as<ImportFromStmt>().names); break;
        case StmtKind::Try:
        case StmtKind::TryStar:
            for (const ExceptHandler& h : s.as<TryStmt>().handlers)
                add("ExceptHandler", h.span);
            break;
        default: break;
        }
        forEachChild(s, [this](const Expr* e) { expr(*e); }, [this](const Stmt* c) { stmt(*c); });
    }

    void expr(const Expr& e)
    {
        add(kindName(e.kind), e.span);
        if (e.kind == ExprKind::JoinedStr)
            return;
        if (e.kind == ExprKind::Lambda)
            arguments(*e.as<LambdaExpr>().args);
        if (e.kind == ExprKind::Call)
            keywords(e.as<CallExpr>().keywords);
        forEachChild(e, [this](const Expr* c) { expr(*c); });
    }

private:
    void add(std::string_view kind, const Span& s)
    {
        std::ostringstream line;
        line << kind << ' ' << s.line << ' ' << s.col << ' ' << s.endLine << ' ' << s.endCol;
        lines.push_back(line.str());
    }
    void arguments(const Arguments& a)
    {
        for (const auto* group : {&a.posonlyargs, &a.args, &a.kwonlyargs}) {
            for (const Arg& arg : *group)
                add("arg", arg.span);
        }
        for (const Arg* arg : {a.vararg, a.kwarg}) {
            if (arg)
                add("arg", arg->span);
        }
    }
    void keywords(const ArenaArray<Keyword>& list)
    {
        for (const Keyword& k : list)
            add("keyword", k.span);
    }
    void aliases(const ArenaArray<Alias>& list)
    {
        for (const Alias& a : list)
            add("alias", a.span);
    }
};

} // namespace

std::string dataPath(const std::string& relative)
{
    return std::string(LANG_PARSER_TEST_DATA) + "/" + relative;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream contents;
    contents << in.rdbuf();
    return contents.str();
}

std::vector<std::string> listFiles(const std::string& directory, const std::string& suffix)
{
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(directory)) {
        const std::string name = entry.path().filename().string();
        if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
            names.push_back(name.substr(0, name.size() - suffix.size()));
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<std::string> positions(const Module& module)
{
    PositionCollector collector;
    for (const Stmt* s : module.body())
        collector.stmt(*s);
    std::sort(collector.lines.begin(), collector.lines.end());
    return collector.lines;
}

} // namespace aw::lang::test
