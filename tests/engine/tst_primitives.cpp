// Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier, each compared with
// CPython 3.11's interleaving of programs/<row>.py (recorded in expected/<row>.steps).

#include "aio/awaiters.h"
#include "aio/barrier.h"
#include "aio/gather.h"
#include "aio/locks.h"
#include "aio/sleep.h"
#include "core/str.h"
#include "support/program.h"

using namespace aw;
using namespace aw::aio;
using namespace aw::test;

namespace {

// --- lock_fifo
QCoro::Task<Value> lockWorker(EventLoop *loop, Ref<Lock> lock, std::string name, double hold)
{
    say(loop, name, "wants the lock");
    co_await lock->acquire();
    try {
        say(loop, name, "has the lock");
        co_await sleep(*loop, hold);
    } catch (...) {
        lock->release();
        throw;
    }
    lock->release();
    say(loop, name, "released");
    co_return Value();
}

QCoro::Task<Value> lockFifo(EventLoop *loop)
{
    auto lock = make<Lock>(loop);
    std::vector<Ref<Task>> t;
    for (std::string n : {"a", "b", "c", "d"})
        t.push_back(loop->createTask([loop, lock, n] { return lockWorker(loop, lock, n, 1); }, "worker"));
    co_await sleep(*loop, 0.5);
    t[1]->cancel();
    auto g = gather(*loop, {t[0], t[2], t[3]});
    co_await g;
    say(loop, "b cancelled:", t[1]->cancelled() ? "True" : "False", "locked:", lock->locked() ? "True" : "False");
    co_return Value();
}

// --- event_wakes_all
QCoro::Task<Value> eventWaiter(EventLoop *loop, Ref<Event> event, std::string name)
{
    say(loop, name, "waiting");
    co_await event->wait();
    say(loop, name, "woke");
    co_return Value();
}

QCoro::Task<Value> eventWakesAll(EventLoop *loop)
{
    auto event = make<Event>(loop);
    std::vector<Ref<Future>> tasks;
    for (std::string n : {"x", "y", "z"})
        tasks.emplace_back(loop->createTask([loop, event, n] { return eventWaiter(loop, event, n); }, "waiter"));
    co_await sleep(*loop, 1);
    event->set();
    say(loop, "set");
    auto g = gather(*loop, tasks);
    co_await g;
    event->clear();
    say(loop, "is_set:", event->isSet() ? "True" : "False");
    co_return Value();
}

// --- condition_notify
QCoro::Task<Value> condConsumer(EventLoop *loop, Ref<Condition> cond, std::string name, std::vector<int> *box)
{
    co_await cond->acquire();
    try {
        say(loop, name, "waits");
        co_await cond->wait();
        say(loop, name, "got", num(box->front()));
        box->erase(box->begin());
    } catch (...) {
        cond->release();
        throw;
    }
    cond->release();
    co_return Value();
}

QCoro::Task<Value> conditionNotify(EventLoop *loop)
{
    auto cond = make<Condition>(loop);
    auto box = std::make_shared<std::vector<int>>();
    std::vector<Ref<Future>> tasks;
    for (int i = 0; i < 3; ++i) {
        std::string name = "c" + num(i);
        tasks.emplace_back(
            loop->createTask([loop, cond, name, box] { return condConsumer(loop, cond, name, box.get()); }, "consumer"));
    }
    co_await sleep(*loop, 1);
    co_await cond->acquire();
    box->insert(box->end(), {1, 2});
    cond->notify(2);
    say(loop, "notified 2");
    cond->release();
    co_await sleep(*loop, 1);
    co_await cond->acquire();
    box->push_back(3);
    cond->notifyAll();
    cond->release();
    auto g = gather(*loop, tasks);
    co_await g;
    co_return Value();
}

// --- semaphore_limit
QCoro::Task<Value> semJob(EventLoop *loop, Ref<Semaphore> sem, int n)
{
    co_await sem->acquire();
    try {
        say(loop, "start", num(n));
        co_await sleep(*loop, 1);
        say(loop, "end", num(n));
    } catch (...) {
        sem->release();
        throw;
    }
    sem->release();
    co_return Value();
}

QCoro::Task<Value> semaphoreLimit(EventLoop *loop)
{
    auto sem = make<Semaphore>(loop, 2);
    std::vector<Ref<Future>> jobs;
    for (int i = 0; i < 5; ++i)
        jobs.emplace_back(loop->createTask([loop, sem, i] { return semJob(loop, sem, i); }, "job"));
    auto g = gather(*loop, jobs);
    co_await g;
    auto bounded = make<BoundedSemaphore>(loop, 1);
    co_await bounded->acquire();
    bounded->release();
    try {
        bounded->release();
    } catch (const PyException &e) {
        say(loop, "ValueError:", e.object()->args().at(0).as<StrObject>()->utf8());
    }
    co_return Value();
}

// --- semaphore_around_gather
QCoro::Task<Value> seedTest(EventLoop *loop, int n)
{
    say(loop, "test:" + num(n));
    co_await sleep(*loop, 1);
    co_return Value();
}

QCoro::Task<Value> semaphoreAroundGather(EventLoop *loop)
{
    auto sem = make<Semaphore>(loop, 2);
    std::vector<Ref<Future>> tasks;
    co_await sem->acquire();
    for (int i = 0; i < 4; ++i)
        tasks.emplace_back(loop->createTask([loop, i] { return seedTest(loop, i); }, "test"));
    auto g = gather(*loop, tasks);
    co_await g;
    sem->release();
    say(loop, "[('test', 0), ('test', 1), ('test', 2), ('test', 3)]");
    co_return Value();
}

// --- barrier_parties
QCoro::Task<Value> party(EventLoop *loop, Ref<Barrier> barrier, int n)
{
    co_await sleep(*loop, n);
    say(loop, "arrive", num(n));
    Value index = co_await barrier->wait();
    say(loop, "pass", num(n), num(index.asInt()));
    co_return Value();
}

QCoro::Task<Value> barrierParties(EventLoop *loop)
{
    auto barrier = make<Barrier>(loop, 3);
    std::vector<Ref<Future>> tasks;
    for (int n = 0; n < 3; ++n)
        tasks.emplace_back(loop->createTask([loop, barrier, n] { return party(loop, barrier, n); }, "party"));
    auto g = gather(*loop, tasks);
    co_await g;
    co_return Value();
}

} // namespace

