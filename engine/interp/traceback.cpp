#include "traceback.h"

#include "core/containers.h"
#include "core/str.h"
#include "py/protocol.h"

#include <algorithm>
#include <set>

namespace aw::interp {

namespace {

std::string strip(const std::string &s)
{
    const size_t b = s.find_first_not_of(" \t");
    const size_t e = s.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

// As traceback.py prints an exception's type: its qualified name, after its module unless
// that is __main__ or builtins.
std::string exceptionTypeName(const TypeObject &type)
{
    std::string name = type.name();
    Value qualname;
    if (type.lookup("__qualname__", qualname) && qualname.as<StrObject>())
        name = py::strText(qualname);
    const std::string &module = type.module();
    if (module.empty() || module == "builtins" || module == "__main__")
        return name;
    return module + "." + name;
}

std::string exceptionLine(const ExceptionObject &e)
{
    std::string message;
    try {
        message = py::str(Value(const_cast<ExceptionObject *>(&e)));
    } catch (const PyException &) {
        message = "<exception str() failed>";
    }
    const std::string type = exceptionTypeName(*e.type());
    std::string line = message.empty() ? type : type + ": " + message;
    // add_note(): each note follows the exception's line.
    Value notes;
    try {
        if (py::tryGetAttr(Value(const_cast<ExceptionObject *>(&e)), py::name("__notes__"), notes))
            if (auto *l = notes.as<ListObject>())
                for (const Value &note : l->items())
                    line += "\n" + py::str(note);
    } catch (const PyException &) {
    }
    return line;
}

// The "Traceback (most recent call last):" frames of one exception.
std::string stackText(const Interpreter &interp, const ExceptionObject &e)
{
    std::string out;
    const auto &tb = e.traceback();
    // As CPython: a frame repeating the one before it (recursion) is shown three times,
    // then counted.
    constexpr int kRecursiveCutoff = 3;
    const TracebackEntry *last = nullptr;
    int count = 0;
    auto flushRepeats = [&] {
        if (count > kRecursiveCutoff) {
            const int more = count - kRecursiveCutoff;
            out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
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
    return out;
}

// traceback.py's _ExceptionPrintContext: exception groups print their sub-exceptions in
// nested boxes, each line of a box behind its margin.
struct PrintContext {
    static constexpr size_t kMaxGroupWidth = 15;
    static constexpr int kMaxGroupDepth = 10;
    int depth = 0;
    bool needClose = false;

    std::string indent() const { return std::string(2 * static_cast<size_t>(depth), ' '); }
    void emit(std::string &out, const std::string &text, char margin = '|') const
    {
        std::string prefix = indent();
        if (depth)
            prefix += std::string(1, margin) + " ";
        size_t begin = 0;
        while (begin < text.size()) {
            size_t end = text.find('\n', begin);
            end = end == std::string::npos ? text.size() : end + 1;
            out += prefix + text.substr(begin, end - begin);
            begin = end;
        }
    }
};

void formatException(const Interpreter &interp, const ExceptionObject &e, PrintContext &ctx, std::string &out);

// TracebackException.format() for a group: its own traceback and line, then each of its
// first 15 sub-exceptions in a numbered box.
void formatGroup(const Interpreter &interp, const ExceptionObject &e, PrintContext &ctx, std::string &out)
{
    const bool topLevel = ctx.depth == 0;
    if (topLevel)
        ++ctx.depth;
    if (!e.traceback().empty()) {
        ctx.emit(out, "Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
        ctx.emit(out, stackText(interp, e));
    }
    ctx.emit(out, exceptionLine(e) + "\n");
    const auto &subs = e.exceptions();
    const size_t n = std::min(subs.size(), PrintContext::kMaxGroupWidth + 1);
    ctx.needClose = false;
    for (size_t i = 0; i < n; ++i) {
        const bool lastOne = i + 1 == n;
        if (lastOne)
            ctx.needClose = true;
        const bool truncated = i >= PrintContext::kMaxGroupWidth;
        const std::string title = truncated ? "..." : std::to_string(i + 1);
        out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
        ++ctx.depth;
        if (!truncated) {
            formatException(interp, *subs[i], ctx, out);
        } else {
            const size_t remaining = subs.size() - PrintContext::kMaxGroupWidth;
            ctx.emit(out, "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n");
        }
        if (lastOne && ctx.needClose) {
            out += ctx.indent() + "+------------------------------------\n";
            ctx.needClose = false;
        }
        --ctx.depth;
    }
    if (topLevel)
        ctx.depth = 0;
}

// One exception with the chain of causes and contexts that led to it, oldest first.
void formatException(const Interpreter &interp, const ExceptionObject &e, PrintContext &ctx, std::string &out)
{
    // Newest first, each with the sentence that leads from it to the one before; walked in
    // a loop, since a scenario can chain exceptions a million deep.
    struct Link {
        const ExceptionObject *exception;
        const char *sentence;
    };
    std::vector<Link> chain;
    std::set<const ExceptionObject *> seen;
    for (const ExceptionObject *cur = &e; cur;) {
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
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const ExceptionObject &x = *it->exception;
        if (!x.isInstance(builtin::BaseExceptionGroup())) {
            if (!x.traceback().empty()) {
                ctx.emit(out, "Traceback (most recent call last):\n");
                ctx.emit(out, stackText(interp, x));
            }
            ctx.emit(out, exceptionLine(x) + "\n");
        } else if (ctx.depth > PrintContext::kMaxGroupDepth) {
            ctx.emit(out, "... (max_group_depth is " + std::to_string(PrintContext::kMaxGroupDepth) + ")\n");
        } else {
            formatGroup(interp, x, ctx, out);
        }
        if (it + 1 != chain.rend())
            ctx.emit(out, (it + 1)->sentence);
    }
}

} // namespace

std::string formatTraceback(const Interpreter &interp, const Ref<ExceptionObject> &e)
{
    PrintContext ctx;
    std::string out;
    formatException(interp, *e, ctx, out);
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
