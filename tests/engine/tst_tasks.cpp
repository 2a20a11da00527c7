// Tasks, gather and cancellation, each compared with CPython 3.11's interleaving of the
// same program (tests/engine/programs/<name>.py, recorded in expected/<name>.steps).

#include "aio/awaiters.h"
#include "aio/gather.h"
#include "aio/runner.h"
#include "aio/sleep.h"
#include "core/containers.h"
#include "core/str.h"
#include "support/interleaving.h"

#include <QTest>

using namespace aw;
using namespace aw::aio;
using test::print;

namespace {

std::string s(const Value &v)
{
    if (v.isInt())
        return std::to_string(v.asInt());
    if (auto *str = v.as<StrObject>())
        return str->utf8();
    if (auto *l = v.as<ListObject>()) {
        std::string out = "[";
        for (size_t i = 0; i < l->items().size(); ++i) {
            if (i)
                out += ", ";
            const Value &item = l->items()[i];
            if (auto *e = item.as<ExceptionObject>())
                out += e->type()->name() + "('" + s(e->args().empty() ? Value() : e->args()[0]) + "')";
            else
                out += s(item);
        }
        return out + "]";
    }
    return "None";
}

bool isCancel(const PyException &e)
{
    return e.isInstance(builtin::CancelledError());
}

// --- tasks_start_order
QCoro::Task<Value> worker(EventLoop *loop, std::string name, double delay)
{
    print(*loop, name + " start");
    co_await sleep(*loop, delay);
    print(*loop, name + " end");
    co_return str(name);
}

QCoro::Task<Value> startOrderMain(EventLoop *loop)
{
    auto a = loop->createTask([loop] { return worker(loop, "a", 2); }, "worker");
    auto b = loop->createTask([loop] { return worker(loop, "b", 1); }, "worker");
    auto c = loop->createTask([loop] { return worker(loop, "c", 1); }, "worker");
    print(*loop, "created");
    co_await sleep(*loop, 0);
    print(*loop, "after sleep(0)");
    Value ra = co_await a;
    Value rb = co_await b;
    Value rc = co_await c;
    print(*loop, s(ra) + " " + s(rb) + " " + s(rc));
    co_return Value();
}

// --- gather_results
QCoro::Task<Value> numbered(EventLoop *loop, int num)
{
    print(*loop, "test:" + std::to_string(num));
    co_await sleep(*loop, 3 - num);
    co_return Value::integer(num * 10);
}

QCoro::Task<Value> gatherMain(EventLoop *loop)
{
    std::vector<Ref<Future>> children;
    for (int i = 0; i < 3; ++i)
        children.emplace_back(loop->createTask([loop, i] { return numbered(loop, i); }, "test"));
    auto g = gather(*loop, children);
    Value results = co_await g;
    print(*loop, s(results));
    co_return Value();
}

// --- cancel_sleeping
QCoro::Task<Value> sleeper(EventLoop *loop)
{
    try {
        co_await sleep(*loop, 10);
    } catch (const PyException &e) {
        if (!isCancel(e))
            throw;
        print(*loop, "cancelled with ('" + s(e.object()->args().at(0)) + "',)");
    }
    // The C++ test cannot co_await inside a catch block; the Python original does.
    co_await sleep(*loop, 1);
    print(*loop, "cleanup done");
    throw PyException(newException(builtin::CancelledError(), "stop"));
}

QCoro::Task<Value> cancelMain(EventLoop *loop)
{
    auto t = loop->createTask([loop] { return sleeper(loop); }, "sleeper");
    co_await sleep(*loop, 1);
    t->cancel(str("stop"));
    print(*loop, "cancelling: " + std::to_string(t->cancelling()));
    try {
        co_await t;
    } catch (const PyException &e) {
        if (!isCancel(e))
            throw;
        print(*loop, std::string("main saw cancel ") + (t->cancelled() ? "True" : "False"));
    }
    co_return Value();
}

// --- gather_cancel
QCoro::Task<Value> child(EventLoop *loop, int n)
{
    bool cancelled = false;
    try {
        co_await sleep(*loop, n);
        print(*loop, "child " + std::to_string(n) + " finished");
    } catch (const PyException &e) {
        if (!isCancel(e))
            throw;
        print(*loop, "child " + std::to_string(n) + " cancelled");
        cancelled = true;
    }
    if (cancelled)
        throw PyException(newException(builtin::CancelledError(), ""));
    co_return Value();
}

QCoro::Task<Value> gatherCancelMain(EventLoop *loop)
{
    std::vector<Ref<Future>> children;
    children.emplace_back(loop->createTask([loop] { return child(loop, 1); }, "child"));
    children.emplace_back(loop->createTask([loop] { return child(loop, 5); }, "child"));
    auto g = gather(*loop, children);
    co_await sleep(*loop, 2);
    g->cancel();
    try {
        co_await g;
    } catch (const PyException &e) {
        if (!isCancel(e))
            throw;
        print(*loop, std::string("gather raised CancelledError ") + (g->cancelled() ? "True" : "False"));
    }
    co_return Value();
}

// --- gather_exception
QCoro::Task<Value> ok(EventLoop *loop, int n)
{
    co_await sleep(*loop, n);
    print(*loop, "ok " + std::to_string(n));
    co_return Value::integer(n);
}

QCoro::Task<Value> bad(EventLoop *loop)
{
    co_await sleep(*loop, 1);
    throw PyException::make(builtin::ValueError(), "boom");
}

QCoro::Task<Value> gatherExceptionMain(EventLoop *loop)
{
    std::vector<Ref<Future>> first{loop->createTask([loop] { return ok(loop, 2); }, "ok"),
                                   loop->createTask([loop] { return bad(loop); }, "bad")};
    try {
        auto g = gather(*loop, first);
        co_await g;
    } catch (const PyException &e) {
        print(*loop, "caught " + s(e.object()->args().at(0)));
    }
    co_await sleep(*loop, 2);
    std::vector<Ref<Future>> second{loop->createTask([loop] { return ok(loop, 1); }, "ok"),
                                    loop->createTask([loop] { return bad(loop); }, "bad")};
    auto g2 = gather(*loop, second, true);
    Value r = co_await g2;
    print(*loop, s(r));
    co_return Value();
}

// --- pending_at_exit
QCoro::Task<Value> lingering(EventLoop *loop)
{
    try {
        co_await sleep(*loop, 100);
    } catch (...) {
        print(*loop, "forever cleaned up");
        throw;
    }
    print(*loop, "forever cleaned up");
    co_return Value();
}

QCoro::Task<Value> pendingMain(EventLoop *loop)
{
    loop->createTask([loop] { return lingering(loop); }, "forever");
    co_await sleep(*loop, 1);
    print(*loop, "main done");
    co_return Value();
}

QCoro::Task<Value> noop()
{
    co_return Value();
}

QCoro::Task<Value> markRan(bool *ran)
{
    *ran = true;
    co_return Value();
}

} // namespace

