#include "run_messages.h"

#include <QRegularExpression>
#include <QStringList>

namespace awaitscope::models {

namespace {

const QRegularExpression &warningLine()
{
    static const QRegularExpression re(QStringLiteral("^(.+):(\\d+): RuntimeWarning: coroutine '([^']*)' was never awaited$"));
    return re;
}

const QRegularExpression &frameLine()
{
    static const QRegularExpression re(QStringLiteral("^[\\s|]*File \"([^\"]*)\", line (\\d+)"));
    return re;
}

bool indented(const QString &line)
{
    return line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'));
}

// Lines between two tracebacks of one chained exception.
bool chainLine(const QString &line)
{
    return line.isEmpty() || line.startsWith(QLatin1String("During handling of the above exception"))
           || line.startsWith(QLatin1String("The above exception was the direct cause"));
}

// A line that begins a message of its own.
bool starter(const QString &line)
{
    return line == QLatin1String("Task exception was never retrieved")
           || line.startsWith(QLatin1String("Exception in callback ")) || line.startsWith(QLatin1String("awaitscope: "))
           || warningLine().match(line).hasMatch();
}

// The first line of an uncaught exception group's traceback, indented as all of it is.
bool groupTracebackStart(const QString &line)
{
    return line.trimmed().startsWith(QLatin1String("+ Exception Group Traceback"));
}

// An exception group's summary inside its indented traceback: "  | ExceptionGroup: ...".
QString groupLine(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^\\s*\\|\\s([A-Za-z_][\\w.]*Group: .*)$"));
    return re.match(line).captured(1);
}

class Parser {
public:
    Parser(const QString &text, const QString &file)
        : m_lines(text.split(QLatin1Char('\n')))
        , m_file(file)
    {
        if (!m_lines.isEmpty() && m_lines.back().isEmpty())
            m_lines.removeLast();
    }

    std::vector<RunMessage> parse()
    {
        while (m_pos < m_lines.size()) {
            if (m_lines[m_pos].trimmed().isEmpty())
                ++m_pos;
            else
                m_out.push_back(next());
        }
        return std::move(m_out);
    }

private:
    RunMessage next()
    {
        const int start = m_pos;
        const QString first = m_lines[m_pos++];
        RunMessage m;
        if (const auto w = warningLine().match(first); w.hasMatch()) {
            m.kind = RunMessage::Kind::NeverAwaited;
            m.subject = w.captured(3);
            m.line = w.captured(2).toUInt();
            // The warned line's source, then the hint; an exception group's traceback, which
            // is indented too, is the next message.
            if (m_pos < m_lines.size() && indented(m_lines[m_pos]) && !groupTracebackStart(m_lines[m_pos]))
                ++m_pos;
            if (m_pos < m_lines.size() && m_lines[m_pos].startsWith(QLatin1String("RuntimeWarning: Enable tracemalloc")))
                ++m_pos;
        } else if (first == QLatin1String("Task exception was never retrieved")) {
            m.kind = RunMessage::Kind::ExceptionNeverRetrieved;
            if (m_pos < m_lines.size() && m_lines[m_pos].startsWith(QLatin1String("future: "))) {
                static const QRegularExpression name(QStringLiteral("name='((?:[^'\\\\]|\\\\.)*)'"));
                static const QRegularExpression coro(QStringLiteral("coro=<([^(>]*)\\("));
                m.subject = name.match(m_lines[m_pos]).captured(1);
                m.coroutine = coro.match(m_lines[m_pos]).captured(1);
                ++m_pos;
            }
            traceback(m);
        } else if (first.startsWith(QLatin1String("Exception in callback "))) {
            m.kind = RunMessage::Kind::CallbackException;
            m.subject = first.mid(22);
            if (m_pos < m_lines.size() && m_lines[m_pos].startsWith(QLatin1String("handle: ")))
                ++m_pos;
            traceback(m);
        } else if (first.startsWith(QLatin1String("Traceback (most recent call last):")) || indented(first)) {
            m.kind = RunMessage::Kind::UncaughtException;
            --m_pos;
            traceback(m);
        } else if (first.startsWith(QLatin1String("awaitscope: deadlock"))) {
            m.kind = RunMessage::Kind::Deadlock;
            m.subject = first.mid(12);
            while (m_pos < m_lines.size() && indented(m_lines[m_pos]))
                ++m_pos;
        } else if (first.startsWith(QLatin1String("awaitscope: stopped: "))) {
            m.kind = RunMessage::Kind::Stopped;
            m.subject = first.mid(21);
        } else {
            m.subject = first;
        }
        m.text = m_lines.mid(start, m_pos - start).join(QLatin1Char('\n'));
        return m;
    }

    // Reads a traceback (with chained ones, and an exception group's indented body) up to
    // its exception line, noting the innermost scenario frame.
    void traceback(RunMessage &m)
    {
        while (m_pos < m_lines.size()) {
            const QString &line = m_lines[m_pos];
            if (const auto f = frameLine().match(line); f.hasMatch()) {
                if (m_file.isEmpty() || f.captured(1) == m_file)
                    m.line = f.captured(2).toUInt();
            }
            if (line.startsWith(QLatin1String("Traceback (most recent call last):")) || indented(line)) {
                if (m.exception.isEmpty())
                    m.exception = groupLine(line);
                ++m_pos;
                continue;
            }
            if (chainLine(line) && m_pos + 1 < m_lines.size()) {
                ++m_pos;
                continue;
            }
            // An exception group's traceback is indented to its end.
            if (starter(line) && !m.exception.isEmpty() && !line.startsWith(QLatin1String("awaitscope: stopped: ")))
                return;
            if (line.startsWith(QLatin1String("awaitscope: stopped: "))) {
                m.kind = RunMessage::Kind::Stopped;
                m.subject = line.mid(21);
                ++m_pos;
                return;
            }
            m.exception = line;
            ++m_pos;
            // A chained traceback follows: keep reading it as part of this message.
            if (m_pos + 1 < m_lines.size() && m_lines[m_pos].isEmpty() && chainLine(m_lines[m_pos + 1])
                && !m_lines[m_pos + 1].isEmpty())
                continue;
            return;
        }
    }

    QStringList m_lines;
    QString m_file;
    int m_pos = 0;
    std::vector<RunMessage> m_out;
};

} // namespace

std::vector<RunMessage> parseRunMessages(const QString &stderrText, const QString &scenarioFile)
{
    return Parser(stderrText, scenarioFile).parse();
}

} // namespace awaitscope::models
