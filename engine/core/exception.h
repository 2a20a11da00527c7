#pragma once
// Python exceptions: ExceptionObject is the Python value; PyException is the C++ exception
// that carries one through C++ frames (interpreter and engine alike), so `raise` is `throw`
// and `except` is `catch`, and a coroutine's exception travels through QCoro's promise.

#include "object.h"
#include "type.h"
#include "value.h"

#include <string>
#include <vector>

namespace aw {

namespace builtin {
#define X1(id, name, module, base) TypeObject *id();
#define X2(id, name, module, base1, base2) TypeObject *id();
#include "exception_types.def"
#undef X1
#undef X2
} // namespace builtin

// One line of a Python traceback.
struct TracebackEntry {
    std::string file;
    int line = 0;
    std::string function;
};

class ExceptionObject : public Object {
public:
    ExceptionObject(TypeObject *type, std::vector<Value> args);

    const std::vector<Value> &args() const noexcept { return m_args; }
    void setArgs(std::vector<Value> args) { m_args = std::move(args); }

    // `raise X from Y` sets the cause and suppresses the context, as in Python.
    const Ref<ExceptionObject> &cause() const noexcept { return m_cause; }
    void setCause(Ref<ExceptionObject> cause)
    {
        m_cause = std::move(cause);
        m_suppressContext = true;
    }
    const Ref<ExceptionObject> &context() const noexcept { return m_context; }
    void setContext(Ref<ExceptionObject> context);
    bool suppressContext() const noexcept { return m_suppressContext; }

    std::vector<TracebackEntry> &traceback() noexcept { return m_traceback; }
    const std::vector<TracebackEntry> &traceback() const noexcept { return m_traceback; }

    // The sub-exceptions of an ExceptionGroup/BaseExceptionGroup.
    std::vector<Ref<ExceptionObject>> &exceptions() noexcept { return m_exceptions; }
    const std::vector<Ref<ExceptionObject>> &exceptions() const noexcept { return m_exceptions; }

    // Instance attributes set by scenario code (`self.code = 3` in an exception subclass).
    Ref<Object> *attributeSlot() noexcept override { return &m_dict; }

    bool isInstance(const TypeObject *type) const noexcept { return this->type()->isSubtypeOf(type); }
    void clearReferences() override;

private:
    std::vector<Value> m_args;
    Ref<ExceptionObject> m_cause;
    Ref<ExceptionObject> m_context;
    bool m_suppressContext = false;
    std::vector<TracebackEntry> m_traceback;
    std::vector<Ref<ExceptionObject>> m_exceptions;
    Ref<Object> m_dict;
};

class PyException {
public:
    explicit PyException(Ref<ExceptionObject> exc) noexcept : m_exc(std::move(exc)) {}

    // An exception of `type` with a single string argument (none if the message is empty and
    // `noArgsIfEmpty`), as CPython's C code raises them.
    static PyException make(TypeObject *type, const std::string &message, bool noArgsIfEmpty = true);

    const Ref<ExceptionObject> &object() const noexcept { return m_exc; }
    bool isInstance(const TypeObject *type) const noexcept { return m_exc->isInstance(type); }

private:
    Ref<ExceptionObject> m_exc;
};

// A new ExceptionObject of `type` with `message` as its only argument (or no argument when
// the message is empty).
Ref<ExceptionObject> newException(TypeObject *type, const std::string &message);

// `ExceptionGroup(message, exceptions)`: an ExceptionGroup when every member is an
// Exception, else a BaseExceptionGroup, as the constructor in CPython decides.
Ref<ExceptionObject> newExceptionGroup(const std::string &message, std::vector<Ref<ExceptionObject>> exceptions);

} // namespace aw
