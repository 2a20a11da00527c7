#include "run_messages.h"
#include "trace_fixtures.h"

#include <QTest>

using namespace awaitscope::models;
using Kind = RunMessage::Kind;

namespace {

std::vector<RunMessage> parseRun(const aw::interp::ScenarioResult &run, const QString &file)
{
    return parseRunMessages(QString::fromStdString(run.run.err), file);
}

} // namespace

class TestRunMessages : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exceptionNeverRetrieved()
    {
        const auto run = test::runScenarioFile(QStringLiteral("api_pending_at_exit.py"));
        const auto messages = parseRun(run, QStringLiteral("api_pending_at_exit.py"));
        QCOMPARE(messages.size(), size_t(1));
        QCOMPARE(messages[0].kind, Kind::ExceptionNeverRetrieved);
        QCOMPARE(messages[0].subject, QStringLiteral("failing"));
        QCOMPARE(messages[0].coroutine, QStringLiteral("failing"));
        QCOMPARE(messages[0].exception, QStringLiteral("RuntimeError: nobody is listening"));
        QCOMPARE(messages[0].line, 43u);
        QCOMPARE(messages[0].text + QLatin1Char('\n'), QString::fromStdString(run.run.err));
    }

    void callbackExceptionsOneByOne()
    {
        const auto run = test::runScenarioFile(QStringLiteral("api_callback_exceptions.py"));
        const auto messages = parseRun(run, QStringLiteral("api_callback_exceptions.py"));
        QCOMPARE(messages.size(), size_t(2));
        QCOMPARE(messages[0].kind, Kind::CallbackException);
        QCOMPARE(messages[0].subject, QStringLiteral("parse('twelve')"));
        QCOMPARE(messages[0].exception, QStringLiteral("ValueError: invalid literal for int() with base 10: 'twelve'"));
        QCOMPARE(messages[0].line, 18u);
        QCOMPARE(messages[1].kind, Kind::CallbackException);
        QCOMPARE(messages[1].exception, QStringLiteral("RuntimeError: report failed"));
        QCOMPARE(messages[1].line, 23u);
    }

    void warningThenUncaughtTraceback()
    {
        const auto run = test::runSource(R"(import asyncio
async def f():
    pass
async def main():
    f()
    await asyncio.sleep(0)
    raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
asyncio.run(main())
)");
        const auto messages = parseRun(run, QStringLiteral("scenario.py"));
        QCOMPARE(messages.size(), size_t(2));
        QCOMPARE(messages[0].kind, Kind::NeverAwaited);
        QCOMPARE(messages[0].subject, QStringLiteral("f"));
        QCOMPARE(messages[0].line, 5u);
        QCOMPARE(messages[1].kind, Kind::UncaughtException);
        QCOMPARE(messages[1].exception, QStringLiteral("ExceptionGroup: eg (2 sub-exceptions)"));
        QCOMPARE(messages[1].line, 7u);
    }

    void chainedTracebackIsOneMessage()
    {
        const QString text = QStringLiteral(
            "Traceback (most recent call last):\n"
            "  File \"s.py\", line 3, in f\n"
            "    x = {}[1]\n"
            "KeyError: 1\n"
            "\n"
            "During handling of the above exception, another exception occurred:\n"
            "\n"
            "Traceback (most recent call last):\n"
            "  File \"s.py\", line 5, in f\n"
            "    raise ValueError('v')\n"
            "  File \"other.py\", line 9, in g\n"
            "ValueError: v\n"
            "awaitscope: stopped: the run took more than 200000000 steps\n"
            "something else\n");
        const auto messages = parseRunMessages(text, QStringLiteral("s.py"));
        QCOMPARE(messages.size(), size_t(3));
        QCOMPARE(messages[0].kind, Kind::UncaughtException);
        QCOMPARE(messages[0].exception, QStringLiteral("ValueError: v"));
        QCOMPARE(messages[0].line, 5u);
        QCOMPARE(messages[1].kind, Kind::Stopped);
        QCOMPARE(messages[1].subject, QStringLiteral("the run took more than 200000000 steps"));
        QCOMPARE(messages[2].kind, Kind::Other);
        QCOMPARE(messages[2].text, QStringLiteral("something else"));
    }

    void deadlockReport()
    {
        const QString text = QStringLiteral("awaitscope: deadlock: no task can run and no timer is pending\n"
                                            "  Task-1 (main) waits on gather #3\n");
        const auto messages = parseRunMessages(text);
        QCOMPARE(messages.size(), size_t(1));
        QCOMPARE(messages[0].kind, Kind::Deadlock);
        QCOMPARE(messages[0].subject, QStringLiteral("deadlock: no task can run and no timer is pending"));
    }

    void nothingFromNothing()
    {
        QVERIFY(parseRunMessages(QString()).empty());
        QVERIFY(parseRunMessages(QStringLiteral("\n\n")).empty());
    }
};

QTEST_GUILESS_MAIN(TestRunMessages)
#include "tst_run_messages.moc"
