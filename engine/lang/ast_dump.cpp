#include "ast_dump.h"

#include "py_repr.h"

namespace aw::lang {
namespace {

const char* name(ExprContext c) { return c == ExprContext::Load ? "Load()" : c == ExprContext::Store ? "Store()" : "Del()"; }

const char* name(BinaryOp op)
{
    static const char* const names[] = {"Add()", "Sub()", "Mult()", "MatMult()", "Div()", "Mod()", "Pow()",
                                        "LShift()", "RShift()", "BitOr()", "BitXor()", "BitAnd()", "FloorDiv()"};
    return names[static_cast<int>(op)];
}

const char* name(UnaryOpKind op)
{
    static const char* const names[] = {"Invert()", "Not()", "UAdd()", "USub()"};
    return names[static_cast<int>(op)];
}

const char* name(CmpOp op)
{
    static const char* const names[] = {"Eq()", "NotEq()", "Lt()", "LtE()", "Gt()", "GtE()", "Is()", "IsNot()", "In()", "NotIn()"};
    return names[static_cast<int>(op)];
}

// Builds "Node(field=value, ...)"; optional fields that are absent are left out, as ast.dump does.
class Dumper {
public:
    std::string out;

    void expr(const Expr* e);
    void stmt(const Stmt* s);

private:
    class Node {
    public:
        Node(Dumper& d, const char* type) : d_(d) { d_.out += type; d_.out += '('; }
        ~Node() { d_.out += ')'; }
        Node& field(const char* name)
        {
            if (!first_)
                d_.out += ", ";
            first_ = false;
            d_.out += name;
            d_.out += '=';
            return *this;
        }
        Node& text(const char* name, const std::string& value) { field(name).d_.out += value; return *this; }
        Node& id(const char* name, Identifier value) { return value ? text(name, pythonStrRepr(value.text())) : *this; }
        Node& expr(const char* name, const Expr* value)
        {
            if (value) {
                field(name);
                d_.expr(value);
            }
            return *this;
        }
        template <class T, class F>
        Node& list(const char* name, const ArenaArray<T>& items, F&& each)
        {
            field(name).d_.out += '[';
            for (std::uint32_t i = 0; i < items.size(); ++i) {
                if (i)
                    d_.out += ", ";
                each(items[i]);
            }
            d_.out += ']';
            return *this;
        }
        Node& exprs(const char* name, const ArenaArray<Expr*>& items)
        {
            return list(name, items, [this](const Expr* e) { e ? d_.expr(e) : void(d_.out += "None"); });
        }
        Node& stmts(const char* name, const ArenaArray<Stmt*>& items)
        {
            return list(name, items, [this](const Stmt* s) { d_.stmt(s); });
        }

    private:
        Dumper& d_;
        bool first_ = true;
    };

