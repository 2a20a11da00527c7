#include "command_line.h"

#include "export/render_arguments.h"
#include "export/timeline_export.h"
#include "export/trace_export.h"
#include "interp/scenario_runner.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>

namespace awaitscope {

namespace {

void writeOut(const std::string &s, FILE *stream)
{
    std::fwrite(s.data(), 1, s.size(), stream);
    std::fflush(stream);
}

// "awaitscope render: MESSAGE\n" on stderr.
void complain(const QString &command, const QString &message)
{
    writeOut(QStringLiteral("awaitscope %1: %2\n").arg(command, message).toStdString(), stderr);
}

const char *const kUsage =
    R"(usage: awaitscope run FILE.py [--trace OUT.json|OUT.jsonl] [limits]
       awaitscope check FILE.py
       awaitscope render FILE.py -o OUT.png|OUT.svg|OUT.pdf [options] [limits]
       awaitscope --help | --version

  run     runs the scenario on the virtual clock and prints what python3 would print;
          --trace also writes what happened: OUT.json in the Chrome Trace Event format
          (opens in Perfetto and chrome://tracing), OUT.jsonl in awaitscope's own format
  check   reports syntax errors as CPython does, and constructs scenarios do not support
  render  draws the scenario's timeline without a window, in the format the extension names

render options:
  -o, --output FILE   the file to write: .png, .svg or .pdf
  --width N           width in pixels (default 1200; 300 to 16384)
  --height N          height in pixels: lanes stretch or shrink to fill it (default: as needed)
  --scale F           device pixels per pixel, for sharp PNGs on high-DPI screens (default 1)
  --theme light|dark  colours (default light); --dark is --theme dark
  --from T, --to T    the time range to draw, in virtual seconds (default: the whole run)
  --tasks TEXT        only tasks whose name or coroutine contains TEXT (any case)
  --steps             one column per step instead of virtual time
  --title TEXT        the title above the timeline (default: the file name; "" for none)

limits (run and render; past one, the run stops with a message naming it and the line):
  --max-steps N       statements and loop iterations (default 200000000)
  --max-tasks N       tasks created over the whole run (default 1000000)
  --max-memory MIB    memory the run may take, in MiB (default 2048)
  --max-time SECONDS  virtual time (default 1000000000)

exit status: run gives the scenario's own (0, or 1 after an uncaught exception); 2 means a
usage error, a bad option or a failed check; 1 means a file could not be written.
)";

// Reads the file as bytes; the message says why when it cannot.
bool readFile(const QString &path, std::string &bytes, std::string &error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = "awaitscope: can't open file '" + path.toStdString() + "': " + f.errorString().toStdString() + "\n";
        return false;
    }
    bytes = f.readAll().toStdString();
    return true;
}

// Takes the limit options out of `options` into `limits`; false with a message for a bad
// one. What is left is the command's own.
bool takeLimitOptions(QStringList &options, aw::interp::Limits &limits, QString *error)
{
    QStringList rest;
    for (qsizetype i = 0; i < options.size(); ++i) {
        QString name = options[i], value;
        if (!name.startsWith(QLatin1String("--max-"))) {
            rest << name;
            continue;
        }
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        } else if (i + 1 < options.size()) {
            value = options[++i];
        }
        bool ok = false;
        const qulonglong count = value.toULongLong(&ok);
        ok = ok && count > 0;
        if (name == QLatin1String("--max-steps")) {
            limits.maxSteps = count;
        } else if (name == QLatin1String("--max-tasks")) {
            limits.maxTasks = count;
        } else if (name == QLatin1String("--max-memory")) {
            ok = ok && count <= (SIZE_MAX >> 20);
            limits.maxMemoryBytes = size_t(count) << 20;
        } else if (name == QLatin1String("--max-time")) {
            const double seconds = value.toDouble(&ok);
            ok = ok && seconds > 0 && std::isfinite(seconds);
            limits.maxVirtualTime = seconds;
        } else {
            *error = QStringLiteral("unexpected argument '%1'").arg(name);
            return false;
        }
        if (!ok) {
            *error = QStringLiteral("%1 needs a positive number, not '%2'").arg(name, value);
            return false;
        }
    }
    options = rest;
    return true;
}

