#include "scenario_runner.h"

#include "compiler.h"
#include "traceback.h"

#include "lang/parser.h"

#include <QString>
#include <QThread>

#include <algorithm>

namespace aw::interp {

ScenarioResult runScenario(const std::string &source, const std::string &filename, const Limits &limits,
                           bool recordTrace)
{
    ScenarioResult result;
    if (recordTrace)
        result.trace = std::make_shared<trace::Trace>();
    QThread *thread = QThread::create([&] {
        Interpreter interp(limits);
        interp.setTrace(result.trace.get());
        result.run = interp.run(source, filename);
    });
    thread->setStackSize(kScenarioStackBytes);
    thread->start();
    thread->wait();
    delete thread;
    return result;
}

std::optional<ScenarioProblem> findProblem(const std::string &source, const std::string &filename)
{
    lang::ParseResult parsed = lang::parseModule(source, filename);
    if (const lang::SyntaxError *e = parsed.error())
        return ScenarioProblem{e->line, e->column, std::string(e->typeName()) + ": " + e->message, e->format()};
    try {
        Compiler(filename).compileModule(parsed.module()->body());
    } catch (const CompileError &e) {
        std::string line(parsed.module()->source().line(e.line));
        std::string out = "  File \"" + filename + "\", line " + std::to_string(e.line) + "\n";
        const size_t indent = line.find_first_not_of(" \t");
        if (indent != std::string::npos) {
            const size_t end = line.find_last_not_of(" \t\r\n");
            out += "    " + line.substr(indent, end - indent + 1) + "\n";
            out += "    " + std::string(e.col >= indent ? e.col - indent : 0, ' ') + "^\n";
        }
        const std::string message = "SyntaxError: " + e.message;
        // The compiler counts bytes; an editor counts characters.
        const int column = QString::fromUtf8(line.data(), static_cast<qsizetype>(std::min<size_t>(e.col, line.size())))
                               .size() + 1;
        return ScenarioProblem{static_cast<int>(e.line), column, message, out + message + "\n"};
    }
    return std::nullopt;
}

std::string checkScenario(const std::string &source, const std::string &filename)
{
    const std::optional<ScenarioProblem> problem = findProblem(source, filename);
    return problem ? problem->report : std::string();
}

} // namespace aw::interp
