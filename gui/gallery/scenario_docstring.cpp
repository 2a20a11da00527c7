#include "scenario_docstring.h"

#include <QStringList>

#include <algorithm>
#include <limits>

namespace awaitscope {

namespace {

bool isHan(QChar c) { return c.script() == QChar::Script_Han; }

bool containsHan(const QString &text) { return std::any_of(text.begin(), text.end(), isHan); }

bool isMostlyChinese(const QString &text)
{
    qsizetype han = 0;
    qsizetype latin = 0;
    for (QChar c : text) {
        if (isHan(c))
            ++han;
        else if (c.isLetter() && c.script() == QChar::Script_Latin)
            ++latin;
    }
    // One Chinese character carries about as much as a short English word.
    return 3 * han > latin;
}

// Skips blank lines and comments; returns where the first statement starts.
qsizetype firstStatement(const QString &source)
{
    qsizetype i = 0;
    if (source.startsWith(QChar(0xfeff)))
        ++i;
    while (i < source.size()) {
        if (source.at(i).isSpace()) {
            ++i;
        } else if (source.at(i) == QLatin1Char('#')) {
            while (i < source.size() && source.at(i) != QLatin1Char('\n'))
                ++i;
        } else {
            break;
        }
    }
    return i;
}

// The value of the string literal at `i`, or a null string when there is none or it is
// not terminated. Only the escapes a docstring plausibly uses are decoded.
QString stringLiteralAt(const QString &source, qsizetype i)
{
    bool raw = false;
    if (i < source.size() && QStringLiteral("rRuU").contains(source.at(i))) {
        raw = source.at(i).toLower() == QLatin1Char('r');
        ++i;
    }
    if (i >= source.size() || (source.at(i) != QLatin1Char('"') && source.at(i) != QLatin1Char('\'')))
        return {};
    const QChar quote = source.at(i);
    const QString triple(3, quote);
    const bool isTriple = source.mid(i, 3) == triple;
    const QString delimiter = isTriple ? triple : QString(quote);
    i += delimiter.size();

    QString value(QLatin1String(""));
    while (i < source.size()) {
        const QChar c = source.at(i);
        if (source.mid(i, delimiter.size()) == delimiter)
            return value;
        if (c == QLatin1Char('\n') && !isTriple)
            return {};
        if (c == QLatin1Char('\\') && i + 1 < source.size()) {
            const QChar next = source.at(i + 1);
            i += 2;
            if (raw)
                value += QString(c) + next;
            else if (next == QLatin1Char('n'))
                value += QLatin1Char('\n');
            else if (next == QLatin1Char('t'))
                value += QLatin1Char('\t');
            else if (next == QLatin1Char('\\') || next == QLatin1Char('\'') || next == QLatin1Char('"'))
                value += next;
            else if (next != QLatin1Char('\n'))
                value += QString(c) + next;
            continue;
        }
        value += c;
        ++i;
    }
    return {};
}

// inspect.cleandoc: the first line loses its leading blanks, the others their common
// indentation; blank lines at either end go.
QString cleandoc(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype margin = std::numeric_limits<qsizetype>::max();
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QString &line = lines.at(n);
        const qsizetype indent = std::find_if(line.begin(), line.end(), [](QChar c) { return !c.isSpace(); }) - line.begin();
        if (indent < line.size())
            margin = std::min(margin, indent);
    }
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString &line = lines[n];
        line = n == 0 ? line.trimmed() : line.mid(std::min(margin, line.size()));
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.front().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

QString withoutFinalPeriod(QString text)
{
    text = text.trimmed();
    if ((text.endsWith(QLatin1Char('.')) && !text.endsWith(QStringLiteral(".."))) || text.endsWith(QChar(0x3002)))
        text.chop(1);
    return text.trimmed();
}

// Drops the blanks that removing a parenthesised part leaves before punctuation.
QString tidy(QString text)
{
    text = text.simplified();
    for (const char *punct : {" ,", " .", " :", " ;"})
        text.replace(QLatin1String(punct), QLatin1String(punct + 1));
    return text;
}

void splitTitle(const QString &heading, ScenarioDocstring &doc)
{
    const QString dash = QStringLiteral(" \u2014 ");
    const qsizetype d = heading.indexOf(dash);
    if (d >= 0 && containsHan(heading.mid(d + dash.size()))) {
        doc.title = withoutFinalPeriod(heading.left(d));
        doc.titleChinese = withoutFinalPeriod(heading.mid(d + dash.size()));
        return;
    }
    QString english;
    QStringList chinese;
    int depth = 0;
    qsizetype groupStart = 0;
    for (qsizetype i = 0; i < heading.size(); ++i) {
        const QChar c = heading.at(i);
        if (c == QLatin1Char('(')) {
            if (depth++ == 0)
                groupStart = i;
        } else if (c == QLatin1Char(')') && depth > 0) {
            if (--depth == 0) {
                const QString group = heading.mid(groupStart, i - groupStart + 1);
                if (containsHan(group))
                    chinese.append(group.mid(1, group.size() - 2).trimmed());
                else
                    english += group;
            }
        } else if (depth == 0) {
            english += c;
        }
    }
    if (depth > 0)
        english += heading.mid(groupStart);
    doc.title = withoutFinalPeriod(tidy(english));
    doc.titleChinese = withoutFinalPeriod(chinese.join(QStringLiteral(" / ")));
    if (doc.titleChinese.isEmpty() && isMostlyChinese(doc.title))
        std::swap(doc.title, doc.titleChinese);
}

} // namespace

QString moduleDocstring(const QString &source)
{
    const QString literal = stringLiteralAt(source, firstStatement(source));
    return literal.isNull() ? QString() : cleandoc(literal);
}

ScenarioDocstring parseScenarioDocstring(const QString &source)
{
    ScenarioDocstring doc;
    const QStringList lines = moduleDocstring(source).split(QLatin1Char('\n'));
    QList<QStringList> paragraphs(1);
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            if (!paragraphs.back().isEmpty())
                paragraphs.append(QStringList());
        } else {
            paragraphs.back().append(line);
        }
    }
    if (paragraphs.front().isEmpty())
        return doc;

    QStringList heading;
    for (const QString &line : std::as_const(paragraphs.front()))
        heading.append(line.trimmed());
    splitTitle(heading.join(QLatin1Char(' ')), doc);

    QStringList english;
    QStringList chinese;
    for (qsizetype n = 1; n < paragraphs.size(); ++n) {
        const QString paragraph = paragraphs.at(n).join(QLatin1Char('\n'));
        if (paragraph.isEmpty())
            continue;
        (isMostlyChinese(paragraph) ? chinese : english).append(paragraph);
    }
    doc.description = english.join(QStringLiteral("\n\n"));
    doc.descriptionChinese = chinese.join(QStringLiteral("\n\n"));
    return doc;
}

} // namespace awaitscope
