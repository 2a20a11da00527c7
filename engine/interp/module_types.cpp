// types: coroutine(), which makes a generator function's generators awaitable (the
// generator-based coroutines older tutorials write).

#include "function_object.h"
#include "generator.h"
#include "modules.h"

#include "py/args.h"
#include "py/function.h"
#include "py/protocol.h"

namespace aw::interp {

void initTypesModule(ModuleObject &m)
{
    m.def("coroutine", [](const Value &, const CallArgs &args) {
        Value func = py::oneArg(args, "coroutine");
        if (!py::typeOf(func)->slots.call)
            py::raise(builtin::TypeError(), "types.coroutine() expects a callable");
        // CPython flags the generator function's code object in place and returns it.
        if (auto *fn = func.as<FunctionObject>(); fn && fn->code().isGenerator && !fn->code().isCoroutine)
            fn->iterableCoroutine = true;
        return func;
    });
}

bool isIterableCoroutine(const Value &v)
{
    auto *gen = v.as<GeneratorObject>();
    return gen && gen->function().iterableCoroutine;
}

} // namespace aw::interp
