#include "interleaving.h"

#include "core/exception.h"
#include <charconv>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace aw::test {

namespace {
QString timeRepr(double t)
{
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, t);
    QString s = QString::fromLatin1(buf, r.ptr - buf);
    return s.contains('.') || s.contains('e') ? s : s + ".0";
}

QString pyRepr(std::string_view text)
{
    QString s = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    const QChar quote = s.contains('\'') && !s.contains('"') ? '"' : '\'';
    QString out(quote);
    for (QChar c : s) {
        if (c == '\\')
            out += "\\\\";
        else if (c == quote)
            out += QString("\\") + quote;
        else if (c == '\n')
            out += "\\n";
        else if (c == '\t')
            out += "\\t";
        else
            out += c;
    }
    return out + quote;
}
} // namespace

void InterleavingRecorder::add(double t, const QString &rest)
{
    m_lines << timeRepr(t) + ' ' + rest;
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
    add(t, QString("print %1 %2").arg(task ? QString::fromStdString(task->name()) : "-", pyRepr(text)));
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
