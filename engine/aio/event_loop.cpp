#include "event_loop.h"

#include "core/str.h"
#include "executor.h"

#include <algorithm>

namespace aw::aio {

namespace {
// BaseEventLoop: select() never waits longer than a day, and timers due within the clock's
// resolution (time.get_clock_info('monotonic').resolution on Linux) count as due.
constexpr double kMaximumSelectTimeout = 24 * 3600;
constexpr double kClockResolution = 1e-09;
constexpr size_t kMinScheduledTimerHandles = 100;
constexpr double kMinCancelledTimerHandlesFraction = 0.5;

// Heap order: earliest deadline first, and among equal deadlines the one scheduled first.
// This is what users observe under CPython with a real clock, where deadlines computed one
// after another are distinct (see tests/reference/README.md).
template<typename Entry>
bool laterTimer(const Entry &a, const Entry &b)
{
    return b.when < a.when || (b.when == a.when && b.seq < a.seq);
}
} // namespace

EventLoop::EventLoop() = default;

EventLoop::EventLoop(const LoopState &s)
    : m_now(s.time)
    , m_taskIdBase(s.nextTaskId)
    , m_resourceIdBase(s.nextResourceId)
    , m_taskNameCounter(s.taskNameCounter)
    , m_nextFutureId(s.nextFutureId)
{
}

LoopState EventLoop::state() const
{
    return {m_now, m_taskNameCounter, m_taskIdBase + static_cast<uint32_t>(m_tasks.size()), m_nextFutureId,
            m_resourceIdBase + static_cast<uint32_t>(m_resources.size())};
}

Task *EventLoop::taskById(uint32_t id) const
{
    if (id < m_taskIdBase || id - m_taskIdBase >= m_tasks.size())
        return nullptr;
    return m_tasks[id - m_taskIdBase].get();
}

EventLoop::~EventLoop()
{
    m_observers.clear();
    for (Executor *e : std::vector<Executor *>(m_executors))
        e->unwindJobs();
    unwindPendingTasks();
    m_ready.clear();
    m_scheduled.clear();
    m_tasks.clear();
    m_defaultExecutor = nullptr;
    // Pools held elsewhere (a Python ThreadPoolExecutor) outlive the loop.
    for (Executor *e : m_executors)
        e->detachLoop();
}

Ref<Executor> EventLoop::defaultExecutor()
{
    if (!m_defaultExecutor)
        m_defaultExecutor = make<Executor>(this, Executor::defaultMaxWorkers(m_cpuCount), "asyncio");
    return m_defaultExecutor;
}

Ref<Handle> EventLoop::callSoon(Handle::Callback cb)
{
    auto h = make<Handle>(this, std::move(cb));
    m_ready.push_back(h);
    return h;
}

Ref<TimerHandle> EventLoop::callLater(double delay, Handle::Callback cb)
{
    return callAt(m_now + delay, std::move(cb));
}

Ref<TimerHandle> EventLoop::callAt(double when, Handle::Callback cb)
{
    auto h = make<TimerHandle>(this, when, m_timerSeq++, std::move(cb));
    h->setScheduled(true);
    m_scheduled.push_back({when, h->sequence(), h});
    std::push_heap(m_scheduled.begin(), m_scheduled.end(), laterTimer<ScheduledTimer>);
    return h;
}

Ref<Future> EventLoop::createFuture()
{
    return make<Future>(this);
}

Ref<Task> EventLoop::createTask(Task::CoroutineFunction fn, std::string coroName, std::optional<std::string> name)
{
    std::string taskName = name ? std::move(*name) : "Task-" + std::to_string(++m_taskNameCounter);
    const auto id = m_taskIdBase + static_cast<uint32_t>(m_tasks.size());
    if (id >= m_budget.maxTasks)
        throw BudgetExceeded{"the scenario created " + std::to_string(m_budget.maxTasks) +
                             " tasks, its budget; the limit is configurable"};
    auto task = make<Task>(this, std::move(fn), std::move(taskName), std::move(coroName), id);
    m_tasks.push_back(task);
    const Task *parent = m_currentTask;
    notify([&](Observer &o) { o.taskCreated(m_now, *task, parent); });
    task->scheduleFirstStep();
    return task;
}

void EventLoop::dropCancelledTimers()
{
    const size_t count = m_scheduled.size();
    if (count > kMinScheduledTimerHandles
        && static_cast<double>(m_timerCancelledCount) / static_cast<double>(count) > kMinCancelledTimerHandlesFraction) {
        std::erase_if(m_scheduled, [](const ScheduledTimer &t) {
            if (!t.handle->cancelled())
                return false;
            t.handle->setScheduled(false);
            return true;
        });
        std::make_heap(m_scheduled.begin(), m_scheduled.end(), laterTimer<ScheduledTimer>);
        m_timerCancelledCount = 0;
        return;
    }
    while (!m_scheduled.empty() && m_scheduled.front().handle->cancelled()) {
        --m_timerCancelledCount;
        std::pop_heap(m_scheduled.begin(), m_scheduled.end(), laterTimer<ScheduledTimer>);
        m_scheduled.back().handle->setScheduled(false);
        m_scheduled.pop_back();
    }
}

bool EventLoop::beginIteration()
{
    dropCancelledTimers();
    double timeout = 0.0;
    if (m_ready.empty() && !m_stopping) {
        if (m_scheduled.empty())
            return false;
        timeout = std::min(std::max(0.0, m_scheduled.front().when - m_now), kMaximumSelectTimeout);
    }
    // The virtual selector: waiting `timeout` seconds is advancing the clock by that much.
    m_now = m_now + timeout;
    // Past 2**24 seconds the resolution is below a double's step, so endTime == m_now: a
    // timer due exactly now must still count as due, or the clock never moves again.
    const double endTime = m_now + kClockResolution;
    while (!m_scheduled.empty() && (m_scheduled.front().when < endTime || m_scheduled.front().when <= m_now)) {
        std::pop_heap(m_scheduled.begin(), m_scheduled.end(), laterTimer<ScheduledTimer>);
        Ref<TimerHandle> h = std::move(m_scheduled.back().handle);
        m_scheduled.pop_back();
        h->setScheduled(false);
        m_ready.push_back(std::move(h));
    }
    m_todo = m_ready.size();
    return true;
}

void EventLoop::checkBudget()
{
    if (m_callbacksRun >= m_budget.maxCallbacks)
        throw BudgetExceeded{"the scenario ran " + std::to_string(m_callbacksRun) + " loop callbacks, its budget"};
    if (m_now > m_budget.maxTime)
        throw BudgetExceeded{"the scenario reached its virtual time budget"};
}

bool EventLoop::step()
{
    if (m_todo == 0 && !beginIteration())
        return false;
    while (m_todo > 0) {
        --m_todo;
        Ref<Handle> h = std::move(m_ready.front());
        m_ready.pop_front();
        if (h->cancelled())
            continue;
        checkBudget();
        ++m_callbacksRun;
        h->run();
        return true;
    }
    return true;
}

bool EventLoop::runOnce()
{
    if (m_todo == 0 && !beginIteration())
        return false;
    while (m_todo > 0)
        step();
    return true;
}

Value EventLoop::runUntilComplete(const Ref<Future> &fut)
{
    if (!fut->done()) {
        // As asyncio's _run_until_complete_cb: SystemExit or KeyboardInterrupt already ended
        // this run, and the callback left scheduled must not stop the next one (the
        // shutdown's cancellation of the remaining tasks).
        const uint64_t token = fut->addDoneCallback([this](Future &f) {
            const Ref<ExceptionObject> &e = f.peekException();
            if (!f.cancelled() && e && (e->isInstance(builtin::SystemExit()) || e->isInstance(builtin::KeyboardInterrupt())))
                return;
            stop();
        });
        m_stopping = false;
        for (;;) {
            if (!runOnce()) {
                fut->removeDoneCallback(token);
                notify([&](Observer &o) { o.deadlock(m_now); });
                throw Deadlock{describeBlockedTasks()};
            }
            if (m_stopping)
                break;
        }
        m_stopping = false;
        fut->removeDoneCallback(token);
    }
    if (!fut->done())
        throw PyException::make(builtin::RuntimeError(), "Event loop stopped before Future completed.");
    return fut->result();
}

void EventLoop::blockFor(double seconds)
{
    const double from = m_now;
    m_now = m_now + std::max(0.0, seconds);
    const Task *by = m_currentTask;
    notify([&](Observer &o) { o.loopBlocked(from, m_now, by); });
}

std::vector<Task *> EventLoop::pendingTasks() const
{
    std::vector<Task *> out;
    for (const auto &t : m_tasks) {
        if (!t->done())
            out.push_back(t.get());
    }
    return out;
}

void EventLoop::addObserver(Observer *observer)
{
    m_observers.push_back(observer);
}

void EventLoop::removeObserver(Observer *observer)
{
    std::erase(m_observers, observer);
}

void EventLoop::reportOutput(std::string_view text)
{
    notify([&](Observer &o) { o.output(m_now, m_currentTask, text); });
}

void EventLoop::enterTask(Task &task)
{
    if (m_currentTask)
        throw PyException::make(builtin::RuntimeError(), "Cannot enter into task " + task.name()
                                                             + " while another task " + m_currentTask->name()
                                                             + " is being executed.");
    m_currentTask = &task;
    notify([&](Observer &o) { o.taskRunning(m_now, task); });
}

void EventLoop::leaveTask(Task &task)
{
    if (m_currentTask == &task)
        m_currentTask = nullptr;
}

void EventLoop::reportReady(const Task &task)
{
    notify([&](Observer &o) { o.taskReady(m_now, task, m_currentTask); });
}

void EventLoop::reportWaiting(const Task &task, const WaitTarget &target)
{
    notify([&](Observer &o) { o.taskWaiting(m_now, task, target); });
}

void EventLoop::reportDone(const Task &task)
{
    notify([&](Observer &o) { o.taskDone(m_now, task); });
}

void EventLoop::reportRenamed(const Task &task)
{
    notify([&](Observer &o) { o.taskRenamed(m_now, task); });
}

void EventLoop::reportCancelRequested(const Task &task, const Value &msg)
{
    notify([&](Observer &o) { o.cancelRequested(m_now, task, m_currentTask, msg); });
}

void EventLoop::reportCancelDelivered(const Task &task)
{
    notify([&](Observer &o) { o.cancelDelivered(m_now, task); });
}

} // namespace aw::aio