    void arg(const Arg& a) { Node(*this, "arg").id("arg", a.name).expr("annotation", a.annotation); }
    void arguments(const Arguments& a);
    void keyword(const Keyword& k) { Node(*this, "keyword").id("arg", k.name).expr("value", k.value); }
    void comprehension(const Comprehension& c);
    void constant(const ConstantExpr& c);
    void compound(const Stmt* s);
    void comprehensionExpr(const Expr* e);
    void leaf(const Expr* e);
};

void Dumper::arguments(const Arguments& a)
{
    Node n(*this, "arguments");
    const auto each = [this](const Arg& x) { arg(x); };
    n.list("posonlyargs", a.posonlyargs, each).list("args", a.args, each);
    if (a.vararg) {
        n.field("vararg");
        arg(*a.vararg);
    }
    n.list("kwonlyargs", a.kwonlyargs, each).exprs("kw_defaults", a.kwDefaults);
    if (a.kwarg) {
        n.field("kwarg");
        arg(*a.kwarg);
    }
    n.exprs("defaults", a.defaults);
}

void Dumper::comprehension(const Comprehension& c)
{
    Node(*this, "comprehension")
        .expr("target", c.target)
        .expr("iter", c.iter)
        .exprs("ifs", c.ifs)
        .text("is_async", c.isAsync ? "1" : "0");
}

void Dumper::constant(const ConstantExpr& c)
{
    std::string value;
    switch (c.constKind) {
    case ConstantKind::None: value = "None"; break;
    case ConstantKind::True: value = "True"; break;
    case ConstantKind::False: value = "False"; break;
    case ConstantKind::Ellipsis: value = "Ellipsis"; break;
    case ConstantKind::Int: value = std::to_string(c.intValue); break;
    case ConstantKind::BigInt: value = std::string(c.text); break;
    case ConstantKind::Float: value = pythonFloatRepr(c.floatValue); break;
    case ConstantKind::Str: value = pythonStrRepr(c.text); break;
    case ConstantKind::Bytes: value = pythonBytesRepr(c.text); break;
    }
    Node n(*this, "Constant");
    n.text("value", value);
    if (c.uPrefix)
        n.text("kind", "'u'");
}

void Dumper::comprehensionExpr(const Expr* e)
{
    const auto& c = e->as<ComprehensionExpr>();
    static const char* const names[] = {"ListComp", "SetComp", "DictComp", "GeneratorExp"};
    const int index = e->kind == ExprKind::ListComp ? 0 : e->kind == ExprKind::SetComp ? 1 : e->kind == ExprKind::DictComp ? 2 : 3;
    Node n(*this, names[index]);
    if (e->kind == ExprKind::DictComp)
        n.expr("key", c.elt).expr("value", c.value);
    else
        n.expr("elt", c.elt);
    n.list("generators", c.generators, [this](const Comprehension& g) { comprehension(g); });
}

void Dumper::expr(const Expr* e)
{
    switch (e->kind) {
    case ExprKind::BoolOp: {
        const auto& b = e->as<BoolOpExpr>();
        Node(*this, "BoolOp").text("op", b.op == BoolOpKind::And ? "And()" : "Or()").exprs("values", b.values);
        return;
    }
    case ExprKind::NamedExpr: Node(*this, "NamedExpr").expr("target", e->as<NamedExpr>().target).expr("value", e->as<NamedExpr>().value); return;
    case ExprKind::BinOp: {
        const auto& b = e->as<BinOpExpr>();
        Node(*this, "BinOp").expr("left", b.left).text("op", name(b.op)).expr("right", b.right);
        return;
    }
    case ExprKind::UnaryOp: Node(*this, "UnaryOp").text("op", name(e->as<UnaryOpExpr>().op)).expr("operand", e->as<UnaryOpExpr>().operand); return;
    case ExprKind::Lambda: {
        Node n(*this, "Lambda");
        n.field("args");
        arguments(*e->as<LambdaExpr>().args);
        n.expr("body", e->as<LambdaExpr>().body);
        return;
    }
    case ExprKind::IfExp: {
        const auto& i = e->as<IfExpExpr>();
        Node(*this, "IfExp").expr("test", i.test).expr("body", i.body).expr("orelse", i.orelse);
        return;
    }
    case ExprKind::Dict: Node(*this, "Dict").exprs("keys", e->as<DictExpr>().keys).exprs("values", e->as<DictExpr>().values); return;
    case ExprKind::Set: Node(*this, "Set").exprs("elts", e->as<SequenceExpr>().elts); return;
    case ExprKind::List: case ExprKind::Tuple: {
        const auto& seq = e->as<SequenceExpr>();
        Node(*this, e->kind == ExprKind::List ? "List" : "Tuple").exprs("elts", seq.elts).text("ctx", name(seq.ctx));
        return;
    }
    case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::DictComp: case ExprKind::GeneratorExp:
        comprehensionExpr(e);
        return;
    case ExprKind::Await: Node(*this, "Await").expr("value", e->as<AwaitYieldExpr>().value); return;
    case ExprKind::Yield: Node(*this, "Yield").expr("value", e->as<AwaitYieldExpr>().value); return;
    case ExprKind::YieldFrom: Node(*this, "YieldFrom").expr("value", e->as<AwaitYieldExpr>().value); return;
    default: leaf(e); return;
    }
}

// Calls, strings, constants, names and accessors.
void Dumper::leaf(const Expr* e)
{
    switch (e->kind) {
    case ExprKind::Compare: {
        const auto& c = e->as<CompareExpr>();
        Node(*this, "Compare")
            .expr("left", c.left)
            .list("ops", c.ops, [this](CmpOp op) { out += name(op); })
            .exprs("comparators", c.comparators);
        return;
    }
    case ExprKind::Call: {
        const auto& c = e->as<CallExpr>();
        Node(*this, "Call").expr("func", c.func).exprs("args", c.args).list("keywords", c.keywords, [this](const Keyword& k) { keyword(k); });
        return;
    }
    case ExprKind::FormattedValue: {
        const auto& f = e->as<FormattedValueExpr>();
        Node(*this, "FormattedValue").expr("value", f.value).text("conversion", std::to_string(f.conversion)).expr("format_spec", f.formatSpec);
        return;
    }
    case ExprKind::JoinedStr: Node(*this, "JoinedStr").exprs("values", e->as<JoinedStrExpr>().values); return;
    case ExprKind::Constant: constant(e->as<ConstantExpr>()); return;
    case ExprKind::Attribute: {
        const auto& a = e->as<AttributeExpr>();
        Node(*this, "Attribute").expr("value", a.value).id("attr", a.attr).text("ctx", name(a.ctx));
        return;
    }
    case ExprKind::Subscript: {
        const auto& s = e->as<SubscriptExpr>();
        Node(*this, "Subscript").expr("value", s.value).expr("slice", s.slice).text("ctx", name(s.ctx));
        return;
    }
    case ExprKind::Starred: Node(*this, "Starred").expr("value", e->as<StarredExpr>().value).text("ctx", name(e->as<StarredExpr>().ctx)); return;
    case ExprKind::Name: Node(*this, "Name").id("id", e->as<NameExpr>().id).text("ctx", name(e->as<NameExpr>().ctx)); return;
    case ExprKind::Slice: {
        const auto& s = e->as<SliceExpr>();
        Node(*this, "Slice").expr("lower", s.lower).expr("upper", s.upper).expr("step", s.step);
        return;
    }
    default: return;
    }
}

void Dumper::compound(const Stmt* s)
{
    switch (s->kind) {
    case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef: {
        const auto& f = s->as<FunctionDefStmt>();
        Node n(*this, f.isAsync() ? "AsyncFunctionDef" : "FunctionDef");
        n.id("name", f.name).field("args");
        arguments(*f.args);
        n.stmts("body", f.body).exprs("decorator_list", f.decorators).expr("returns", f.returns);
        return;
    }
    case StmtKind::ClassDef: {
        const auto& c = s->as<ClassDefStmt>();
        Node(*this, "ClassDef")
            .id("name", c.name)
            .exprs("bases", c.bases)
            .list("keywords", c.keywords, [this](const Keyword& k) { keyword(k); })
            .stmts("body", c.body)
            .exprs("decorator_list", c.decorators);
        return;
    }
    case StmtKind::For: case StmtKind::AsyncFor: {
        const auto& f = s->as<ForStmt>();
        Node(*this, s->kind == StmtKind::For ? "For" : "AsyncFor")
            .expr("target", f.target).expr("iter", f.iter).stmts("body", f.body).stmts("orelse", f.orelse);
        return;
    }
    case StmtKind::While: case StmtKind::If: {
        const auto& c = s->as<CondStmt>();
        Node(*this, s->kind == StmtKind::While ? "While" : "If").expr("test", c.test).stmts("body", c.body).stmts("orelse", c.orelse);
        return;
    }
    case StmtKind::With: case StmtKind::AsyncWith: {
        const auto& w = s->as<WithStmt>();
        Node(*this, s->kind == StmtKind::With ? "With" : "AsyncWith")
            .list("items", w.items, [this](const WithItem& i) {
                Node(*this, "withitem").expr("context_expr", i.contextExpr).expr("optional_vars", i.optionalVars);
            })
            .stmts("body", w.body);
        return;
    }
    case StmtKind::Try:
    case StmtKind::TryStar: {
        const auto& t = s->as<TryStmt>();
        Node(*this, s->kind == StmtKind::Try ? "Try" : "TryStar")
            .stmts("body", t.body)
            .list("handlers", t.handlers, [this](const ExceptHandler& h) {
                Node(*this, "ExceptHandler").expr("type", h.type).id("name", h.name).stmts("body", h.body);
            })
            .stmts("orelse", t.orelse)
            .stmts("finalbody", t.finalbody);
        return;
    }
    default: return;
    }
}

void Dumper::stmt(const Stmt* s)
{
    const auto aliases = [this](Node& n, const ArenaArray<Alias>& names) {
        n.list("names", names, [this](const Alias& a) { Node(*this, "alias").id("name", a.name).id("asname", a.asname); });
    };
    switch (s->kind) {
    case StmtKind::Return: Node(*this, "Return").expr("value", s->as<ReturnStmt>().value); return;
    case StmtKind::Delete: Node(*this, "Delete").exprs("targets", s->as<DeleteStmt>().targets); return;
    case StmtKind::Assign: Node(*this, "Assign").exprs("targets", s->as<AssignStmt>().targets).expr("value", s->as<AssignStmt>().value); return;
    case StmtKind::AugAssign: {
        const auto& a = s->as<AugAssignStmt>();
        Node(*this, "AugAssign").expr("target", a.target).text("op", name(a.op)).expr("value", a.value);
        return;
    }
    case StmtKind::AnnAssign: {
        const auto& a = s->as<AnnAssignStmt>();
        Node(*this, "AnnAssign").expr("target", a.target).expr("annotation", a.annotation).expr("value", a.value).text("simple", a.simple ? "1" : "0");
        return;
    }
    case StmtKind::Raise: Node(*this, "Raise").expr("exc", s->as<RaiseStmt>().exc).expr("cause", s->as<RaiseStmt>().cause); return;
    case StmtKind::Assert: Node(*this, "Assert").expr("test", s->as<AssertStmt>().test).expr("msg", s->as<AssertStmt>().msg); return;
    case StmtKind::Import: {
        Node n(*this, "Import");
        aliases(n, s->as<ImportStmt>().names);
        return;
    }
    case StmtKind::ImportFrom: {
        const auto& i = s->as<ImportFromStmt>();
        Node n(*this, "ImportFrom");
        n.id("module", i.module);
        aliases(n, i.names);
        n.text("level", std::to_string(i.level));
        return;
    }
    case StmtKind::Global: case StmtKind::Nonlocal:
        Node(*this, s->kind == StmtKind::Global ? "Global" : "Nonlocal")
            .list("names", s->as<NamesStmt>().names, [this](Identifier id) { out += pythonStrRepr(id.text()); });
        return;
    case StmtKind::Expr: Node(*this, "Expr").expr("value", s->as<ExprStmt>().value); return;
    case StmtKind::Pass: out += "Pass()"; return;
    case StmtKind::Break: out += "Break()"; return;
    case StmtKind::Continue: out += "Continue()"; return;
    default: compound(s); return;
    }
}

} // namespace

std::string_view kindName(ExprKind kind)
{
    static constexpr std::string_view names[] = {
        "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp", "SetComp",
        "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom", "Compare", "Call", "FormattedValue",
        "JoinedStr", "Constant", "Attribute", "Subscript", "Starred", "Name", "List", "Tuple", "Slice",
    };
    return names[static_cast<int>(kind)];
}

std::string_view kindName(StmtKind kind)
{
    static constexpr std::string_view names[] = {
        "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign",
        "For", "AsyncFor", "While", "If", "With", "AsyncWith", "Raise", "Try", "TryStar", "Assert", "Import", "ImportFrom",
        "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue",
    };
    return names[static_cast<int>(kind)];
}

std::string dumpModule(const Module& module)
{
    Dumper d;
    d.out += "Module(body=[";
    for (std::uint32_t i = 0; i < module.body().size(); ++i) {
        if (i)
            d.out += ", ";
        d.stmt(module.body()[i]);
    }
    d.out += "], type_ignores=[])";
    return std::move(d.out);
}

std::string dumpExpr(const Expr& expr)
{
    Dumper d;
    d.expr(&expr);
    return std::move(d.out);
}

std::string dumpStmt(const Stmt& stmt)
{
    Dumper d;
    d.stmt(&stmt);
    return std::move(d.out);
}

} // namespace aw::lang
