// run_in_executor on virtual workers, compared with CPython 3.11 (programs/executor_jobs.py),
// plus pool sizing and blocking the loop itself.

#include "aio/awaiters.h"
#include "aio/executor.h"
#include "aio/gather.h"
#include "aio/sleep.h"
#include "core/containers.h"
#include "support/program.h"
#include "text/number_format.h"

using namespace aw;
using namespace aw::aio;
using namespace aw::test;

namespace {

QCoro::Task<Value> blocking(WorkerContext *ctx, int n)
{
    co_await ctx->blockingSleep(1);
    co_return Value::integer(n * 2);
}

Ref<Future> runBlocking(EventLoop *loop, int n)
{
    return loop->defaultExecutor()->submit([n](WorkerContext &ctx) { return blocking(&ctx, n); }, "blocking");
}

QCoro::Task<Value> ticker(EventLoop *loop)
{
    for (int i = 0; i < 3; ++i) {
        say(loop, "tick", num(i));
        co_await sleep(*loop, 0.5);
    }
    co_return Value();
}

QCoro::Task<Value> executorJobs(EventLoop *loop)
{
    const double start = loop->time();
    auto g = gather(*loop, {runBlocking(loop, 1), runBlocking(loop, 2),
                            loop->createTask([loop] { return ticker(loop); }, "ticker")});
    Value results = co_await g;
    const auto &items = results.as<ListObject>()->items();
    say(loop, "[" + num(items[0].asInt()) + ", " + num(items[1].asInt()) + "]", text::floatRepr(loop->time() - start));
    co_return Value();
}

// --- executor_start_order
QCoro::Task<Value> printingJob(WorkerContext *ctx, int n)
{
    say(&ctx->loop(), "start", num(n));
    co_await ctx->blockingSleep(1);
    say(&ctx->loop(), "end", num(n));
    co_return Value::integer(n);
}

QCoro::Task<Value> executorStartOrder(EventLoop *loop)
{
    auto pool = make<Executor>(loop, 2);
    std::vector<Ref<Future>> futs;
    for (int i = 0; i < 3; ++i)
        futs.push_back(pool->submit([i](WorkerContext &ctx) { return printingJob(&ctx, i); }, "job"));
    say(loop, "submitted");
    auto g = gather(*loop, futs);
    Value results = co_await g;
    const auto &items = results.as<ListObject>()->items();
    say(loop, "[" + num(items[0].asInt()) + ", " + num(items[1].asInt()) + ", " + num(items[2].asInt()) + "]");
    co_return Value();
}

QCoro::Task<Value> twoJobsOneWorker(EventLoop *loop, std::vector<double> *finished)
{
    auto executor = make<Executor>(loop, 1);
    auto a = executor->submit([](WorkerContext &ctx) { return blocking(&ctx, 1); }, "a");
    auto b = executor->submit([](WorkerContext &ctx) { return blocking(&ctx, 2); }, "b");
    co_await a;
    finished->push_back(loop->time());
    co_await b;
    finished->push_back(loop->time());
    co_return Value();
}

QCoro::Task<Value> tickOnce(EventLoop *loop, std::vector<double> *ticks)
{
    co_await sleep(*loop, 0.5);
    ticks->push_back(loop->time());
    co_return Value();
}

QCoro::Task<Value> blockTheLoop(EventLoop *loop, std::vector<double> *ticks)
{
    auto t = loop->createTask([loop, ticks] { return tickOnce(loop, ticks); }, "other");
    co_await sleep(*loop, 0);
    loop->blockFor(2);
    co_await t;
    co_return Value();
}

} // namespace

class TestExecutor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesCPython_data();
    void matchesCPython();
    void poolSizeFollowsCPythonFormula();
    void jobsQueueForABusyWorker();
    void blockingTheLoopDelaysEveryTask();
};

void TestExecutor::matchesCPython_data()
{
    QTest::addColumn<MainFn>("main");
    QTest::newRow("executor_jobs") << MainFn(executorJobs);
    QTest::newRow("executor_start_order") << MainFn(executorStartOrder);
}

void TestExecutor::matchesCPython()
{
    QFETCH(MainFn, main);
    AWAITSCOPE_COMPARE_WITH_CPYTHON(main);
}

void TestExecutor::poolSizeFollowsCPythonFormula()
{
    QCOMPARE(Executor::defaultMaxWorkers(1), 5);
    QCOMPARE(Executor::defaultMaxWorkers(4), 8);
    QCOMPARE(Executor::defaultMaxWorkers(64), 32);
    EventLoop loop;
    loop.setCpuCount(2);
    QCOMPARE(loop.defaultExecutor()->maxWorkers(), 6);
}

void TestExecutor::jobsQueueForABusyWorker()
{
    EventLoop loop;
    std::vector<double> finished;
    auto t = loop.createTask([&] { return twoJobsOneWorker(&loop, &finished); }, "main");
    loop.runUntilComplete(t);
    QCOMPARE(finished, (std::vector<double>{1.0, 2.0}));
}

void TestExecutor::blockingTheLoopDelaysEveryTask()
{
    EventLoop loop;
    std::vector<double> ticks;
    auto t = loop.createTask([&] { return blockTheLoop(&loop, &ticks); }, "main");
    loop.runUntilComplete(t);
    // The other task's 0.5 s sleep was due during the block; it runs only once the loop is free.
    QCOMPARE(ticks, (std::vector<double>{2.0}));
}

QTEST_APPLESS_MAIN(TestExecutor)
#include "tst_executor.moc"
