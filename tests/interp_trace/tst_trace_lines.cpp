// The scenario line recorded with each event: what the source view marks at the playhead.

#include "interp/scenario_runner.h"

#include <QTest>

using aw::trace::EventKind;

namespace {

const char *const kProgram = R"(import asyncio

async def worker(lock):
    async with lock:
        await asyncio.sleep(1)
    print("done")

async def main():
    lock = asyncio.Lock()
    t = asyncio.create_task(worker(lock))
    await t

asyncio.run(main())
)";

// The line of the first event of `kind` for the task whose coroutine is `coro`.
uint32_t lineOf(const aw::trace::Trace &trace, EventKind kind, const std::string &coro, int nth = 0)
{
    int64_t task = -1;
    for (uint64_t s = 0; s < trace.size(); ++s) {
        const aw::trace::Event e = trace.event(s);
        if (e.kind == EventKind::TaskCreated && trace.string(static_cast<uint32_t>(e.b >> 32)) == coro)
            task = e.task;
        if (e.kind == kind && static_cast<int64_t>(e.kind == EventKind::Output ? e.task - 1 : e.task) == task
            && nth-- == 0)
            return e.line;
    }
    return 0xFFFFFFFF;
}

} // namespace

class TraceLines : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eachEventNamesItsLine()
    {
        const aw::interp::ScenarioResult r = aw::interp::runScenario(kProgram, "lines.py");
        QCOMPARE(r.run.exitCode, 0);
        const aw::trace::Trace &t = *r.trace;
        QCOMPARE(lineOf(t, EventKind::TaskCreated, "worker"), 10u);
        QCOMPARE(lineOf(t, EventKind::TaskWaiting, "main"), 11u);
        QCOMPARE(lineOf(t, EventKind::TaskWaiting, "worker"), 5u);
        QCOMPARE(lineOf(t, EventKind::Output, "worker"), 6u);
        // A task about to resume has not run any Python yet, and a timer has no line.
        QCOMPARE(lineOf(t, EventKind::TaskRunning, "worker"), 0u);
        QCOMPARE(lineOf(t, EventKind::TaskReady, "worker", 1), 0u);
        // The worker woke main by finishing, at the end of its body.
        QCOMPARE(lineOf(t, EventKind::TaskDone, "worker"), 6u);
    }
};

QTEST_GUILESS_MAIN(TraceLines)
#include "tst_trace_lines.moc"
