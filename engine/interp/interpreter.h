#pragma once
// Runs one scenario: parses and compiles the file, executes it as __main__ with the
// built-in modules available, and records everything the event loops do.
//
// One Interpreter per run; it owns the run's modules and output. Nothing in it is global,
// so runs are independent and reproducible (the same file gives the same bytes).

#include "aio/event_loop.h"
#include "core/exception.h"
#include "core/recursion.h"
#include "core/run_meter.h"
#include "py/dict.h"
#include "py/module.h"
#include "trace/trace.h"

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace aw::interp {

struct Frame;
class WorkerJob;
class AsyncGeneratorObject;

struct Limits {
    uint64_t maxSteps = 200'000'000;     // statements, loop iterations, items built-ins iterate
    int maxRecursion = 1000;             // Python frames, as sys.getrecursionlimit()
    uint64_t maxLoopCallbacks = 50'000'000;
    double maxVirtualTime = 1e9;
    uint64_t maxTasks = 1'000'000;        // over the whole run (memory runs out first)
    // Heap the run may take beyond what the process held when it started: past it a large
    // allocation raises MemoryError and the run stops at the next checkpoint.
    size_t maxMemoryBytes = size_t(2) << 30;
    int cpuCount = 4;                    // for the default executor's size
};

// Ends a run that exceeded a limit or tripped over something outside Python's semantics.
// Never caught by scenario code.
struct RunAbort {
    std::string message;
    uint32_t line = 0;
};

struct RunResult {
    int exitCode = 0;
    std::string out;   // what the program printed
    std::string err;   // tracebacks, warnings, run errors
};

class Interpreter {
public:
    explicit Interpreter(Limits limits = {});
    ~Interpreter();

    // Runs source text as __main__ (`filename` is what tracebacks show).
    RunResult run(std::string_view source, const std::string &filename);

    // Where every event loop this run creates reports; optional.
    void setTrace(trace::Trace *trace) { m_trace = trace; }
    trace::Trace *trace() const noexcept { return m_trace; }
    // Called with each chunk of stdout as it is produced.
    void setOutputHandler(std::function<void(std::string_view)> f) { m_onOutput = std::move(f); }

    // The interpreter running on this thread (set for the duration of run()): what type
    // slots, which are shared by every run, use to reach the run they serve.
    static Interpreter &current();

    // What differs between the loop's thread and an executor job's fiber. Switching to a
    // job swaps it in; switching back swaps it out (see WorkerJob).
    struct ThreadState {
        std::string threadName = "MainThread";
        int depth = 0;
        uint32_t line = 0;
        WorkerJob *job = nullptr; // the job whose fiber runs now, if any
    };
    ThreadState swapThreadState(ThreadState s)
    {
        ThreadState out{std::move(m_threadName), RecursionGuard::depth(), m_line, m_job};
        m_threadName = std::move(s.threadName);
        RecursionGuard::setDepth(s.depth);
        m_line = s.line;
        m_job = s.job;
        return out;
    }

    // threading.current_thread().name: "MainThread", or the executor worker running now.
    const std::string &threadName() const noexcept { return m_threadName; }
    // Primitives are named in the trace by kind and number ("Lock-2"), counted per run.
    int countPrimitive(const std::string &kind) { return ++m_primitiveCounts[kind]; }
    // ThreadPoolExecutor's global counter of pools named after it.
    int nextPoolNumber() noexcept { return m_poolCounter++; }

    // --- services for the runtime
    DictObject &builtins() { return *m_builtins; }
    Value importModule(const std::string &name, uint32_t line);
    // `import a.b`: imports a.b and its packages, returns the top-level package a.
    Value importPackageOf(const std::string &name, uint32_t line);
    void write(std::string_view text);     // print()
    void writeError(std::string_view text);
    // Adds f's line to e's traceback, unless it has it already (see Frame::traced).
    void addTraceback(const PyException &e, Frame &f);
    // One statement or loop iteration: enforces the step budget.
    void tick(uint32_t line)
    {
        m_line = line;
        m_lineCallback = m_loop ? m_loop->callbacksRun() : 0;
        RunMeter::charge();
        RecursionGuard::checkStack();
    }
    // Asks the run to end soon (from any thread: a viewer closing or rerunning); it stops
    // at its next checkpoint with `reason` as the message.
    void requestStop(std::string reason);
    // The line of the statement running now (warnings report it).
    uint32_t currentLine() const noexcept { return m_line; }
    // The line for an event `loop` reports now: 0 unless Python code has run in the
    // loop's current callback (a timer firing or a task about to resume has no line yet).
    uint32_t lineDuring(const aio::EventLoop &loop) const noexcept
    {
        return m_loop == &loop && m_lineCallback == loop.callbacksRun() ? m_line : 0;
    }

    // The virtual clock outside any loop (time.time(), time.sleep() before asyncio.run()).
    double clock() const;
    void sleepBlocking(double seconds);
    aio::EventLoop *currentLoop() const noexcept { return m_loop; }
    // asyncio.run / run_until_complete make loops through here so that clock, task names
    // and trace carry on from one loop to the next.
    std::unique_ptr<aio::EventLoop> newLoop();
    void setCurrentLoop(aio::EventLoop *loop);
    const Limits &limits() const noexcept { return m_limits; }
    // The Python loop objects: the one running now, and the one set_event_loop() chose.
    Value runningLoopObject;
    Value eventLoopObject;
    // Every loop the run made, kept until the program ends: executor jobs may still be
    // running on them (they finish at exit, as CPython joins its worker threads).
    std::vector<Value> loops;
    bool eventLoopWasSet = false;

    void trackAsyncGenerator(AsyncGeneratorObject *g) { m_asyncGenerators.insert(g); }
    void untrackAsyncGenerator(AsyncGeneratorObject *g) { m_asyncGenerators.erase(g); }
    std::vector<AsyncGeneratorObject *> liveAsyncGenerators() const;
    void coroutineNeverAwaited(const std::string &qualname);

    const std::string &filename() const noexcept { return m_filename; }
    std::string sourceLine(uint32_t line) const;

private:
    friend class CurrentScope;
    // Every few thousand units of work (see RunMeter): the step budget and the memory limit.
    static void checkpoint(void *interpreter);
    [[noreturn]] void stepBudgetExceeded(uint32_t line);
    void tearDown();
    void finishExecutorJobs();

    // First member: made first, gone last, so it tracks every object of the run.
    ObjectRegistry m_registry;
    Limits m_limits;
    Ref<DictObject> m_builtins;
    std::map<std::string, Value> m_modules;
    std::string m_filename;
    std::vector<std::string> m_lines;
    std::string m_out;
    std::string m_err;
    std::string m_pendingLine;
    std::function<void(std::string_view)> m_onOutput;
    trace::Trace *m_trace = nullptr;
    uint64_t m_steps = 0;    // charged up to the last checkpoint
    uint64_t m_granted = 0;  // units granted at that checkpoint
    size_t m_memoryCeiling = SIZE_MAX;
    std::atomic<int> m_stopState{0}; // 0: running, 1: a reason is being written, 2: stop
    std::string m_stopReason;
    uint32_t m_line = 0;
    uint64_t m_lineCallback = 0; // loop callback during which m_line was set
    double m_clock = 0.0;
    aio::EventLoop *m_loop = nullptr;
    aio::LoopState m_loopState;
    std::set<AsyncGeneratorObject *> m_asyncGenerators;
    WorkerJob *m_job = nullptr;
    std::string m_threadName = "MainThread";
    int m_poolCounter = 0;
    std::map<std::string, int> m_primitiveCounts;
};

} // namespace aw::interp
