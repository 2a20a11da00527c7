#pragma once
// Turns the text library's error values into raised Python exceptions.

#include "core/exception.h"
#include "text/py_error.h"

#include <string>

namespace aw::py {

[[noreturn]] void raiseTextError(const text::PyError &error);

template<typename T>
T unwrap(text::Result<T> r)
{
    if (!r.ok())
        raiseTextError(r.error());
    return std::move(r).value();
}

} // namespace aw::py
