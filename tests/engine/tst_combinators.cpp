// wait, wait_for, timeout, as_completed, shield, TaskGroup and sleep(0), compared with
// CPython 3.11's interleaving of programs/<row>.py (recorded in expected/<row>.steps).

#include "aio/as_completed.h"
#include "aio/awaiters.h"
#include "aio/gather.h"
#include "aio/sleep.h"
#include "aio/task_group.h"
#include "aio/timeouts.h"
#include "aio/wait.h"
#include "core/containers.h"
#include "core/str.h"
#include "text/number_format.h"
#include "support/program.h"

using namespace aw;
using namespace aw::aio;
using namespace aw::test;

namespace {

std::string floatStr(double d)
{
    return text::floatRepr(d);
}

// --- wait_modes
QCoro::Task<Value> sleeper(EventLoop *loop, double d, bool fail)
{
    co_await sleep(*loop, d);
    if (fail)
        throw PyException::make(builtin::RuntimeError(), "fail " + std::to_string(static_cast<int>(d)));
    co_return Value::floating(d);
}

Ref<Future> spawnSleeper(EventLoop *loop, double d, bool fail = false)
{
    return loop->createTask([loop, d, fail] { return sleeper(loop, d, fail); }, "sleeper");
}

QCoro::Task<Value> waitModes(EventLoop *loop)
{
    std::vector<Ref<Future>> ts{spawnSleeper(loop, 3), spawnSleeper(loop, 1), spawnSleeper(loop, 2)};
    WaitResult r = co_await wait(*loop, ts, {}, ReturnWhen::FirstCompleted);
    say(loop, num(static_cast<int64_t>(r.done.size())), num(static_cast<int64_t>(r.pending.size())));
    std::vector<Ref<Future>> ts2{spawnSleeper(loop, 1, true), spawnSleeper(loop, 5)};
    r = co_await wait(*loop, ts2, {}, ReturnWhen::FirstException);
    say(loop, num(static_cast<int64_t>(r.done.size())), num(static_cast<int64_t>(r.pending.size())));
    r = co_await wait(*loop, ts, 0.5);
    say(loop, num(static_cast<int64_t>(r.done.size())), num(static_cast<int64_t>(r.pending.size())));
    std::vector<Ref<Future>> all = ts;
    all.insert(all.end(), ts2.begin(), ts2.end());
    r = co_await wait(*loop, all);
    say(loop, num(static_cast<int64_t>(r.done.size())), num(static_cast<int64_t>(r.pending.size())));
    co_return Value();
}

// --- wait_for_timeout
QCoro::Task<Value> slow(EventLoop *loop)
{
    Ref<ExceptionObject> cancelled;
    try {
        co_await sleep(*loop, 3);
        co_return str("slow");
    } catch (const PyException &e) {
        if (!isCancel(e))
            throw;
        cancelled = e.object();
    }
    say(loop, "slow cancelled, cleaning up");
    co_await sleep(*loop, 1);
    say(loop, "slow cleaned up");
    throw PyException(cancelled);
}

QCoro::Task<Value> waitForTimeout(EventLoop *loop)
{
    try {
        co_await waitFor(*loop, Awaitable([loop] { return slow(loop); }, "slow"), 1.0);
    } catch (const PyException &e) {
        if (e.isInstance(builtin::TimeoutError()))
            say(loop, "Timeout!", floatStr(loop->time()));
    }
    Value v = co_await waitFor(*loop, Awaitable([loop] { return slow(loop); }, "slow"), 5.0);
    say(loop, v.as<StrObject>()->utf8());
    co_return Value();
}

// --- timeout_block
QCoro::Task<Value> timeoutBlock(EventLoop *loop)
{
    auto t = timeout(*loop, 1.0);
    t->enter();
    Ref<ExceptionObject> escaping;
    try {
        co_await sleep(*loop, 5);
    } catch (const PyException &e) {
        escaping = e.object();
    }
    try {
        t->exit(escaping);
        if (escaping)
            throw PyException(escaping);
    } catch (const PyException &e) {
        if (!e.isInstance(builtin::TimeoutError()))
            throw;
        say(loop, "timed out at", floatStr(loop->time()));
    }
    auto t2 = timeout(*loop, 5.0);
    t2->enter();
    co_await sleep(*loop, 1);
    t2->exit(nullptr);
    say(loop, "finished at", floatStr(loop->time()));
    co_return Value();
}

// --- as_completed_order
QCoro::Task<Value> work(EventLoop *loop, int d)
{
    co_await sleep(*loop, d);
    co_return Value::integer(d);
}

QCoro::Task<Value> asCompletedOrder(EventLoop *loop)
{
    std::vector<Awaitable> tasks;
    for (int d : {3, 1, 2})
        tasks.emplace_back(loop->createTask([loop, d] { return work(loop, d); }, "work"));
    AsCompleted it(*loop, std::move(tasks));
    for (size_t i = 0; i < it.size(); ++i) {
        QCoro::Task<Value> next = it.next();
        Value v = co_await next;
        say(loop, "result", num(v.asInt()));
    }
    co_return Value();
}

// --- shield_inner
QCoro::Task<Value> important(EventLoop *loop)
{
    co_await sleep(*loop, 2);
    say(loop, "important finished");
    co_return Value::integer(42);
}

QCoro::Task<Value> shieldInner(EventLoop *loop)
{
    auto inner = loop->createTask([loop] { return important(loop); }, "important");
    Ref<Future> outer = shield(*loop, inner);
    co_await sleep(*loop, 1);
    outer->cancel();
    try {
        co_await outer;
    } catch (const PyException &e) {
        if (!isCancel(e))
            throw;
        say(loop, "outer cancelled; inner cancelled?", inner->cancelled() ? "True" : "False");
    }
    Value v = co_await inner;
    say(loop, "inner result", num(v.asInt()));
    co_return Value();
}

// --- task_group_abort
QCoro::Task<Value> groupChild(EventLoop *loop, int n)
{
    try {
        co_await sleep(*loop, n);
        if (n == 2)
            throw PyException::make(builtin::ValueError(), "child 2 failed");
        say(loop, "child", num(n), "done");
    } catch (const PyException &e) {
        if (isCancel(e))
            say(loop, "child", num(n), "cancelled");
        throw;
    }
    co_return Value();
}

QCoro::Task<Value> taskGroupAbort(EventLoop *loop)
{
    auto tg = make<TaskGroup>(loop);
    tg->enter();
    for (int n : {1, 2, 3})
        tg->createTask([loop, n] { return groupChild(loop, n); }, "child");
    try {
        co_await tg->exit(nullptr);
    } catch (const PyException &e) {
        if (!e.isInstance(builtin::ExceptionGroup()))
            throw;
        std::string messages;
        for (const auto &sub : e.object()->exceptions())
            messages += (messages.empty() ? "'" : ", '") + sub->args().at(0).as<StrObject>()->utf8() + "'";
        say(loop, "caught", "[" + messages + "]");
    }
    co_return Value();
}

// --- sleep_zero_round_robin
QCoro::Task<Value> count(EventLoop *loop, std::string name)
{
    for (int i = 0; i < 3; ++i) {
        say(loop, name, num(i));
        co_await sleep(*loop, 0);
    }
    co_return Value();
}

QCoro::Task<Value> sleepZeroRoundRobin(EventLoop *loop)
{
    auto g = gather(*loop, {loop->createTask([loop] { return count(loop, "a"); }, "count"),
                            loop->createTask([loop] { return count(loop, "b"); }, "count")});
    co_await g;
    co_return Value();
}

} // namespace

