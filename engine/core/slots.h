#pragma once
// Type slots: how a type implements each operation, as function pointers (CPython's
// tp_* slots). Built-in types fill them in C++. A class defined by a scenario gets slots
// that call its Python dunder methods when it (or a Python base) defines them, and inherits
// its built-in base's slots otherwise (see class_object.cpp).
//
// A slot that does not apply is null. Binary operation slots return notImplemented() when
// the operand combination is not theirs, so the protocol can try the reflected operation.

#include "value.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace aw {

class TypeObject;

// Positional arguments, then keyword arguments as (name, value) pairs.
struct CallArgs {
    std::span<const Value> positional;
    std::span<const std::pair<Value, Value>> keywords; // names are str Values
    bool empty() const noexcept { return positional.empty() && keywords.empty(); }
};

enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

enum class BinaryOp : uint8_t {
    Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
    Count
};

enum class UnaryOp : uint8_t { Neg, Pos, Invert };

struct TypeSlots {
    std::string (*repr)(const Value &self) = nullptr;
    std::string (*str)(const Value &self) = nullptr;          // null: same as repr
    int64_t (*hash)(const Value &self) = nullptr;             // null: unhashable
    // Returns notImplemented() when it does not handle `other`.
    Value (*richCompare)(const Value &self, const Value &other, CompareOp op) = nullptr;
    bool (*truthy)(const Value &self) = nullptr;              // null: len() if any, else True
    Value (*call)(const Value &self, const CallArgs &args) = nullptr;

    // Attribute access beyond the generic algorithm (module attributes, instance dicts are
    // handled generically). Returns false when absent.
    bool (*getAttr)(const Value &self, const Value &name, Value &out) = nullptr;
    // Consulted before the generic lookup (super(): the type's own attributes, such as
    // object.__setattr__, must not hide the ones found past the class in the MRO).
    bool (*getAttrFirst)(const Value &self, const Value &name, Value &out) = nullptr;

    Value (*iter)(const Value &self) = nullptr;
    // Next item, or nullopt when exhausted (no StopIteration thrown on this path).
    std::optional<Value> (*next)(const Value &self) = nullptr;
    int64_t (*len)(const Value &self) = nullptr;
    Value (*getItem)(const Value &self, const Value &key) = nullptr;
    void (*setItem)(const Value &self, const Value &key, const Value &value) = nullptr;
    void (*delItem)(const Value &self, const Value &key) = nullptr;
    // Returns nullopt to fall back to iteration.
    std::optional<bool> (*contains)(const Value &self, const Value &item) = nullptr;

    Value (*binary[static_cast<int>(BinaryOp::Count)])(const Value &a, const Value &b) = {};
    // In-place variants (`+=`); null falls back to the binary operation.
    Value (*inplace[static_cast<int>(BinaryOp::Count)])(const Value &a, const Value &b) = {};
    Value (*unary[3])(const Value &self) = {};

    // Descriptors (functions, properties, staticmethod, classmethod): what `instance.attr`
    // or `owner.attr` (instance None) gives when this object is a class attribute.
    Value (*descrGet)(const Value &self, const Value &instance, TypeObject *owner) = nullptr;
    // Data descriptors (property): take precedence over the instance's own attributes.
    void (*descrSet)(const Value &self, const Value &instance, const Value &value) = nullptr;
    // `del instance.attr` on a data descriptor (__slots__ members).
    void (*descrDelete)(const Value &self, const Value &instance) = nullptr;

    // Instantiation (`cls(...)`) is newInstance then, if the result is an instance of cls,
    // init: CPython's tp_new and tp_init. `cls` may be a subclass defined by the scenario.
    // A null newInstance means the type cannot be instantiated.
    Value (*newInstance)(TypeObject *cls, const CallArgs &args) = nullptr;
    void (*init)(const Value &self, const CallArgs &args) = nullptr;
};

} // namespace aw
