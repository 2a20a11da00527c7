#include "run_meter.h"

#include "exception.h"

#include <fcntl.h>
#include <malloc.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define AWAITSCOPE_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AWAITSCOPE_ASAN 1
#endif
#endif
#ifdef AWAITSCOPE_ASAN
#include <sanitizer/allocator_interface.h>
#endif

#include <cstdlib>
#include <utility>

namespace aw {

namespace {
// The heap is looked at for any request of this size, and whenever smaller requests add up
// to it: between two looks the run can only have taken about this much more.
constexpr size_t kLookEvery = size_t(1) << 24;
constexpr int64_t kIdleUnits = INT64_MAX / 2;
thread_local size_t t_requestedSinceLook = 0;
} // namespace

thread_local int64_t RunMeter::s_countdown = kIdleUnits;
thread_local RunMeter::Installation RunMeter::s_run;

size_t RunMeter::heapInUse()
{
#ifdef AWAITSCOPE_ASAN
    // The sanitizer's allocator serves every allocation; its shadow memory makes the
    // resident set meaningless.
    return __sanitizer_get_current_allocated_bytes();
#else
    // The resident set, not glibc's mallinfo2(): that walks every free chunk of every arena,
    // and with the heap of ten thousand suspended tasks it took a third of a run's time.
    // Memory freed but kept by the allocator still counts, which only errs on the safe side.
    static const int statm = ::open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
    static const size_t pageBytes = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
    char text[128];
    const ssize_t got = statm < 0 ? -1 : ::pread(statm, text, sizeof text - 1, 0);
    if (got <= 0) {
        const struct mallinfo2 m = mallinfo2();
        return m.uordblks + m.hblkhd;
    }
    text[got] = '\0';
    // "size resident shared ...", in pages.
    const char *p = text;
    while (*p && *p != ' ')
        ++p;
    return static_cast<size_t>(std::strtoull(p, nullptr, 10)) * pageBytes;
#endif
}

void RunMeter::reserve(size_t bytes)
{
    if (s_run.ceiling == SIZE_MAX)
        return;
    t_requestedSinceLook += bytes;
    if (bytes < kLookEvery && t_requestedSinceLook < kLookEvery)
        return;
    t_requestedSinceLook = 0;
    const size_t used = heapInUse();
    if (used >= s_run.ceiling || bytes > s_run.ceiling - used)
        throw PyException::make(builtin::MemoryError(), "");
}

RunMeter::Installation RunMeter::install(const Installation &run, int64_t units)
{
    Installation previous = std::exchange(s_run, run);
    s_countdown = run.checkpoint ? units : kIdleUnits;
    return previous;
}

void RunMeter::reachedCheckpoint()
{
    if (s_run.checkpoint)
        s_run.checkpoint(s_run.context);
    else
        s_countdown = kIdleUnits;
}

} // namespace aw
