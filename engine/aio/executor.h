#pragma once
// A thread pool in virtual time (loop.run_in_executor). Each job runs on a virtual worker;
// a blocking call inside it (time.sleep) takes virtual time on that worker only, while the
// loop and other workers go on. The pool grows up to max_workers as ThreadPoolExecutor
// does (a new thread only when no idle one exists), and jobs wait in FIFO order.
//
// Determinism: a job starts as soon as it is submitted if a worker is free (a real pool
// thread starts running before run_in_executor returns), its blocking sleeps wake through
// the loop's timer heap, a worker that finishes takes the next queued job at once, and the
// result reaches the asyncio future through call_soon, as call_soon_threadsafe delivers it.
// While a job runs no task is current: what it prints belongs to no task.

#include "event_loop.h"

#include <qcoro/qcorotask.h>

#include <deque>
#include <memory>
#include <vector>

namespace aw::aio {

TypeObject *executorType();

class WorkerContext;

class Executor : public Object {
public:
    using JobFunction = std::function<QCoro::Task<Value>(WorkerContext &)>;

    // ThreadPoolExecutor's default size for a machine with `cpuCount` CPUs.
    static int defaultMaxWorkers(int cpuCount) { return std::min(32, cpuCount + 4); }

    Executor(EventLoop *loop, int maxWorkers, std::string name = "ThreadPoolExecutor");
    ~Executor() override;

    int maxWorkers() const noexcept { return m_maxWorkers; }
    // The loop the pool serves; null once that loop is gone.
    EventLoop *loop() const noexcept { return m_loop; }
    void detachLoop() noexcept { m_loop = nullptr; }
    // Submits a job; the returned future completes with its result or exception.
    Ref<Future> submit(JobFunction fn, std::string jobName);
    // A future completed once no job is queued or running (shutdown(wait=True)).
    Ref<Future> whenIdle();
    // Unwinds jobs suspended in a blocking call (the loop is going away).
    void unwindJobs();

private:
    friend class WorkerContext;
    struct Job;
    struct Worker {
        uint32_t resource;
        std::shared_ptr<Job> job;
    };
    void dispatch();
    void startJob(size_t worker, std::shared_ptr<Job> job);
    void finishJob(size_t worker, const std::shared_ptr<Job> &job, Value result, Ref<ExceptionObject> error);
    void notifyIdle();
    void resumeJob(size_t worker);
    static QCoro::Task<> runJob(Ref<Executor> self, size_t worker, std::shared_ptr<Job> job);

    EventLoop *m_loop;
    int m_maxWorkers;
    std::string m_name;
    std::vector<Worker> m_workers;
    std::deque<std::shared_ptr<Job>> m_queue;
    std::vector<Ref<Future>> m_idleWaiters;
    uint32_t m_nextJobId = 0;
    // ThreadPoolExecutor's _idle_semaphore: released each time a worker finishes a job.
    int64_t m_idlePermits = 0;
    bool m_dispatching = false;
};

// What a job sees of its worker.
class WorkerContext {
public:
    WorkerContext(Executor *executor, size_t worker, uint32_t jobId)
        : m_executor(executor)
        , m_worker(worker)
        , m_jobId(jobId)
    {
    }
    EventLoop &loop() const noexcept { return *m_executor->m_loop; }
    size_t worker() const noexcept { return m_worker; }
    // The worker thread's name, as ThreadPoolExecutor names its threads ("asyncio_0").
    std::string threadName() const;
    uint32_t jobId() const noexcept { return m_jobId; }

    // time.sleep(seconds) on this worker.
    class BlockingSleep {
    public:
        BlockingSleep(WorkerContext *ctx, double seconds) : m_ctx(ctx), m_seconds(seconds) {}
        bool await_ready() const noexcept { return m_seconds <= 0 && !m_ctx->m_unwinding; }
        void await_suspend(std::coroutine_handle<> h);
        void await_resume() const;

    private:
        WorkerContext *m_ctx;
        double m_seconds;
    };
    BlockingSleep blockingSleep(double seconds) { return BlockingSleep(this, seconds); }

private:
    friend class Executor;
    Executor *m_executor;
    size_t m_worker;
    uint32_t m_jobId;
    std::coroutine_handle<> m_suspended;
    bool m_unwinding = false;
};

} // namespace aw::aio
