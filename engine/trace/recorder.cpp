#include "recorder.h"

#include "core/str.h"
#include "text/number_format.h"

#include <bit>

namespace aw::trace {

namespace {

uint32_t plusOne(const aio::Task *t)
{
    return t ? t->taskId() + 1 : 0;
}

std::string describeCore(const Value &v)
{
    switch (v.kind()) {
    case Value::Kind::None: return "None";
    case Value::Kind::Bool: return v.asBool() ? "True" : "False";
    case Value::Kind::Int: return text::intToString(v.asInt());
    case Value::Kind::Float: return text::floatRepr(v.asFloat());
    case Value::Kind::Object: break;
    }
    if (auto *s = v.as<StrObject>())
        return "'" + s->utf8() + "'";
    return "<" + v.asObject()->type()->name() + " object>";
}

} // namespace

std::string exceptionLine(const ExceptionObject &exc, const Recorder::Describe &describe)
{
    std::string line = exc.type()->qualifiedName();
    const auto &args = exc.args();
    if (args.empty())
        return line;
    std::string message;
    if (args.size() == 1)
        message = args[0].as<StrObject>() ? args[0].as<StrObject>()->utf8() : describe(args[0]);
    else
        message = "(...)";
    return message.empty() ? line : line + ": " + message;
}

Recorder::Recorder(aio::EventLoop &loop, Trace &trace, Describe describe, Locate locate)
    : m_loop(loop)
    , m_trace(trace)
    , m_describe(describe ? std::move(describe) : Describe(describeCore))
    , m_locate(std::move(locate))
{
    loop.addObserver(this);
}

Recorder::~Recorder()
{
    m_loop.removeObserver(this);
}

void Recorder::taskCreated(double t, const aio::Task &task, const aio::Task *parent)
{
    const uint64_t names = m_trace.intern(task.name()) | (uint64_t(m_trace.intern(task.coroName())) << 32);
    append(EventKind::TaskCreated, 0, t, task.taskId(), plusOne(parent), names);
}

void Recorder::taskReady(double t, const aio::Task &task, const aio::Task *waker)
{
    append(EventKind::TaskReady, 0, t, task.taskId(), plusOne(waker), 0);
}

void Recorder::taskRunning(double t, const aio::Task &task)
{
    append(EventKind::TaskRunning, 0, t, task.taskId(), 0, 0);
}

void Recorder::taskWaiting(double t, const aio::Task &task, const aio::WaitTarget &target)
{
    append(EventKind::TaskWaiting, static_cast<uint8_t>(target.kind), t, task.taskId(), target.id,
                   std::bit_cast<uint64_t>(target.until));
}

void Recorder::taskDone(double t, const aio::Task &task)
{
    Outcome outcome = Outcome::Result;
    std::string description;
    if (task.cancelled()) {
        outcome = Outcome::Cancelled;
    } else if (const auto &exc = task.peekException()) {
        outcome = Outcome::Exception;
        description = exceptionLine(*exc, m_describe);
    } else {
        description = m_describe(const_cast<aio::Task &>(task).result());
    }
    append(EventKind::TaskDone, static_cast<uint8_t>(outcome), t, task.taskId(), 0,
                   m_trace.intern(description));
}

void Recorder::taskRenamed(double t, const aio::Task &task)
{
    append(EventKind::TaskRenamed, 0, t, task.taskId(), 0, m_trace.intern(task.name()));
}

void Recorder::cancelRequested(double t, const aio::Task &task, const aio::Task *by, const Value &msg)
{
    const uint32_t message = msg.isNone() ? kNoString : m_trace.intern(m_describe(msg));
    append(EventKind::CancelRequested, 0, t, task.taskId(), plusOne(by), message);
}

void Recorder::cancelDelivered(double t, const aio::Task &task)
{
    append(EventKind::CancelDelivered, 0, t, task.taskId(), 0, 0);
}

void Recorder::resourceCreated(double t, uint32_t id, aio::ResourceKind kind, std::string_view name)
{
    append(EventKind::ResourceCreated, static_cast<uint8_t>(kind), t, 0, id, m_trace.intern(name));
}

void Recorder::resourceChanged(double t, uint32_t id, const aio::ResourceState &state)
{
    const auto value = static_cast<uint32_t>(static_cast<int32_t>(state.value));
    append(EventKind::ResourceChanged, 0, t, static_cast<uint32_t>(state.holder + 1), id,
                   (uint64_t(value) << 32) | state.waiters);
}

void Recorder::loopBlocked(double from, double to, const aio::Task *by)
{
    append(EventKind::LoopBlocked, 0, from, plusOne(by), 0, std::bit_cast<uint64_t>(to));
}

void Recorder::output(double t, const aio::Task *task, std::string_view text)
{
    append(EventKind::Output, 0, t, plusOne(task), 0, m_trace.intern(text));
}

void Recorder::deadlock(double t)
{
    append(EventKind::Deadlock, 0, t, 0, 0, 0);
}

} // namespace aw::trace
