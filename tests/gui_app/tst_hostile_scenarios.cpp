// The window after hostile scenarios: each one, typed into the editor and run (Run > Run
// Scenario, F5),
// ends with a message saying what stopped it (or, for a syntax error, does not run), and
// the window then runs an ordinary scenario as if nothing had happened.

#include "window/document.h"
#include "window/main_window.h"

#include "session/scenario_session.h"
#include "source/source_view.h"
#include "source_markers.h"

#include <QAction>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace awaitscope;

namespace {

const char *const kGood = "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n    print('still fine')\n\n"
                          "asyncio.run(main())\n";

// Opens a scenario file of its own (as F5 reruns the open document): edits left unsaved
// by an earlier window are in that file's autosave, which would be offered back.
bool openGood(MainWindow &w, const QTemporaryDir &dir)
{
    static int files = 0;
    const QString path = dir.filePath(QStringLiteral("good-%1.py").arg(++files));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(kGood) < 0)
        return false;
    f.close();
    return w.openFile(path);
}

bool runAndWait(MainWindow &w, const QString &source)
{
    w.source()->setText(source);
    QSignalSpy started(w.session(), &ScenarioSession::started);
    QSignalSpy finished(w.session(), &ScenarioSession::finished);
    w.findChild<QAction *>(QStringLiteral("run"))->trigger();
    if (started.isEmpty() && !started.wait(30000))
        return false;
    return !finished.isEmpty() || w.session()->isFinished() || finished.wait(30000);
}

} // namespace

class HostileScenariosTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Document::setAutosaveDirectory(m_dir.filePath(QStringLiteral("autosave")));
    }

    void eachEndsWithAMessage_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message"); // a regular expression
        QTest::newRow("runaway loop") << "n = 0\nwhile True:\n    n += 1\n"
                                      << "line 2\\n    while True:\\nawaitscope: stopped: the scenario ran 200000 steps";
        QTest::newRow("runaway loop awaiting")
            << "import asyncio\n\nasync def main():\n    while True:\n        await asyncio.sleep(0)\n\n"
               "asyncio.run(main())\n"
            << "awaitscope: stopped:";
        QTest::newRow("unbounded recursion") << "def f(n):\n    return f(n + 1)\n\nf(0)\n"
                                             << "RecursionError: maximum recursion depth exceeded";
        QTest::newRow("huge allocation") << "x = [0] * 10**12\n" << "MemoryError";
        // Whichever look at the heap comes first: a large request, or the periodic checkpoint.
        QTest::newRow("memory growing") << "chunks = []\nwhile True:\n    chunks.append('x' * 1000000)\n"
                                        << "MemoryError|took more than 64 MiB of memory";
        QTest::newRow("task explosion")
            << "import asyncio\n\nasync def main():\n    while True:\n        asyncio.create_task(asyncio.sleep(1))\n"
               "        await asyncio.sleep(0)\n\nasyncio.run(main())\n"
            << "tasks, its budget";
        QTest::newRow("deadlock") << "import asyncio\n\nasync def main():\n    lock = asyncio.Lock()\n"
                                     "    async with lock:\n        async with lock:\n            pass\n\n"
                                     "asyncio.run(main())\n"
                                  << "deadlock";
        QTest::newRow("error in a handler in finally")
            << "try:\n    raise ValueError('a')\nfinally:\n    try:\n        raise KeyError('b')\n"
               "    except KeyError:\n        raise TypeError('c')\n"
            << "TypeError: c";
    }

    // Small limits, so that every case stops in well under a second even under the sanitizers.
    void eachEndsWithAMessage()
    {
        QFETCH(QString, source);
        QFETCH(QString, message);
        MainWindow w;
        aw::interp::Limits limits;
        limits.maxSteps = 200'000;
        limits.maxMemoryBytes = size_t(64) << 20;
        limits.maxTasks = 1'000;
        w.session()->setLimits(limits);
        w.session()->setEventBudget(100'000);
        // Nothing plays here: let the engine run to its budget instead of parking a batch ahead.
        w.session()->setBatchSize(1'000'000);
        w.show();
        QVERIFY(openGood(w, m_dir));

        QVERIFY(runAndWait(w, source));
        const aw::interp::RunResult &r = w.session()->result();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromStdString(r.err).contains(QRegularExpression(message)), r.err.c_str());

        QVERIFY(runAndWait(w, QString::fromUtf8(kGood)));
        QCOMPARE(w.session()->result().exitCode, 0);
        QCOMPARE(QString::fromStdString(w.session()->result().out), QStringLiteral("still fine\n"));
        QVERIFY(w.session()->trace()->size() > 0);
    }

    // Input the parser refuses never runs; the error is marked and the window goes on.
    void unparsableInputIsMarkedNotRun_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("line");
        QTest::newRow("100,000 nested parentheses") << QString(100000, QLatin1Char('(')) << 1;
        QTest::newRow("unsupported syntax") << QStringLiteral("x = 1\nmatch x:\n    case 1:\n        pass\n") << 2;
    }

    void unparsableInputIsMarkedNotRun()
    {
        QFETCH(QString, source);
        QFETCH(int, line);
        MainWindow w;
        w.show();
        QVERIFY(openGood(w, m_dir));
        QVERIFY(runAndWait(w, QString::fromUtf8(kGood)));
        const auto before = w.session()->trace();

        w.source()->setText(source);
        w.findChild<QAction *>(QStringLiteral("run"))->trigger();
        QCOMPARE(linesWith(w.source(), SourceView::ErrorMarker), QList<int>{line});
        QVERIFY(w.session()->trace() == before);

        QVERIFY(runAndWait(w, QString::fromUtf8(kGood)));
        QCOMPARE(QString::fromStdString(w.session()->result().out), QStringLiteral("still fine\n"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(HostileScenariosTest)

#include "tst_hostile_scenarios.moc"
