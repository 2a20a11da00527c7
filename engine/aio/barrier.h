#pragma once
// asyncio.Barrier (3.11): `parties` tasks wait until all have arrived, then all pass; the
// barrier can be reset or aborted, which raises BrokenBarrierError in the waiters.

#include "locks.h"

namespace aw::aio {

TypeObject *barrierType();

class Barrier : public Primitive {
public:
    enum class State : uint8_t { Filling, Draining, Resetting, Broken };

    // Raises ValueError('parties must be > 0').
    Barrier(EventLoop *loop, int64_t parties, std::string_view name = "Barrier");

    int64_t parties() const noexcept { return m_parties; }
    int64_t nWaiting() const noexcept { return m_state == State::Filling ? m_count : 0; }
    bool broken() const noexcept { return m_state == State::Broken; }
    State state() const noexcept { return m_state; }

    // Returns the arrival index (0 .. parties-1).
    QCoro::Task<Value> wait();
    QCoro::Task<Value> reset();
    QCoro::Task<Value> abort();


protected:
    ResourceState snapshot() const override;

private:
    QCoro::Task<Value> passThrough();
    void exitBarrier();
    void setState(State s);

    Ref<Condition> m_cond;
    int64_t m_parties;
    State m_state = State::Filling;
    int64_t m_count = 0;
};

} // namespace aw::aio
