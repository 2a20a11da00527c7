// Error values for the CPython-exact text and number helpers.
//
// The helpers never throw: the interpreter must raise the matching Python
// exception with exactly CPython's message, so failures travel as values.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace aw::text {

enum class PyErrorKind {
    ValueError,
    TypeError,
    OverflowError,
    ZeroDivisionError,
    IndexError,
    // CPython would produce an int that does not fit in int64_t; the
    // interpreter must fall back to big integers (or raise) itself.
    IntOverflow,
    // CPython would produce a complex number (e.g. (-8) ** 0.5).
    ComplexResult,
};

struct PyError {
    PyErrorKind kind;
    std::string message;
};

inline PyError valueError(std::string message)
{
    return {PyErrorKind::ValueError, std::move(message)};
}

// A value or the Python exception that computing it raises.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(PyError error) : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const PyError &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, PyError> m_state;
};

} // namespace aw::text
