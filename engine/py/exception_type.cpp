// Python behaviour of exception objects: construction, args, str/repr, and the attributes
// tracebacks and except* rely on.

#include "args.h"
#include "protocol.h"
#include "type_setup.h"

#include "core/containers.h"
#include "core/str.h"

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
    return argsTupleRepr(args);
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
    return Value(make<ExceptionObject>(cls, std::move(positional)));
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

} // namespace

void setupExceptionTypes()
{
    TypeSlots &s = builtin::BaseException()->slots;
    s.repr = exceptionRepr;
    s.str = exceptionStr;
    s.newInstance = newException;
    s.init = initException;
    s.getAttr = exceptionGetAttr;
    s.hash = [](const Value &v) { return static_cast<int64_t>(v.asObject()->serial()); };
}

} // namespace aw::py
