#pragma once
// CPython 3.11's hash functions, bit for bit, as run with PYTHONHASHSEED=0: set iteration
// order follows from the hashes, so scenarios print sets in CPython's order only if every
// hash matches.

#include "core/value.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace aw::py {

// _Py_HashBytes: SipHash-1-3 with a zero key; 0 for no bytes.
int64_t hashBytes(const void *data, size_t size);
// hash(str): hashBytes over the string's canonical representation (Latin-1, UCS-2 or
// UCS-4 little-endian, by its largest code point).
int64_t strHash(std::string_view utf8);
// hash(tuple): the xxHash-based tuplehash over the items' hashes.
int64_t tupleHash(std::span<const Value> items);

} // namespace aw::py
