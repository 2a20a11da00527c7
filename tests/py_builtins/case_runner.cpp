#include "case_runner.h"

#include "core/containers.h"
#include "py/bigint_value.h"
#include "core/str.h"
#include "py/builtins_support.h"
#include "py/dict.h"
#include "py/function.h"
#include "py/module.h"
#include "py/protocol.h"
#include "py/runtime.h"
#include "py/sequence_util.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <bit>
#include <cmath>
#include <cstdio>
#include <map>
#include <stdexcept>

namespace aw::test {

namespace {

// The modules a case may name, made afresh for each case as a run makes them.
class Environment {
public:
    Environment()
        : m_builtins(make<DictObject>())
    {
        py::initBuiltinFunctions(*m_builtins);
        add("math", py::initMathModule);
        add("random", py::initRandomModule);
        add("collections", py::initCollectionsModule);
        add("functools", py::initFunctoolsModule);
        add("itertools", py::initItertoolsModule);
        add("operator", py::initOperatorModule);
    }

    Value lookup(const std::string &path) const
    {
        const size_t dot = path.find('.');
        const std::string module = path.substr(0, dot), attr = path.substr(dot + 1);
        const DictObject *dict = module == "builtins" ? m_builtins.get() : &m_modules.at(module)->dict();
        const Value *v = dict->findStr(attr);
        if (!v)
            throw std::runtime_error("no " + path + " in the runtime");
        return *v;
    }

private:
    void add(const std::string &name, void (*init)(ModuleObject &))
    {
        auto m = make<ModuleObject>(name);
        init(*m);
        m_modules.emplace(name, m);
    }

    Ref<DictObject> m_builtins;
    std::map<std::string, Ref<ModuleObject>> m_modules;
};

std::string hexBits(double d)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(std::bit_cast<uint64_t>(d)));
    return buf;
}

QJsonValue encode(const Value &v, const QJsonValue &expected = {})
{
    switch (v.kind()) {
    case Value::Kind::None: return QJsonValue::Null;
    case Value::Kind::Bool: return v.asBool();
    case Value::Kind::Int: return QJsonObject{{"i", QString::number(v.asInt())}};
    case Value::Kind::Float:
        return QJsonObject{{"f", QString::fromStdString(std::isnan(v.asFloat()) ? "nan" : hexBits(v.asFloat()))}};
    case Value::Kind::Object: break;
    }
    if (auto *big = v.as<py::BigIntObject>())
        return QJsonObject{{"i", QString::fromStdString(big->value().toString())}};
    TypeObject *type = py::typeOf(v);
    if (expected.toObject().contains("object")) {
        // Functions written in C++ stand in for Python functions.
        const bool function = type == builtinFunctionType() && expected["object"] == QString("function");
        return QJsonObject{{"object", function ? QString("function") : QString::fromStdString(type->name())}};
    }
    auto items = [&expected](const std::vector<Value> &values) {
        const QJsonArray want = expected["list"].isArray() ? expected["list"].toArray() : expected["tuple"].toArray();
        QJsonArray out;
        for (size_t i = 0; i < values.size(); ++i)
            out.append(encode(values[i], i < size_t(want.size()) ? want[qsizetype(i)] : QJsonValue()));
        return out;
    };
    if (type == strType())
        return QString::fromStdString(v.as<StrObject>()->utf8());
    if (type == listType())
        return QJsonObject{{"list", items(v.as<ListObject>()->items())}};
    if (type == tupleType())
        return QJsonObject{{"tuple", items(v.as<TupleObject>()->items())}};
    if (type == dictType()) {
        QJsonArray pairs;
        for (const auto &e : v.as<DictObject>()->entries()) {
            if (e.live)
                pairs.append(QJsonArray{encode(e.key), encode(e.value)});
        }
        return QJsonObject{{"dict", pairs}};
    }
    return QJsonObject{{"repr", QString::fromStdString(py::repr(v))}};
}

