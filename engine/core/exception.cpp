#include "exception.h"

#include "containers.h"
#include "str.h"

#include <algorithm>

namespace aw {

namespace builtin {
namespace {
TypeObject *object()
{
    return objectType();
}
} // namespace

#define X1(id, name, module, base)                                                    \
    TypeObject *id()                                                                  \
    {                                                                                 \
        static TypeObject *const t = makeBuiltinType(name, module, {base()});         \
        return t;                                                                     \
    }
#define X2(id, name, module, base1, base2)                                            \
    TypeObject *id()                                                                  \
    {                                                                                 \
        static TypeObject *const t = makeBuiltinType(name, module, {base1(), base2()}); \
        return t;                                                                     \
    }
#include "exception_types.def"
#undef X1
#undef X2
} // namespace builtin

ExceptionObject::ExceptionObject(TypeObject *type, std::vector<Value> args)
    : Object(type)
    , m_args(std::move(args))
{
}

void ExceptionObject::setContext(Ref<ExceptionObject> context)
{
    // Python refuses to build a context cycle: it cuts the chain where `this` reappears.
    for (ExceptionObject *c = context.get(); c; c = c->m_context.get()) {
        if (c == this)
            return;
    }
    m_context = std::move(context);
}

void ExceptionObject::clearReferences()
{
    Object::clearReferences();
    m_args.clear();
    m_cause = nullptr;
    m_context = nullptr;
    m_exceptions.clear();
}

Ref<ExceptionObject> newException(TypeObject *type, const std::string &message)
{
    std::vector<Value> args;
    if (!message.empty())
        args.push_back(str(message));
    return make<ExceptionObject>(type, std::move(args));
}

PyException PyException::make(TypeObject *type, const std::string &message, bool noArgsIfEmpty)
{
    if (message.empty() && !noArgsIfEmpty)
        return PyException(aw::make<ExceptionObject>(type, std::vector<Value>{str("")}));
    return PyException(newException(type, message));
}

Ref<ExceptionObject> newExceptionGroup(const std::string &message, std::vector<Ref<ExceptionObject>> exceptions)
{
    const bool allExceptions = std::all_of(exceptions.begin(), exceptions.end(), [](const auto &e) {
        return e->isInstance(builtin::Exception());
    });
    std::vector<Value> excValues(exceptions.begin(), exceptions.end());
    auto group = make<ExceptionObject>(allExceptions ? builtin::ExceptionGroup() : builtin::BaseExceptionGroup(),
                                       std::vector<Value>{str(message), list(std::move(excValues))});
    group->exceptions() = std::move(exceptions);
    return group;
}

} // namespace aw
