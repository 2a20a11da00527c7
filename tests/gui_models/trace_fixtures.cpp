#include "trace_fixtures.h"

#include <QFile>
#include <QTest>

namespace awaitscope::models::test {

using aw::trace::EventKind;

aw::interp::ScenarioResult runScenarioFile(const QString &name)
{
    QFile file(QStringLiteral(SCENARIOS_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read scenario %s", qPrintable(file.fileName()));
    return aw::interp::runScenario(file.readAll().toStdString(), name.toStdString());
}

aw::interp::ScenarioResult runSource(const char *source)
{
    return aw::interp::runScenario(source, "scenario.py");
}

void copyEvents(const aw::trace::Trace &source, aw::trace::Trace &target, uint64_t from, uint64_t to)
{
    auto str = [&](uint64_t id) -> uint64_t {
        return id == aw::trace::kNoString ? id : target.intern(source.string(static_cast<uint32_t>(id)));
    };
    source.forEach(from, to, [&](const aw::trace::Event &e) {
        uint64_t b = e.b;
        switch (e.kind) {
        case EventKind::TaskCreated: b = str(e.b & 0xFFFFFFFFu) | (str(e.b >> 32) << 32); break;
        case EventKind::TaskDone:
        case EventKind::CancelRequested:
        case EventKind::ResourceCreated:
        case EventKind::Output:
        case EventKind::TaskRenamed: b = str(e.b); break;
        default: break;
        }
        target.append(e.kind, e.detail, e.time, e.task, e.a, b, e.line);
    });
}

std::shared_ptr<aw::trace::Trace> copyPrefix(const aw::trace::Trace &source, uint64_t events)
{
    auto trace = std::make_shared<aw::trace::Trace>();
    copyEvents(source, *trace, 0, events);
    return trace;
}

} // namespace awaitscope::models::test