class TestCombinators : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesCPython_data();
    void matchesCPython();
    void waitOnNothingRaises();
};

void TestCombinators::matchesCPython_data()
{
    QTest::addColumn<MainFn>("main");
    QTest::newRow("wait_modes") << MainFn(waitModes);
    QTest::newRow("wait_for_timeout") << MainFn(waitForTimeout);
    QTest::newRow("timeout_block") << MainFn(timeoutBlock);
    QTest::newRow("as_completed_order") << MainFn(asCompletedOrder);
    QTest::newRow("shield_inner") << MainFn(shieldInner);
    QTest::newRow("task_group_abort") << MainFn(taskGroupAbort);
    QTest::newRow("sleep_zero_round_robin") << MainFn(sleepZeroRoundRobin);
}

void TestCombinators::matchesCPython()
{
    QFETCH(MainFn, main);
    AWAITSCOPE_COMPARE_WITH_CPYTHON(main);
}

QCoro::Task<Value> waitOnNothing(EventLoop *loop)
{
    co_await wait(*loop, {});
    co_return Value();
}

void TestCombinators::waitOnNothingRaises()
{
    EventLoop loop;
    auto t = loop.createTask([&loop] { return waitOnNothing(&loop); }, "main");
    try {
        loop.runUntilComplete(t);
        QFAIL("expected ValueError");
    } catch (const PyException &e) {
        QCOMPARE(e.object()->args().at(0).as<StrObject>()->utf8(), std::string("Set of Tasks/Futures is empty."));
    }
}

QTEST_APPLESS_MAIN(TestCombinators)
#include "tst_combinators.moc"
