#pragma once
// asyncio.Queue, LifoQueue and PriorityQueue, as queues.py (3.11.7) writes them: getters
// and putters wait in FIFO order; a cancelled getter passes its wake-up on; join() waits
// until task_done() was called once per item put.

#include "locks.h"

#include <functional>

namespace aw::aio {

TypeObject *queueType();
TypeObject *lifoQueueType();
TypeObject *priorityQueueType();

class Queue : public Primitive {
public:
    enum class Order : uint8_t { Fifo, Lifo, Priority };
    // Python's `a < b` for PriorityQueue items; it may raise (TypeError for unorderable items).
    using Less = std::function<bool(const Value &, const Value &)>;

    Queue(EventLoop *loop, int64_t maxsize = 0, Order order = Order::Fifo, Less less = {},
          std::string_view name = "Queue");

    int64_t maxsize() const noexcept { return m_maxsize; }
    size_t qsize() const noexcept { return m_items.size(); }
    bool empty() const noexcept { return m_items.empty(); }
    bool full() const noexcept;
    int64_t unfinishedTasks() const noexcept { return m_unfinished; }
    size_t getterCount() const noexcept { return m_getters.size(); }
    size_t putterCount() const noexcept { return m_putters.size(); }
    // The items in storage order (the heap order for a PriorityQueue), for reprs and views.
    const std::deque<Value> &items() const noexcept { return m_items; }

    QCoro::Task<Value> put(Value item);
    // Raises QueueFull.
    void putNowait(Value item);
    QCoro::Task<Value> get();
    // Raises QueueEmpty.
    Value getNowait();
    // Raises ValueError('task_done() called too many times').
    void taskDone();
    QCoro::Task<Value> join();
    void clearReferences() override
    {
        Primitive::clearReferences();
        m_items.clear();
        m_getters.clear();
        m_putters.clear();
    }

protected:
    ResourceState snapshot() const override;

private:
    void pushItem(Value item);
    Value popItem();
    void wakeupNext(std::deque<Ref<Future>> &waiters);
    Ref<Future> park(std::deque<Ref<Future>> &waiters, WaitKind kind);
    void unpark(std::deque<Ref<Future>> &waiters, const Ref<Future> &fut);

    int64_t m_maxsize;
    Order m_order;
    Less m_less;
    std::deque<Value> m_items;
    std::deque<Ref<Future>> m_getters;
    std::deque<Ref<Future>> m_putters;
    int64_t m_unfinished = 0;
    Ref<Event> m_finished;
};

} // namespace aw::aio
