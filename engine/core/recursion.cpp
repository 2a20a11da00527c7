#include "recursion.h"

#include "exception.h"

#include <string>

namespace aw {

thread_local int RecursionGuard::s_depth = 0;
thread_local int RecursionGuard::s_limit = 1000;

void RecursionGuard::exceeded(std::string_view where)
{
    --s_depth;
    throw PyException::make(builtin::RecursionError(), "maximum recursion depth exceeded" + std::string(where));
}

} // namespace aw
