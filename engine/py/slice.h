#pragma once
// Python `slice`: what `seq[i:j:k]` passes to __getitem__, and CPython's arithmetic for
// resolving it against a sequence length (PySlice_Unpack + PySlice_AdjustIndices).

#include "builtin_types.h"

#include "core/object.h"
#include "core/value.h"

#include <cstdint>
#include <tuple>

namespace aw {

class SliceObject : public Object {
public:
    SliceObject(Value start, Value stop, Value step);

    Value start;
    Value stop;
    Value step;

    // (start, stop, step, slicelength) for a sequence of `length` items, as CPython's
    // PySlice_Unpack then PySlice_AdjustIndices. Raises ValueError for a zero step and
    // TypeError for bounds that are neither None nor integers.
    std::tuple<int64_t, int64_t, int64_t, int64_t> indices(int64_t length) const;
};

inline Value makeSlice(Value start, Value stop, Value step = {})
{
    return Value(make<SliceObject>(std::move(start), std::move(stop), std::move(step)));
}

} // namespace aw
