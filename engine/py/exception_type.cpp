// Python behaviour of exception objects: construction, args, str/repr, and the attributes
// tracebacks and except* rely on.

#include "args.h"
#include "protocol.h"
#include "type_setup.h"

#include "core/containers.h"
#include "core/recursion.h"
#include "core/str.h"
#include "function.h"

#include <algorithm>

namespace aw::py {

namespace {

ExceptionObject &exc(const Value &v)
{
    return *v.as<ExceptionObject>();
}

std::string joinReprs(const std::vector<Value> &items)
{
    std::string out;
    for (size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + repr(items[i]);
    return out;
}

std::string argsTupleRepr(const std::vector<Value> &args)
{
    return "(" + joinReprs(args) + (args.size() == 1 ? ",)" : ")");
}

std::string exceptionStr(const Value &v)
{
    const ExceptionObject &e = exc(v);
    const auto &args = e.args();
    if (e.isInstance(builtin::BaseExceptionGroup()) && args.size() == 2) {
        const size_t n = e.exceptions().size();
        return str(args[0]) + " (" + std::to_string(n) + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }
    if (args.empty())
        return "";
    if (args.size() == 1)
        return e.isInstance(builtin::KeyError()) ? repr(args[0]) : str(args[0]);
    if (e.isInstance(builtin::OSError()) && args.size() == 2 && args[0].isInt())
        return "[Errno " + str(args[0]) + "] " + str(args[1]);
    return argsTupleRepr(args);
}

// OSError(errno, strerror) makes the subclass that errno stands for, as CPython does.
TypeObject *osErrorSubclass(TypeObject *cls, const std::vector<Value> &args)
{
    if (cls != builtin::OSError() || args.size() < 2 || args.size() > 5 || !args[0].isInt())
        return cls;
    switch (args[0].asInt()) {
    case 1:   // EPERM
    case 13:  // EACCES
        return builtin::PermissionError();
    case 2:   // ENOENT
        return builtin::FileNotFoundError();
    case 110: // ETIMEDOUT
        return builtin::TimeoutError();
    default:
        return cls;
    }
}

std::string exceptionRepr(const Value &v)
{
    const ExceptionObject &e = exc(v);
    const std::string name = e.type()->name();
    if (e.isInstance(builtin::BaseExceptionGroup()) && e.args().size() == 2) {
        std::vector<Value> subs(e.exceptions().begin(), e.exceptions().end());
        return name + "(" + repr(e.args()[0]) + ", [" + joinReprs(subs) + "])";
    }
    return name + "(" + joinReprs(e.args()) + ")";
}

Value newException(TypeObject *cls, const CallArgs &args)
{
    if (!args.keywords.empty() && !cls->isHeapType())
        raise(builtin::TypeError(), cls->name() + "() takes no keyword arguments");
    std::vector<Value> positional(args.positional.begin(), args.positional.end());
    if (cls->isSubtypeOf(builtin::BaseExceptionGroup())) {
        if (positional.size() != 2)
            raise(builtin::TypeError(), "BaseExceptionGroup.__new__() takes exactly 2 arguments (" +
                                            std::to_string(positional.size()) + " given)");
        std::vector<Ref<ExceptionObject>> subs;
        Value it = iter(positional[1]);
        while (auto x = next(it)) {
            auto *sub = x->as<ExceptionObject>();
            if (!sub)
                raise(builtin::ValueError(), "Item " + std::to_string(subs.size()) +
                                                 " of second argument (exceptions) is not an exception");
            subs.emplace_back(sub);
        }
        if (subs.empty())
            raise(builtin::ValueError(), "second argument (exceptions) must be a non-empty sequence");
        Ref<ExceptionObject> group = newExceptionGroup(strText(positional[0], "argument 1"), std::move(subs));
        if (cls != builtin::ExceptionGroup() && cls != builtin::BaseExceptionGroup())
            group = make<ExceptionObject>(cls, group->args());
        return Value(group);
    }
    TypeObject *type = osErrorSubclass(cls, positional);
    return Value(make<ExceptionObject>(type, std::move(positional)));
}

void initException(const Value &self, const CallArgs &args)
{
    if (exc(self).isInstance(builtin::BaseExceptionGroup()))
        return;
    exc(self).setArgs(std::vector<Value>(args.positional.begin(), args.positional.end()));
}

Value optionalException(const Ref<ExceptionObject> &e)
{
    return e ? Value(e) : Value();
}

bool exceptionGetAttr(const Value &self, const Value &name, Value &out)
{
    ExceptionObject &e = exc(self);
    const std::string &n = strText(name);
    const auto &args = e.args();
    if (n == "args")
        out = tuple(args);
    else if (n == "__cause__")
        out = optionalException(e.cause());
    else if (n == "__context__")
        out = optionalException(e.context());
    else if (n == "__suppress_context__")
        out = Value::boolean(e.suppressContext());
    else if (n == "__traceback__")
        out = Value();
    else if (n == "value" && e.isInstance(builtin::StopIteration()))
        out = args.empty() ? Value() : args[0];
    else if (n == "code" && e.isInstance(builtin::SystemExit()))
        out = args.empty() ? Value() : args[0];
    else if (n == "message" && e.isInstance(builtin::BaseExceptionGroup()))
        out = args.empty() ? Value() : args[0];
    else if (n == "exceptions" && e.isInstance(builtin::BaseExceptionGroup()))
        out = tuple(std::vector<Value>(e.exceptions().begin(), e.exceptions().end()));
    else
        return false;
    return true;
}

// The condition of BaseExceptionGroup.split()/subgroup(): an exception type, a tuple of
// them, or a predicate (any other callable).
bool groupConditionHolds(const Value &condition, const Ref<ExceptionObject> &e)
{
    auto isExceptionType = [](const Value &v) {
        auto *t = v.as<TypeObject>();
        return t && t->isSubtypeOf(builtin::BaseException());
    };
    if (isExceptionType(condition))
        return e->isInstance(condition.as<TypeObject>());
    if (auto *types = condition.as<TupleObject>();
        types && std::all_of(types->items().begin(), types->items().end(), isExceptionType)) {
        return std::any_of(types->items().begin(), types->items().end(),
                           [&](const Value &t) { return e->isInstance(t.as<TypeObject>()); });
    }
    if (!condition.as<TypeObject>() && typeOf(condition)->slots.call)
        return truthy(call(condition, {Value(e)}));
    raise(builtin::TypeError(), "expected an exception type, a tuple of exception types, or a callable (other than a class)");
}

// exceptiongroup_split_recursive: the parts of `e` that meet the condition and the rest, each
// a group like `e` (same message, cause, context and traceback) or null when empty.
std::pair<Ref<ExceptionObject>, Ref<ExceptionObject>> splitByCondition(const Ref<ExceptionObject> &e, const Value &condition)
{
    if (groupConditionHolds(condition, e))
        return {e, nullptr};
    if (!e->isInstance(builtin::BaseExceptionGroup()))
        return {nullptr, e};
    RecursionGuard depth(" in exceptiongroup_split_recursive");
    std::vector<Ref<ExceptionObject>> match, rest;
    for (const auto &sub : e->exceptions()) {
        auto [m, r] = splitByCondition(sub, condition);
        if (m)
            match.push_back(m);
        if (r)
            rest.push_back(r);
    }
    auto derive = [&](std::vector<Ref<ExceptionObject>> items) -> Ref<ExceptionObject> {
        if (items.empty())
            return nullptr;
        Ref<ExceptionObject> group = newExceptionGroup(strText(e->args().at(0)), std::move(items));
        group->traceback() = e->traceback();
        if (e->cause())
            group->setCause(e->cause());
        group->setContext(e->context());
        return group;
    };
    return {derive(std::move(match)), derive(std::move(rest))};
}

Value optionalGroup(const Ref<ExceptionObject> &e)
{
    return e ? Value(e) : Value();
}

} // namespace

void setupExceptionTypes()
{
    TypeSlots &s = builtin::BaseException()->slots;
    s.repr = exceptionRepr;
    s.str = exceptionStr;
    s.newInstance = newException;
    s.init = initException;
    s.getAttr = exceptionGetAttr;
    defineMethod(builtin::BaseException(), "add_note", [](const Value &self, const CallArgs &args) {
        const Value &note = oneArg(args, "add_note");
        if (!note.as<StrObject>())
            raise(builtin::TypeError(), "note must be a str, not '" + typeOf(note)->name() + "'");
        Value notes;
        if (!tryGetAttr(self, name("__notes__"), notes)) {
            notes = list({});
            setAttr(self, name("__notes__"), notes);
        }
        auto *l = notes.as<ListObject>();
        if (!l)
            raise(builtin::TypeError(), "Cannot add note: __notes__ is not a list");
        l->items().push_back(note);
        return Value();
    });
    s.hash = [](const Value &v) { return static_cast<int64_t>(v.asObject()->serial()); };
    TypeObject *group = builtin::BaseExceptionGroup();
    defineMethod(group, "split", [](const Value &self, const CallArgs &args) {
        auto [match, rest] = splitByCondition(Ref<ExceptionObject>(&exc(self)), oneArg(args, "split"));
        return tuple({optionalGroup(match), optionalGroup(rest)});
    });
    defineMethod(group, "subgroup", [](const Value &self, const CallArgs &args) {
        return optionalGroup(splitByCondition(Ref<ExceptionObject>(&exc(self)), oneArg(args, "subgroup")).first);
    });
    defineMethod(group, "derive", [](const Value &self, const CallArgs &args) {
        return call(Value(builtin::BaseExceptionGroup()), {exc(self).args().at(0), oneArg(args, "derive")});
    });
}

} // namespace aw::py
