// Built-ins meeting classes defined by scenarios: the dunder protocols (__round__,
// __index__, __reversed__, __getitem__-only sequences...), total_ordering, lru_cache on a
// method, ids. The classes are built here with C++ methods; expected values are what
// CPython 3.11 gives for the equivalent Python classes.
#include "core/containers.h"
#include "core/str.h"
#include "py/builtin_types.h"
#include "py/class_object.h"
#include "py/dict.h"
#include "py/function.h"
#include "py/module.h"
#include "py/protocol.h"
#include "py/runtime.h"

#include <QTest>

#include <cstdio>
#include <functional>
#include <map>

using namespace aw;

namespace {

Value method(const char *name, BuiltinFunctionFn fn)
{
    return Value(make<BuiltinFunctionObject>(name, std::move(fn), true));
}

// class name: with the given methods; returns the class.
Value makeClass(const char *name, std::initializer_list<std::pair<const char *, BuiltinFunctionFn>> methods)
{
    DictObject ns;
    for (const auto &[n, fn] : methods)
        ns.setStr(n, method(n, fn));
    return Value(py::makeClass(name, "__main__", {}, ns));
}

std::string errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const PyException &e) {
        const auto &args = e.object()->args();
        return e.object()->type()->name() + ": " + (args.empty() ? "" : py::str(args[0]));
    }
    return "no error";
}

class Environment {
public:
    Environment() : builtins(make<DictObject>())
    {
        py::initBuiltinFunctions(*builtins);
        using Init = void (*)(ModuleObject &);
        const std::pair<const char *, Init> inits[] = {
            {"math", py::initMathModule},
            {"functools", py::initFunctoolsModule},
        };
        for (const auto &[name, init] : inits) {
            auto m = make<ModuleObject>(name);
            init(*m);
            modules.emplace(name, m);
        }
    }
    Value operator()(const std::string &path) const
    {
        const size_t dot = path.find('.');
        if (dot == std::string::npos)
            return *builtins->findStr(path);
        return *modules.at(path.substr(0, dot))->dict().findStr(path.substr(dot + 1));
    }
    Ref<DictObject> builtins;
    std::map<std::string, Ref<ModuleObject>> modules;
};

} // namespace

