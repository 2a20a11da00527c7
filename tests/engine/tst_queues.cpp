// Queue, LifoQueue and PriorityQueue, compared with CPython 3.11's interleaving of
// programs/<row>.py (recorded in expected/<row>.steps).

#include "aio/awaiters.h"
#include "aio/queues.h"
#include "aio/sleep.h"
#include "core/str.h"
#include "support/program.h"

using namespace aw;
using namespace aw::aio;
using namespace aw::test;

namespace {

bool intLess(const Value &a, const Value &b)
{
    return a.asInt() < b.asInt();
}

std::string intList(const std::vector<int64_t> &v)
{
    std::string out = "[";
    for (size_t i = 0; i < v.size(); ++i)
        out += (i ? ", " : "") + num(v[i]);
    return out + "]";
}

// --- queue_producer_consumer
QCoro::Task<Value> producer(EventLoop *loop, Ref<Queue> q)
{
    for (int i = 0; i < 5; ++i) {
        co_await q->put(Value::integer(i));
        say(loop, "put", num(i), "size", num(static_cast<int64_t>(q->qsize())));
    }
    co_await q->join();
    say(loop, "all done");
    co_return Value();
}

QCoro::Task<Value> consumer(EventLoop *loop, Ref<Queue> q)
{
    for (;;) {
        Value item = co_await q->get();
        co_await sleep(*loop, 1);
        say(loop, "consumed", num(item.asInt()));
        q->taskDone();
    }
}

QCoro::Task<Value> producerConsumer(EventLoop *loop)
{
    auto q = make<Queue>(loop, 2);
    auto c = loop->createTask([loop, q] { return consumer(loop, q); }, "consumer");
    co_await producer(loop, q);
    c->cancel();
    try {
        q->getNowait();
    } catch (const PyException &e) {
        if (e.isInstance(builtin::QueueEmpty()))
            say(loop, "QueueEmpty");
    }
    auto full = make<Queue>(loop, 1);
    full->putNowait(str("x"));
    try {
        full->putNowait(str("y"));
    } catch (const PyException &e) {
        if (e.isInstance(builtin::QueueFull()))
            say(loop, "QueueFull");
    }
    co_return Value();
}

// --- queue_orders
QCoro::Task<Value> queueOrders(EventLoop *loop)
{
    auto lifo = make<Queue>(loop, 0, Queue::Order::Lifo);
    auto prio = make<Queue>(loop, 0, Queue::Order::Priority, intLess);
    for (int n : {3, 1, 4, 1, 5, 9, 2, 6}) {
        lifo->putNowait(Value::integer(n));
        prio->putNowait(Value::integer(n));
    }
    std::vector<int64_t> a, b;
    for (int i = 0; i < 8; ++i)
        a.push_back(lifo->getNowait().asInt());
    for (int i = 0; i < 8; ++i)
        b.push_back(prio->getNowait().asInt());
    say(loop, intList(a));
    say(loop, intList(b));
    auto getter = loop->createTask([prio] { return prio->get(); }, "Queue.get");
    co_await sleep(*loop, 0);
    prio->putNowait(Value::integer(7));
    Value got = co_await getter;
    say(loop, "got", num(got.asInt()));
    co_return Value();
}

} // namespace

class TestQueues : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesCPython_data();
    void matchesCPython();
    void taskDoneTooOftenRaises();
};

void TestQueues::matchesCPython_data()
{
    QTest::addColumn<MainFn>("main");
    QTest::newRow("queue_producer_consumer") << MainFn(producerConsumer);
    QTest::newRow("queue_orders") << MainFn(queueOrders);
}

void TestQueues::matchesCPython()
{
    QFETCH(MainFn, main);
    AWAITSCOPE_COMPARE_WITH_CPYTHON(main);
}

void TestQueues::taskDoneTooOftenRaises()
{
    EventLoop loop;
    auto q = make<Queue>(&loop);
    try {
        q->taskDone();
        QFAIL("expected ValueError");
    } catch (const PyException &e) {
        QCOMPARE(e.object()->args().at(0).as<StrObject>()->utf8(), std::string("task_done() called too many times"));
    }
}

QTEST_APPLESS_MAIN(TestQueues)
#include "tst_queues.moc"
