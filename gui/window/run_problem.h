#pragma once
// Where a run failed, read from what it printed on stderr: the innermost traceback frame
// in the scenario's own file, and the exception line CPython would end with.

#include <QString>

namespace awaitscope {

struct RunProblem {
    int line = 0;    // 0: nothing to point at
    QString message; // "ValueError: boom", or the run's own stop message
};

RunProblem findRunProblem(const QString &stderrText, const QString &fileName);

} // namespace awaitscope
