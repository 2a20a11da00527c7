#pragma once
// The event loop: a FIFO ready queue and a timer heap on a virtual clock.
//
// One iteration follows BaseEventLoop._run_once: drop cancelled timers, compute how long to
// "wait" (zero if anything is ready), advance the clock by that much (the virtual selector),
// move every timer that is due onto the ready queue, then run exactly the callbacks that
// were ready when the iteration began; callbacks they schedule run in the next iteration.
// The clock moves only when nothing is ready. Nothing here reads a wall clock.
//
// step() runs one callback at a time so a viewer can advance the program event by event;
// runOnce() and runUntilComplete() are built from it.

#include "core/exception.h"
#include "handle.h"
#include "observer.h"
#include "task.h"

#include <cstdint>
#include <deque>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace aw::aio {

class Executor;

// The scenario ran past its budget (events or virtual time); the loop can be inspected but
// not continued.
struct BudgetExceeded {
    std::string reason;
};

// Nothing can make progress while tasks still wait. `report` lists every blocked task.
struct Deadlock {
    std::string report;
};

struct ResourceInfo {
    ResourceKind kind;
    std::string name;
    ResourceState state;
};

// What carries over from one loop to the next in a program that runs several (two
// asyncio.run() calls): the virtual clock, CPython's global Task-N counter, and the ids the
// trace uses, so that they stay unique across loops.
struct LoopState {
    double time = 0.0;
    uint64_t taskNameCounter = 0;
    uint32_t nextTaskId = 0;
    uint32_t nextFutureId = 0;
    uint32_t nextResourceId = 0;
};

struct LoopBudget {
    uint64_t maxCallbacks = std::numeric_limits<uint64_t>::max();
    double maxTime = std::numeric_limits<double>::infinity();
    // Tasks made over the run (every loop's count): each stays known to the trace and the
    // deadlock report, so their number bounds the run's memory.
    uint64_t maxTasks = std::numeric_limits<uint64_t>::max();
};

class EventLoop {
public:
    EventLoop();
    explicit EventLoop(const LoopState &continueFrom);
    ~EventLoop();
    LoopState state() const;
    EventLoop(const EventLoop &) = delete;
    EventLoop &operator=(const EventLoop &) = delete;

    double time() const noexcept { return m_now; }

    Ref<Handle> callSoon(Handle::Callback cb);
    Ref<TimerHandle> callLater(double delay, Handle::Callback cb);
    Ref<TimerHandle> callAt(double when, Handle::Callback cb);

    Ref<Future> createFuture();
    // A task named `name`, or Task-N from the loop's counter when no name is given (the
    // counter advances only then, as in CPython).
    Ref<Task> createTask(Task::CoroutineFunction fn, std::string coroName, std::optional<std::string> name = {});

    // Runs one callback (starting a new iteration when the last one is exhausted). Returns
    // false when there is nothing left to run: no ready callback and no pending timer.
    bool step();
    // Runs one whole iteration of _run_once. Returns false when there was nothing to do.
    bool runOnce();
    // Runs until `fut` is done and returns its result (or throws its exception). Throws
    // Deadlock if the loop runs dry first, BudgetExceeded past the budget.
    Value runUntilComplete(const Ref<Future> &fut);
    void stop() noexcept { m_stopping = true; }

    // Blocks the loop's thread for `seconds` of virtual time (time.sleep() on the loop):
    // nothing else runs meanwhile.
    void blockFor(double seconds);

    Task *currentTask() const noexcept { return m_currentTask; }
    // Callbacks run so far; it changes exactly when a new callback starts.
    uint64_t callbacksRun() const noexcept { return m_callbacksRun; }
    // Runs fn as code on another thread would run: no task is current meanwhile (an
    // executor job started or resumed from inside a task's step).
    template<typename F>
    void runOutsideTask(F &&fn)
    {
        Task *saved = std::exchange(m_currentTask, nullptr);
        try {
            fn();
        } catch (...) {
            m_currentTask = saved;
            throw;
        }
        m_currentTask = saved;
    }
    // Every task created on this loop, in creation order (done ones included).
    const std::vector<Ref<Task>> &tasks() const noexcept { return m_tasks; }
    // The task with this id (ids are unique across the loops of a run), or null.
    Task *taskById(uint32_t id) const;
    std::vector<Task *> pendingTasks() const;

