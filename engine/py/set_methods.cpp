// The methods of set and frozenset.

#include "set.h"

#include "args.h"
#include "container_setup.h"
#include "function.h"
#include "protocol.h"
#include "sequence_util.h"

namespace aw::py {

namespace {

using Method = Value (*)(SetObject &, const Value &self, const CallArgs &);

void def(TypeObject *type, const char *name, Method fn)
{
    defineMethod(type, name, [type, name, fn](const Value &self, const CallArgs &args) {
        return fn(selfAs<SetObject>(self, name, type), self, args);
    });
}

std::string qualified(const SetObject &s, const char *name)
{
    return setBaseType(s.type())->name() + "." + name;
}

// METH_VARARGS methods take any number of positional arguments and no keywords.
void noKeywords(const SetObject &s, const CallArgs &args, const char *name)
{
    if (!args.keywords.empty())
        raise(builtin::TypeError(), qualified(s, name) + "() takes no keyword arguments");
}

Value add(SetObject &s, const Value &, const CallArgs &args)
{
    s.add(oneArg(args, qualified(s, "add")));
    return Value();
}

Value remove(SetObject &s, const Value &, const CallArgs &args)
{
    const Value &key = oneArg(args, qualified(s, "remove"));
    bool found = false;
    try {
        found = s.discard(key);
    } catch (const PyException &e) {
        if (!isInstance(key, setType()) || !e.isInstance(builtin::TypeError()))
            throw;
        found = s.discard(Value(newSet(frozensetType(), &key)));
    }
    if (!found)
        raiseKeyError(key);
    return Value();
}

Value discard(SetObject &s, const Value &, const CallArgs &args)
{
    const Value &key = oneArg(args, qualified(s, "discard"));
    try {
        s.discard(key);
    } catch (const PyException &e) {
        if (!isInstance(key, setType()) || !e.isInstance(builtin::TypeError()))
            throw;
        s.discard(Value(newSet(frozensetType(), &key)));
    }
    return Value();
}

Value pop(SetObject &s, const Value &, const CallArgs &args)
{
    noArgs(args, qualified(s, "pop"));
    return s.pop();
}

Value clear(SetObject &s, const Value &, const CallArgs &args)
{
    noArgs(args, qualified(s, "clear"));
    s.clear();
    return Value();
}

Value copy(SetObject &s, const Value &self, const CallArgs &args)
{
    noArgs(args, qualified(s, "copy"));
    if (s.type() == frozensetType())
        return self;
    return Value(setCopy(s));
}

Value update(SetObject &s, const Value &, const CallArgs &args)
{
    noKeywords(s, args, "update");
    for (const Value &other : args.positional)
        s.update(other);
    return Value();
}

Value unionOf(SetObject &s, const Value &self, const CallArgs &args)
{
    noKeywords(s, args, "union");
    Ref<SetObject> result = setCopy(s);
    for (const Value &other : args.positional) {
        if (!other.is(self))
            result->update(other);
    }
    return Value(result);
}

Ref<SetObject> intersectionMulti(SetObject &s, const Value &self, const CallArgs &args)
{
    noKeywords(s, args, "intersection");
    if (args.positional.empty())
        return setCopy(s);
    Value result = self;
    for (const Value &other : args.positional)
        result = Value(setIntersection(*result.as<SetObject>(), other));
    return Ref<SetObject>(result.as<SetObject>());
}

Value intersection(SetObject &s, const Value &self, const CallArgs &args)
{
    return Value(intersectionMulti(s, self, args));
}

Value intersectionUpdate(SetObject &s, const Value &self, const CallArgs &args)
{
    Ref<SetObject> tmp = intersectionMulti(s, self, args);
    s.swapBodies(*tmp);
    return Value();
}

Value difference(SetObject &s, const Value &, const CallArgs &args)
{
    noKeywords(s, args, "difference");
    if (args.positional.empty())
        return Value(setCopy(s));
    Ref<SetObject> result = setDifference(s, args.positional[0]);
    for (const Value &other : args.positional.subspan(1))
        setDifferenceUpdate(*result, other);
    return Value(result);
}

Value differenceUpdate(SetObject &s, const Value &, const CallArgs &args)
{
    noKeywords(s, args, "difference_update");
    for (const Value &other : args.positional)
        setDifferenceUpdate(s, other);
    return Value();
}

Value symmetricDifference(SetObject &s, const Value &, const CallArgs &args)
{
    return Value(setSymmetricDifference(s, oneArg(args, qualified(s, "symmetric_difference"))));
}

Value symmetricDifferenceUpdate(SetObject &s, const Value &, const CallArgs &args)
{
    setSymmetricDifferenceUpdate(s, oneArg(args, qualified(s, "symmetric_difference_update")));
    return Value();
}

Value issubset(SetObject &s, const Value &, const CallArgs &args)
{
    return Value::boolean(setIsSubset(s, oneArg(args, qualified(s, "issubset"))));
}

Value issuperset(SetObject &s, const Value &, const CallArgs &args)
{
    return Value::boolean(setIsSuperset(s, oneArg(args, qualified(s, "issuperset"))));
}

Value isdisjoint(SetObject &s, const Value &, const CallArgs &args)
{
    return Value::boolean(setIsDisjoint(s, oneArg(args, qualified(s, "isdisjoint"))));
}

} // namespace

void setupSetMethods()
{
    for (TypeObject *t : {setType(), frozensetType()}) {
        def(t, "copy", copy);
        def(t, "union", unionOf);
        def(t, "intersection", intersection);
        def(t, "difference", difference);
        def(t, "symmetric_difference", symmetricDifference);
        def(t, "issubset", issubset);
        def(t, "issuperset", issuperset);
        def(t, "isdisjoint", isdisjoint);
    }
    TypeObject *s = setType();
    def(s, "add", add);
    def(s, "remove", remove);
    def(s, "discard", discard);
    def(s, "pop", pop);
    def(s, "clear", clear);
    def(s, "update", update);
    def(s, "intersection_update", intersectionUpdate);
    def(s, "difference_update", differenceUpdate);
    def(s, "symmetric_difference_update", symmetricDifferenceUpdate);
}

} // namespace aw::py
