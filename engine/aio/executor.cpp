#include "executor.h"

#include <algorithm>

namespace aw::aio {

TypeObject *executorType()
{
    static TypeObject *const t = makeBuiltinType("ThreadPoolExecutor", "concurrent.futures.thread", {});
    return t;
}

struct Executor::Job {
    uint32_t id;
    std::string name;
    JobFunction fn;
    Ref<Future> future;
    std::unique_ptr<WorkerContext> context;
};

Executor::Executor(EventLoop *loop, int maxWorkers, std::string name)
    : Object(executorType())
    , m_loop(loop)
    , m_maxWorkers(std::max(1, maxWorkers))
    , m_name(std::move(name))
{
    loop->registerExecutor(this);
}

Executor::~Executor()
{
    if (m_loop)
        m_loop->unregisterExecutor(this);
}

Ref<Future> Executor::submit(JobFunction fn, std::string jobName)
{
    if (!m_loop)
        throw PyException::make(builtin::RuntimeError(), "cannot schedule new futures after the event loop closed");
    auto job = std::make_shared<Job>();
    job->id = m_nextJobId++;
    job->name = std::move(jobName);
    job->fn = std::move(fn);
    job->future = m_loop->createFuture();
    job->future->setWaitTarget({WaitKind::Executor, job->id, 0.0});
    m_queue.push_back(job);
    // ThreadPoolExecutor._adjust_thread_count: reuse an idle thread if the idle semaphore
    // has a permit, else start a new thread while below max_workers.
    if (m_idlePermits > 0) {
        --m_idlePermits;
    } else if (m_workers.size() < static_cast<size_t>(m_maxWorkers)) {
        const std::string workerName = m_name + "_" + std::to_string(m_workers.size());
        m_workers.push_back({m_loop->newResource(ResourceKind::ExecutorWorker, workerName), nullptr});
    }
    Ref<Future> fut = job->future;
    dispatch();
    return fut;
}

void Executor::dispatch()
{
    if (m_dispatching)
        return;
    m_dispatching = true;
    for (size_t w = 0; w < m_workers.size() && !m_queue.empty(); ++w) {
        if (m_workers[w].job)
            continue;
        std::shared_ptr<Job> job = std::move(m_queue.front());
        m_queue.pop_front();
        startJob(w, std::move(job));
        w = static_cast<size_t>(-1); // a finished job frees its worker: rescan from the start
    }
    m_dispatching = false;
    notifyIdle();
}

void Executor::startJob(size_t worker, std::shared_ptr<Job> job)
{
    m_workers[worker].job = job;
    job->context = std::make_unique<WorkerContext>(this, worker, job->id);
    m_loop->reportResource(m_workers[worker].resource, {1, job->id, 0});
    Ref<Executor> self(this);
    m_loop->runOutsideTask([&] { runJob(self, worker, std::move(job)); });
}

QCoro::Task<> Executor::runJob(Ref<Executor> self, size_t worker, std::shared_ptr<Job> job)
{
    Value result;
    Ref<ExceptionObject> error;
    try {
        JobFunction fn = std::move(job->fn);
        QCoro::Task<Value> body = fn(*job->context);
        result = co_await body;
    } catch (const PyException &e) {
        error = e.object();
    } catch (const TaskUnwind &) {
        co_return;
    }
    self->finishJob(worker, job, std::move(result), std::move(error));
}

void Executor::finishJob(size_t worker, const std::shared_ptr<Job> &job, Value result, Ref<ExceptionObject> error)
{
    Ref<Future> fut = job->future;
    m_loop->callSoon([fut, result, error] {
        if (fut->cancelled())
            return;
        if (error)
            fut->setException(error);
        else
            fut->setResult(result);
    });
    m_workers[worker].job = nullptr;
    m_loop->reportResource(m_workers[worker].resource, {0, -1, 0});
    ++m_idlePermits;
    dispatch();
}

Ref<Future> Executor::whenIdle()
{
    Ref<Future> fut = m_loop->createFuture();
    m_idleWaiters.push_back(fut);
    notifyIdle();
    return fut;
}

void Executor::notifyIdle()
{
    const bool busy = !m_queue.empty()
        || std::any_of(m_workers.begin(), m_workers.end(), [](const Worker &w) { return w.job != nullptr; });
    if (busy || m_idleWaiters.empty())
        return;
    for (auto &fut : std::exchange(m_idleWaiters, {}))
        m_loop->callSoon([fut] {
            if (!fut->done())
                fut->setResult(Value());
        });
}

void Executor::unwindJobs()
{
    for (auto &w : m_workers) {
        if (!w.job || !w.job->context->m_suspended)
            continue;
        std::shared_ptr<Job> job = w.job;
        job->context->m_unwinding = true;
        std::exchange(job->context->m_suspended, {}).resume();
    }
    m_queue.clear();
}

void Executor::resumeJob(size_t worker)
{
    std::shared_ptr<Job> job = m_workers.at(worker).job;
    if (job && job->context->m_suspended)
        m_loop->runOutsideTask([&] { std::exchange(job->context->m_suspended, {}).resume(); });
}

std::string WorkerContext::threadName() const
{
    return m_executor->m_name + "_" + std::to_string(m_worker);
}

void WorkerContext::BlockingSleep::await_suspend(std::coroutine_handle<> h)
{
    m_ctx->m_suspended = h;
    Ref<Executor> executor(m_ctx->m_executor);
    const size_t worker = m_ctx->m_worker;
    m_ctx->loop().callLater(m_seconds, [executor, worker] { executor->resumeJob(worker); });
}

void WorkerContext::BlockingSleep::await_resume() const
{
    if (m_ctx->m_unwinding)
        throw TaskUnwind{};
}

} // namespace aw::aio
