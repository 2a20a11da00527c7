// The values a traced run records (task results): describing them must not change the run,
// even when their repr raises.

#include "interp/scenario_runner.h"

#include <QTest>

namespace {

const char *const kProgram = R"(import asyncio

class Unprintable:
    def __repr__(self):
        raise ValueError("no repr")

async def huge():
    await asyncio.sleep(1)
    return 10 ** 5000

async def unprintable():
    await asyncio.sleep(1)
    return Unprintable()

async def main():
    big, odd = await asyncio.gather(huge(), unprintable())
    print(len(str(big // 10 ** 4000)), type(odd).__name__)

asyncio.run(main())
)";

} // namespace

class TraceValues : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resultsWhoseReprRaises()
    {
        const aw::interp::ScenarioResult r = aw::interp::runScenario(kProgram, "values.py");
        QCOMPARE(r.run.exitCode, 0);
        QCOMPARE(QString::fromStdString(r.run.out), QStringLiteral("1001 Unprintable\n"));
    }
};

QTEST_GUILESS_MAIN(TraceValues)
#include "tst_trace_values.moc"
