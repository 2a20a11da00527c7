#include "block_pool.h"

#include <array>
#include <new>
#include <utility>

#if defined(__SANITIZE_ADDRESS__)
#define AWAITSCOPE_BLOCK_POOL 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AWAITSCOPE_BLOCK_POOL 0
#endif
#endif
#ifndef AWAITSCOPE_BLOCK_POOL
#define AWAITSCOPE_BLOCK_POOL 1
#endif

namespace aw {

#if AWAITSCOPE_BLOCK_POOL
namespace {

constexpr size_t kGrain = 16;
// Larger blocks (a coroutine with many locals, a big object) are rare enough for the heap.
constexpr size_t kClasses = 64;

struct FreeBlock {
    FreeBlock *next;
};

class Lists {
public:
    ~Lists()
    {
        t_gone = true;
        for (FreeBlock *&head : m_heads)
            while (head)
                ::operator delete(std::exchange(head, head->next));
    }
    FreeBlock *&head(size_t sizeClass) noexcept { return m_heads[sizeClass]; }
    // Set once this thread's lists are destroyed: objects that other thread-local
    // destructors free afterwards go straight back to the heap.
    static thread_local inline bool t_gone = false;

private:
    std::array<FreeBlock *, kClasses> m_heads{};
};

thread_local Lists t_lists;

size_t classOf(size_t bytes) noexcept
{
    return (bytes + kGrain - 1) / kGrain - 1;
}

} // namespace

void *BlockPool::allocate(size_t bytes)
{
    const size_t c = classOf(bytes);
    if (c >= kClasses || Lists::t_gone)
        return ::operator new(bytes);
    FreeBlock *&head = t_lists.head(c);
    if (FreeBlock *b = head) {
        head = b->next;
        return b;
    }
    return ::operator new((c + 1) * kGrain);
}

void BlockPool::release(void *block, size_t bytes) noexcept
{
    const size_t c = classOf(bytes);
    if (c >= kClasses || Lists::t_gone) {
        ::operator delete(block);
        return;
    }
    FreeBlock *&head = t_lists.head(c);
    head = new (block) FreeBlock{head};
}

#else

void *BlockPool::allocate(size_t bytes)
{
    return ::operator new(bytes);
}

void BlockPool::release(void *block, size_t) noexcept
{
    ::operator delete(block);
}

#endif

} // namespace aw
