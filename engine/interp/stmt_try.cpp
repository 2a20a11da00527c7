// raise, try/except/else/finally (and except*), with / async with.
//
// C++ cannot co_await inside a catch block, so the coroutine versions catch the exception
// into a variable and run the handler after the catch block.

#include "stmt_nodes.h"

#include "frame.h"
#include "interpreter.h"
#include "suspend.h"

#include "core/containers.h"
#include "core/str.h"
#include "py/protocol.h"

namespace aw::interp {

namespace {

Ref<ExceptionObject> toException(const Value &v)
{
    if (auto *cls = v.as<TypeObject>()) {
        if (cls->isSubtypeOf(builtin::BaseException())) {
            Value inst = py::call(v, {});
            if (auto *e = inst.as<ExceptionObject>())
                return Ref<ExceptionObject>(e);
            py::raise(builtin::TypeError(), "calling " + py::repr(v) + " should have returned an instance of BaseException, not " +
                                                py::typeOf(inst)->name());
        }
    }
    if (auto *e = v.as<ExceptionObject>())
        return Ref<ExceptionObject>(e);
    py::raise(builtin::TypeError(), "exceptions must derive from BaseException");
}

bool matches(const Ref<ExceptionObject> &exc, const Value &type)
{
    if (auto *t = type.as<TypeObject>())
        return exc->isInstance(t);
    if (auto *tup = type.as<TupleObject>()) {
        for (const Value &item : tup->items())
            if (matches(exc, item))
                return true;
        return false;
    }
    py::raise(builtin::TypeError(), "catching classes that do not inherit from BaseException is not allowed");
}

// Gives an exception raised while handling another that other as its __context__.
void chain(const PyException &raised, const Ref<ExceptionObject> &handled)
{
    const Ref<ExceptionObject> &e = raised.object();
    if (e != handled && !e->context())
        e->setContext(handled);
}

// except*: splits a group into the part matching `type` and the rest.
std::pair<Ref<ExceptionObject>, Ref<ExceptionObject>> splitGroup(const Ref<ExceptionObject> &exc, const Value &type)
{
    if (!exc->isInstance(builtin::BaseExceptionGroup()))
        return matches(exc, type) ? std::pair{exc, Ref<ExceptionObject>()} : std::pair{Ref<ExceptionObject>(), exc};
    RecursionGuard depth(" in exceptiongroup_split_recursive");
    std::vector<Ref<ExceptionObject>> match, rest;
    for (const auto &sub : exc->exceptions()) {
        auto [m, r] = splitGroup(sub, type);
        if (m)
            match.push_back(m);
        if (r)
            rest.push_back(r);
    }
    const std::string msg = py::strText(exc->args().at(0));
    auto group = [&](std::vector<Ref<ExceptionObject>> items) -> Ref<ExceptionObject> {
        if (items.empty())
            return nullptr;
        return newExceptionGroup(msg, std::move(items));
    };
    if (rest.empty())
        return {exc, nullptr};
    return {group(std::move(match)), group(std::move(rest))};
}

} // namespace

void RaiseNode::raise(Frame &f, const Value &excValue, const Value *causeValue) const
{
    Ref<ExceptionObject> e = toException(excValue);
    if (causeValue) {
        if (causeValue->isNone())
            e->setCause(nullptr);
        else
            e->setCause(toException(*causeValue));
    }
    if (!f.handling.empty() && f.handling.back() != e)
        e->setContext(f.handling.back());
    // `raise err` of an exception raised before keeps its traceback and adds to it.
    f.traced = nullptr;
    throw PyException(e);
}

Flow RaiseNode::exec(Frame &f) const
{
    if (!exc) {
        if (f.handling.empty())
            py::raise(builtin::RuntimeError(), "No active exception to reraise");
        // Caught in this frame, so it has this frame's line already: where it was raised.
        f.traced = f.handling.back();
        throw PyException(f.handling.back());
    }
    Value e = exc->eval(f);
    Value c = cause ? cause->eval(f) : Value();
    raise(f, e, hasCause ? &c : nullptr);
}

Step<Flow> RaiseNode::execAsync(Frame &f) const
{
    Value e = co_await evaluate(*exc, f);
    Value c;
    if (cause)
        c = co_await evaluate(*cause, f);
    raise(f, e, hasCause ? &c : nullptr);
}

// --- try

namespace {

// Runs the handler matching `caught` (or rethrows it). `except*` runs every matching
// handler on its part of the group and re-raises what is left.
struct HandlerRun {
    const HandlerNode *handler = nullptr;
    Ref<ExceptionObject> exc;
};

std::vector<HandlerRun> selectHandlers(const TryNode &t, Frame &f, const Ref<ExceptionObject> &caught,
                                       Ref<ExceptionObject> &unhandled)
{
    std::vector<HandlerRun> runs;
    unhandled = caught;
    for (const HandlerNode &h : t.handlers) {
        if (!unhandled)
            break;
        if (!t.star) {
            if (!h.type || matches(caught, h.type->eval(f))) {
                runs.push_back({&h, caught});
                unhandled = nullptr;
            }
            continue;
        }
        auto [match, rest] = splitGroup(unhandled, h.type->eval(f));
        if (match) {
            if (!match->isInstance(builtin::BaseExceptionGroup()))
                match = newExceptionGroup("", {match});
            runs.push_back({&h, match});
        }
        unhandled = rest;
    }
    return runs;
}

void bindName(const HandlerNode &h, Frame &f, const Ref<ExceptionObject> &e)
{
    if (h.name)
        h.name->assign(f, Value(e));
}

void unbindName(const HandlerNode &h, Frame &f)
{
    if (!h.name)
        return;
    try {
        h.name->del(f);
    } catch (const PyException &) {
        // The handler deleted the name itself.
    }
}

} // namespace

namespace {

// A finally block run because `propagating` is on its way out: while it runs that exception
// is being handled, so one raised in the block gets it as __context__.
Flow runFinallyWhileHandling(const TryNode &t, Frame &f, const Ref<ExceptionObject> &propagating)
{
    f.handling.push_back(propagating);
    try {
        const Flow flow = execBlock(t.finalbody, f);
        f.handling.pop_back();
        return flow;
    } catch (const PyException &inner) {
        chain(inner, propagating);
        f.handling.pop_back();
        throw;
    } catch (...) {
        f.handling.pop_back();
        throw;
    }
}

// The Python exception `pending` holds, if it holds one.
Ref<ExceptionObject> pythonException(const std::exception_ptr &pending)
{
    if (!pending)
        return nullptr;
    try {
        std::rethrow_exception(pending);
    } catch (const PyException &e) {
        return e.object();
    } catch (...) {
        return nullptr;
    }
}

} // namespace

Flow TryNode::exec(Frame &f) const
{
    Flow flow = Flow::Normal;
    try {
        bool failed = false;
        try {
            flow = execBlock(body, f);
        } catch (const PyException &e) {
            failed = true;
            f.interp->addTraceback(e, f);
            Ref<ExceptionObject> unhandled;
            std::vector<HandlerRun> runs = selectHandlers(*this, f, e.object(), unhandled);
            if (runs.empty())
                throw;
            for (const HandlerRun &run : runs) {
                f.handling.push_back(run.exc);
                bindName(*run.handler, f, run.exc);
                try {
                    flow = execBlock(run.handler->body, f);
                } catch (const PyException &inner) {
                    chain(inner, run.exc);
                    f.handling.pop_back();
                    unbindName(*run.handler, f);
                    throw;
                }
                f.handling.pop_back();
                unbindName(*run.handler, f);
                if (flow != Flow::Normal)
                    break;
            }
            if (unhandled)
                throw PyException(unhandled);
        }
        if (!failed && flow == Flow::Normal)
            flow = execBlock(orelse, f);
    } catch (const PyException &e) {
        if (!finalbody.empty()) {
            f.interp->addTraceback(e, f);
            const Flow ff = runFinallyWhileHandling(*this, f, e.object());
            if (ff != Flow::Normal)
                return ff; // return/break in finally swallows the exception
            f.traced = e.object();
        }
        throw;
    } catch (...) {
        if (!finalbody.empty()) {
            const Flow ff = execBlock(finalbody, f);
            if (ff != Flow::Normal)
                return ff;
        }
        throw;
    }
    if (!finalbody.empty()) {
        Value saved = f.returnValue;
        const Flow ff = execBlock(finalbody, f);
        if (ff != Flow::Normal)
            return ff;
        f.returnValue = saved;
    }
    return flow;
}

Step<Flow> TryNode::execAsync(Frame &f) const
{
    Flow flow = Flow::Normal;
    std::exception_ptr pending;
    Ref<ExceptionObject> caught;
    try {
        flow = co_await execBlockAsync(body, f);
    } catch (const PyException &e) {
        caught = e.object();
        f.interp->addTraceback(e, f);
    } catch (...) {
        pending = std::current_exception();
    }
    if (caught) {
        try {
            Ref<ExceptionObject> unhandled;
            std::vector<HandlerRun> runs = selectHandlers(*this, f, caught, unhandled);
            if (runs.empty())
                throw PyException(caught);
            for (const HandlerRun &run : runs) {
                f.handling.push_back(run.exc);
                bindName(*run.handler, f, run.exc);
                std::exception_ptr handlerError;
                try {
                    flow = co_await execBlockAsync(run.handler->body, f);
                } catch (const PyException &inner) {
                    chain(inner, run.exc);
                    handlerError = std::current_exception();
                } catch (...) {
                    handlerError = std::current_exception();
                }
                f.handling.pop_back();
                unbindName(*run.handler, f);
                if (handlerError)
                    std::rethrow_exception(handlerError);
                if (flow != Flow::Normal)
                    break;
            }
            if (unhandled)
                throw PyException(unhandled);
        } catch (...) {
            pending = std::current_exception();
        }
    } else if (!pending && flow == Flow::Normal) {
        try {
            flow = co_await execBlockAsync(orelse, f);
        } catch (...) {
            pending = std::current_exception();
        }
    }
    if (!finalbody.empty()) {
        // As runFinallyWhileHandling, across the block's awaits.
        const Ref<ExceptionObject> propagating = pythonException(pending);
        if (propagating) {
            f.interp->addTraceback(PyException(propagating), f);
            f.handling.push_back(propagating);
        }
        Value saved = f.returnValue;
        Flow ff = Flow::Normal;
        try {
            ff = co_await execBlockAsync(finalbody, f);
        } catch (const PyException &inner) {
            if (propagating) {
                chain(inner, propagating);
                f.handling.pop_back();
            }
            throw;
        } catch (...) {
            if (propagating)
                f.handling.pop_back();
            throw;
        }
        if (propagating) {
            f.handling.pop_back();
            f.traced = propagating;
        }
        if (ff != Flow::Normal)
            co_return ff;
        f.returnValue = saved;
    }
    if (pending)
        std::rethrow_exception(pending);
    co_return flow;
}

// --- with

namespace {

Value special(const Value &mgr, const char *name, bool isAsync)
{
    Value bound;
    if (!py::tryGetAttr(mgr, py::name(name), bound))
        py::raise(builtin::TypeError(), "'" + py::typeOf(mgr)->name() + "' object does not support the " +
                                            (isAsync ? "asynchronous " : "") + "context manager protocol");
    return bound;
}

std::vector<Value> exitArgs(const Ref<ExceptionObject> &e)
{
    if (!e)
        return {Value(), Value(), Value()};
    return {Value(e->type()), Value(e), Value()};
}

} // namespace

Flow WithNode::exec(Frame &f) const
{
    return execFrom(f, 0);
}

Flow WithNode::execFrom(Frame &f, size_t i) const
{
    Value mgr = items[i].context->eval(f);
    Value enter = special(mgr, "__enter__", false);
    Value exit = special(mgr, "__exit__", false);
    Value entered = py::call(enter, {});
    Flow flow = Flow::Normal;
    try {
        if (items[i].target)
            items[i].target->assign(f, entered);
        flow = i + 1 < items.size() ? execFrom(f, i + 1) : execBlock(body, f);
    } catch (const PyException &e) {
        std::vector<Value> args = exitArgs(e.object());
        if (py::truthy(py::call(exit, CallArgs{args, {}})))
            return Flow::Normal;
        throw;
    }
    std::vector<Value> args = exitArgs(nullptr);
    py::call(exit, CallArgs{args, {}});
    return flow;
}

Step<Flow> WithNode::execAsync(Frame &f) const
{
    co_return co_await execFromAsync(f, 0);
}

Step<Flow> WithNode::execFromAsync(Frame &f, size_t i) const
{
    const ExprNode &ctx = *items[i].context;
    Value mgr = co_await evaluate(ctx, f);
    Value enter = special(mgr, isAsync ? "__aenter__" : "__enter__", isAsync);
    Value exit = special(mgr, isAsync ? "__aexit__" : "__exit__", isAsync);
    Value entered = py::call(enter, {});
    if (isAsync)
        entered = co_await awaitValue(f, entered);
    Flow flow = Flow::Normal;
    Ref<ExceptionObject> caught;
    std::exception_ptr other;
    try {
        if (items[i].target)
            items[i].target->assign(f, entered);
        if (i + 1 < items.size())
            flow = co_await execFromAsync(f, i + 1);
        else
            flow = co_await execBlockAsync(body, f);
    } catch (const PyException &e) {
        caught = e.object();
    } catch (...) {
        other = std::current_exception();
    }
    std::vector<Value> args = exitArgs(caught);
    Value result = py::call(exit, CallArgs{args, {}});
    if (isAsync)
        result = co_await awaitValue(f, result);
    if (other)
        std::rethrow_exception(other);
    if (caught && !py::truthy(result))
        throw PyException(caught);
    co_return caught ? Flow::Normal : flow;
}

} // namespace aw::interp