class Runner {
public:
    QJsonObject step(const QJsonArray &s, const QJsonValue &expected)
    {
        try {
            const Value callee = resolve(s[0].toString().toStdString());
            std::vector<Value> positional;
            for (const QJsonValue &a : s[1].toArray())
                positional.push_back(decode(a));
            std::vector<std::pair<Value, Value>> keywords;
            for (const QJsonValue &kw : s[2].toArray())
                keywords.emplace_back(aw::str(kw[0].toString().toStdString()), decode(kw[1]));
            Value result = py::call(callee, CallArgs{positional, keywords});
            m_results.push_back(result);
            return QJsonObject{{"ok", encode(result, expected["ok"])}};
        } catch (const PyException &e) {
            m_results.emplace_back();
            QJsonArray args;
            for (const Value &a : e.object()->args())
                args.append(encode(a));
            return QJsonObject{{"err", QJsonArray{QString::fromStdString(e.object()->type()->name()), args}}};
        }
    }

private:
    Value resolve(const std::string &callee)
    {
        if (callee == "collect")
            return builtinFunction("collect", [](const Value &, const CallArgs &a) {
                return list(py::collect(a.positional[0]));
            });
        if (callee == "value")
            return builtinFunction("value", [](const Value &, const CallArgs &a) { return a.positional[0]; });
        if (callee[0] != '$')
            return m_env.lookup(callee);
        const size_t dot = callee.find('.');
        const Value &base = m_results.at(std::stoul(callee.substr(1, dot)));
        return dot == std::string::npos ? base : py::getAttr(base, callee.substr(dot + 1));
    }

    Value decode(const QJsonValue &j)
    {
        if (j.isNull())
            return Value();
        if (j.isBool())
            return Value::boolean(j.toBool());
        if (j.isString())
            return aw::str(j.toString().toStdString());
        const QJsonObject o = j.toObject();
        if (o.contains("i")) {
            const std::string digits = o["i"].toString().toStdString();
            const bool negative = digits.front() == '-';
            const BigInt magnitude = *BigInt::fromDigits(std::string_view(digits).substr(negative ? 1 : 0), 10);
            return py::intValue(negative ? -magnitude : magnitude);
        }
        if (o.contains("f")) {
            const QString f = o["f"].toString();
            return Value::floating(f == "nan" ? NAN : std::bit_cast<double>(f.toULongLong(nullptr, 16)));
        }
        if (o.contains("var"))
            return m_results.at(static_cast<size_t>(o["var"].toInt()));
        if (o.contains("ref"))
            return m_env.lookup(o["ref"].toString().toStdString());
        if (o.contains("dict")) {
            auto d = make<DictObject>();
            for (const QJsonValue &pair : o["dict"].toArray())
                d->set(decode(pair[0]), decode(pair[1]));
            return Value(d);
        }
        std::vector<Value> items;
        for (const QJsonValue &x : o.contains("list") ? o["list"].toArray() : o["tuple"].toArray())
            items.push_back(decode(x));
        return o.contains("list") ? list(std::move(items)) : tuple(std::move(items));
    }

    Environment m_env;
    std::vector<Value> m_results;
};

QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

} // namespace

void addCaseRows(const char *path)
{
    py::initRuntime();
    QTest::addColumn<QJsonObject>("testCase");
    QFile file(QString::fromUtf8(path));
    QVERIFY2(file.open(QIODevice::ReadOnly), path);
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QJsonObject c = QJsonDocument::fromJson(file.readLine()).object();
        ++lineNumber;
        const QByteArray name = QByteArray::number(lineNumber) + ' ' + c["group"].toString().toUtf8() + ' '
            + c["name"].toString().toUtf8();
        QTest::newRow(name.constData()) << c;
    }
}

void verifyCase(const QJsonObject &testCase)
{
    Runner runner;
    const QJsonArray steps = testCase["steps"].toArray();
    const QJsonArray expected = testCase["results"].toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject want = expected[i].toObject();
        const QJsonObject actual = runner.step(steps[i].toArray(), want);
        const bool typeOnly = want.contains("err") && want["err"].toArray()[1].isNull();
        if (typeOnly && actual.contains("err") && actual["err"].toArray()[0] == want["err"].toArray()[0])
            continue;
        const QByteArray where = "step " + QByteArray::number(i) + ": " + compact(steps[i]).toUtf8();
        const QByteArray report =
            where + "\n   actual: " + compact(actual).toUtf8() + "\n expected: " + compact(want).toUtf8();
        QVERIFY2(compact(actual) == compact(want), report.constData());
    }
}

} // namespace aw::test