// `render FILE.py -o OUT.png|.svg|.pdf [options]`
int render(const std::string &source, const QString &path, QStringList options)
{
    aw::interp::Limits limits;
    if (QString error; !takeLimitOptions(options, limits, &error)) {
        complain(QStringLiteral("render"), error);
        return 2;
    }
    RenderRequest request;
    request.options.title = QFileInfo(path).fileName();
    QString error;
    if (!parseRenderArguments(options, request, &error)) {
        complain(QStringLiteral("render"), error);
        return 2;
    }
    aw::interp::ScenarioResult r = aw::interp::runScenario(source, path.toStdString(), limits);
    writeOut(r.run.err, stderr);
    const TimelineModel model(*r.trace);
    if (const QString problem = checkExportOptions(model, request.options); !problem.isEmpty()) {
        complain(QStringLiteral("render"), problem);
        return 2;
    }
    if (!exportTimeline(model, request.options, request.output, &error)) {
        complain(QStringLiteral("render"), error);
        return 1;
    }
    return 0;
}

// `run FILE.py [--trace OUT.json|OUT.jsonl]`: the scenario's output and exit code as they
// are; a trace that cannot be written is reported and turns success into exit code 1.
int run(const std::string &source, const QString &path, QStringList options)
{
    aw::interp::Limits limits;
    if (QString error; !takeLimitOptions(options, limits, &error)) {
        complain(QStringLiteral("run"), error);
        return 2;
    }
    QString tracePath;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString &o = options[i];
        if (o == QLatin1String("--trace") && i + 1 < options.size()) {
            tracePath = options[++i];
        } else if (o.startsWith(QLatin1String("--trace="))) {
            tracePath = o.mid(8);
        } else {
            complain(QStringLiteral("run"), o == QLatin1String("--trace")
                                                 ? QStringLiteral("--trace needs a file: OUT.json or OUT.jsonl")
                                                 : QStringLiteral("unexpected argument '%1'").arg(o));
            return 2;
        }
    }
    if (!tracePath.isEmpty() && !traceFormatForPath(tracePath)) {
        complain(QStringLiteral("run"),
                 QStringLiteral("cannot tell the format of '%1': the name must end in .json (Chrome trace) or "
                                ".jsonl (awaitscope trace)")
                     .arg(tracePath));
        return 2;
    }
    aw::interp::ScenarioResult r = aw::interp::runScenario(source, path.toStdString(), limits, !tracePath.isEmpty());
    writeOut(r.run.out, stdout);
    writeOut(r.run.err, stderr);
    if (!tracePath.isEmpty()) {
        QString error;
        if (!exportTrace(*r.trace, tracePath, QFileInfo(path).fileName(), &error)) {
            complain(QStringLiteral("run"), error);
            return r.run.exitCode == 0 ? 1 : r.run.exitCode;
        }
    }
    return r.run.exitCode;
}

} // namespace

int runCommandLine(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        writeOut(kUsage, stdout);
        return 0;
    }
    if (command == QLatin1String("--version")) {
        writeOut("awaitscope " + QCoreApplication::applicationVersion().toStdString() + "\n", stdout);
        return 0;
    }
    if (arguments.size() < 3 || (command != QLatin1String("run") && command != QLatin1String("check") &&
                                 command != QLatin1String("render"))) {
        writeOut(kUsage, stderr);
        return 2;
    }
    const QString path = arguments[2];
    if (path.startsWith(QLatin1Char('-'))) {
        complain(command, QStringLiteral("the scenario file comes first: awaitscope %1 FILE.py ...").arg(command));
        return 2;
    }
    const QStringList options = arguments.mid(3);
    std::string source, error;
    if (!readFile(path, source, error)) {
        writeOut(error, stderr);
        return 2;
    }
    if (command == QLatin1String("render"))
        return render(source, path, options);
    if (command == QLatin1String("run"))
        return run(source, path, options);
    if (!options.isEmpty()) {
        complain(command, QStringLiteral("unexpected argument '%1'").arg(options.first()));
        return 2;
    }
    const std::string problem = aw::interp::checkScenario(source, path.toStdString());
    if (problem.empty())
        return 0;
    writeOut(problem, stderr);
    return 2;
}

} // namespace awaitscope
