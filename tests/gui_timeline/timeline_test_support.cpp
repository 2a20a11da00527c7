#include "timeline_test_support.h"

#include "interp/scenario_runner.h"

#include <QFile>
#include <QTest>

#include <bit>

namespace awaitscope::test {

using aw::trace::EventKind;

std::shared_ptr<aw::trace::Trace> runScenarioFile(const QString &name)
{
    QFile file(QStringLiteral(AWAITSCOPE_SCENARIOS_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable("cannot read scenario " + name), __FILE__, __LINE__);
        return std::make_shared<aw::trace::Trace>();
    }
    const auto r = aw::interp::runScenario(file.readAll().toStdString(), name.toStdString());
    if (!r.trace)
        return std::make_shared<aw::trace::Trace>();
    return r.trace;
}

std::shared_ptr<aw::trace::Trace> runSource(const char *source)
{
    const auto r = aw::interp::runScenario(source, "inline.py");
    return r.trace ? r.trace : std::make_shared<aw::trace::Trace>();
}

std::shared_ptr<aw::trace::Trace> smallTrace()
{
    using aw::aio::WaitKind;
    auto t = std::make_shared<aw::trace::Trace>();
    auto names = [&](const char *name, const char *coro) {
        return uint64_t(t->intern(name)) | uint64_t(t->intern(coro)) << 32;
    };
    auto wait = [&](double at, uint32_t task, WaitKind kind, uint32_t id) {
        t->append(EventKind::TaskWaiting, uint8_t(kind), at, task, id, 0);
    };
    const uint32_t done = t->intern("None");
    t->append(EventKind::TaskCreated, 0, 0, 0, 0, names("Task-1", "main"));        // 0
    t->append(EventKind::TaskReady, 0, 0, 0, 0, 0);                                // 1
    t->append(EventKind::TaskRunning, 0, 0, 0, 0, 0);                              // 2
    t->append(EventKind::TaskCreated, 0, 0, 1, 1, names("Task-2", "sleeper"));     // 3
    t->append(EventKind::TaskReady, 0, 0, 1, 1, 0);                                // 4
    t->append(EventKind::TaskCreated, 0, 0, 2, 1, names("Task-3", "locker"));      // 5
    t->append(EventKind::TaskReady, 0, 0, 2, 1, 0);                                // 6
    wait(0, 0, WaitKind::Gather, 99);                                              // 7
    t->append(EventKind::ResourceCreated, uint8_t(aw::aio::ResourceKind::Lock), 0, 0, 5, t->intern("db")); // 8
    t->append(EventKind::TaskRunning, 0, 0, 1, 0, 0);                              // 9
    wait(0, 1, WaitKind::Sleep, 7);                                                // 10
    t->append(EventKind::TaskRunning, 0, 0, 2, 0, 0);                              // 11
    t->append(EventKind::TaskCreated, 0, 0, 3, 3, names("Task-4", "worker"));      // 12
    t->append(EventKind::TaskReady, 0, 0, 3, 3, 0);                                // 13
    t->append(EventKind::ResourceChanged, 0, 0, 1, 5, uint64_t(1) << 32 | 1);      // 14: held by main, 1 waiter
    wait(0, 2, WaitKind::Lock, 5);                                                 // 15
    t->append(EventKind::TaskRunning, 0, 0, 3, 0, 0);                              // 16
    wait(0, 3, WaitKind::Sleep, 8);                                                // 17
    t->append(EventKind::TaskReady, 0, 1, 1, 0, 0);                                // 18
    t->append(EventKind::TaskRunning, 0, 1, 1, 0, 0);                              // 19
    t->append(EventKind::TaskDone, uint8_t(aw::trace::Outcome::Result), 1, 1, 0, done); // 20
    t->append(EventKind::CancelRequested, 0, 1, 3, 1, t->intern("'stop'"));       // 21
    t->append(EventKind::ResourceChanged, 0, 2, 3, 5, uint64_t(1) << 32);          // 22: held by task 2
    t->append(EventKind::TaskReady, 0, 2, 2, 2, 0);                                // 23: woken by task 1
    t->append(EventKind::TaskReady, 0, 2, 3, 0, 0);                                // 24
    t->append(EventKind::TaskRunning, 0, 2, 3, 0, 0);                              // 25
    t->append(EventKind::CancelDelivered, 0, 2, 3, 0, 0);                          // 26
    t->append(EventKind::TaskDone, uint8_t(aw::trace::Outcome::Cancelled), 2, 3, 0, aw::trace::kNoString); // 27
    t->append(EventKind::TaskRunning, 0, 2, 2, 0, 0);                              // 28
    t->append(EventKind::TaskDone, uint8_t(aw::trace::Outcome::Result), 2, 2, 0, done); // 29
    t->append(EventKind::TaskReady, 0, 2, 0, 0, 0);                                // 30
    t->append(EventKind::TaskRunning, 0, 2, 0, 0, 0);                              // 31
    t->append(EventKind::TaskDone, uint8_t(aw::trace::Outcome::Result), 2, 0, 0, done); // 32
    return t;
}

} // namespace awaitscope::test
