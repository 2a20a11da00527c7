#include "traceback.h"

#include "py/protocol.h"

#include <set>

namespace aw::interp {

namespace {

std::string strip(const std::string &s)
{
    const size_t b = s.find_first_not_of(" \t");
    const size_t e = s.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::string exceptionLine(const ExceptionObject &e)
{
    std::string message;
    try {
        message = py::str(Value(const_cast<ExceptionObject *>(&e)));
    } catch (const PyException &) {
        message = "<exception str() failed>";
    }
    const std::string type = e.type()->qualifiedName();
    return message.empty() ? type : type + ": " + message;
}

void formatOne(const Interpreter &interp, const ExceptionObject &e, std::string &out)
{
    const auto &tb = e.traceback();
    if (!tb.empty()) {
        out += "Traceback (most recent call last):\n";
        // As CPython: a frame repeating the one before it (recursion) is shown three times,
        // then counted.
        constexpr int kRecursiveCutoff = 3;
        const TracebackEntry *last = nullptr;
        int count = 0;
        auto flushRepeats = [&] {
            if (count > kRecursiveCutoff) {
                const int more = count - kRecursiveCutoff;
                out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") +
                       "]\n";
            }
        };
        for (auto it = tb.rbegin(); it != tb.rend(); ++it) {
            if (!last || last->file != it->file || last->line != it->line || last->function != it->function) {
                flushRepeats();
                last = &*it;
                count = 0;
            }
            if (++count > kRecursiveCutoff)
                continue;
            out += "  File \"" + it->file + "\", line " + std::to_string(it->line) + ", in " + it->function + "\n";
            const std::string src = strip(interp.sourceLine(static_cast<uint32_t>(it->line)));
            if (!src.empty())
                out += "    " + src + "\n";
        }
        flushRepeats();
    }
    out += exceptionLine(e) + "\n";
}

} // namespace

std::string formatTraceback(const Interpreter &interp, const Ref<ExceptionObject> &e)
{
    // The chain of causes and contexts, newest first, each with the sentence that leads
    // from it to the one before; walked in a loop, since a scenario can chain exceptions
    // a million deep.
    struct Link {
        const ExceptionObject *exception;
        const char *sentence;
    };
    std::vector<Link> chain;
    std::set<const ExceptionObject *> seen;
    for (const ExceptionObject *cur = e.get(); cur;) {
        seen.insert(cur);
        Link link{cur, nullptr};
        cur = nullptr;
        if (link.exception->cause() && !seen.count(link.exception->cause().get())) {
            cur = link.exception->cause().get();
            link.sentence = "\nThe above exception was the direct cause of the following exception:\n\n";
        } else if (link.exception->context() && !link.exception->suppressContext() &&
                   !seen.count(link.exception->context().get())) {
            cur = link.exception->context().get();
            link.sentence = "\nDuring handling of the above exception, another exception occurred:\n\n";
        }
        chain.push_back(link);
    }
    std::string out;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        formatOne(interp, *it->exception, out);
        if (it + 1 != chain.rend())
            out += (it + 1)->sentence;
    }
    return out;
}

int handleUncaught(Interpreter &interp, const PyException &e)
{
    const Ref<ExceptionObject> &exc = e.object();
    if (exc->isInstance(builtin::SystemExit())) {
        const auto &args = exc->args();
        if (args.empty() || args[0].isNone())
            return 0;
        if (args[0].isInt() || args[0].isBool())
            return static_cast<int>(args[0].asInt());
        interp.writeError(py::str(args[0]) + "\n");
        return 1;
    }
    interp.writeError(formatTraceback(interp, exc));
    return 1;
}

std::string formatCompileError(const Interpreter &interp, const CompileError &e)
{
    std::string out = "  File \"" + interp.filename() + "\", line " + std::to_string(e.line) + "\n";
    const std::string line = interp.sourceLine(e.line);
    const size_t indent = line.find_first_not_of(" \t");
    if (indent != std::string::npos) {
        out += "    " + strip(line) + "\n";
        const size_t caret = e.col >= indent ? e.col - indent : 0;
        out += "    " + std::string(caret, ' ') + "^\n";
    }
    return out + "SyntaxError: " + e.message + "\n";
}

std::string formatRunAbort(const Interpreter &interp, const RunAbort &a)
{
    std::string where = a.line ? "  File \"" + interp.filename() + "\", line " + std::to_string(a.line) + "\n    " +
                                     strip(interp.sourceLine(a.line)) + "\n"
                               : std::string();
    return where + "awaitscope: stopped: " + a.message + "\n";
}

} // namespace aw::interp
