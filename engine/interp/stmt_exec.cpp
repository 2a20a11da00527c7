// Execution of simple statements, loops and conditionals.

#include "stmt_nodes.h"

#include "coroutine.h"
#include "frame.h"
#include "function_object.h"
#include "interpreter.h"
#include "suspend.h"

#include "core/containers.h"
#include "core/str.h"
#include "py/protocol.h"

namespace aw::interp {

Step<Flow> StmtNode::execAsync(Frame &f) const
{
    co_return exec(f);
}

bool blockSuspends(const Block &block)
{
    for (const auto &s : block)
        if (s->suspends)
            return true;
    return false;
}

MaybeStep<Value> evaluate(const ExprNode &e, Frame &f)
{
    if (!e.suspends)
        return e.eval(f);
    return e.evalAsync(f);
}

MaybeStep<Flow> execute(const StmtNode &s, Frame &f)
{
    if (!s.suspends)
        return s.exec(f);
    return s.execAsync(f);
}

Flow execBlock(const Block &block, Frame &f)
{
    for (const auto &s : block) {
        f.line = s->line;
        f.interp->tick(s->line);
        const Flow flow = s->exec(f);
        if (flow != Flow::Normal)
            return flow;
    }
    return Flow::Normal;
}

Step<Flow> execBlockAsync(const Block &block, Frame &f)
{
    for (const auto &s : block) {
        f.line = s->line;
        f.interp->tick(s->line);
        Flow flow = Flow::Normal;
        if (!s->suspends) {
            flow = s->exec(f);
        } else if (const AwaitNode *a = s->awaitStatement) {
            // What AwaitNode::evalAsync does, without its frame; `awaited` lives here until the
            // awaitable is done (a native coroutine's body holds only what the object holds).
            Value awaited = a->value->eval(f);
            f.interp->tick(a->line);
            co_await awaitValue(f, awaited);
        } else {
            flow = co_await s->start(f);
        }
        if (flow != Flow::Normal)
            co_return flow;
    }
    co_return Flow::Normal;
}

namespace {
// Runs a block the cheap way when nothing in it can suspend.
MaybeStep<Flow> runBlock(const Block &block, Frame &f)
{
    if (!blockSuspends(block))
        return execBlock(block, f);
    return execBlockAsync(block, f);
}
} // namespace

Flow ExprStmtNode::exec(Frame &f) const
{
    value->eval(f);
    return Flow::Normal;
}

Step<Flow> ExprStmtNode::execAsync(Frame &f) const
{
    co_await value->evalAsync(f);
    co_return Flow::Normal;
}

Flow AssignNode::exec(Frame &f) const
{
    Value v = value->eval(f);
    for (const auto &t : targets)
        t->assign(f, v);
    return Flow::Normal;
}

Step<Flow> AssignNode::execAsync(Frame &f) const
{
    Value v = co_await evaluate(*value, f);
    for (const auto &t : targets) {
        if (t->suspends)
            co_await t->assignAsync(f, v);
        else
            t->assign(f, v);
    }
    co_return Flow::Normal;
}

Value AugAssignNode::combine(const Value &current, const Value &operand) const
{
    if (current.isInt() && operand.isInt() && op == BinaryOp::Add) {
        int64_t r = 0;
        if (!__builtin_add_overflow(current.asInt(), operand.asInt(), &r))
            return Value::integer(r);
    }
    return py::inplace(current, operand, op);
}

Flow AugAssignNode::exec(Frame &f) const
{
    switch (kind) {
    case Name: {
        Value current = nameLoad->eval(f);
        nameStore->assign(f, combine(current, value->eval(f)));
        break;
    }
    case Attribute: {
        Value obj = object->eval(f);
        Value current = py::getAttr(obj, attr);
        py::setAttr(obj, attr, combine(current, value->eval(f)));
        break;
    }
    case Subscript: {
        Value obj = object->eval(f);
        Value key = index->eval(f);
        Value current = py::getItem(obj, key);
        py::setItem(obj, key, combine(current, value->eval(f)));
        break;
    }
    }
    return Flow::Normal;
}

Step<Flow> AugAssignNode::execAsync(Frame &f) const
{
    switch (kind) {
    case Name: {
        Value current = nameLoad->eval(f);
        Value operand = co_await value->evalAsync(f);
        nameStore->assign(f, combine(current, operand));
        break;
    }
    case Attribute: {
        Value obj = co_await evaluate(*object, f);
        Value current = py::getAttr(obj, attr);
        Value operand = co_await evaluate(*value, f);
        py::setAttr(obj, attr, combine(current, operand));
        break;
    }
    case Subscript: {
        Value obj = co_await evaluate(*object, f);
        Value key = co_await evaluate(*index, f);
        Value current = py::getItem(obj, key);
        Value operand = co_await evaluate(*value, f);
        py::setItem(obj, key, combine(current, operand));
        break;
    }
    }
    co_return Flow::Normal;
}

Flow ReturnNode::exec(Frame &f) const
{
    f.returnValue = value ? value->eval(f) : Value();
    return Flow::Return;
}

Step<Flow> ReturnNode::execAsync(Frame &f) const
{
    f.returnValue = co_await value->evalAsync(f);
    co_return Flow::Return;
}

Flow AnnotateNode::exec(Frame &f) const
{
    DictObject *ns = classBody ? f.classNamespace : f.globals;
    Value key = py::name("__annotations__");
    Value *annotations = ns->find(key);
    if (!annotations) {
        ns->set(key, Value(make<DictObject>()));
        annotations = ns->find(key);
    }
    auto *dict = annotations->as<DictObject>();
    if (!dict)
        py::raise(builtin::TypeError(), "__annotations__ must be a dict");
    dict->set(name, annotation->eval(f));
    return Flow::Normal;
}

Flow DeleteNode::exec(Frame &f) const
{
    for (const auto &t : targets)
        t->del(f);
    return Flow::Normal;
}

Flow IfNode::exec(Frame &f) const
{
    return execBlock(py::truthy(test->eval(f)) ? body : orelse, f);
}

MaybeStep<Flow> IfNode::start(Frame &f) const
{
    if (test->suspends)
        return execAsync(f);
    return runBlock(py::truthy(test->eval(f)) ? body : orelse, f);
}

Step<Flow> IfNode::execAsync(Frame &f) const
{
    Value t = co_await evaluate(*test, f);
    co_return co_await runBlock(py::truthy(t) ? body : orelse, f);
}

Flow WhileNode::exec(Frame &f) const
{
    while (py::truthy(test->eval(f))) {
        f.interp->tick(line);
        const Flow flow = execBlock(body, f);
        if (flow == Flow::Break)
            return Flow::Normal;
        if (flow == Flow::Return)
            return flow;
    }
    return execBlock(orelse, f);
}

Step<Flow> WhileNode::execAsync(Frame &f) const
{
    for (;;) {
        Value t = co_await evaluate(*test, f);
        if (!py::truthy(t))
            break;
        f.interp->tick(line);
        const Flow flow = co_await runBlock(body, f);
        if (flow == Flow::Break)
            co_return Flow::Normal;
        if (flow == Flow::Return)
            co_return flow;
    }
    co_return co_await runBlock(orelse, f);
}

Flow ForNode::exec(Frame &f) const
{
    Value it = py::iter(iter->eval(f));
    while (auto x = py::next(it)) {
        f.interp->tick(line);
        target->assign(f, std::move(*x));
        const Flow flow = execBlock(body, f);
        if (flow == Flow::Break)
            return Flow::Normal;
        if (flow == Flow::Return)
            return flow;
    }
    return execBlock(orelse, f);
}

Step<Flow> ForNode::execAsync(Frame &f) const
{
    Value source = co_await evaluate(*iter, f);
    Value it = isAsync ? asyncIter(source) : py::iter(source);
    for (;;) {
        std::optional<Value> x;
        if (isAsync)
            x = co_await asyncNext(f, it);
        else
            x = py::next(it);
        if (!x)
            break;
        f.interp->tick(line);
        if (target->suspends)
            co_await target->assignAsync(f, std::move(*x));
        else
            target->assign(f, std::move(*x));
        const Flow flow = co_await runBlock(body, f);
        if (flow == Flow::Break)
            co_return Flow::Normal;
        if (flow == Flow::Return)
            co_return flow;
    }
    co_return co_await runBlock(orelse, f);
}

Flow AssertNode::exec(Frame &f) const
{
    if (py::truthy(test->eval(f)))
        return Flow::Normal;
    std::vector<Value> args;
    if (msg)
        args.push_back(msg->eval(f));
    throw PyException(make<ExceptionObject>(builtin::AssertionError(), std::move(args)));
}

Step<Flow> AssertNode::execAsync(Frame &f) const
{
    Value t = co_await evaluate(*test, f);
    if (py::truthy(t))
        co_return Flow::Normal;
    std::vector<Value> args;
    if (msg)
        args.push_back(co_await evaluate(*msg, f));
    throw PyException(make<ExceptionObject>(builtin::AssertionError(), std::move(args)));
}

Flow ImportNode::exec(Frame &f) const
{
    for (const Item &item : items) {
        if (item.bindsPackage) {
            item.target->assign(f, f.interp->importPackageOf(item.module, line));
            continue;
        }
        Value module = f.interp->importModule(item.module, line);
        if (!from) {
            item.target->assign(f, module);
            continue;
        }
        Value v;
        if (!py::tryGetAttr(module, py::name(item.attr), v))
            py::raise(builtin::ImportError(), "cannot import name '" + item.attr + "' from '" + item.module + "'");
        item.target->assign(f, v);
    }
    return Flow::Normal;
}

} // namespace aw::interp
