#pragma once
// Recycled memory for the small blocks a scenario makes and drops at every step: the
// interpreter's coroutine frames (interp/step.h) and Python objects (futures, timer
// handles, coroutine objects, ints boxed in lists...).
//
// They come in a few dozen sizes and are made and dropped thousands of tasks apart, which
// overflows glibc's small per-thread caches and sends every one through the full malloc.
// The pool keeps a free list per 16-byte size class on each thread and gives memory back
// only when the thread ends; a block freed on another thread than it was made on simply
// joins that thread's lists. Under AddressSanitizer blocks go straight to the heap, so that
// a use after free is still caught.

#include <cstddef>

namespace aw {

class BlockPool {
public:
    static void *allocate(size_t bytes);
    static void release(void *block, size_t bytes) noexcept;
};

} // namespace aw
