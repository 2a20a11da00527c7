#include "scenario_runner.h"

#include "compiler.h"
#include "traceback.h"

#include "lang/parser.h"

#include <QThread>

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

std::string checkScenario(const std::string &source, const std::string &filename)
{
    lang::ParseResult parsed = lang::parseModule(source, filename);
    if (const lang::SyntaxError *e = parsed.error())
        return e->format();
    try {
        Compiler(filename).compileModule(parsed.module()->body());
    } catch (const CompileError &e) {
        Interpreter interp;
        std::string line(parsed.module()->source().line(e.line));
        std::string out = "  File \"" + filename + "\", line " + std::to_string(e.line) + "\n";
        const size_t indent = line.find_first_not_of(" \t");
        if (indent != std::string::npos) {
            const size_t end = line.find_last_not_of(" \t\r\n");
            out += "    " + line.substr(indent, end - indent + 1) + "\n";
            out += "    " + std::string(e.col >= indent ? e.col - indent : 0, ' ') + "^\n";
        }
        return out + "SyntaxError: " + e.message + "\n";
    }
    return {};
}

} // namespace aw::interp
