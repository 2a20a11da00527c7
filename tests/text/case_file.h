// Shared helpers for the data-driven tests: the expected values come from
// JSON-lines files that gen_*_cases.py produced by running CPython 3.11.
#pragma once

#include "text/py_error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTest>

#include <bit>
#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace aw::text::test {

// What one call produced, in the same encoding as the case files: floats as
// the hex of their bits, ints as decimal strings, errors as [type, message].
struct Outcome {
    QJsonValue value;
    QString errorType;
    QString errorMessage;
};

inline QString hexOf(double x)
{
    return QStringLiteral("%1").arg(std::bit_cast<std::uint64_t>(x), 16, 16, QLatin1Char('0'));
}

inline double doubleOf(const QJsonValue &hex)
{
    return std::bit_cast<double>(hex.toString().toULongLong(nullptr, 16));
}

inline std::int64_t intOf(const QJsonValue &text)
{
    return text.toString().toLongLong();
}

inline std::string utf8Of(const QJsonValue &text)
{
    return text.toString().toStdString();
}

inline QJsonValue encode(const std::string &s) { return QString::fromStdString(s); }
inline QJsonValue encode(std::int64_t n) { return QString::number(n); }
inline QJsonValue encode(double x) { return hexOf(x); }

template <typename A, typename B>
QJsonValue encode(const std::pair<A, B> &pair)
{
    return QJsonArray{encode(pair.first), encode(pair.second)};
}

template <typename... T>
QJsonValue encode(const std::variant<T...> &value)
{
    return std::visit([](const auto &v) { return encode(v); }, value);
}

inline QString kindName(PyErrorKind kind)
{
    switch (kind) {
    case PyErrorKind::ValueError: return "ValueError";
    case PyErrorKind::TypeError: return "TypeError";
    case PyErrorKind::OverflowError: return "OverflowError";
    case PyErrorKind::ZeroDivisionError: return "ZeroDivisionError";
    case PyErrorKind::IndexError: return "IndexError";
    case PyErrorKind::IntOverflow: return "IntOverflow";
    case PyErrorKind::ComplexResult: return "ComplexResult";
    }
    return "?";
}

template <typename T>
Outcome outcomeOf(const Result<T> &result)
{
    if (result)
        return {encode(*result), {}, {}};
    return {{}, kindName(result.error().kind), QString::fromStdString(result.error().message)};
}

template <typename T>
Outcome outcomeOf(const T &value)
{
    return {encode(value), {}, {}};
}

// Compares with a case's "ok" or "err".  IntOverflow and ComplexResult have
// no CPython message to match, only the kind.
inline void verifyOutcome(const Outcome &actual, const QJsonObject &expected)
{
    if (expected.contains("err")) {
        const QJsonArray err = expected["err"].toArray();
        QCOMPARE(actual.errorType, err[0].toString());
        if (!err[1].toString().isEmpty())
            QCOMPARE(actual.errorMessage, err[1].toString());
        return;
    }
    QCOMPARE(actual.errorMessage, QString());
    QCOMPARE(actual.value, expected["ok"]);
}

// Adds one data row per line of the case file, named by line number and op.
inline void addCaseRows(const char *path)
{
    QTest::addColumn<QJsonObject>("testCase");
    QFile file(QString::fromUtf8(path));
    QVERIFY2(file.open(QIODevice::ReadOnly), path);
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++lineNumber;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        const QByteArray name = QByteArray::number(lineNumber) + ' ' + object["op"].toString().toUtf8();
        QTest::newRow(name.constData()) << object;
    }
}

} // namespace aw::text::test
