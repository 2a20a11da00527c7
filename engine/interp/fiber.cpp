#include "fiber.h"

#include "core/recursion.h"

#include <sys/mman.h>
#include <ucontext.h>

#include <cstdint>
#include <new>
#include <utility>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AWAITSCOPE_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define AWAITSCOPE_ASAN 1
#endif

#ifdef AWAITSCOPE_ASAN
extern "C" {
void __sanitizer_start_switch_fiber(void **fake_stack_save, const void *bottom, size_t size);
void __sanitizer_finish_switch_fiber(void *fake_stack_save, const void **bottom_old, size_t *size_old);
}
#endif

namespace aw::interp {

struct Fiber::Context {
    ucontext_t fiber{};
    ucontext_t caller{};
    void *stack = nullptr;
    size_t stackSize = 0;
    // The caller's stack, learnt on the first switch into the fiber (ASan needs it to
    // switch back).
    const void *callerBottom = nullptr;
    size_t callerSize = 0;
    void *fakeStack = nullptr;
};

namespace {

void startSwitch([[maybe_unused]] void **fake, [[maybe_unused]] const void *bottom, [[maybe_unused]] size_t size)
{
#ifdef AWAITSCOPE_ASAN
    __sanitizer_start_switch_fiber(fake, bottom, size);
#endif
}

void finishSwitch([[maybe_unused]] void *fake, [[maybe_unused]] const void **bottom, [[maybe_unused]] size_t *size)
{
#ifdef AWAITSCOPE_ASAN
    __sanitizer_finish_switch_fiber(fake, bottom, size);
#endif
}

} // namespace

Fiber::Fiber(std::function<void()> body, size_t stackBytes)
    : m_body(std::move(body))
    , m_context(std::make_unique<Context>())
{
    Context &c = *m_context;
    c.stackSize = stackBytes;
    c.stack = mmap(nullptr, stackBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (c.stack == MAP_FAILED)
        throw std::bad_alloc();
    getcontext(&c.fiber);
    c.fiber.uc_stack.ss_sp = c.stack;
    c.fiber.uc_stack.ss_size = stackBytes;
    c.fiber.uc_link = nullptr;
    const auto self = reinterpret_cast<uintptr_t>(this);
    makecontext(&c.fiber, reinterpret_cast<void (*)()>(&Fiber::entry), 2, static_cast<unsigned>(self),
                static_cast<unsigned>(self >> 32));
}

Fiber::~Fiber()
{
    munmap(m_context->stack, m_context->stackSize);
}

void Fiber::entry(unsigned lo, unsigned hi)
{
    auto *self = reinterpret_cast<Fiber *>(static_cast<uintptr_t>(lo) | (static_cast<uintptr_t>(hi) << 32));
    Context &c = *self->m_context;
    finishSwitch(nullptr, &c.callerBottom, &c.callerSize);
    try {
        self->m_body();
    } catch (...) {
        self->m_error = std::current_exception();
    }
    self->m_finished = true;
    // The fiber's stack is going away: no fake stack to keep.
    startSwitch(nullptr, c.callerBottom, c.callerSize);
    swapcontext(&c.fiber, &c.caller);
}

void Fiber::resume()
{
    Context &c = *m_context;
    void *fake = nullptr;
    const char *callerStack = RecursionGuard::enterStack(c.stack, c.stackSize);
    startSwitch(&fake, c.stack, c.stackSize);
    swapcontext(&c.caller, &c.fiber);
    finishSwitch(fake, nullptr, nullptr);
    RecursionGuard::restoreStack(callerStack);
    if (m_finished && m_error)
        std::rethrow_exception(std::exchange(m_error, nullptr));
}

void Fiber::suspend()
{
    Context &c = *m_context;
    startSwitch(&c.fakeStack, c.callerBottom, c.callerSize);
    swapcontext(&c.fiber, &c.caller);
    finishSwitch(c.fakeStack, &c.callerBottom, &c.callerSize);
}

} // namespace aw::interp
