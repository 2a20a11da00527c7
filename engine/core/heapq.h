#pragma once
// CPython's heapq algorithms, step for step. With items that compare equal the order they
// come out in depends on the exact sift sequence, so PriorityQueue (and a scenario's heapq)
// must use these, not std::push_heap. `less` may throw (Python's `<` raising TypeError);
// the heap then keeps every item, as CPython's does.

#include <cstddef>
#include <utility>

namespace aw::heapq {

template<typename Seq, typename Less>
void siftDown(Seq &heap, size_t startPos, size_t pos, Less &&less)
{
    auto newItem = heap[pos];
    while (pos > startPos) {
        const size_t parentPos = (pos - 1) >> 1;
        if (!less(newItem, heap[parentPos]))
            break;
        heap[pos] = heap[parentPos];
        pos = parentPos;
    }
    heap[pos] = std::move(newItem);
}

template<typename Seq, typename Less>
void siftUp(Seq &heap, size_t pos, Less &&less)
{
    const size_t endPos = heap.size();
    const size_t startPos = pos;
    auto newItem = heap[pos];
    size_t childPos = 2 * pos + 1;
    while (childPos < endPos) {
        const size_t rightPos = childPos + 1;
        if (rightPos < endPos && !less(heap[childPos], heap[rightPos]))
            childPos = rightPos;
        heap[pos] = heap[childPos];
        pos = childPos;
        childPos = 2 * pos + 1;
    }
    heap[pos] = std::move(newItem);
    siftDown(heap, startPos, pos, less);
}

template<typename Seq, typename T, typename Less>
void push(Seq &heap, T item, Less &&less)
{
    heap.push_back(std::move(item));
    siftDown(heap, 0, heap.size() - 1, less);
}

// Precondition: the heap is not empty.
template<typename Seq, typename Less>
auto pop(Seq &heap, Less &&less)
{
    auto last = std::move(heap.back());
    heap.pop_back();
    if (heap.empty())
        return last;
    auto top = std::move(heap[0]);
    heap[0] = std::move(last);
    siftUp(heap, 0, less);
    return top;
}

} // namespace aw::heapq
