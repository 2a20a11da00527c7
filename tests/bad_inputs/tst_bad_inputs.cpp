// Broken and hostile scenarios. Each cases/NAME.py has a NAME.expected:
//
//     run 1                 the command (run or check) and its exit code, and optionally
//                           memory=MIB, the run's memory limit when not the usual one
//     --- stdout
//     ...what it prints on stdout, exactly
//     --- stderr
//     ...what it prints on stderr, exactly
//
// Each case runs in a process of its own (bad_input_case, which does what `awaitscope run`
// and `awaitscope check` do, under the limits of test_limits.h), so the text is what the
// user sees, and under LeakSanitizer a case that leaks fails. Inputs too large to keep in
// the repository (10 MB, 100,000 nested parentheses) are made here and run in this
// process, as are runs that check the process stays usable after hostile ones.
//
// AWAITSCOPE_WRITE_EXPECTED=1 rewrites the expected files from what the engine does now:
// review every change with git diff.

#include "test_limits.h"

#include "interp/scenario_runner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <string>

using namespace aw;

namespace {

const std::string kStdoutMarker = "--- stdout\n";
const std::string kStderrMarker = "--- stderr\n";

struct Outcome {
    std::string command; // "run" or "check"
    int exitCode = 0;
    std::string out;
    std::string err;
    std::string memoryMiB; // empty: the usual limit

    std::string serialized() const
    {
        return command + " " + std::to_string(exitCode) + (memoryMiB.empty() ? "" : " memory=" + memoryMiB) + "\n" +
               kStdoutMarker + out + kStderrMarker + err;
    }
};

Outcome perform(const std::string &command, const std::string &source, const std::string &filename)
{
    Outcome o{command, 0, {}, {}};
    if (command == "check") {
        o.err = interp::checkScenario(source, filename);
        o.exitCode = o.err.empty() ? 0 : 2;
    } else {
        const interp::ScenarioResult r = interp::runScenario(source, filename, badInputLimits(), false);
        o.exitCode = r.run.exitCode;
        o.out = r.run.out;
        o.err = r.run.err;
    }
    return o;
}

// AddressSanitizer warns that it cannot fully follow swapcontext (executor jobs run on
// fibers) and exceptions thrown on a deep stack; those notices belong to the sanitizer
// build, not to the case.
std::string withoutSanitizerNotices(const QByteArray &err)
{
    std::string out;
    size_t begin = 0;
    while (begin < static_cast<size_t>(err.size())) {
        const qsizetype newline = err.indexOf('\n', begin);
        const size_t end = newline < 0 ? err.size() : newline + 1;
        const QByteArray line = err.mid(begin, end - begin);
        const bool notice = (line.startsWith("==") && line.contains("==WARNING: ASan ")) ||
                            line == "False positive error reports may follow\n" ||
                            line.startsWith("For details see https://github.com/google/sanitizers/issues/");
        if (!notice)
            out += line.toStdString();
        begin = end;
    }
    return out;
}

// Runs the case in a process of its own.
Outcome performAlone(const std::string &command, const QString &path, const std::string &filename,
                     const std::string &memoryMiB)
{
    QStringList arguments{QString::fromStdString(command), path, QString::fromStdString(filename)};
    if (!memoryMiB.empty())
        arguments << QString::fromStdString(memoryMiB);
    QProcess p;
    p.start(BAD_INPUT_CASE, arguments);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit)
        return {command, -1, {}, "bad_input_case crashed:\n" + p.readAllStandardError().toStdString(), memoryMiB};
    return {command, p.exitCode(), p.readAllStandardOutput().toStdString(),
            withoutSanitizerNotices(p.readAllStandardError()), memoryMiB};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// Shows where two long texts part, since a whole 10 MB message is no help.
QString firstDifference(const std::string &actual, const std::string &expected)
{
    size_t i = 0;
    while (i < actual.size() && i < expected.size() && actual[i] == expected[i])
        ++i;
    auto around = [i](const std::string &s) {
        const size_t from = i > 80 ? i - 80 : 0;
        return QString::fromStdString(s.substr(from, 240));
    };
    return QString("differ at byte %1\n--- actual:\n%2\n--- expected:\n%3").arg(i).arg(around(actual), around(expected));
}

} // namespace

class TestBadInputs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cases_data();
    void cases();
    void nestedParentheses();
    void deepUnaryMinus();
    void tenMegabyteFile();
    void tenMegabyteLine();
    void longExceptionChain();
    void usableAfterHostileRuns();
};

void TestBadInputs::cases_data()
{
    QTest::addColumn<QString>("name");
    const QDir dir(BAD_INPUTS_DIR);
    const QStringList files = dir.entryList({"*.py"}, QDir::Files, QDir::Name);
    QVERIFY(files.size() > 50);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file.chopped(3);
}

