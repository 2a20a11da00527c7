// str's methods and operators against CPython 3.11: method_cases.jsonl and
// code_point_cases.json come from gen_method_cases.py; the rest checks what the case
// files cannot describe (subclasses, iterator types, identity of results).
#include "str_case_runner.h"

#include "py/class_object.h"
#include "py/format.h"
#include "py/protocol.h"
#include "py/runtime.h"
#include "py/str_methods.h"

#include "core/str.h"
#include "text/utf8.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace aw;
using namespace aw::py;

namespace {

QJsonObject codePointCases()
{
    QFile file(QStringLiteral(AW_PY_STR_CODE_POINT_CASES));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", AW_PY_STR_CODE_POINT_CASES);
    return QJsonDocument::fromJson(file.readAll()).object();
}

std::string utf8Of(char32_t c)
{
    std::string s;
    text::appendUtf8(s, c);
    return s;
}

bool callBool(const std::string &text, const char *method)
{
    return call(test::attribute(aw::str(text), method), {}).asBool();
}

} // namespace

class TestStrMethods : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initRuntime(); }

    void cases_data() { test::addCaseRows(AW_PY_STR_METHOD_CASES); }
    void cases()
    {
        QFETCH(QJsonObject, testCase);
        test::verifyOutcome(test::evaluate(testCase), testCase);
    }

    void identifierEveryCodePoint()
    {
        const QJsonObject cases = codePointCases();
        for (const char *key : {"identifierStart", "identifierContinue"}) {
            const std::string prefix = QByteArray(key) == "identifierContinue" ? "a" : "";
            char32_t next = 0;
            auto check = [&](char32_t c, bool expected) {
                if ((c < 0xD800 || c >= 0xE000) && strimpl::isIdentifier(prefix + utf8Of(c)) != expected)
                    QFAIL(qPrintable(QString::number(c, 16) + " " + key));
            };
            for (const QJsonValue &range : cases[key].toArray()) {
                const auto first = static_cast<char32_t>(range.toArray()[0].toInt());
                const auto last = static_cast<char32_t>(range.toArray()[1].toInt());
                for (; next < first; ++next)
                    check(next, false);
                for (; next <= last; ++next)
                    check(next, true);
            }
            for (; next <= text::kMaxCodePoint; ++next)
                check(next, false);
        }
        QVERIFY(callBool("_x1", "isidentifier"));
    }

    // Every code point, each followed by a space so that none is in another's context
    // (final sigma), through one call per method.
    void casefoldAndSwapcaseEveryCodePoint()
    {
        const QJsonObject changed = codePointCases()["changed"].toObject();
        for (const QString &method : changed.keys()) {
            QHash<char32_t, std::string> mapped;
            for (const QJsonValue &entry : changed[method].toArray())
                mapped.insert(static_cast<char32_t>(entry.toArray()[0].toInt()), entry.toArray()[1].toString().toStdString());
            std::string input, expected;
            for (char32_t c = 0; c <= text::kMaxCodePoint; ++c) {
                if (c >= 0xD800 && c < 0xE000)
                    continue;
                input += utf8Of(c) + ' ';
                expected += mapped.value(c, utf8Of(c)) + ' ';
            }
            const std::string actual = strText(call(test::attribute(aw::str(input), method.toStdString()), {}));
            const auto [a, e] = std::mismatch(actual.begin(), actual.end(), expected.begin(), expected.end());
            const auto at = static_cast<size_t>(e - expected.begin());
            QVERIFY2(actual == expected, qPrintable(method + " differs near: "
                                                     + QString::fromStdString(expected.substr(at > 8 ? at - 8 : 0, 16))));
        }
    }

    void iteratorTypesAreNamedAsInCPython()
    {
        QCOMPARE(typeOf(iter(aw::str("abc")))->name(), std::string("str_ascii_iterator"));
        QCOMPARE(typeOf(iter(aw::str("中文")))->name(), std::string("str_iterator"));
        const Value it = iter(aw::str("a中"));
        QVERIFY(iter(it).is(it));
    }

    void subclassInstancesKeepTheirClass()
    {
        const Ref<TypeObject> cls = makeClass("Name", "__main__", {Ref<TypeObject>(strType())}, DictObject());
        const Value s = call(Value(cls.get()), {Value::integer(42)});
        QCOMPARE(typeOf(s), cls.get());
        QVERIFY(isInstance(s, strType()));
        QCOMPARE(str(s), std::string("42"));
        setAttr(s, aw::str("tag"), Value::integer(1));
        QCOMPARE(test::attribute(s, "tag").asInt(), int64_t(1));
        // Methods give plain str, as in CPython.
        const Value upper = call(test::attribute(s, "zfill"), {Value::integer(4)});
        QCOMPARE(typeOf(upper), strType());
        QCOMPARE(strText(upper), std::string("0042"));
        QCOMPARE(strText(formatValue(s, ">4")), std::string("  42"));
        QVERIFY(equals(s, aw::str("42")));
    }

    void maketransIsStatic()
    {
        const Value viaType = test::attribute(Value(strType()), "maketrans");
        const Value viaInstance = test::attribute(aw::str("x"), "maketrans");
        QVERIFY(viaType.is(viaInstance));
    }

    void runawayRepetitionIsMemoryError()
    {
        try {
            binary(aw::str("abc"), Value::integer(int64_t(1) << 40), BinaryOp::Mul);
            QFAIL("no exception");
        } catch (const PyException &e) {
            QCOMPARE(e.object()->type(), builtin::MemoryError());
        }
    }
};

QTEST_GUILESS_MAIN(TestStrMethods)
#include "tst_str_methods.moc"
