// BigInt against CPython 3.11: every operation on the operands of bigint_cases.jsonl
// (written by gen_bigint_cases.py), results compared as Python prints them.

#include "core/bigint.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <bit>
#include <cstring>

using aw::BigInt;

namespace {

BigInt parse(const QString &text)
{
    const std::string s = text.toStdString();
    const bool negative = !s.empty() && s[0] == '-';
    const auto magnitude = BigInt::fromDigits(std::string_view(s).substr(negative ? 1 : 0), 10);
    if (!magnitude)
        qFatal("bad operand %s", s.c_str());
    return negative ? -*magnitude : *magnitude;
}

QString text(const BigInt &v)
{
    return QString::fromStdString(v.toString());
}

QString doubleBits(std::optional<double> d)
{
    if (!d)
        return QStringLiteral("overflow");
    return QString::number(std::bit_cast<quint64>(*d));
}

QString magnitudeIn(const BigInt &v, int base)
{
    return QString::fromStdString((v.isNegative() ? "-" : "") + v.magnitudeString(base));
}

} // namespace

class TestBigInt : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void arithmetic_data();
    void arithmetic();
    void doubles_data();
    void doubles();
    void int64Boundaries();
    void invalidDigits();
    void workIsReported();
};

namespace {

void addRows(const char *requiredKey)
{
    QTest::addColumn<QJsonObject>("c");
    QFile file(QStringLiteral(AW_BIGINT_CASES));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int line = 0;
    while (!file.atEnd()) {
        const QJsonObject c = QJsonDocument::fromJson(file.readLine()).object();
        ++line;
        if (c.contains(QLatin1String(requiredKey)))
            QTest::addRow("line %d", line) << c;
    }
}

} // namespace

void TestBigInt::arithmetic_data()
{
    addRows("a");
}

void TestBigInt::arithmetic()
{
    QFETCH(QJsonObject, c);
    const BigInt a = parse(c["a"].toString()), b = parse(c["b"].toString());
    const auto shift = static_cast<uint64_t>(c["shift"].toInt());
    QCOMPARE(text(a), c["a"].toString());
    QCOMPARE(text(a + b), c["add"].toString());
    QCOMPARE(text(a - b), c["sub"].toString());
    QCOMPARE(text(a * b), c["mul"].toString());
    QCOMPARE(text(a & b), c["and"].toString());
    QCOMPARE(text(a | b), c["or"].toString());
    QCOMPARE(text(a ^ b), c["xor"].toString());
    QCOMPARE(text(~a), c["invert"].toString());
    QCOMPARE(text(a.shiftLeft(shift)), c["shl"].toString());
    QCOMPARE(text(a.shiftRight(shift)), c["shr"].toString());
    QCOMPARE(text(a.pow(static_cast<uint64_t>(c["pow_exp"].toInt()))), c["pow"].toString());
    QCOMPARE(BigInt::compare(a, b), c["cmp"].toInt());
    QCOMPARE(magnitudeIn(a, 16), c["hex"].toString());
    QCOMPARE(magnitudeIn(a, 8), c["oct"].toString());
    BigInt q, r;
    BigInt::divMod(a, BigInt(1).shiftLeft(150), q, r);
    QCOMPARE(magnitudeIn(r, 2), c["bin"].toString());
    QCOMPARE(QString::number(a.hash()), c["hash"].toString());
    QCOMPARE(doubleBits(a.toDouble()), c["float"].toString());
    QCOMPARE(a.bitLength(), static_cast<uint64_t>(c["bit_length"].toInt()));
    QCOMPARE(a.bitCount(), static_cast<uint64_t>(c["bit_count"].toInt()));
    if (b.isZero())
        return;
    BigInt::divMod(a, b, q, r);
    QCOMPARE(text(q), c["floordiv"].toString());
    QCOMPARE(text(r), c["mod"].toString());
    QCOMPARE(doubleBits(BigInt::trueDivide(a, b)), c["truediv"].toString());
    if (c.contains(QLatin1String("powmod"))) {
        const BigInt e = parse(c["powmod"][0].toString());
        QCOMPARE(text(BigInt::powMod(a, e, b)), c["powmod"][1].toString());
    }
}

void TestBigInt::doubles_data()
{
    addRows("double");
}

void TestBigInt::doubles()
{
    QFETCH(QJsonObject, c);
    const double d = std::bit_cast<double>(c["double"].toString().toULongLong());
    QCOMPARE(text(BigInt::fromDouble(d)), c["trunc"].toString());
    QCOMPARE(BigInt::compare(parse(c["int"].toString()), d), c["cmp_double"].toInt());
}

void TestBigInt::int64Boundaries()
{
    QCOMPARE(BigInt(INT64_MIN).toInt64(), std::optional<int64_t>(INT64_MIN));
    QCOMPARE(BigInt(INT64_MAX).toInt64(), std::optional<int64_t>(INT64_MAX));
    QVERIFY(!(BigInt(INT64_MAX) + BigInt(1)).toInt64());
    QVERIFY(!(-BigInt(INT64_MIN)).toInt64());
    QCOMPARE(text(-BigInt(INT64_MIN)), QStringLiteral("9223372036854775808"));
    QVERIFY(BigInt(0).isZero() && !(-BigInt(0)).isNegative());
}

void TestBigInt::invalidDigits()
{
    QVERIFY(!BigInt::fromDigits("12a", 10));
    QVERIFY(!BigInt::fromDigits("102", 2));
    QCOMPARE(text(*BigInt::fromDigits("zz", 36)), QStringLiteral("1295"));
}

namespace {
uint64_t t_reported = 0;
}

void TestBigInt::workIsReported()
{
    BigInt::setWorkHook([](uint64_t ops, size_t) { t_reported += ops; });
    const BigInt big = BigInt(1).shiftLeft(3200);
    t_reported = 0;
    (void)(big * big);
    BigInt::setWorkHook(nullptr);
    QCOMPARE(t_reported, uint64_t(101 * 101 + 101 + 101));
}

QTEST_APPLESS_MAIN(TestBigInt)
#include "tst_bigint.moc"
