// Cancellation rules and the primitives' cancellation repairs, compared with CPython
// 3.11's interleaving of programs/<row>.py (recorded in expected/<row>.steps).

#include "aio/awaiters.h"
#include "aio/barrier.h"
#include "aio/gather.h"
#include "aio/locks.h"
#include "aio/queues.h"
#include "aio/sleep.h"
#include "aio/wait.h"
#include "core/containers.h"
#include "core/str.h"
#include "support/program.h"

using namespace aw;
using namespace aw::aio;
using namespace aw::test;

namespace {

const char *pyBool(bool b)
{
    return b ? "True" : "False";
}

// --- lock_woken_then_cancelled
QCoro::Task<Value> lockHolder(EventLoop *loop, Ref<Lock> lock)
{
    co_await lock->acquire();
    co_await sleep(*loop, 1);
    lock->release();
    say(loop, "holder released");
    co_return Value();
}

QCoro::Task<Value> lockWaiter(EventLoop *loop, Ref<Lock> lock, std::string name)
{
    try {
        co_await lock->acquire();
    } catch (const PyException &e) {
        if (isCancel(e))
            say(loop, name, "cancelled");
        throw;
    }
    say(loop, name, "acquired");
    lock->release();
    co_return Value();
}

QCoro::Task<Value> lockWokenThenCancelled(EventLoop *loop)
{
    auto lock = make<Lock>(loop);
    auto h = loop->createTask([loop, lock] { return lockHolder(loop, lock); }, "holder");
    co_await sleep(*loop, 0);
    auto w1 = loop->createTask([loop, lock] { return lockWaiter(loop, lock, "w1"); }, "waiter");
    auto w2 = loop->createTask([loop, lock] { return lockWaiter(loop, lock, "w2"); }, "waiter");
    co_await sleep(*loop, 1);
    w1->cancel();
    auto g = gather(*loop, {h, w1, w2}, true);
    co_await g;
    say(loop, "locked:", pyBool(lock->locked()));
    co_return Value();
}

// --- semaphore_woken_then_cancelled
QCoro::Task<Value> semUser(EventLoop *loop, Ref<Semaphore> sem, std::string name, double hold)
{
    try {
        co_await sem->acquire();
        try {
            say(loop, name, "in");
            co_await sleep(*loop, hold);
        } catch (...) {
            sem->release();
            throw;
        }
        sem->release();
        say(loop, name, "out");
    } catch (const PyException &e) {
        if (!isCancel(e))
            throw;
        say(loop, name, "cancelled");
    }
    co_return Value();
}

QCoro::Task<Value> semaphoreWokenThenCancelled(EventLoop *loop)
{
    auto sem = make<Semaphore>(loop, 1);
    auto a = loop->createTask([loop, sem] { return semUser(loop, sem, "a", 1); }, "user");
    co_await sleep(*loop, 0);
    auto b = loop->createTask([loop, sem] { return semUser(loop, sem, "b", 1); }, "user");
    auto c = loop->createTask([loop, sem] { return semUser(loop, sem, "c", 1); }, "user");
    co_await sleep(*loop, 1);
    b->cancel();
    auto g = gather(*loop, {a, b, c});
    co_await g;
    say(loop, "value:", num(sem->value()), "locked:", pyBool(sem->locked()));
    co_return Value();
}

// --- cancel_requests_count
QCoro::Task<Value> stubborn(EventLoop *loop)
{
    for (int i = 0; i < 3; ++i) {
        try {
            co_await sleep(*loop, 1);
            say(loop, "slept", num(i));
        } catch (const PyException &e) {
            if (!isCancel(e))
                throw;
            Task *self = loop->currentTask();
            say(loop, "ignored cancel", num(i), num(self->cancelling()));
            self->uncancel();
        }
    }
    co_return str("survived");
}

QCoro::Task<Value> cancelRequestsCount(EventLoop *loop)
{
    auto t = loop->createTask([loop] { return stubborn(loop); }, "stubborn");
    co_await sleep(*loop, 0.5);
    t->cancel();
    t->cancel();
    say(loop, "requests:", num(t->cancelling()));
    Value v = co_await t;
    say(loop, v.as<StrObject>()->utf8(), num(t->cancelling()));
    co_return Value();
}

// --- cancel_before_start
QCoro::Task<Value> body(EventLoop *loop, std::string name)
{
    say(loop, name, "started");
    co_await sleep(*loop, 1);
    say(loop, name, "finished");
    co_return Value();
}

QCoro::Task<Value> cancelBeforeStart(EventLoop *loop)
{
    auto t1 = loop->createTask([loop] { return body(loop, "t1"); }, "body");
    t1->cancel();
    auto t2 = loop->createTask([loop] { return body(loop, "t2"); }, "body");
    co_await sleep(*loop, 0);
    t2->cancel();
    for (const auto &t : {t1, t2}) {
        try {
            co_await t;
        } catch (const PyException &e) {
            if (!isCancel(e))
                throw;
            say(loop, "cancelled", t->name());
        }
    }
    co_return Value();
}

// --- gather_child_cancelled
QCoro::Task<Value> nap(EventLoop *loop, int d)
{
    co_await sleep(*loop, d);
    co_return Value::integer(d);
}

QCoro::Task<Value> gatherChildCancelled(EventLoop *loop)
{
    auto t = loop->createTask([loop] { return nap(loop, 5); }, "nap");
    auto g = gather(*loop, {loop->createTask([loop] { return nap(loop, 1); }, "nap"), t});
    co_await sleep(*loop, 0.5);
    t->cancel();
    try {
        co_await g;
    } catch (const PyException &e) {
        if (!isCancel(e))
            throw;
        say(loop, "gather raised CancelledError; cancelled() =", pyBool(g->cancelled()));
    }
    auto t2 = loop->createTask([loop] { return nap(loop, 5); }, "nap");
    auto g2 = gather(*loop, {loop->createTask([loop] { return nap(loop, 1); }, "nap"), t2}, true);
    co_await sleep(*loop, 0.5);
    t2->cancel(str("why"));
    Value results = co_await g2;
    const auto &items = results.as<ListObject>()->items();
    auto *exc = items[1].as<ExceptionObject>();
    say(loop, "[" + num(items[0].asInt()) + ", " + exc->type()->name() + "('"
                  + exc->args().at(0).as<StrObject>()->utf8() + "')]");
    co_return Value();
}

// --- wait_for_outer_cancelled
QCoro::Task<Value> innerSleeper(EventLoop *loop)
{
    try {
        co_await sleep(*loop, 10);
    } catch (...) {
        say(loop, "inner cleanup");
        throw;
    }
    say(loop, "inner cleanup");
    co_return Value();
}

QCoro::Task<Value> outerWaiter(EventLoop *loop)
{
    try {
        co_await waitFor(*loop, Awaitable([loop] { return innerSleeper(loop); }, "inner"), 5.0);
    } catch (const PyException &e) {
        if (isCancel(e))
            say(loop, "outer cancelled");
        throw;
    }
    co_return Value();
}

QCoro::Task<Value> waitForOuterCancelled(EventLoop *loop)
{
    auto t = loop->createTask([loop] { return outerWaiter(loop); }, "outer");
    co_await sleep(*loop, 1);
    t->cancel();
    auto g = gather(*loop, {t}, true);
    co_await g;
    say(loop, "done", pyBool(t->cancelled()));
    co_return Value();
}

// --- queue_getter_cancelled
QCoro::Task<Value> queueGetter(EventLoop *loop, Ref<Queue> q, std::string name)
{
    try {
        Value item = co_await q->get();
        say(loop, name, "got", item.as<StrObject>()->utf8());
    } catch (const PyException &e) {
        if (!isCancel(e))
            throw;
        say(loop, name, "cancelled");
    }
    co_return Value();
}

QCoro::Task<Value> queueGetterCancelled(EventLoop *loop)
{
    auto q = make<Queue>(loop);
    auto g1 = loop->createTask([loop, q] { return queueGetter(loop, q, "g1"); }, "getter");
    auto g2 = loop->createTask([loop, q] { return queueGetter(loop, q, "g2"); }, "getter");
    co_await sleep(*loop, 0);
    q->putNowait(str("item"));
    g1->cancel();
    auto g = gather(*loop, {g1, g2});
    co_await g;
    say(loop, "left:", num(static_cast<int64_t>(q->qsize())));
    co_return Value();
}

// --- done_callbacks
QCoro::Task<Value> work(EventLoop *loop)
{
    co_await sleep(*loop, 1);
    say(loop, "work returns");
    co_return str("A");
}

QCoro::Task<Value> doneCallbacks(EventLoop *loop)
{
    auto t = loop->createTask([loop] { return work(loop); }, "work");
    auto report = [loop](int tag) {
        return [loop, tag](Future &f) { say(loop, "callback", num(tag), f.result().as<StrObject>()->utf8()); };
    };
    t->addDoneCallback(report(1));
    t->addDoneCallback(report(2));
    Value v = co_await t;
    say(loop, "awaited:", v.as<StrObject>()->utf8());
    t->addDoneCallback(report(3));
    co_await sleep(*loop, 0);
    say(loop, "end");
    co_return Value();
}

// --- barrier_abort
QCoro::Task<Value> barrierParty(EventLoop *loop, Ref<Barrier> barrier, int n)
{
    try {
        co_await barrier->wait();
        say(loop, "passed", num(n));
    } catch (const PyException &e) {
        if (!e.isInstance(builtin::BrokenBarrierError()))
            throw;
        say(loop, "broken", num(n));
    }
    co_return Value();
}

QCoro::Task<Value> barrierAbort(EventLoop *loop)
{
    auto barrier = make<Barrier>(loop, 3);
    std::vector<Ref<Future>> tasks;
    for (int n = 0; n < 2; ++n)
        tasks.emplace_back(loop->createTask([loop, barrier, n] { return barrierParty(loop, barrier, n); }, "party"));
    co_await sleep(*loop, 1);
    co_await barrier->abort();
    auto g = gather(*loop, tasks);
    co_await g;
    say(loop, "broken:", pyBool(barrier->broken()));
    co_return Value();
}

} // namespace

class TestCancellation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesCPython_data();
    void matchesCPython();
};

void TestCancellation::matchesCPython_data()
{
    QTest::addColumn<MainFn>("main");
    QTest::newRow("lock_woken_then_cancelled") << MainFn(lockWokenThenCancelled);
    QTest::newRow("semaphore_woken_then_cancelled") << MainFn(semaphoreWokenThenCancelled);
    QTest::newRow("cancel_requests_count") << MainFn(cancelRequestsCount);
    QTest::newRow("cancel_before_start") << MainFn(cancelBeforeStart);
    QTest::newRow("gather_child_cancelled") << MainFn(gatherChildCancelled);
    QTest::newRow("wait_for_outer_cancelled") << MainFn(waitForOuterCancelled);
    QTest::newRow("queue_getter_cancelled") << MainFn(queueGetterCancelled);
    QTest::newRow("done_callbacks") << MainFn(doneCallbacks);
    QTest::newRow("barrier_abort") << MainFn(barrierAbort);
}

void TestCancellation::matchesCPython()
{
    QFETCH(MainFn, main);
    AWAITSCOPE_COMPARE_WITH_CPYTHON(main);
}

QTEST_APPLESS_MAIN(TestCancellation)
#include "tst_cancellation.moc"
