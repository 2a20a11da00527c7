// Evaluation of names, attributes, subscripts, operators, comparisons and assignment
// targets, synchronously and (for subexpressions that suspend) as coroutines.

#include "expr_nodes.h"
#include "frame.h"
#include "function_object.h"
#include "interpreter.h"

#include "core/containers.h"
#include "core/str.h"
#include "py/protocol.h"

namespace aw::interp {

Step<Value> ExprNode::evalAsync(Frame &f) const
{
    co_return eval(f);
}

Step<void> TargetNode::assignAsync(Frame &f, Value v) const
{
    assign(f, std::move(v));
    co_return;
}

void TargetNode::del(Frame &) const
{
    py::raise(builtin::SyntaxError(), "cannot delete this target");
}

// --- names

namespace {

[[noreturn]] void unboundLocal(const Value &name)
{
    py::raise(builtin::UnboundLocalError(),
              "cannot access local variable '" + py::strText(name) + "' where it is not associated with a value");
}

Value loadGlobal(Frame &f, const Value &name)
{
    if (const Value *v = f.globals->find(name))
        return *v;
    if (const Value *v = f.interp->builtins().find(name))
        return *v;
    py::raise(builtin::NameError(), "name '" + py::strText(name) + "' is not defined");
}

} // namespace

Value NameNode::eval(Frame &f) const
{
    switch (where.kind) {
    case NameKind::Fast:
        if (!f.bound[where.index])
            unboundLocal(name);
        return f.locals[where.index];
    case NameKind::Cell: {
        const CellObject &cell = *f.cells[where.index];
        if (!cell.bound) {
            if (where.index >= f.code->cellNames.size())
                py::raise(builtin::NameError(), "cannot access free variable '" + py::strText(name) +
                                                    "' where it is not associated with a value in enclosing scope");
            unboundLocal(name);
        }
        return cell.value;
    }
    case NameKind::ClassBody:
        if (const Value *v = f.classNamespace->find(name))
            return *v;
        return loadGlobal(f, name);
    case NameKind::Global: break;
    }
    return loadGlobal(f, name);
}

void NameTarget::assign(Frame &f, Value v) const
{
    switch (where.kind) {
    case NameKind::Fast:
        f.locals[where.index] = std::move(v);
        f.bound[where.index] = true;
        return;
    case NameKind::Cell:
        f.cells[where.index]->value = std::move(v);
        f.cells[where.index]->bound = true;
        return;
    case NameKind::ClassBody: f.classNamespace->set(name, std::move(v)); return;
    case NameKind::Global: f.globals->set(name, std::move(v)); return;
    }
}

void NameTarget::del(Frame &f) const
{
    switch (where.kind) {
    case NameKind::Fast:
        if (!f.bound[where.index])
            unboundLocal(name);
        f.locals[where.index] = Value();
        f.bound[where.index] = false;
        return;
    case NameKind::Cell:
        if (!f.cells[where.index]->bound)
            unboundLocal(name);
        f.cells[where.index]->value = Value();
        f.cells[where.index]->bound = false;
        return;
    case NameKind::ClassBody:
    case NameKind::Global: {
        DictObject *d = where.kind == NameKind::ClassBody ? f.classNamespace : f.globals;
        if (!d->remove(name))
            py::raise(builtin::NameError(), "name '" + py::strText(name) + "' is not defined");
        return;
    }
    }
}

// --- attributes and subscripts

Value AttributeNode::eval(Frame &f) const
{
    return py::getAttr(object->eval(f), name);
}

Step<Value> AttributeNode::evalAsync(Frame &f) const
{
    Value obj = co_await object->evalAsync(f);
    co_return py::getAttr(obj, name);
}

void AttributeTarget::assign(Frame &f, Value v) const
{
    py::setAttr(object->eval(f), name, v);
}

Step<void> AttributeTarget::assignAsync(Frame &f, Value v) const
{
    Value obj = co_await evaluate(*object, f);
    py::setAttr(obj, name, v);
}

void AttributeTarget::del(Frame &f) const
{
    py::delAttr(object->eval(f), name);
}

Value SubscriptNode::eval(Frame &f) const
{
    Value obj = object->eval(f);
    return py::getItem(obj, index->eval(f));
}

Step<Value> SubscriptNode::evalAsync(Frame &f) const
{
    Value obj = co_await evaluate(*object, f);
    Value key = co_await evaluate(*index, f);
    co_return py::getItem(obj, key);
}

void SubscriptTarget::assign(Frame &f, Value v) const
{
    Value obj = object->eval(f);
    py::setItem(obj, index->eval(f), v);
}

Step<void> SubscriptTarget::assignAsync(Frame &f, Value v) const
{
    Value obj = co_await evaluate(*object, f);
    Value key = co_await evaluate(*index, f);
    py::setItem(obj, key, v);
}

void SubscriptTarget::del(Frame &f) const
{
    Value obj = object->eval(f);
    py::delItem(obj, index->eval(f));
}

Value SliceNode::eval(Frame &f) const
{
    Value parts[3];
    const ExprNode *nodes[3] = {lower.get(), upper.get(), step.get()};
    for (int i = 0; i < 3; ++i)
        if (nodes[i])
            parts[i] = nodes[i]->eval(f);
    return py::call(*f.interp->builtins().findStr("slice"), {parts[0], parts[1], parts[2]});
}

Step<Value> SliceNode::evalAsync(Frame &f) const
{
    Value parts[3];
    const ExprNode *nodes[3] = {lower.get(), upper.get(), step.get()};
    for (int i = 0; i < 3; ++i)
        if (nodes[i])
            parts[i] = co_await evaluate(*nodes[i], f);
    co_return py::call(*f.interp->builtins().findStr("slice"), {parts[0], parts[1], parts[2]});
}

// --- operators

Value BinaryNode::eval(Frame &f) const
{
    Value a = left->eval(f);
    Value b = right->eval(f);
    if (a.isInt() && b.isInt()) {
        int64_t r = 0;
        if (op == BinaryOp::Add && !__builtin_add_overflow(a.asInt(), b.asInt(), &r))
            return Value::integer(r);
        if (op == BinaryOp::Sub && !__builtin_sub_overflow(a.asInt(), b.asInt(), &r))
            return Value::integer(r);
    }
    return py::binary(a, b, op);
}

Step<Value> BinaryNode::evalAsync(Frame &f) const
{
    Value a = co_await evaluate(*left, f);
    Value b = co_await evaluate(*right, f);
    co_return py::binary(a, b, op);
}

Value UnaryNode::apply(const Value &v) const
{
    switch (op) {
    case Not: return Value::boolean(!py::truthy(v));
    case Neg: return py::unary(v, aw::UnaryOp::Neg);
    case Pos: return py::unary(v, aw::UnaryOp::Pos);
    case Invert: return py::unary(v, aw::UnaryOp::Invert);
    }
    return v;
}

Step<Value> UnaryNode::evalAsync(Frame &f) const
{
    Value v = co_await operand->evalAsync(f);
    co_return apply(v);
}

Value BoolOpNode::eval(Frame &f) const
{
    Value v;
    for (const auto &e : values) {
        v = e->eval(f);
        if (py::truthy(v) != isAnd)
            return v;
    }
    return v;
}

Step<Value> BoolOpNode::evalAsync(Frame &f) const
{
    Value v;
    for (const auto &e : values) {
        v = co_await evaluate(*e, f);
        if (py::truthy(v) != isAnd)
            co_return v;
    }
    co_return v;
}

bool CompareNode::test(Op op, const Value &a, const Value &b)
{
    switch (op) {
    case Eq: return py::equals(a, b);
    case NotEq: return py::truthy(py::compare(a, b, CompareOp::Ne));
    case Lt: return py::lessThan(a, b);
    case LtE: return py::truthy(py::compare(a, b, CompareOp::Le));
    case Gt: return py::truthy(py::compare(a, b, CompareOp::Gt));
    case GtE: return py::truthy(py::compare(a, b, CompareOp::Ge));
    case Is: return a.is(b);
    case IsNot: return !a.is(b);
    case In: return py::contains(b, a);
    case NotIn: return !py::contains(b, a);
    }
    return false;
}

Value CompareNode::eval(Frame &f) const
{
    Value a = left->eval(f);
    for (size_t i = 0; i < ops.size(); ++i) {
        Value b = comparators[i]->eval(f);
        if (ops.size() == 1 && ops[0] != In && ops[0] != NotIn && ops[0] != Is && ops[0] != IsNot) {
            static const CompareOp map[] = {CompareOp::Eq, CompareOp::Ne, CompareOp::Lt,
                                            CompareOp::Le, CompareOp::Gt, CompareOp::Ge};
            return py::compare(a, b, map[ops[0]]);
        }
        if (!test(ops[i], a, b))
            return Value::boolean(false);
        a = std::move(b);
    }
    return Value::boolean(true);
}

Step<Value> CompareNode::evalAsync(Frame &f) const
{
    Value a = co_await evaluate(*left, f);
    for (size_t i = 0; i < ops.size(); ++i) {
        const ExprNode &c = *comparators[i];
        Value b = co_await evaluate(c, f);
        if (!test(ops[i], a, b))
            co_return Value::boolean(false);
        a = std::move(b);
    }
    co_return Value::boolean(true);
}

Value IfExpNode::eval(Frame &f) const
{
    return py::truthy(test->eval(f)) ? body->eval(f) : orelse->eval(f);
}

Step<Value> IfExpNode::evalAsync(Frame &f) const
{
    Value t = co_await evaluate(*test, f);
    const ExprNode &chosen = py::truthy(t) ? *body : *orelse;
    co_return co_await evaluate(chosen, f);
}

Value NamedNode::eval(Frame &f) const
{
    Value v = value->eval(f);
    target->assign(f, v);
    return v;
}

Step<Value> NamedNode::evalAsync(Frame &f) const
{
    Value v = co_await value->evalAsync(f);
    target->assign(f, v);
    co_return v;
}

// --- unpacking

std::vector<Value> UnpackTarget::unpack(const Value &v) const
{
    std::vector<Value> items;
    Value it = py::iter(v);
    const size_t n = targets.size();
    if (starIndex < 0) {
        while (auto x = py::next(it)) {
            if (items.size() == n)
                py::raise(builtin::ValueError(), "too many values to unpack (expected " + std::to_string(n) + ")");
            items.push_back(std::move(*x));
        }
        if (items.size() < n)
            py::raise(builtin::ValueError(), "not enough values to unpack (expected " + std::to_string(n) + ", got " +
                                                 std::to_string(items.size()) + ")");
        return items;
    }
    while (auto x = py::next(it))
        items.push_back(std::move(*x));
    if (items.size() < n - 1)
        py::raise(builtin::ValueError(), "not enough values to unpack (expected at least " + std::to_string(n - 1) +
                                             ", got " + std::to_string(items.size()) + ")");
    const size_t after = n - 1 - static_cast<size_t>(starIndex);
    std::vector<Value> result(items.begin(), items.begin() + starIndex);
    std::vector<Value> middle(items.begin() + starIndex, items.end() - static_cast<std::ptrdiff_t>(after));
    result.push_back(list(std::move(middle)));
    result.insert(result.end(), items.end() - static_cast<std::ptrdiff_t>(after), items.end());
    return result;
}

void UnpackTarget::assign(Frame &f, Value v) const
{
    std::vector<Value> items = unpack(v);
    for (size_t i = 0; i < targets.size(); ++i)
        targets[i]->assign(f, items[i]);
}

Step<void> UnpackTarget::assignAsync(Frame &f, Value v) const
{
    std::vector<Value> items = unpack(v);
    for (size_t i = 0; i < targets.size(); ++i) {
        if (targets[i]->suspends)
            co_await targets[i]->assignAsync(f, items[i]);
        else
            targets[i]->assign(f, items[i]);
    }
}

void UnpackTarget::del(Frame &f) const
{
    for (const auto &t : targets)
        t->del(f);
}

} // namespace aw::interp
