#include "wait_target.h"

namespace aw::aio {

std::string_view waitKindName(WaitKind kind)
{
    switch (kind) {
    case WaitKind::Nothing: return "nothing";
    case WaitKind::Yield: return "yield";
    case WaitKind::Sleep: return "sleep";
    case WaitKind::Task: return "task";
    case WaitKind::Future: return "future";
    case WaitKind::Lock: return "lock";
    case WaitKind::Semaphore: return "semaphore";
    case WaitKind::Event: return "event";
    case WaitKind::Condition: return "condition";
    case WaitKind::Queue: return "queue";
    case WaitKind::QueuePut: return "queue put";
    case WaitKind::Barrier: return "barrier";
    case WaitKind::Executor: return "executor";
    case WaitKind::Gather: return "gather";
    case WaitKind::Wait: return "wait";
    case WaitKind::Timeout: return "timeout";
    }
    return "unknown";
}

} // namespace aw::aio
