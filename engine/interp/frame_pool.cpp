#include "frame_pool.h"

#include <array>
#include <utility>
#include <new>

#if defined(__SANITIZE_ADDRESS__)
#define AWAITSCOPE_FRAME_POOL 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AWAITSCOPE_FRAME_POOL 0
#endif
#endif
#ifndef AWAITSCOPE_FRAME_POOL
#define AWAITSCOPE_FRAME_POOL 1
#endif

namespace aw::interp {

#if AWAITSCOPE_FRAME_POOL
namespace {

constexpr size_t kGrain = 64;
// Larger frames (a coroutine with many locals) are rare enough for the heap.
constexpr size_t kClasses = 32;

struct FreeFrame {
    FreeFrame *next;
};

class Lists {
public:
    ~Lists()
    {
        for (FreeFrame *&head : m_heads)
            while (head)
                ::operator delete(std::exchange(head, head->next));
    }
    FreeFrame *&head(size_t sizeClass) noexcept { return m_heads[sizeClass]; }

private:
    std::array<FreeFrame *, kClasses> m_heads{};
};

thread_local Lists t_lists;

size_t classOf(size_t bytes) noexcept
{
    return (bytes + kGrain - 1) / kGrain - 1;
}

} // namespace

void *FramePool::allocate(size_t bytes)
{
    const size_t c = classOf(bytes);
    if (c >= kClasses)
        return ::operator new(bytes);
    FreeFrame *&head = t_lists.head(c);
    if (FreeFrame *f = head) {
        head = f->next;
        return f;
    }
    return ::operator new((c + 1) * kGrain);
}

void FramePool::release(void *frame, size_t bytes) noexcept
{
    const size_t c = classOf(bytes);
    if (c >= kClasses) {
        ::operator delete(frame);
        return;
    }
    FreeFrame *&head = t_lists.head(c);
    head = new (frame) FreeFrame{head};
}

#else

void *FramePool::allocate(size_t bytes)
{
    return ::operator new(bytes);
}

void FramePool::release(void *frame, size_t) noexcept
{
    ::operator delete(frame);
}

#endif

} // namespace aw::interp
