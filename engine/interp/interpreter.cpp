#include "interpreter.h"

#include "compiler.h"
#include "function_object.h"
#include "asyncio_loop.h"
#include "generator.h"
#include "worker_job.h"
#include "modules.h"
#include "traceback.h"

#include "core/str.h"
#include "lang/parser.h"
#include "py/protocol.h"
#include "py/runtime.h"

#include <algorithm>

namespace aw::interp {

namespace {
thread_local Interpreter *t_current = nullptr;

// How many units of work (statements, iterations) run between two checkpoints.
constexpr uint64_t kCheckpointUnits = 4096;
} // namespace

// Makes `interp` the thread's current interpreter for a scope (runs may nest in tests),
// with its recursion limit and its meter.
class CurrentScope {
public:
    explicit CurrentScope(Interpreter *interp)
        : m_saved(std::exchange(t_current, interp))
        , m_savedLimit(RecursionGuard::limit())
        , m_savedStack(RecursionGuard::enterThreadStack())
        , m_savedMeter(RunMeter::install({&Interpreter::checkpoint, interp, interp->m_memoryCeiling},
                                         static_cast<int64_t>(interp->m_granted)))
    {
        RecursionGuard::setLimit(RecursionGuard::depth() + interp->limits().maxRecursion);
    }
    ~CurrentScope()
    {
        t_current = m_saved;
        RecursionGuard::setLimit(m_savedLimit);
        RecursionGuard::restoreStack(m_savedStack);
        RunMeter::install(m_savedMeter, kCheckpointUnits);
    }

private:
    Interpreter *m_saved;
    int m_savedLimit;
    const char *m_savedStack;
    RunMeter::Installation m_savedMeter;
};

Interpreter &Interpreter::current()
{
    if (!t_current)
        throw PyException::make(builtin::RuntimeError(), "no scenario is running on this thread");
    return *t_current;
}

Interpreter::Interpreter(Limits limits)
    : m_limits(limits)
    , m_granted(std::min<uint64_t>(kCheckpointUnits, limits.maxSteps + 1))
{
    const size_t heap = RunMeter::heapInUse();
    m_memoryCeiling = heap + std::min(limits.maxMemoryBytes, SIZE_MAX - heap);
    py::initRuntime();
    m_registry.install();
    Object::resetSerials();
    m_builtins = make<DictObject>();
    py::initBuiltinFunctions(*m_builtins);
    installInterpreterBuiltins(*this, *m_builtins);
}

Interpreter::~Interpreter()
{
    tearDown();
}

void Interpreter::tearDown()
{
    CurrentScope scope(this);
    try {
        // Python code may still run here (pending tasks unwinding, generators' finally
        // blocks), so do it while every object is intact.
        std::vector<Ref<Object>> loops, generators;
        m_registry.forEach([&](Object *o) {
            if (dynamic_cast<LoopObject *>(o))
                loops.emplace_back(o);
            else if (auto *g = dynamic_cast<GeneratorObject *>(o); g && g->started() && !g->finished())
                generators.emplace_back(o);
        });
        for (auto &l : loops)
            static_cast<LoopObject *>(l.get())->shutDown();
        for (auto &g : generators)
            static_cast<GeneratorObject *>(g.get())->close();
    } catch (...) {
        // Cleanup errors are not the scenario's result; CPython ignores them at exit too.
    }
    runningLoopObject = eventLoopObject = Value();
    loops.clear();
    m_modules.clear();
    m_builtins = nullptr;
    m_registry.breakCycles();
}

void Interpreter::write(std::string_view text)
{
    m_out.append(text);
    if (m_onOutput)
        m_onOutput(text);
    // The trace records whole lines, attributed to the task that completed them.
    m_pendingLine.append(text);
    size_t newline;
    while ((newline = m_pendingLine.find('\n')) != std::string::npos) {
        const std::string line = m_pendingLine.substr(0, newline);
        m_pendingLine.erase(0, newline + 1);
        if (m_loop)
            m_loop->reportOutput(line);
        else if (m_trace)
            m_trace->append(trace::EventKind::Output, 0, m_clock, 0, 0, m_trace->intern(line), m_line);
    }
}

void Interpreter::writeError(std::string_view text)
{
    m_err.append(text);
}

std::string Interpreter::sourceLine(uint32_t line) const
{
    if (line == 0 || line > m_lines.size())
        return {};
    return m_lines[line - 1];
}

void Interpreter::addTraceback(const PyException &e, Frame &f)
{
    if (f.traced == e.object())
        return;
    f.traced = e.object();
    const std::string name = f.code->kind == CodeKind::Module ? "<module>" : f.code->name;
    e.object()->traceback().push_back({f.code->filename, static_cast<int>(f.line), name});
}

void Interpreter::checkpoint(void *interpreter)
{
    Interpreter &self = *static_cast<Interpreter *>(interpreter);
    self.m_steps += self.m_granted + static_cast<uint64_t>(RunMeter::overdrawn());
    if (self.m_steps > self.m_limits.maxSteps)
        self.stepBudgetExceeded(self.m_line);
    // Stop requests come from other threads (a viewer closing or rerunning): looked at
    // here, every few thousand units, so tick() stays one decrement.
    if (self.m_stopState.load(std::memory_order_acquire) == 2)
        throw RunAbort{self.m_stopReason, self.m_line};
    if (RunMeter::heapInUse() > self.m_memoryCeiling)
        throw RunAbort{"the scenario took more than " + std::to_string(self.m_limits.maxMemoryBytes >> 20) +
                           " MiB of memory (a runaway allocation?); the limit is configurable",
                       self.m_line};
    self.m_granted = std::min<uint64_t>(kCheckpointUnits, self.m_limits.maxSteps + 1 - self.m_steps);
    RunMeter::rearm(static_cast<int64_t>(self.m_granted));
}

void Interpreter::stepBudgetExceeded(uint32_t line)
{
    throw RunAbort{"the scenario ran " + std::to_string(m_limits.maxSteps) +
                       " steps without finishing (a runaway loop?); the limit is configurable",
                   line};
}

void Interpreter::requestStop(std::string reason)
{
    int running = 0;
    if (!m_stopState.compare_exchange_strong(running, 1, std::memory_order_acq_rel))
        return;
    m_stopReason = std::move(reason);
    m_stopState.store(2, std::memory_order_release);
}

double Interpreter::clock() const
{
    return m_loop ? m_loop->time() : m_clock;
}

void Interpreter::sleepBlocking(double seconds)
{
    if (m_job)
        m_job->sleep(seconds);
    else if (m_loop)
        m_loop->blockFor(seconds);
    else
        m_clock = m_clock + std::max(0.0, seconds);
}

std::unique_ptr<aio::EventLoop> Interpreter::newLoop()
{
    m_loopState.time = m_clock;
    auto loop = std::make_unique<aio::EventLoop>(m_loopState);
    loop->setCpuCount(m_limits.cpuCount);
    loop->setBudget({m_limits.maxLoopCallbacks, m_limits.maxVirtualTime, m_limits.maxTasks});
    return loop;
}

void Interpreter::setCurrentLoop(aio::EventLoop *loop)
{
    if (m_loop) {
        m_loopState = m_loop->state();
        m_clock = m_loopState.time;
    }
    m_loop = loop;
}

std::vector<AsyncGeneratorObject *> Interpreter::liveAsyncGenerators() const
{
    return {m_asyncGenerators.begin(), m_asyncGenerators.end()};
}

void Interpreter::coroutineNeverAwaited(const std::string &qualname)
{
    // What CPython's warnings module prints when such a coroutine is garbage collected,
    // located at the statement running at that moment.
    std::string src = sourceLine(m_line);
    const size_t b = src.find_first_not_of(" \t");
    src = b == std::string::npos ? std::string() : src.substr(b);
    writeError(m_filename + ":" + std::to_string(m_line) + ": RuntimeWarning: coroutine '" + qualname +
               "' was never awaited\n" + (src.empty() ? "" : "  " + src + "\n") +
               "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
}

Value Interpreter::importModule(const std::string &name, uint32_t line)
{
    auto it = m_modules.find(name);
    if (it != m_modules.end())
        return it->second;
    Value module = makeModule(*this, name);
    if (module.isNone() && isPackageOfModule(name))
        module = Value(make<ModuleObject>(name));
    if (module.isNone()) {
        auto err = newException(builtin::ModuleNotFoundError(),
                                "No module named '" + name + "' (not available in scenarios)");
        (void)line;
        throw PyException(err);
    }
    m_modules.emplace(name, module);
    return module;
}

Value Interpreter::importPackageOf(const std::string &name, uint32_t line)
{
    // As the import system does: each package is imported too, and each submodule becomes
    // an attribute of its package.
    Value child = importModule(name, line);
    std::string path = name;
    for (size_t dot = path.rfind('.'); dot != std::string::npos; dot = path.rfind('.')) {
        Value package = importModule(path.substr(0, dot), line);
        py::setAttr(package, py::name(path.substr(dot + 1)), child);
        child = package;
        path.resize(dot);
    }
    return child;
}

RunResult Interpreter::run(std::string_view source, const std::string &filename)
{
    CurrentScope scope(this);
    m_filename = filename;
    lang::ParseResult parsed = lang::parseModule(source, filename);
    if (const lang::SyntaxError *e = parsed.error()) {
        writeError(e->format());
        return {1, m_out, m_err};
    }
    std::unique_ptr<lang::Module> module = parsed.takeModule();
    for (uint32_t i = 1; i <= module->source().lineCount(); ++i)
        m_lines.emplace_back(module->source().line(i));
    std::shared_ptr<CodeObject> code;
    try {
        code = Compiler(filename).compileModule(module->body());
    } catch (const CompileError &e) {
        writeError(formatCompileError(*this, e));
        return {1, m_out, m_err};
    }
    auto main = make<ModuleObject>("__main__");
    main->set("__file__", aw::str(filename));
    main->set("__builtins__", Value(m_builtins));
    m_modules.emplace("__main__", Value(main));
    int exitCode = 0;
    try {
        Frame frame(this, code.get());
        frame.globals = &main->dict();
        // The module's frame counts against the recursion limit, as in CPython.
        RecursionGuard moduleFrame;
        try {
            runFrame(frame);
        } catch (const PyException &e) {
            addTraceback(e, frame);
            throw;
        }
        finishExecutorJobs();
    } catch (const PyException &e) {
        exitCode = handleUncaught(*this, e);
    } catch (const RunAbort &a) {
        writeError(formatRunAbort(*this, a));
        exitCode = 1;
    } catch (const aio::BudgetExceeded &b) {
        writeError("awaitscope: stopped: " + b.reason + "\n");
        exitCode = 1;
    } catch (const aio::Deadlock &d) {
        writeError("awaitscope: " + d.report + "\n");
        exitCode = 1;
    }
    return {exitCode, m_out, m_err};
}

void Interpreter::finishExecutorJobs()
{
    std::vector<Ref<Object>> loops;
    m_registry.forEach([&](Object *o) {
        if (dynamic_cast<LoopObject *>(o))
            loops.emplace_back(o);
    });
    for (auto &l : loops)
        static_cast<LoopObject *>(l.get())->finishExecutorJobs();
}

Value runFrame(Frame &f)
{
    const Flow flow = execBlock(f.code->body, f);
    return flow == Flow::Return ? f.returnValue : Value();
}

} // namespace aw::interp
