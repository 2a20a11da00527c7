// When nothing is ready, no timer is pending and tasks still wait, the loop stops and names
// every blocked task and what it waits on, and the cycle where there is one.

#include "aio/awaiters.h"
#include "aio/locks.h"
#include "aio/queues.h"
#include "aio/sleep.h"
#include "support/program.h"

using namespace aw;
using namespace aw::aio;

namespace {

QCoro::Task<Value> takeBoth(EventLoop *loop, Ref<Lock> first, Ref<Lock> second)
{
    co_await first->acquire();
    co_await sleep(*loop, 1);
    co_await second->acquire();
    co_return Value();
}

QCoro::Task<Value> crossedLocks(EventLoop *loop)
{
    auto a = make<Lock>(loop, "lock_a");
    auto b = make<Lock>(loop, "lock_b");
    auto t1 = loop->createTask([loop, a, b] { return takeBoth(loop, a, b); }, "left");
    auto t2 = loop->createTask([loop, a, b] { return takeBoth(loop, b, a); }, "right");
    co_await t1;
    co_return Value();
}

QCoro::Task<Value> getForever(EventLoop *loop)
{
    auto q = make<Queue>(loop, 0, Queue::Order::Fifo, Queue::Less{}, "jobs");
    co_await q->get();
    co_return Value();
}

QString deadlockReport(QCoro::Task<Value> (*main)(EventLoop *))
{
    EventLoop loop;
    auto t = loop.createTask([&loop, main] { return main(&loop); }, "main");
    try {
        loop.runUntilComplete(t);
    } catch (const Deadlock &d) {
        return QString::fromStdString(d.report);
    }
    return "no deadlock";
}

} // namespace

class TestDeadlock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void crossedLocksNameTheCycle();
    void emptyQueueIsReported();
};

void TestDeadlock::crossedLocksNameTheCycle()
{
    QCOMPARE(deadlockReport(crossedLocks),
             QString("deadlock: no task can run and no timer is pending\n"
                     "  Task-1 (main) waits on task Task-2\n"
                     "  Task-2 (left) waits on lock 'lock_b' held by Task-3\n"
                     "  Task-3 (right) waits on lock 'lock_a' held by Task-2\n"
                     "  cycle: Task-2 -> Task-3 -> Task-2"));
}

void TestDeadlock::emptyQueueIsReported()
{
    QCOMPARE(deadlockReport(getForever),
             QString("deadlock: no task can run and no timer is pending\n"
                     "  Task-1 (main) waits on queue 'jobs' (0 items)"));
}

QTEST_APPLESS_MAIN(TestDeadlock)
#include "tst_deadlock.moc"
