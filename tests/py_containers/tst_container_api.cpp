// The C++ API of the containers area, as other parts of the engine use it: SliceObject's
// index arithmetic, the CPython hash functions, SetObject's order and DictObject's layout.
// Expected values come from CPython 3.11 run with PYTHONHASHSEED=0.

#include "core/containers.h"
#include "core/str.h"
#include "core/type.h"
#include "py/dict.h"
#include "py/hashing.h"
#include "py/protocol.h"
#include "py/runtime.h"
#include "py/set.h"
#include "py/slice.h"

#include <QtTest>

#include <functional>

using aw::Value;

namespace {

Value opt(std::optional<int64_t> v)
{
    return v ? Value::integer(*v) : Value();
}

std::vector<int64_t> ints(const std::vector<Value> &values)
{
    std::vector<int64_t> out;
    for (const Value &v : values)
        out.push_back(v.asInt());
    return out;
}

// Objects that all hash alike and whose == empties a container: lookups must survive the
// table changing under them (CPython restarts them).
std::function<void()> g_onCompare;

aw::TypeObject *meddlerType()
{
    static aw::TypeObject *const t = [] {
        aw::TypeObject *type = aw::makeBuiltinType("Meddler", "test", {});
        type->slots.hash = [](const Value &) { return int64_t(42); };
        type->slots.richCompare = [](const Value &a, const Value &b, aw::CompareOp) {
            if (g_onCompare)
                std::exchange(g_onCompare, nullptr)();
            return Value::boolean(a.is(b));
        };
        return type;
    }();
    return t;
}

Value meddler()
{
    return Value(aw::make<aw::SetObject>(meddlerType()));
}

} // namespace

class TestContainerApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { aw::py::initRuntime(); }

    void sliceIndices_data()
    {
        QTest::addColumn<std::optional<int64_t>>("start");
        QTest::addColumn<std::optional<int64_t>>("stop");
        QTest::addColumn<std::optional<int64_t>>("step");
        QTest::addColumn<int64_t>("length");
        QTest::addColumn<QList<qint64>>("expected");
        using O = std::optional<int64_t>;
        QTest::newRow("reverse") << O() << O() << O(-1) << int64_t(5) << QList<qint64>{4, -1, -1, 5};
        QTest::newRow("clamped stop") << O(1) << O(10) << O(2) << int64_t(7) << QList<qint64>{1, 7, 2, 3};
        QTest::newRow("negative start") << O(-3) << O() << O() << int64_t(5) << QList<qint64>{2, 5, 1, 3};
        QTest::newRow("negative step") << O(5) << O(1) << O(-2) << int64_t(10) << QList<qint64>{5, 1, -2, 2};
        QTest::newRow("empty") << O() << O() << O(2) << int64_t(0) << QList<qint64>{0, 0, 2, 0};
        QTest::newRow("wide") << O(-100) << O(100) << O(3) << int64_t(7) << QList<qint64>{0, 7, 3, 3};
        QTest::newRow("start past end") << O(10) << O() << O(-1) << int64_t(4) << QList<qint64>{3, -1, -1, 4};
        QTest::newRow("extremes") << O(INT64_MIN) << O(INT64_MAX) << O(INT64_MIN) << int64_t(3)
                                  << QList<qint64>{-1, 2, -INT64_MAX, 0};
    }

    void sliceIndices()
    {
        QFETCH(std::optional<int64_t>, start);
        QFETCH(std::optional<int64_t>, stop);
        QFETCH(std::optional<int64_t>, step);
        QFETCH(int64_t, length);
        QFETCH(QList<qint64>, expected);
        aw::SliceObject s(opt(start), opt(stop), opt(step));
        auto [b, e, st, n] = s.indices(length);
        QCOMPARE((QList<qint64>{b, e, st, n}), expected);
    }

    void sliceZeroStepRaises()
    {
        aw::SliceObject s(Value(), Value(), Value::integer(0));
        QVERIFY_THROWS_EXCEPTION(aw::PyException, s.indices(3));
    }

    void strHash()
    {
        QCOMPARE(aw::py::strHash(""), int64_t(0));
        QCOMPARE(aw::py::strHash("abc"), int64_t(-4594863902769663758));
        QCOMPARE(aw::py::strHash("é"), int64_t(6047309291227476195));
        QCOMPARE(aw::py::strHash("中文"), int64_t(501833946989431548));
        QCOMPARE(aw::py::strHash("😀x"), int64_t(-8926728262118538918));
        QCOMPARE(aw::py::strHash(std::string(20, 'a')), int64_t(3291541819775287794));
        QCOMPARE(aw::py::hash(aw::str("abc")), int64_t(-4594863902769663758));
    }

    void tupleAndFrozensetHash()
    {
        const std::vector<Value> pair{Value::integer(1), aw::str("a")};
        QCOMPARE(aw::py::tupleHash(pair), int64_t(3906047847676358913));
        QCOMPARE(aw::py::tupleHash({}), int64_t(5740354900026072187));
        auto f = aw::make<aw::SetObject>(aw::frozensetType());
        for (int i = 1; i <= 3; ++i)
            f->add(Value::integer(i));
        QCOMPARE(f->frozenHash(), int64_t(-272375401224217160));
    }

    void setOrder()
    {
        auto s = aw::newSet(aw::setType());
        for (int64_t x : {10, 3, 35, 18, -4, 7, 100, 64})
            s->add(Value::integer(x));
        s->discard(Value::integer(3));
        s->add(Value::integer(11));
        QCOMPARE(ints(s->items()), (std::vector<int64_t>{64, 35, 100, 7, 10, 11, 18, -4}));
    }

    void dictPopLastAndReuse()
    {
        aw::DictObject d;
        for (int64_t i = 0; i < 4; ++i)
            d.set(Value::integer(i), Value::integer(i * 10));
        d.remove(Value::integer(3));
        auto last = d.popLast();
        QVERIFY(last);
        QCOMPARE(last->first.asInt(), int64_t(2));
        QCOMPARE(d.entries().size(), size_t(2));
        d.set(Value::integer(7), Value());
        QCOMPARE(d.size(), size_t(3));
        QCOMPARE(d.entries().back().key.asInt(), int64_t(7));
    }

    void dictCloneKeepsLayout()
    {
        aw::DictObject a;
        for (int64_t i = 0; i < 3; ++i)
            a.set(Value::integer(i), Value());
        a.remove(Value::integer(1));
        aw::DictObject b;
        b.cloneFrom(a);
        QCOMPARE(b.entries().size(), a.entries().size());
        QVERIFY(!b.entries()[1].live);
        QVERIFY(b.find(Value::integer(2)));
        QVERIFY(!b.find(Value::integer(1)));
    }

    void setSurvivesMutationInCompare()
    {
        auto s = aw::newSet(aw::setType());
        s->add(meddler());
        g_onCompare = [&] { s->clear(); };
        s->add(meddler());
        QCOMPARE(s->size(), size_t(1));
        for (int i = 0; i < 20; ++i)
            s->add(Value::integer(i));
        g_onCompare = [&] {
            for (int i = 100; i < 200; ++i)
                s->add(Value::integer(i));
        };
        s->add(meddler());
        QCOMPARE(s->size(), size_t(122));
    }

    void dictSurvivesMutationInCompare()
    {
        aw::DictObject d;
        d.set(meddler(), Value::integer(1));
        g_onCompare = [&] { d.clear(); };
        d.set(meddler(), Value::integer(2));
        QCOMPARE(d.size(), size_t(1));
        d.set(meddler(), Value::integer(3));
        g_onCompare = [&] {
            for (int i = 0; i < 50; ++i)
                d.set(Value::integer(i), Value());
        };
        QVERIFY(!d.find(meddler()));
        QCOMPARE(d.size(), size_t(52));
    }

    void listSurvivesMutationInCompare()
    {
        auto l = aw::make<aw::ListObject>(std::vector<Value>{meddler(), meddler(), meddler()});
        g_onCompare = [&] { l->items().clear(); };
        QVERIFY(!aw::py::contains(Value(l), meddler()));
        l->items() = {meddler(), meddler()};
        auto other = aw::make<aw::ListObject>(std::vector<Value>{meddler(), meddler()});
        g_onCompare = [&] { l->items().clear(); };
        QVERIFY(!aw::py::equals(Value(l), Value(other)));
    }

    void dictCompactsWhenFull()
    {
        aw::DictObject d;
        // Five insertions use up an 8-slot table; deleting does not give room back.
        for (int64_t i = 0; i < 5; ++i)
            d.set(Value::integer(i), Value());
        for (int64_t i = 0; i < 4; ++i)
            d.remove(Value::integer(i));
        QCOMPARE(d.entries().size(), size_t(5));
        d.set(Value::integer(9), Value());
        QCOMPARE(d.entries().size(), size_t(2));
        QCOMPARE(d.entries()[0].key.asInt(), int64_t(4));
    }
};

QTEST_GUILESS_MAIN(TestContainerApi)
#include "tst_container_api.moc"
