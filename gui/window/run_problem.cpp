#include "run_problem.h"

#include <QRegularExpression>
#include <QStringList>

namespace awaitscope {

RunProblem findRunProblem(const QString &stderrText, const QString &fileName)
{
    static const QRegularExpression frame(QString::fromLatin1("^\\s*File \"(.*)\", line (\\d+)"));
    RunProblem problem;
    const QStringList lines = stderrText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    int lastFrame = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = frame.match(lines[i]);
        if (m.hasMatch() && m.captured(1) == fileName) {
            problem.line = m.captured(2).toInt();
            lastFrame = i;
        }
    }
    if (lastFrame < 0)
        return {};
    // The message is the first line after that frame's source lines that is not indented:
    // CPython's last line, or "awaitscope: stopped: ...".
    for (int i = lastFrame + 1; i < lines.size(); ++i) {
        if (!lines[i].startsWith(QLatin1Char(' '))) {
            problem.message = lines[i];
            break;
        }
    }
    if (problem.message.isEmpty())
        problem.message = lines.last();
    return problem;
}

} // namespace awaitscope
