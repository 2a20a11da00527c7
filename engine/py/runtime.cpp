#include "runtime.h"

#include "core/type.h"
#include "module_collections.h"
#include "type_setup.h"

#include <mutex>

namespace aw::py {

void initRuntime()
{
    static std::once_flag once;
    std::call_once(once, [] {
        setupObjectAndType();
        setupExceptionTypes();
        setupStrType();
        setupStrMethods();
        setupNumberTypes();
        setupListAndTuple();
        setupDictType();
        setupSetTypes();
        setupRangeAndSlice();
        setupIteratorTypes();
        // Types made before their bases had slots (all of them, at first) inherit now.
        for (TypeObject *t : builtinTypes())
            inheritSlots(t);
        // object and type are bootstrapped outside the registry of built-in types.
        exposeSlots(objectType());
        for (TypeObject *t : builtinTypes())
            exposeSlots(t);
        // Made here, before any scenario runs, so that importing collections allocates no
        // more objects (whose serial numbers scenarios observe as addresses) than before
        // OrderedDict had a type of its own.
        orderedDictType();
    });
}

} // namespace aw::py
