#include "command_line.h"

#include "interp/scenario_runner.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <string>

namespace awaitscope {

namespace {

void writeOut(const std::string &s, FILE *stream)
{
    std::fwrite(s.data(), 1, s.size(), stream);
    std::fflush(stream);
}

const char *const kUsage =
    "usage: awaitscope run FILE.py     run a scenario and print its output\n"
    "       awaitscope check FILE.py   report syntax errors and unsupported constructs\n";

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

} // namespace

int runCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 3 || (arguments[1] != "run" && arguments[1] != "check")) {
        writeOut(kUsage, stderr);
        return 2;
    }
    const QString path = arguments[2];
    std::string source, error;
    if (!readFile(path, source, error)) {
        writeOut(error, stderr);
        return 2;
    }
    const std::string filename = path.toStdString();
    if (arguments[1] == "check") {
        const std::string problem = aw::interp::checkScenario(source, filename);
        if (problem.empty())
            return 0;
        writeOut(problem, stderr);
        return 2;
    }
    aw::interp::ScenarioResult r = aw::interp::runScenario(source, filename, {}, false);
    writeOut(r.run.out, stdout);
    writeOut(r.run.err, stderr);
    return r.run.exitCode;
}

} // namespace awaitscope