class TestPrimitives : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesCPython_data();
    void matchesCPython();
    void negativeSemaphoreIsRejected();
    void releasingAnUnlockedLockRaises();
};

void TestPrimitives::matchesCPython_data()
{
    QTest::addColumn<MainFn>("main");
    QTest::newRow("lock_fifo") << MainFn(lockFifo);
    QTest::newRow("event_wakes_all") << MainFn(eventWakesAll);
    QTest::newRow("condition_notify") << MainFn(conditionNotify);
    QTest::newRow("semaphore_limit") << MainFn(semaphoreLimit);
    QTest::newRow("semaphore_around_gather") << MainFn(semaphoreAroundGather);
    QTest::newRow("barrier_parties") << MainFn(barrierParties);
}

void TestPrimitives::matchesCPython()
{
    QFETCH(MainFn, main);
    AWAITSCOPE_COMPARE_WITH_CPYTHON(main);
}

void TestPrimitives::negativeSemaphoreIsRejected()
{
    EventLoop loop;
    try {
        make<Semaphore>(&loop, -1);
        QFAIL("expected ValueError");
    } catch (const PyException &e) {
        QVERIFY(e.isInstance(builtin::ValueError()));
        QCOMPARE(e.object()->args().at(0).as<StrObject>()->utf8(), std::string("Semaphore initial value must be >= 0"));
    }
}

void TestPrimitives::releasingAnUnlockedLockRaises()
{
    EventLoop loop;
    auto lock = make<Lock>(&loop);
    try {
        lock->release();
        QFAIL("expected RuntimeError");
    } catch (const PyException &e) {
        QVERIFY(e.isInstance(builtin::RuntimeError()));
    }
}

QTEST_APPLESS_MAIN(TestPrimitives)
#include "tst_primitives.moc"
