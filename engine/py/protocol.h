#pragma once
// The object protocol: Python's generic operations on any value (PyObject_* in CPython).
// Each dispatches through the operand's type slots; errors are raised as PyException with
// CPython's message text.

#include "core/exception.h"
#include "core/type.h"
#include "core/value.h"

#include <optional>
#include <string>
#include <string_view>

namespace aw {
class DictObject;
}

namespace aw::py {

TypeObject *noneType();
TypeObject *boolType();
TypeObject *intType();
TypeObject *floatType();
TypeObject *notImplementedType();

// The type of any value (immediates included).
TypeObject *typeOf(const Value &v);
// The NotImplemented singleton, returned by binary and comparison slots.
const Value &notImplemented();
bool isNotImplemented(const Value &v);

// A str Value for `s` (interned for identifiers the runtime uses often).
Value name(std::string_view s);
// The UTF-8 text of a str Value; raises TypeError naming `what` otherwise.
const std::string &strText(const Value &v, std::string_view what = "argument");

std::string repr(const Value &v);
std::string str(const Value &v);
int64_t hash(const Value &v);
bool truthy(const Value &v);
bool isInstance(const Value &v, const TypeObject *type);

// Comparison with Python's rules: the reflected operation, then identity for == and !=,
// else TypeError for orderings.
Value compare(const Value &a, const Value &b, CompareOp op);
bool equals(const Value &a, const Value &b);
bool lessThan(const Value &a, const Value &b);

Value binary(const Value &a, const Value &b, BinaryOp op);
Value inplace(const Value &a, const Value &b, BinaryOp op);
Value unary(const Value &v, UnaryOp op);
std::string_view binaryOpSymbol(BinaryOp op);

Value call(const Value &callable, const CallArgs &args);
Value call(const Value &callable, std::initializer_list<Value> positional);

// Attribute access: the generic algorithm (data descriptors on the type, then the
// instance's own attributes, then other class attributes, binding functions), then the
// type's getAttr slot, then __getattr__.
Value getAttr(const Value &obj, const Value &name);
Value getAttr(const Value &obj, std::string_view name);
bool hasAttr(const Value &obj, std::string_view name);
// Returns false (without raising) when the attribute is absent.
bool tryGetAttr(const Value &obj, const Value &name, Value &out);
void setAttr(const Value &obj, const Value &name, const Value &v);
// The object's attribute dict (made on first use when `create`), or null if it has none.
DictObject *instanceDict(const Value &obj, bool create = false);
void delAttr(const Value &obj, const Value &name);
// object.__setattr__ / object.__delattr__: descriptors and the instance dict, bypassing a
// class's own __setattr__ / __delattr__.
void genericSetAttr(const Value &obj, const Value &name, const Value &v);
void genericDelAttr(const Value &obj, const Value &name);

Value iter(const Value &v);
// The next item of an iterator, nullopt when exhausted (StopIteration is not raised).
std::optional<Value> next(const Value &iterator);
int64_t len(const Value &v);
Value getItem(const Value &obj, const Value &key);
void setItem(const Value &obj, const Value &key, const Value &v);
void delItem(const Value &obj, const Value &key);
bool contains(const Value &container, const Value &item);

// The address default reprs show (`<Foo object at 0x7f...>`), made from the object's serial
// number so that the same run prints the same text; id() agrees with it.
std::string addressOf(const Object &o);

// Raises TypeError: "'<type>' object is not <what>" (e.g. "callable", "iterable").
[[noreturn]] void raiseNot(const Value &v, std::string_view what);
[[noreturn]] void raise(TypeObject *type, const std::string &message);

// An index for sequences: int, bool or an object with __index__; TypeError otherwise.
int64_t asIndex(const Value &v, std::string_view typeNameForError);

} // namespace aw::py
