// The command line as a user meets it: `awaitscope render` in each format, its options'
// messages and exit codes, `awaitscope run --trace` keeping the program's output and exit
// code, and failed writes (a read-only directory, as an unprivileged user) that leave an
// existing file untouched and say why.

#include "chrome_trace_checks.h"
#include "export_test_support.h"

#include <QGuiApplication>
#include <QImage>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

struct Result {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result runAwaitscope(const QStringList &arguments, const QStringList &prefix = {})
{
    QProcess p;
    QStringList all = prefix;
    all << QStringLiteral(AWAITSCOPE_BINARY) << arguments;
    p.start(all.takeFirst(), all);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rendersEachFormat();
    void badRenderOptionsExitTwo_data();
    void badRenderOptionsExitTwo();
    void runWithTraceKeepsOutputAndExitCode();
    void badTraceOptionsExitTwo();
    void failedTraceWriteIsReported();
    void readOnlyDirectoryKeepsItsFile();
    void helpListsEveryOption();
    void limitOptionsBoundTheRun();
    void badLimitOptionsExitTwo_data();
    void badLimitOptionsExitTwo();

private:
    QTemporaryDir m_dir;
    QString m_scenario;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_scenario = m_dir.filePath("lock.py");
    QFile f(m_scenario);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(exporttest::kLockScenario);
}

void TestCli::rendersEachFormat()
{
    const QString png = m_dir.filePath("out.png"), svg = m_dir.filePath("out.SVG"), pdf = m_dir.filePath("out.pdf");
    Result r = runAwaitscope({"render", m_scenario, "-o", png, "--width", "800", "--scale", "2", "--theme", "dark"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QImage image(png);
    QCOMPARE(image.width(), 1600);
    QVERIFY(image.pixelColor(2, 2).lightness() < 60);
    r = runAwaitscope({"render", m_scenario, "--output=" + svg, "--width=700", "--title", "Locks", "--steps",
                    "--from", "0.5", "--to", "1.5", "--tasks", "worker", "--height", "400"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.defaultSize(), QSize(700, 400));
    QVERIFY(readAll(svg).contains("<title>Locks</title>"));
    r = runAwaitscope({"render", m_scenario, "-o", pdf, "--dark"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
    // Rendering prints nothing of the scenario's own output.
    QVERIFY(r.out.isEmpty());
}

void TestCli::badRenderOptionsExitTwo_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("no output") << QStringList{} << "-o OUT.png";
    QTest::newRow("unknown format") << QStringList{"-o", "x.gif"} << "cannot tell the format of 'x.gif'";
    QTest::newRow("no extension") << QStringList{"-o", "x"} << "must end in .png, .svg or .pdf";
    QTest::newRow("unknown option") << QStringList{"-o", "x.png", "--colour"} << "unknown option '--colour'";
    QTest::newRow("stray argument") << QStringList{"-o", "x.png", "extra"} << "unexpected argument 'extra'";
    QTest::newRow("missing value") << QStringList{"-o", "x.png", "--width"} << "--width needs a value";
    QTest::newRow("width not a number") << QStringList{"-o", "x.png", "--width", "wide"} << "--width expects a whole number";
    QTest::newRow("width too small") << QStringList{"-o", "x.png", "--width", "10"} << "width must be between 300";
    QTest::newRow("height too small") << QStringList{"-o", "x.png", "--height", "100"} << "too small for this timeline";
    QTest::newRow("scale zero") << QStringList{"-o", "x.png", "--scale", "0"} << "scale must be between";
    QTest::newRow("scale not a number") << QStringList{"-o", "x.png", "--scale", "big"} << "--scale expects a number";
    QTest::newRow("scale on svg") << QStringList{"-o", "x.svg", "--scale", "2"} << "--scale applies to PNG only";
    QTest::newRow("theme") << QStringList{"-o", "x.png", "--theme", "blue"} << "--theme expects light or dark";
    QTest::newRow("flag with value") << QStringList{"-o", "x.png", "--dark=yes"} << "--dark takes no value";
    QTest::newRow("negative time") << QStringList{"-o", "x.png", "--from", "-1"} << "--from expects a time";
    QTest::newRow("empty range") << QStringList{"-o", "x.png", "--from", "1", "--to", "0.5"} << "must be later than --from";
    QTest::newRow("after the run") << QStringList{"-o", "x.png", "--from", "5"} << "after the run ends at 2 s";
    QTest::newRow("no such task") << QStringList{"-o", "x.png", "--tasks", "nobody"} << "contains 'nobody'";
}

void TestCli::badRenderOptionsExitTwo()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const Result r = runAwaitscope(QStringList{"render", m_scenario} + options);
    QCOMPARE(r.exitCode, 2);
    // One line says who complains and what is wrong (Qt may warn on other lines).
    const QList<QByteArray> lines = r.err.split('\n');
    QVERIFY2(std::any_of(lines.begin(), lines.end(),
                         [&](const QByteArray &line) {
                             return line.startsWith("awaitscope render: ") && line.contains(message.toUtf8());
                         }),
             r.err.constData());
    QVERIFY(!QFileInfo::exists("x.png") && !QFileInfo::exists("x.svg"));
}

void TestCli::runWithTraceKeepsOutputAndExitCode()
{
    const QString failing = exporttest::sourcePath("scenarios/api_uncaught_exception.py");
    for (const QString &scenario : {m_scenario, failing}) {
        const Result plain = runAwaitscope({"run", scenario});
        const QString json = m_dir.filePath("trace.json"), jsonl = m_dir.filePath("trace.jsonl");
        const Result chrome = runAwaitscope({"run", scenario, "--trace", json});
        const Result lines = runAwaitscope({"run", scenario, "--trace=" + jsonl});
        QCOMPARE(chrome.out, plain.out);
        QCOMPARE(chrome.err, plain.err);
        QCOMPARE(chrome.exitCode, plain.exitCode);
        QCOMPARE(lines.out, plain.out);
        QCOMPARE(lines.exitCode, plain.exitCode);
        const QString problem = exporttest::checkChromeTrace(readAll(json));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(readAll(jsonl).startsWith("{\"format\":\"awaitscope-trace\",\"version\":1}\n"));
    }
    QCOMPARE(runAwaitscope({"run", failing}).exitCode, 1);
    QVERIFY(runAwaitscope({"run", m_scenario}).out.startsWith("worker 0 has the lock\n"));
}

void TestCli::badTraceOptionsExitTwo()
{
    Result r = runAwaitscope({"run", m_scenario, "--trace", m_dir.filePath("t.txt")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(".json (Chrome trace) or .jsonl"), r.err.constData());
    QVERIFY(r.out.isEmpty()); // refused before running
    r = runAwaitscope({"run", m_scenario, "--trace"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--trace needs a file"));
    r = runAwaitscope({"run", m_scenario, "--verbose"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("unexpected argument '--verbose'"));
    r = runAwaitscope({"render", "-o", "x.png", m_scenario});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("the scenario file comes first"));
}

void TestCli::failedTraceWriteIsReported()
{
    const Result r = runAwaitscope({"run", m_scenario, "--trace", m_dir.filePath("missing/t.json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.startsWith("worker 0 has the lock\n")); // the output still comes first
    QVERIFY2(r.err.contains("awaitscope run: cannot write '") && r.err.contains("missing/t.json"), r.err.constData());
    const Result failing =
        runAwaitscope({"run", exporttest::sourcePath("scenarios/api_uncaught_exception.py"), "--trace", m_dir.filePath("missing/t.json")});
    QCOMPARE(failing.exitCode, 1);
}

void TestCli::readOnlyDirectoryKeepsItsFile()
{
    // Root writes anywhere: run the command as nobody, which a read-only directory stops.
    QStringList prefix;
    if (geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable("setpriv");
        if (setpriv.isEmpty())
            QSKIP("running as root without setpriv to drop privileges");
        prefix = {setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"};
    }
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                  QFile::ReadOther | QFile::ExeOther));
    const QString scenario = dir.filePath("lock.py");
    QVERIFY(QFile::copy(m_scenario, scenario));
    QVERIFY(QFile::setPermissions(scenario, QFile::ReadOwner | QFile::ReadOther));
    for (const QString name : {"old.png", "old.svg", "old.pdf", "old.json", "old.jsonl"}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old bytes");
        // Writable files: only the directory stands in the way of the temporary file.
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther));
    }
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    if (geteuid() == 0 && runAwaitscope({"--version"}, prefix).exitCode != 0)
        QSKIP("the build cannot be run as nobody here (its directory is private)");
    for (const QString name : {"old.png", "old.svg", "old.pdf"}) {
        const Result r = runAwaitscope({"render", scenario, "-o", dir.filePath(name)}, prefix);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot write '" + dir.filePath(name).toUtf8() + "': Permission denied"),
                 r.err.constData());
        QCOMPARE(readAll(dir.filePath(name)), QByteArray("old bytes"));
    }
    for (const QString name : {"old.json", "old.jsonl"}) {
        const Result r = runAwaitscope({"run", scenario, "--trace", dir.filePath(name)}, prefix);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.startsWith("worker 0 has the lock\n"));
        QCOMPARE(readAll(dir.filePath(name)), QByteArray("old bytes"));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 6); // no temporary left behind
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestCli::helpListsEveryOption()
{
    const Result r = runAwaitscope({"--help"});
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"--trace", "--width", "--height", "--scale", "--theme", "--dark", "--from", "--to",
                               "--tasks", "--steps", "--title", ".svg", ".pdf", ".jsonl", "--max-steps", "--max-tasks",
                               "--max-memory", "--max-time"})
        QVERIFY2(r.out.contains(option), option);
    // Without a display, `awaitscope FILE` runs the file headless and says so.
    const Result missing = runAwaitscope({"no-such-scenario.py"});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("running headless"));
    QVERIFY(missing.err.contains("no-such-scenario.py"));
    QCOMPARE(runAwaitscope({"--version"}).out, QByteArray("awaitscope " AWAITSCOPE_VERSION "\n"));
}

void TestCli::limitOptionsBoundTheRun()
{
    const QString spin = m_dir.filePath("spin.py"), spawn = m_dir.filePath("spawn.py"), nap = m_dir.filePath("nap.py");
    QVERIFY(writeFile(spin, "n = 0\nwhile True:\n    n += 1\n"));
    QVERIFY(writeFile(spawn, "import asyncio\n\nasync def child():\n    pass\n\n"
                                         "async def main():\n    await asyncio.gather(*(child() for _ in range(50)))\n"
                                         "    print('all done')\n\nasyncio.run(main())\n"));
    QVERIFY(writeFile(nap, "import asyncio\nasyncio.run(asyncio.sleep(3600))\nprint('woke')\n"));

    Result r = runAwaitscope({"run", spin, "--max-steps", "1000"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("ran 1000 steps"), r.err.constData());
    QVERIFY2(r.err.contains("spin.py\", line 2\n    while True:"), r.err.constData());

    r = runAwaitscope({"run", spawn, "--max-tasks=10"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("created 10 tasks"), r.err.constData());
    QVERIFY(!r.out.contains("all done"));
    QCOMPARE(runAwaitscope({"run", spawn}).out, QByteArray("all done\n"));

    r = runAwaitscope({"run", nap, "--max-time", "60"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.out.contains("woke"));
    QCOMPARE(runAwaitscope({"run", nap, "--max-time", "7200"}).out, QByteArray("woke\n"));

    // render runs the scenario under the same limits, and still draws what happened.
    const QString png = m_dir.filePath("limited.png");
    r = runAwaitscope({"render", spawn, "-o", png, "--max-tasks", "10"});
    QVERIFY2(r.err.contains("created 10 tasks"), r.err.constData());
    QVERIFY(QFileInfo(png).size() > 0);
}

void TestCli::badLimitOptionsExitTwo_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a number") << QStringList{"--max-steps", "many"} << "--max-steps needs a positive number, not 'many'";
    QTest::newRow("zero") << QStringList{"--max-tasks=0"} << "--max-tasks needs a positive number, not '0'";
    QTest::newRow("negative time") << QStringList{"--max-time", "-5"} << "--max-time needs a positive number, not '-5'";
    QTest::newRow("missing value") << QStringList{"--max-memory"} << "--max-memory needs a positive number, not ''";
    QTest::newRow("unknown limit") << QStringList{"--max-speed", "3"} << "unexpected argument '--max-speed'";
}

void TestCli::badLimitOptionsExitTwo()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    for (const char *command : {"run", "render"}) {
        QStringList arguments{command, m_scenario};
        if (QByteArray(command) == "render")
            arguments << "-o" << m_dir.filePath("never.png");
        const Result r = runAwaitscope(arguments + options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.filePath("never.png")));
    }
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestCli test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cli.moc"