    void setBudget(LoopBudget budget) { m_budget = budget; }
    void addObserver(Observer *observer);
    void removeObserver(Observer *observer);

    // The executor run_in_executor(None, ...) uses, made on first use with the size
    // ThreadPoolExecutor picks for `cpuCount()` CPUs (fixed, so runs do not depend on the
    // machine). Null until then.
    Ref<Executor> defaultExecutor();
    Executor *existingDefaultExecutor() const noexcept { return m_defaultExecutor.get(); }
    int cpuCount() const noexcept { return m_cpuCount; }
    void setCpuCount(int n) noexcept { m_cpuCount = n; }
    void registerExecutor(Executor *e) { m_executors.push_back(e); }
    const std::vector<Executor *> &executors() const noexcept { return m_executors; }
    void unregisterExecutor(Executor *e) { std::erase(m_executors, e); }

    // Reports printed text, attributed to the running task.
    void reportOutput(std::string_view text);
    uint32_t newResource(ResourceKind kind, std::string_view name);
    void reportResource(uint32_t id, const ResourceState &state);
    const ResourceInfo *resource(uint32_t id) const;

    // The deadlock report for the current state: every blocked task and what it waits on,
    // with a cycle named where there is one.
    std::string describeBlockedTasks() const;

    // Internal protocol between the loop, futures and tasks.
    uint32_t nextFutureId() noexcept { return m_nextFutureId++; }
    uint64_t nextCallbackToken() noexcept { return m_nextCallbackToken++; }
    void timerHandleCancelled() noexcept { ++m_timerCancelledCount; }
    void enterTask(Task &task);
    void leaveTask(Task &task);
    void reportReady(const Task &task);
    void reportWaiting(const Task &task, const WaitTarget &target);
    void reportDone(const Task &task);
    void reportRenamed(const Task &task);
    void reportCancelRequested(const Task &task, const Value &msg);
    void reportCancelDelivered(const Task &task);

private:
    template<typename F>
    void notify(F &&f)
    {
        for (Observer *o : m_observers)
            f(*o);
    }
    bool beginIteration();
    void dropCancelledTimers();
    void checkBudget();
    void unwindPendingTasks();

    double m_now = 0.0;
    std::deque<Ref<Handle>> m_ready;
    // A heap, earliest first (laterTimer in event_loop.cpp). The deadline and sequence are copied
    // into the entry so that sifting compares without touching each handle: with tens of
    // thousands of sleeping tasks those were cache misses on every timer.
    struct ScheduledTimer {
        double when;
        uint64_t seq;
        Ref<TimerHandle> handle;
    };
    std::vector<ScheduledTimer> m_scheduled;
    size_t m_timerCancelledCount = 0;
    size_t m_todo = 0; // callbacks left in the current iteration
    uint64_t m_timerSeq = 0;
    uint64_t m_callbacksRun = 0;
    bool m_stopping = false;
    Task *m_currentTask = nullptr;
    std::vector<Ref<Task>> m_tasks;
    std::vector<ResourceInfo> m_resources;
    uint32_t m_taskIdBase = 0;
    uint32_t m_resourceIdBase = 0;
    uint64_t m_taskNameCounter = 0;
    uint32_t m_nextFutureId = 0;
    uint64_t m_nextCallbackToken = 1;
    LoopBudget m_budget;
    std::vector<Observer *> m_observers;
    int m_cpuCount = 4;
    Ref<Executor> m_defaultExecutor;
    std::vector<Executor *> m_executors;
};

} // namespace aw::aio