void TestBadInputs::cases()
{
    QFETCH(QString, name);
    const QDir dir(BAD_INPUTS_DIR);
    const QString expectedPath = dir.filePath(name + ".expected");
    const bool write = qEnvironmentVariableIntValue("AWAITSCOPE_WRITE_EXPECTED") == 1;
    std::string command = "run";
    std::string memoryMiB;
    if (QFile::exists(expectedPath)) {
        const QByteArray head = readAll(expectedPath);
        const QList<QByteArray> words = head.left(head.indexOf('\n')).split(' ');
        command = words.value(0).toStdString();
        if (words.size() > 2 && words[2].startsWith("memory="))
            memoryMiB = words[2].mid(7).toStdString();
    } else if (!write) {
        QFAIL(qPrintable("missing " + expectedPath));
    }
    const Outcome actual = performAlone(command, dir.filePath(name + ".py"), name.toStdString() + ".py", memoryMiB);
    if (write) {
        QFile f(expectedPath);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray::fromStdString(actual.serialized()));
        return;
    }
    const std::string expected = readAll(expectedPath).toStdString();
    QVERIFY2(actual.serialized() == expected, qPrintable(firstDifference(actual.serialized(), expected)));
}

// CPython's tokenizer stops at 200 open brackets; the line and caret are printed in full.
// Verified byte for byte against python3 3.11.
void TestBadInputs::nestedParentheses()
{
    const std::string line = "x = " + std::string(100'000, '(') + "1" + std::string(100'000, ')');
    const std::string expected = "  File \"nested.py\", line 1\n    " + line + "\n    " + std::string(204, ' ') +
                                 "^\nSyntaxError: too many nested parentheses\n";
    const Outcome check = perform("check", line + "\n", "nested.py");
    QCOMPARE(check.exitCode, 2);
    QVERIFY2(check.err == expected, qPrintable(firstDifference(check.err, expected)));
    const Outcome run = perform("run", line + "\n", "nested.py");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err == expected, qPrintable(firstDifference(run.err, expected)));
}

// CPython's parser runs out of its stack on this and says only MemoryError; so do we,
// without recursing 100,000 deep.
void TestBadInputs::deepUnaryMinus()
{
    const std::string source = "x = " + std::string(100'000, '-') + "1\n";
    const Outcome check = perform("check", source, "unary.py");
    QCOMPARE(check.exitCode, 2);
    QCOMPARE(check.err, std::string("MemoryError\n"));
}

void TestBadInputs::tenMegabyteFile()
{
    const std::string statement = "x = \"" + std::string(993, 'a') + "\"\n";
    std::string source;
    while (source.size() < 10'000'000)
        source += statement;
    source += "print(len(x))\n";
    QCOMPARE(perform("check", source, "big.py").exitCode, 0);
    const Outcome run = perform("run", source, "big.py");
    QCOMPARE(run.err, std::string());
    QCOMPARE(run.out, std::string("993\n"));
    QCOMPARE(run.exitCode, 0);
}

void TestBadInputs::tenMegabyteLine()
{
    const std::string source = "s = '" + std::string(10'000'000, 'x') + "'\nprint(len(s))\n";
    const Outcome run = perform("run", source, "line.py");
    QCOMPARE(run.err, std::string());
    QCOMPARE(run.out, std::string("10000000\n"));
}

// 100,000 exceptions, each the cause of the next, printed oldest first as CPython would
// (whose own printer overflows its stack on this).
void TestBadInputs::longExceptionChain()
{
    const Outcome run = perform("run",
                                "e = ValueError(0)\n"
                                "for i in range(100000):\n"
                                "    try:\n"
                                "        raise ValueError(i) from e\n"
                                "    except ValueError as x:\n"
                                "        e = x\n"
                                "raise e\n",
                                "chain.py");
    QCOMPARE(run.exitCode, 1);
    const std::string link = "\nThe above exception was the direct cause of the following exception:\n\n";
    const std::string first = "ValueError: 0\n" + link + "Traceback (most recent call last):\n"
                              "  File \"chain.py\", line 4, in <module>\n"
                              "    raise ValueError(i) from e\n"
                              "ValueError: 0\n" + link;
    QCOMPARE(run.err.substr(0, first.size()), first);
    const std::string last = "  File \"chain.py\", line 7, in <module>\n"
                             "    raise e\n"
                             "  File \"chain.py\", line 4, in <module>\n"
                             "    raise ValueError(i) from e\n"
                             "ValueError: 99999\n";
    QCOMPARE(run.err.substr(run.err.size() - last.size()), last);
    size_t links = 0;
    for (size_t at = run.err.find(link); at != std::string::npos; at = run.err.find(link, at + 1))
        ++links;
    QCOMPARE(links, size_t(100000));
}

// A run that hit a limit leaves nothing behind: the next one in the same process behaves
// as in a fresh one (the app runs scenario after scenario).
void TestBadInputs::usableAfterHostileRuns()
{
    const std::string hostile[] = {
        "def f(n):\n    return f(n + 1)\nf(0)\n",
        "x = []\nwhile True:\n    x.append(list(range(1000)))\n",
        "while True:\n    pass\n",
        "l = []\nfor i in range(300000):\n    l = [l]\nprint(l == l[0])\n",
    };
    for (const std::string &source : hostile)
        QCOMPARE(perform("run", source, "hostile.py").exitCode, 1);
    const Outcome fine = perform("run",
                                 "import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    print('ok')\n"
                                 "asyncio.run(main())\n",
                                 "fine.py");
    QCOMPARE(fine.err, std::string());
    QCOMPARE(fine.out, std::string("ok\n"));
    QCOMPARE(fine.exitCode, 0);
}

QTEST_APPLESS_MAIN(TestBadInputs)
#include "tst_bad_inputs.moc"