class TestTasks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesCPython_data();
    void matchesCPython();
    void taskNamesCountOnlyUnnamedTasks();
    void unstartedTaskCancelledNeverRuns();
};

using MainFn = QCoro::Task<Value> (*)(EventLoop *);
Q_DECLARE_METATYPE(MainFn)

void TestTasks::matchesCPython_data()
{
    QTest::addColumn<MainFn>("main");
    QTest::newRow("tasks_start_order") << MainFn(startOrderMain);
    QTest::newRow("gather_results") << MainFn(gatherMain);
    QTest::newRow("cancel_sleeping") << MainFn(cancelMain);
    QTest::newRow("gather_cancel") << MainFn(gatherCancelMain);
    QTest::newRow("gather_exception") << MainFn(gatherExceptionMain);
    QTest::newRow("pending_at_exit") << MainFn(pendingMain);
}

void TestTasks::matchesCPython()
{
    QFETCH(MainFn, main);
    EventLoop loop;
    test::InterleavingRecorder rec(loop);
    run(loop, [&loop, main] { return main(&loop); }, "main");
    QString message;
    QVERIFY2(test::compareInterleaving(QTest::currentDataTag(), rec.text(), &message), qPrintable(message));
}

void TestTasks::taskNamesCountOnlyUnnamedTasks()
{
    EventLoop loop;
    auto none = [] { return noop(); };
    auto a = loop.createTask(none, "f");
    auto b = loop.createTask(none, "f", std::string("named"));
    auto c = loop.createTask(none, "f");
    QCOMPARE(a->name(), std::string("Task-1"));
    QCOMPARE(b->name(), std::string("named"));
    QCOMPARE(c->name(), std::string("Task-2"));
    while (loop.runOnce()) {
    }
}

void TestTasks::unstartedTaskCancelledNeverRuns()
{
    EventLoop loop;
    bool ran = false;
    auto t = loop.createTask([&ran] { return markRan(&ran); }, "f");
    t->cancel();
    while (loop.runOnce()) {
    }
    QVERIFY(t->cancelled());
    QVERIFY(!ran);
}

QTEST_APPLESS_MAIN(TestTasks)
#include "tst_tasks.moc"
