#pragma once
// Helpers shared by the built-in functions and the standard modules of the builtins area.

#include "core/slots.h"
#include "core/value.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace aw {
class DictObject;
class ModuleObject;
class TypeObject;
}

namespace aw::py {

// The special method `name` of v's type, bound to v (CPython's _PyObject_LookupSpecial:
// the instance's own attributes are not consulted). False when the type has none.
bool lookupSpecial(const Value &v, const char *name, Value &bound);

// A keyword argument by name, or a null pointer.
const Value *keyword(const CallArgs &args, std::string_view name);
// Raises TypeError "'<name>' is an invalid keyword argument for <function>()" for any
// keyword not in `allowed`.
void onlyKeywords(const CallArgs &args, std::string_view function, std::initializer_list<std::string_view> allowed);
// Raises TypeError "<function>() takes no keyword arguments" when there are any.
void noKeywords(const CallArgs &args, std::string_view function);
// Raises TypeError "<function> expected <n> arguments, got <k>" outside [min, max].
void positionalCount(const CallArgs &args, std::string_view function, size_t min, size_t max);

// Calls `callable` with positional arguments given as a vector.
Value callWith(const Value &callable, const std::vector<Value> &positional);

// Parts of initBuiltinFunctions, one per builtins_*.cpp file.
void addNumericBuiltins(DictObject &builtins);
void addIterBuiltins(DictObject &builtins);
void addObjectBuiltins(DictObject &builtins);

// abs(x).
Value absolute(const Value &x);

// The math functions of module_math_exact.cpp.
void addExactMathFunctions(ModuleObject &m);

// A computed attribute of a built-in type's instances (CPython's getset descriptors):
// `set` null makes it read-only.
void defineGetSet(TypeObject *type, const std::string &name, std::function<Value(const Value &self)> get,
                  std::function<void(const Value &self, const Value &value)> set = {});

// An int that is an immediate (int64) or a bool; big ints are isAnyInt() (bigint_value.h).
inline bool isIntValue(const Value &v)
{
    return v.isInt() || v.isBool();
}

// A float for a real number (int, bool, float, or an object with __float__ or __index__),
// raising TypeError "must be real number, not X" otherwise (PyFloat_AsDouble).
double asDouble(const Value &v);

// The text of v's type name, for messages.
std::string typeName(const Value &v);

} // namespace aw::py
