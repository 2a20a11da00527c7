#pragma once
// Records a run as the lines tests/reference/cpython_ref.py writes with --steps, so an
// engine test can compare its interleaving with CPython's, event by event:
//   T create TASK by PARENT | T step TASK | T print TASK 'TEXT' | T done TASK OUTCOME

#include "aio/event_loop.h"

#include <QString>
#include <QStringList>

namespace aw::test {

class InterleavingRecorder : public aio::Observer {
public:
    explicit InterleavingRecorder(aio::EventLoop &loop) : m_loop(loop) { loop.addObserver(this); }
    ~InterleavingRecorder() override { m_loop.removeObserver(this); }

    void taskCreated(double t, const aio::Task &task, const aio::Task *parent) override;
    void taskRunning(double t, const aio::Task &task) override;
    void taskDone(double t, const aio::Task &task) override;
    void output(double t, const aio::Task *task, std::string_view text) override;

    const QStringList &lines() const { return m_lines; }
    QString text() const { return m_lines.join('\n') + '\n'; }

private:
    void add(double t, const QString &rest);
    aio::EventLoop &m_loop;
    QStringList m_lines;
};

// print() from a test coroutine: reported to observers as the running task's output.
void print(aio::EventLoop &loop, std::string_view text);

// The expected interleaving recorded from CPython for `name` (tests/engine/expected/).
QString expectedSteps(const QString &name);

// Compares two interleavings line by line; on mismatch writes `<name>.actual` next to the
// build's test binary and fails with a unified diff.
bool compareInterleaving(const QString &name, const QString &actual, QString *message);

} // namespace aw::test
