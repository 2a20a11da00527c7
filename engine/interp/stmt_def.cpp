// Class definitions and comprehensions.

#include "stmt_nodes.h"

#include "coroutine.h"
#include "frame.h"
#include "function_object.h"
#include "interpreter.h"
#include "suspend.h"

#include "core/containers.h"
#include "core/str.h"
#include "py/class_object.h"
#include "py/protocol.h"

#include <algorithm>

namespace aw::interp {

Flow ClassNode::exec(Frame &f) const
{
    std::vector<Ref<TypeObject>> baseTypes;
    for (const auto &b : bases) {
        Value v = b->eval(f);
        auto *t = v.as<TypeObject>();
        if (!t)
            py::raise(builtin::TypeError(), "bases must be types");
        baseTypes.emplace_back(t);
    }
    auto ns = make<DictObject>();
    ns->setStr("__module__", aw::str("__main__"));
    ns->setStr("__qualname__", aw::str(body->qualname));
    Frame cf(f.interp, body.get());
    cf.globals = f.globals;
    cf.classNamespace = ns.get();
    cf.cells.resize(body->cellNames.size() + body->freeNames.size());
    for (size_t i = 0; i < body->cellNames.size(); ++i)
        cf.cells[i] = make<CellObject>();
    for (size_t i = 0; i < closure.size(); ++i)
        cf.cells[body->cellNames.size() + i] = f.cells[closure[i]];
    runFrame(cf);
    Value cls(py::makeClass(name, "__main__", std::move(baseTypes), *ns));
    if (needsClassCell) {
        auto it = std::find(body->cellNames.begin(), body->cellNames.end(), "__class__");
        CellObject &cell = *cf.cells[static_cast<size_t>(it - body->cellNames.begin())];
        cell.value = cls;
        cell.bound = true;
    }
    for (auto d = decorators.rbegin(); d != decorators.rend(); ++d)
        cls = py::call((*d)->eval(f), {cls});
    target->assign(f, cls);
    return Flow::Normal;
}

// --- comprehensions

namespace {

struct Collector {
    ComprehensionLoopNode::Kind kind;
    Value result;
    Value add; // bound list.append / set.add

    explicit Collector(Frame &f, ComprehensionLoopNode::Kind k) : kind(k)
    {
        if (k == ComprehensionLoopNode::List) {
            result = list({});
        } else if (k == ComprehensionLoopNode::Set) {
            result = py::call(*f.interp->builtins().findStr("set"), {});
            add = py::getAttr(result, "add");
        } else if (k == ComprehensionLoopNode::Dict) {
            result = Value(make<DictObject>());
        }
    }
    void emit(Value v, Value value)
    {
        if (kind == ComprehensionLoopNode::List)
            result.as<ListObject>()->items().push_back(std::move(v));
        else if (kind == ComprehensionLoopNode::Set)
            py::call(add, {v});
        else
            result.as<DictObject>()->set(v, std::move(value));
    }
};

bool passes(Frame &f, const std::vector<ExprPtr> &ifs)
{
    for (const auto &cond : ifs)
        if (!py::truthy(cond->eval(f)))
            return false;
    return true;
}

void runClauses(const ComprehensionLoopNode &n, Frame &f, size_t level, Collector &out)
{
    const auto &clause = n.clauses[level];
    Value it = level == 0 ? f.locals[n.iterSlot] : py::iter(clause.iter->eval(f));
    while (auto x = py::next(it)) {
        f.interp->tick(n.line);
        clause.target->assign(f, std::move(*x));
        if (!passes(f, clause.ifs))
            continue;
        if (level + 1 < n.clauses.size())
            runClauses(n, f, level + 1, out);
        else
            out.emit(n.elt->eval(f), n.value ? n.value->eval(f) : Value());
    }
}

Step<void> runClausesAsync(const ComprehensionLoopNode &n, Frame &f, size_t level, Collector &out)
{
    const auto &clause = n.clauses[level];
    Value it;
    if (level == 0) {
        it = f.locals[n.iterSlot];
    } else {
        Value source = co_await evaluate(*clause.iter, f);
        it = clause.isAsync ? asyncIter(source) : py::iter(source);
    }
    for (;;) {
        std::optional<Value> x;
        if (clause.isAsync)
            x = co_await asyncNext(f, it);
        else
            x = py::next(it);
        if (!x)
            break;
        f.interp->tick(n.line);
        clause.target->assign(f, std::move(*x));
        bool ok = true;
        for (const auto &cond : clause.ifs) {
            Value c = co_await evaluate(*cond, f);
            if (!py::truthy(c)) {
                ok = false;
                break;
            }
        }
        if (!ok)
            continue;
        if (level + 1 < n.clauses.size()) {
            co_await runClausesAsync(n, f, level + 1, out);
            continue;
        }
        Value v = co_await evaluate(*n.elt, f);
        if (n.kind == ComprehensionLoopNode::Generator) {
            // A generator expression's element is yielded: the elt node was compiled as a yield.
            continue;
        }
        Value value;
        if (n.value)
            value = co_await evaluate(*n.value, f);
        out.emit(std::move(v), std::move(value));
    }
}

} // namespace

Flow ComprehensionLoopNode::exec(Frame &f) const
{
    Collector out(f, kind);
    runClauses(*this, f, 0, out);
    f.returnValue = out.result;
    return Flow::Return;
}

Step<Flow> ComprehensionLoopNode::execAsync(Frame &f) const
{
    Collector out(f, kind);
    co_await runClausesAsync(*this, f, 0, out);
    f.returnValue = out.result;
    co_return Flow::Return;
}

Value ComprehensionNode::eval(Frame &f) const
{
    Value fn = function->eval(f);
    Value source = firstIterable->eval(f);
    return py::call(fn, {firstIsAsync ? asyncIter(source) : py::iter(source)});
}

Step<Value> ComprehensionNode::evalAsync(Frame &f) const
{
    Value fn = function->eval(f);
    Value source = co_await evaluate(*firstIterable, f);
    Value result = py::call(fn, {firstIsAsync ? asyncIter(source) : py::iter(source)});
    if (function->code->isCoroutine && !isGenerator)
        co_return co_await runCoroutine(result);
    co_return result;
}

} // namespace aw::interp