class TstClasses : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { py::initRuntime(); }

    void numberProtocols()
    {
        Environment b;
        Value cls = makeClass("Num", {
            {"__round__", [](const Value &, const CallArgs &a) {
                 return a.positional.empty() ? Value::integer(1) : a.positional[0];
             }},
            {"__index__", [](const Value &, const CallArgs &) { return Value::integer(7); }},
            {"__abs__", [](const Value &, const CallArgs &) { return aw::str("abs"); }},
            {"__float__", [](const Value &, const CallArgs &) { return Value::floating(2.5); }},
            {"__floor__", [](const Value &, const CallArgs &) { return aw::str("floor"); }},
        });
        Value x = py::call(cls, {});
        QCOMPARE(py::repr(py::call(b("round"), {x})), std::string("1"));
        QCOMPARE(py::repr(py::call(b("round"), {x, Value::integer(3)})), std::string("3"));
        QCOMPARE(py::repr(py::call(b("abs"), {x})), std::string("'abs'"));
        QCOMPARE(py::repr(py::call(b("int"), {x})), std::string("7"));
        QCOMPARE(py::repr(py::call(b("float"), {x})), std::string("2.5"));
        QCOMPARE(py::repr(py::call(b("hex"), {x})), std::string("'0x7'"));
        QCOMPARE(py::repr(py::call(b("math.floor"), {x})), std::string("'floor'"));
        QCOMPARE(py::repr(py::call(b("math.sqrt"), {x})), std::string("1.5811388300841898"));
        QCOMPARE(errorOf([&] { py::call(b("math.trunc"), {x}); }),
                 std::string("TypeError: type Num doesn't define __trunc__ method"));
        Value bad = makeClass("Bad", {{"__int__", [](const Value &, const CallArgs &) { return aw::str("x"); }}});
        QCOMPARE(errorOf([&] { py::call(b("int"), {py::call(bad, {})}); }),
                 std::string("TypeError: __int__ returned non-int (type str)"));
        Value sub = Value(py::makeClass("MyInt", "__main__", {Ref<TypeObject>(py::intType())}, DictObject()));
        QCOMPARE(errorOf([&] { py::call(sub, {}); }),
                 std::string("TypeError: subclasses of int are not supported in scenarios"));
    }

    void sequences()
    {
        Environment b;
        Value seq = makeClass("Seq", {
            {"__len__", [](const Value &, const CallArgs &) { return Value::integer(3); }},
            {"__getitem__", [](const Value &, const CallArgs &a) {
                 if (a.positional[0].asInt() >= 3)
                     py::raise(builtin::IndexError(), "done");
                 return Value::integer(a.positional[0].asInt() * 10);
             }},
        });
        Value s = py::call(seq, {});
        auto listed = [&](const Value &it) { return py::repr(py::call(b("list"), {it})); };
        QCOMPARE(listed(py::call(b("iter"), {s})), std::string("[0, 10, 20]"));
        QCOMPARE(listed(py::call(b("reversed"), {s})), std::string("[20, 10, 0]"));
        QCOMPARE(py::repr(py::call(b("sum"), {s})), std::string("30"));
        Value rev = makeClass("Rev", {
            {"__reversed__", [](const Value &, const CallArgs &) { return aw::str("mine"); }},
        });
        QCOMPARE(py::repr(py::call(b("reversed"), {py::call(rev, {})})), std::string("'mine'"));
        QCOMPARE(errorOf([&] { py::call(b("reversed"), {py::call(b("set"), {})}); }),
                 std::string("TypeError: 'set' object is not reversible"));
        Value range = py::call(b("range"), {Value::integer(4)});
        QCOMPARE(listed(py::call(b("reversed"), {range})), std::string("[3, 2, 1, 0]"));
        Value pair = list({Value::integer(1), Value::integer(2)});
        QCOMPARE(listed(py::call(b("reversed"), {pair})), std::string("[2, 1]"));
    }

    void totalOrdering()
    {
        Environment b;
        // Ordered by the `v` attribute, defining only __lt__ and __eq__.
        auto v = [](const Value &o) { return py::getAttr(o, "v").asInt(); };
        Value cls = makeClass("Ord", {
            {"__lt__", [v](const Value &self, const CallArgs &a) {
                 return Value::boolean(v(self) < v(a.positional[0]));
             }},
            {"__eq__", [v](const Value &self, const CallArgs &a) {
                 return Value::boolean(v(self) == v(a.positional[0]));
             }},
        });
        py::call(b("functools.total_ordering"), {cls});
        auto make = [&](int64_t n) {
            Value o = py::call(cls, {});
            py::setAttr(o, py::name("v"), Value::integer(n));
            return o;
        };
        Value one = make(1), two = make(2);
        QVERIFY(py::truthy(py::compare(two, one, CompareOp::Gt)));
        QVERIFY(py::truthy(py::compare(one, one, CompareOp::Le)));
        QVERIFY(!py::truthy(py::compare(one, two, CompareOp::Ge)));
        QCOMPARE(py::repr(py::call(b("max"), {one, two, make(0)})), py::repr(two));
        Value empty = makeClass("Empty", {});
        QCOMPARE(errorOf([&] { py::call(b("functools.total_ordering"), {empty}); }),
                 std::string("ValueError: must define at least one ordering operation: < > <= >="));
    }

    void objects()
    {
        Environment b;
        Value cls = makeClass("Thing", {
            {"__call__", [](const Value &, const CallArgs &) { return Value::integer(5); }},
        });
        Value t = py::call(cls, {});
        QVERIFY(py::call(b("callable"), {t}).asBool());
        QVERIFY(py::call(b("isinstance"), {t, tuple({Value(py::intType()), cls})}).asBool());
        py::call(b("setattr"), {t, aw::str("x"), Value::integer(1)});
        QCOMPARE(py::repr(py::call(b("vars"), {t})), std::string("{'x': 1}"));
        QCOMPARE(py::repr(py::call(b("getattr"), {t, aw::str("x")})), std::string("1"));
        char address[32];
        const auto id = static_cast<unsigned long long>(py::call(b("id"), {t}).asInt());
        std::snprintf(address, sizeof address, "0x%llx", id);
        QVERIFY2(py::repr(t).find(address) != std::string::npos, py::repr(t).c_str());
        QVERIFY(py::call(b("id"), {Value::integer(5)}).asInt() == py::call(b("id"), {Value::integer(5)}).asInt());
        QCOMPARE(py::repr(ellipsis()), std::string("Ellipsis"));
        QCOMPARE(py::repr(*b.builtins->findStr("NotImplemented")), std::string("NotImplemented"));
    }

    void cachedMethod()
    {
        Environment b;
        auto calls = std::make_shared<int>(0);
        Value square = builtinFunction("square", [calls](const Value &, const CallArgs &a) {
            ++*calls;
            return Value::integer(a.positional[1].asInt() * a.positional[1].asInt());
        });
        DictObject ns;
        ns.setStr("square", py::call(b("functools.lru_cache"), {square}));
        Value cls = Value(py::makeClass("Calc", "__main__", {}, ns));
        Value c = py::call(cls, {});
        Value bound = py::getAttr(c, "square");
        QCOMPARE(py::repr(py::call(bound, {Value::integer(4)})), std::string("16"));
        QCOMPARE(py::repr(py::call(bound, {Value::integer(4)})), std::string("16"));
        QCOMPARE(*calls, 1);
    }
};

QTEST_APPLESS_MAIN(TstClasses)
#include "tst_classes.moc"
