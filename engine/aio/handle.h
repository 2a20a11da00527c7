#pragma once
// asyncio.Handle and asyncio.TimerHandle: a scheduled callback, cancellable until it runs.

#include "core/inline_function.h"
#include "core/object.h"

#include <cstdint>
#include <functional>

namespace aw {
class TypeObject;
}

namespace aw::aio {

class EventLoop;

TypeObject *handleType();
TypeObject *timerHandleType();

class Handle : public Object {
public:
    // Room for a future and one of its done-callbacks, which is what most handles run.
    using Callback = InlineFunction<void(), 48>;

    Handle(EventLoop *loop, Callback cb, TypeObject *type = handleType());

    virtual void cancel();
    bool cancelled() const noexcept { return m_cancelled; }
    // Runs the callback once; a cancelled handle does nothing.
    void run();
    void clearReferences() override { m_callback = nullptr; }

protected:
    EventLoop *m_loop;

private:
    Callback m_callback;
    bool m_cancelled = false;
};

class TimerHandle : public Handle {
public:
    TimerHandle(EventLoop *loop, double when, uint64_t seq, Callback cb);

    double when() const noexcept { return m_when; }
    uint64_t sequence() const noexcept { return m_seq; }
    // True while the handle sits in the loop's timer heap.
    bool scheduled() const noexcept { return m_scheduled; }
    void setScheduled(bool s) noexcept { m_scheduled = s; }
    void cancel() override;

private:
    double m_when;
    uint64_t m_seq;
    bool m_scheduled = false;
};

} // namespace aw::aio
