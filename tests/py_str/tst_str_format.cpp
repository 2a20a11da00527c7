// `str % args`, str.format(), str.format_map() and format(value, spec) against CPython
// 3.11 (format_cases.jsonl comes from gen_format_cases.py), and the helpers of format.h.
#include "str_case_runner.h"

#include "py/class_object.h"
#include "py/format.h"
#include "py/function.h"
#include "py/protocol.h"
#include "py/runtime.h"

#include "core/containers.h"
#include "core/str.h"

#include <QTest>

using namespace aw;
using namespace aw::py;

class TestStrFormat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initRuntime(); }

    void cases_data() { test::addCaseRows(AW_PY_STR_FORMAT_CASES); }
    void cases()
    {
        QFETCH(QJsonObject, testCase);
        test::verifyOutcome(test::evaluate(testCase), testCase);
    }

    void asciiEscapesEveryNonAsciiCharacter()
    {
        QCOMPARE(asciiRepr(aw::str("a\u00e9\u4e2d\U0001F600")), std::string("'a\\xe9\\u4e2d\\U0001f600'"));
        QCOMPARE(asciiRepr(Value::integer(5)), std::string("5"));
        QCOMPARE(asciiRepr(aw::str("plain")), std::string("'plain'"));
    }

    void defaultFormatIsObjectFormat()
    {
        QCOMPARE(strText(defaultFormat(Value::floating(1.5), "")), std::string("1.5"));
        try {
            defaultFormat(Value(), ">3");
            QFAIL("no exception");
        } catch (const PyException &e) {
            QCOMPARE(str(e.object()->args()[0]), std::string("unsupported format string passed to NoneType.__format__"));
        }
    }

    // A __format__ inherited from a scenario's base class is found along the MRO.
    void formatMethodIsInherited()
    {
        DictObject ns;
        ns.setStr("__format__", Value(make<BuiltinFunctionObject>(
                                    "__format__",
                                    [](const Value &, const CallArgs &args) {
                                        return aw::str("[" + strText(args.positional[0]) + "]");
                                    },
                                    true)));
        const Ref<TypeObject> base = makeClass("Base", "__main__", {}, ns);
        const Ref<TypeObject> derived = makeClass("Derived", "__main__", {base}, DictObject());
        const Value obj = call(Value(derived.get()), {});
        QCOMPARE(strText(formatValue(obj, "x")), std::string("[x]"));
        const std::vector<Value> positional{obj};
        QCOMPARE(strText(call(test::attribute(aw::str("<{:spec}>"), "format"), CallArgs{positional, {}})),
                 std::string("<[spec]>"));
    }

    void percentOnSubclassOperandsStillFormats()
    {
        const Ref<TypeObject> cls = makeClass("S", "__main__", {Ref<TypeObject>(strType())}, DictObject());
        const Value fmt = call(Value(cls.get()), {aw::str("%s-%s")});
        const Value r = binary(fmt, tuple({Value::integer(1), aw::str("中")}), BinaryOp::Mod);
        QCOMPARE(typeOf(r), strType());
        QCOMPARE(strText(r), std::string("1-中"));
    }
};

QTEST_GUILESS_MAIN(TestStrFormat)
#include "tst_str_format.moc"
