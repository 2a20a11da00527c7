#include "interleaving.h"

#include "core/exception.h"
#include "text/number_format.h"
#include "text/unicode_props.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace aw::test {

void InterleavingRecorder::add(double t, const QString &rest)
{
    m_lines << QString::fromStdString(text::floatRepr(t)) + ' ' + rest;
}

void InterleavingRecorder::taskCreated(double t, const aio::Task &task, const aio::Task *parent)
{
    add(t, QString("create %1 by %2")
               .arg(QString::fromStdString(task.name()), parent ? QString::fromStdString(parent->name()) : "-"));
}

void InterleavingRecorder::taskRunning(double t, const aio::Task &task)
{
    add(t, "step " + QString::fromStdString(task.name()));
}

void InterleavingRecorder::taskDone(double t, const aio::Task &task)
{
    QString outcome = "result";
    if (task.cancelled())
        outcome = "cancelled";
    else if (const auto &exc = task.peekException())
        outcome = "exception " + QString::fromStdString(exc->type()->name());
    add(t, QString("done %1 %2").arg(QString::fromStdString(task.name()), outcome));
}

void InterleavingRecorder::output(double t, const aio::Task *task, std::string_view text)
{
    add(t, QString("print %1 %2").arg(task ? QString::fromStdString(task->name()) : "-", QString::fromStdString(text::strRepr(text))));
}

void print(aio::EventLoop &loop, std::string_view text)
{
    loop.reportOutput(text);
}

QString expectedSteps(const QString &name)
{
    QFile f(QStringLiteral(AWAITSCOPE_ENGINE_TEST_DIR "/expected/") + name + ".steps");
    if (!f.open(QIODevice::ReadOnly))
        return QString("<missing expectation %1>").arg(f.fileName());
    return QString::fromUtf8(f.readAll());
}

bool compareInterleaving(const QString &name, const QString &actual, QString *message)
{
    const QString expected = expectedSteps(name);
    if (expected == actual)
        return true;
    const QString actualPath = name + ".steps.actual";
    QFile out(actualPath);
    if (out.open(QIODevice::WriteOnly))
        out.write(actual.toUtf8());
    out.close();
    QProcess diff;
    diff.start("diff", {"-u", QStringLiteral(AWAITSCOPE_ENGINE_TEST_DIR "/expected/") + name + ".steps", actualPath});
    diff.waitForFinished();
    *message = "interleaving differs from CPython's for " + name + " (actual in " + actualPath + "):\n"
        + QString::fromUtf8(diff.readAllStandardOutput());
    return false;
}

} // namespace aw::test
