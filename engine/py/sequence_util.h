#pragma once
// Pieces the container types share: CPython's element comparison with its identity
// shortcut, lexicographic sequence comparison, recursion-safe reprs, index arguments and
// the argument checks of CPython's C methods.

#include "core/slots.h"
#include "core/value.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aw::py {

// PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality.
bool sameOrEqual(const Value &a, const Value &b);

// Lexicographic comparison of two sequences (list_richcompare / tuplerichcompare). The
// vectors are re-read at each step: element comparisons may run Python code that mutates
// a list.
Value compareSequences(const std::vector<Value> &a, const std::vector<Value> &b, CompareOp op);

// The items of any iterable: lists and tuples copied directly, others iterated.
std::vector<Value> collect(const Value &iterable);
// PySequence_Fast: collect(), but TypeError `message` when `v` is not iterable.
std::vector<Value> fastSequence(const Value &v, const char *message);

// Py_ReprEnter/Py_ReprLeave: whether `object` is already being repr'd on this thread
// (a list containing itself shows `[...]`).
class ReprGuard {
public:
    explicit ReprGuard(const Object *object);
    ~ReprGuard();
    ReprGuard(const ReprGuard &) = delete;
    ReprGuard &operator=(const ReprGuard &) = delete;
    bool recursive() const noexcept { return m_recursive; }

private:
    const Object *m_object;
    bool m_recursive;
};

// "1, 2, 3": the reprs of a sequence's items, re-reading its size after each (a repr may
// shrink the list).
std::string joinReprs(const std::vector<Value> &items);

// A slice bound or index argument: an int, a bool or an object with __index__.
// sliceIndex raises CPython's "slice indices must be integers or None or have an __index__
// method"; sliceIndexNotNone (index() bounds) leaves out "or None".
int64_t sliceIndex(const Value &v);
int64_t sliceIndexNotNone(const Value &v);

// The [start, stop) of `seq.index(x, start, stop)` after CPython's negative-index
// adjustment; `args` are the arguments after x.
std::pair<int64_t, int64_t> searchBounds(std::span<const Value> args, int64_t size);

// The count of `seq * n` when `n` is an int or has __index__, else nullopt.
std::optional<int64_t> repeatCount(const Value &n);
[[noreturn]] void raiseCannotMultiply(const Value &n);
// Whether the other operand of a sequence operation should get its own chance to handle
// it (a class defining the reflected dunder) before the sequence raises TypeError.
bool mayHandleReflected(const Value &other, BinaryOp op);

// The hash slot of mutable containers: TypeError "unhashable type: 'list'".
int64_t unhashable(const Value &v);
// KeyError(key), with the key itself as the argument as CPython raises it.
[[noreturn]] void raiseKeyError(const Value &key);
// At most `max` positional arguments and no keywords, with the messages of
// _PyArg_CheckPositional ("pop expected at most 1 argument, got 2").
void checkPositional(const CallArgs &args, std::string_view name, size_t min, size_t max);

} // namespace aw::py
