#pragma once
// Iterators implemented in C++: the built-in iterator types (enumerate, zip, map, filter,
// reversed), the iterators of iter(seq) and iter(callable, sentinel), and the machinery the
// itertools types share. Each is a NativeIterator of its own type: a C++ step function that
// gives the next item or nullopt, and once it has said nullopt it is never called again.

#include "core/object.h"
#include "core/value.h"

#include <functional>
#include <optional>
#include <string>

namespace aw {

TypeObject *enumerateType();
TypeObject *zipType();
TypeObject *mapType();
TypeObject *filterType();
TypeObject *reversedType();

class NativeIterator : public Object {
public:
    using Step = std::function<std::optional<Value>()>;
    // `describe`, if given, is the repr (itertools.count shows `count(5)`); otherwise the
    // default `<type object at 0x...>`.
    NativeIterator(TypeObject *type, Step step, std::function<std::string()> describe = {});

    std::optional<Value> advance();
    void clearReferences() override { m_step = nullptr; }
    const std::function<std::string()> &describe() const noexcept { return m_describe; }

private:
    Step m_step;
    std::function<std::string()> m_describe;
    bool m_done = false;
};

namespace py {

// A built-in iterator type: iter() gives the object itself, next() runs its step.
TypeObject *makeIteratorType(const std::string &name, const std::string &module);
Value makeIterator(TypeObject *type, NativeIterator::Step step, std::function<std::string()> describe = {});

// iter(seq) for an object that has __getitem__ but no __iter__: items 0, 1, 2... until
// IndexError or StopIteration (CPython's sequence iterator).
Value sequenceIterator(const Value &seq);
// iter(callable, sentinel): calls until the result equals the sentinel.
Value callableIterator(const Value &callable, const Value &sentinel);
// iter(x) as the built-in does it: the iterator protocol, else the sequence protocol.
Value iterate(const Value &iterable);

} // namespace py
} // namespace aw
