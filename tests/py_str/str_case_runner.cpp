#include "str_case_runner.h"

#include "py/class_object.h"
#include "py/dict.h"
#include "py/format.h"
#include "py/function.h"
#include "py/protocol.h"
#include "py/slice.h"

#include "core/containers.h"
#include "core/exception.h"
#include "core/str.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <bit>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <map>

namespace aw::py::test {

namespace {

using Fn = std::function<Value(const Value &self, const CallArgs &args)>;

Value method(const std::string &name, Fn fn)
{
    return Value(make<BuiltinFunctionObject>(name, std::move(fn), true));
}

Value returning(const std::string &name, Value result)
{
    return method(name, [result](const Value &, const CallArgs &) { return result; });
}

Ref<TypeObject> makeTestClass(const std::string &name, const std::vector<std::pair<std::string, Value>> &attrs)
{
    DictObject ns;
    for (const auto &[key, value] : attrs)
        ns.setStr(key, value);
    return makeClass(name, "__main__", {}, ns);
}

// The classes of str_cases_common.py, built the way the interpreter builds classes.
const std::map<QString, Ref<TypeObject>> &testClasses()
{
    static const std::map<QString, Ref<TypeObject>> classes = [] {
        std::map<QString, Ref<TypeObject>> out;
        const Fn format = [](const Value &, const CallArgs &args) {
            return aw::str("<fmt:" + strText(args.positional[0]) + ">");
        };
        out["Fmt"] = makeTestClass("Fmt", {{"__format__", method("__format__", format)},
                                           {"__str__", returning("__str__", aw::str("FMT"))},
                                           {"__repr__", returning("__repr__", aw::str("Fmt(中)"))}});
        out["Plain"] = makeTestClass("Plain", {});
        out["Idx"] = makeTestClass("Idx", {{"__index__", returning("__index__", Value::integer(2))},
                                           {"__repr__", returning("__repr__", aw::str("Idx()"))}});
        out["Attrs"] = makeTestClass("Attrs", {{"name", aw::str("widget")}, {"size", Value::integer(3)}});
        out["BadFormat"] = makeTestClass("BadFormat", {{"__format__", returning("__format__", Value::integer(1))}});
        out["Num"] = makeTestClass("Num", {{"__int__", returning("__int__", Value::integer(7))},
                                           {"__float__", returning("__float__", Value::floating(2.5))},
                                           {"__repr__", returning("__repr__", aw::str("Num()"))}});
        return out;
    }();
    return classes;
}

std::vector<Value> decodeItems(const QJsonValue &array)
{
    std::vector<Value> items;
    for (const QJsonValue &item : array.toArray())
        items.push_back(decode(item));
    return items;
}

Value decodeTagged(const QJsonObject &o)
{
    if (o.contains("f"))
        return Value::floating(std::strtod(o["f"].toString().toUtf8().constData(), nullptr));
    if (o.contains("i"))
        return Value::integer(o["i"].toString().toLongLong());
    if (o.contains("t"))
        return tuple(decodeItems(o["t"]));
    if (o.contains("l"))
        return list(decodeItems(o["l"]));
    if (o.contains("d")) {
        auto d = make<DictObject>();
        for (const QJsonValue &entry : o["d"].toArray())
            d->set(decode(entry.toArray()[0]), decode(entry.toArray()[1]));
        return Value(d);
    }
    if (o.contains("slice")) {
        const QJsonArray parts = o["slice"].toArray();
        return makeSlice(decode(parts[0]), decode(parts[1]), decode(parts[2]));
    }
    return call(Value(testClasses().at(o["obj"].toString()).get()), {});
}

struct Call {
    std::vector<Value> positional;
    std::vector<std::pair<Value, Value>> keywords;
    CallArgs args() const { return CallArgs{positional, keywords}; }
};

Call callOf(const QJsonObject &testCase)
{
    Call c;
    c.positional = decodeItems(testCase["args"].toObject()["l"]);
    for (const QJsonValue &entry : testCase["kwargs"].toObject()["d"].toArray())
        c.keywords.emplace_back(decode(entry.toArray()[0]), decode(entry.toArray()[1]));
    return c;
}

Value collect(const Value &iterable)
{
    std::vector<Value> items;
    Value it = iter(iterable);
    while (auto item = next(it))
        items.push_back(*item);
    return list(std::move(items));
}

Value run(const QJsonObject &testCase)
{
    const QString kind = testCase["kind"].toString();
    const Value a = decode(testCase["a"]);
    const Value b = decode(testCase["b"]);
    if (kind == "method")
        return call(attribute(decode(testCase["receiver"]), testCase["name"].toString().toStdString()),
                    callOf(testCase).args());
    if (kind == "unbound" || kind == "maketrans") {
        const std::string name = kind == "maketrans" ? "maketrans" : testCase["name"].toString().toStdString();
        return call(attribute(Value(strType()), name), callOf(testCase).args());
    }
    if (kind == "construct")
        return call(Value(strType()), callOf(testCase).args());
    if (kind == "getitem")
        return getItem(a, b);
    if (kind == "len")
        return Value::integer(len(a));
    if (kind == "bool")
        return Value::boolean(truthy(a));
    if (kind == "iter")
        return collect(a);
    if (kind == "contains")
        return Value::boolean(contains(a, b));
    if (kind == "binary")
        return binary(a, b, testCase["op"].toString() == "*" ? BinaryOp::Mul : BinaryOp::Add);
    if (kind == "percent")
        return binary(a, b, BinaryOp::Mod);
    if (kind == "format")
        return formatValue(a, strText(b));
    QTest::qFail(qPrintable("unknown case kind " + kind), __FILE__, __LINE__);
    return {};
}

bool sameItems(const std::vector<Value> &actual, const QJsonValue &expected);

bool same(const Value &actual, const QJsonValue &expected)
{
    if (expected.isNull())
        return actual.isNone();
    if (expected.isBool())
        return actual.isBool() && actual.asBool() == expected.toBool();
    if (expected.isDouble())
        return actual.isInt() && actual.asInt() == expected.toInteger();
    if (expected.isString()) {
        auto *s = actual.as<StrObject>();
        return s && typeOf(actual) == strType() && QString::fromStdString(s->utf8()) == expected.toString();
    }
    const QJsonObject o = expected.toObject();
    if (o.contains("f")) {
        const double d = std::strtod(o["f"].toString().toUtf8().constData(), nullptr);
        return actual.isFloat()
            && (std::bit_cast<uint64_t>(actual.asFloat()) == std::bit_cast<uint64_t>(d)
                || (std::isnan(d) && std::isnan(actual.asFloat())));
    }
    if (o.contains("i"))
        return actual.isInt() && actual.asInt() == o["i"].toString().toLongLong();
    if (o.contains("t"))
        return actual.as<TupleObject>() && sameItems(actual.as<TupleObject>()->items(), o["t"]);
    if (o.contains("l"))
        return actual.as<ListObject>() && sameItems(actual.as<ListObject>()->items(), o["l"]);
    auto *d = actual.as<DictObject>();
    if (!o.contains("d") || !d)
        return false;
    std::vector<Value> flat;
    for (const DictObject::Entry &e : d->entries()) {
        if (e.live)
            flat.insert(flat.end(), {e.key, e.value});
    }
    QJsonArray expectedFlat;
    for (const QJsonValue &entry : o["d"].toArray())
        expectedFlat << entry.toArray()[0] << entry.toArray()[1];
    return sameItems(flat, expectedFlat);
}

bool sameItems(const std::vector<Value> &actual, const QJsonValue &expected)
{
    const QJsonArray items = expected.toArray();
    if (actual.size() != static_cast<size_t>(items.size()))
        return false;
    for (size_t i = 0; i < actual.size(); ++i) {
        if (!same(actual[i], items[static_cast<qsizetype>(i)]))
            return false;
    }
    return true;
}

// For failure messages: repr where the runtime can, element by element for sequences.
QString describe(const Value &v)
{
    std::vector<Value> items;
    if (auto *t = v.as<TupleObject>())
        items = t->items();
    else if (auto *l = v.as<ListObject>())
        items = l->items();
    else
        return QString::fromStdString(repr(v));
    QStringList parts;
    for (const Value &item : items)
        parts << describe(item);
    return (v.as<TupleObject>() ? "tuple[" : "list[") + parts.join(", ") + "]";
}

} // namespace

Value attribute(const Value &obj, const std::string &name)
{
    return getAttr(obj, aw::str(name));
}

Value decode(const QJsonValue &encoded)
{
    if (encoded.isNull() || encoded.isUndefined())
        return Value();
    if (encoded.isBool())
        return Value::boolean(encoded.toBool());
    if (encoded.isDouble())
        return Value::integer(encoded.toInteger());
    if (encoded.isString())
        return aw::str(encoded.toString().toStdString());
    return decodeTagged(encoded.toObject());
}

Outcome evaluate(const QJsonObject &testCase)
{
    try {
        return {run(testCase), {}, {}};
    } catch (const PyException &e) {
        const auto &args = e.object()->args();
        return {Value(), QString::fromStdString(e.object()->type()->name()),
                args.size() == 1 ? QString::fromStdString(str(args[0])) : QString()};
    }
}

void verifyOutcome(const Outcome &actual, const QJsonObject &testCase)
{
    const QString shown = QString::fromUtf8(QJsonDocument(testCase).toJson(QJsonDocument::Compact));
    if (testCase.contains("err")) {
        const QJsonArray err = testCase["err"].toArray();
        const QString got = actual.errorType.isEmpty() ? "ok " + describe(actual.value)
                                                       : actual.errorType + ": " + actual.errorMessage;
        QVERIFY2(actual.errorType == err[0].toString() && actual.errorMessage == err[1].toString(),
                 qPrintable(shown + "\n   got: " + got));
        return;
    }
    QVERIFY2(actual.errorType.isEmpty(), qPrintable(shown + "\n   raised: " + actual.errorType + ": " + actual.errorMessage));
    QVERIFY2(same(actual.value, testCase["ok"]), qPrintable(shown + "\n   got: " + describe(actual.value)));
}

void addCaseRows(const char *path)
{
    QTest::addColumn<QJsonObject>("testCase");
    QFile file(QString::fromUtf8(path));
    QVERIFY2(file.open(QIODevice::ReadOnly), path);
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QJsonObject object = QJsonDocument::fromJson(file.readLine()).object();
        ++lineNumber;
        const QByteArray name = QByteArray::number(lineNumber) + ' ' + object["kind"].toString().toUtf8() + ' '
            + object["name"].toString().toUtf8();
        QTest::newRow(name.constData()) << object;
    }
}

} // namespace aw::py::test
