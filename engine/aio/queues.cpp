#include "queues.h"

#include "awaiters.h"
#include "core/heapq.h"

#include <algorithm>

namespace aw::aio {

TypeObject *queueType()
{
    static TypeObject *const t = makeBuiltinType("Queue", "asyncio.queues", {});
    return t;
}
TypeObject *lifoQueueType()
{
    static TypeObject *const t = makeBuiltinType("LifoQueue", "asyncio.queues", {queueType()});
    return t;
}
TypeObject *priorityQueueType()
{
    static TypeObject *const t = makeBuiltinType("PriorityQueue", "asyncio.queues", {queueType()});
    return t;
}

namespace {
TypeObject *typeFor(Queue::Order order)
{
    switch (order) {
    case Queue::Order::Lifo: return lifoQueueType();
    case Queue::Order::Priority: return priorityQueueType();
    case Queue::Order::Fifo: break;
    }
    return queueType();
}
} // namespace

Queue::Queue(EventLoop *loop, int64_t maxsize, Order order, Less less, std::string_view name)
    : Primitive(typeFor(order), loop, ResourceKind::Queue, WaitKind::Queue, name)
    , m_maxsize(maxsize)
    , m_order(order)
    , m_less(std::move(less))
    , m_finished(make<Event>(loop, resourceId(), WaitKind::Queue))
{
    m_finished->set();
    reportState();
}

ResourceState Queue::snapshot() const
{
    return {static_cast<int64_t>(m_items.size()), -1, static_cast<uint32_t>(m_getters.size() + m_putters.size())};
}

bool Queue::full() const noexcept
{
    return m_maxsize > 0 && static_cast<int64_t>(m_items.size()) >= m_maxsize;
}

void Queue::pushItem(Value item)
{
    if (m_order == Order::Priority)
        heapq::push(m_items, std::move(item), m_less);
    else
        m_items.push_back(std::move(item));
}

Value Queue::popItem()
{
    Value item;
    switch (m_order) {
    case Order::Fifo:
        item = std::move(m_items.front());
        m_items.pop_front();
        break;
    case Order::Lifo:
        item = std::move(m_items.back());
        m_items.pop_back();
        break;
    case Order::Priority:
        item = heapq::pop(m_items, m_less);
        break;
    }
    return item;
}

void Queue::wakeupNext(std::deque<Ref<Future>> &waiters)
{
    while (!waiters.empty()) {
        Ref<Future> waiter = std::move(waiters.front());
        waiters.pop_front();
        if (!waiter->done()) {
            waiter->setResult(Value());
            break;
        }
    }
}

Ref<Future> Queue::park(std::deque<Ref<Future>> &waiters, WaitKind kind)
{
    Ref<Future> fut = m_loop->createFuture();
    fut->setWaitTarget({kind, resourceId(), 0.0});
    waiters.push_back(fut);
    reportState();
    return fut;
}

void Queue::unpark(std::deque<Ref<Future>> &waiters, const Ref<Future> &fut)
{
    fut->cancel();
    auto it = std::find(waiters.begin(), waiters.end(), fut);
    if (it != waiters.end())
        waiters.erase(it);
    reportState();
}

QCoro::Task<Value> Queue::put(Value item)
{
    while (full()) {
        Ref<Future> putter = park(m_putters, WaitKind::QueuePut);
        try {
            co_await FutureAwaiter(putter);
        } catch (...) {
            // cancel() first: only a waiter that had already been woken passes the wake-up on.
            unpark(m_putters, putter);
            if (!full() && !putter->cancelled())
                wakeupNext(m_putters);
            throw;
        }
    }
    putNowait(std::move(item));
    co_return Value();
}

void Queue::putNowait(Value item)
{
    if (full())
        throw PyException(newException(builtin::QueueFull(), ""));
    pushItem(std::move(item));
    ++m_unfinished;
    m_finished->clear();
    wakeupNext(m_getters);
    reportState();
}

QCoro::Task<Value> Queue::get()
{
    while (empty()) {
        Ref<Future> getter = park(m_getters, WaitKind::Queue);
        try {
            co_await FutureAwaiter(getter);
        } catch (...) {
            // cancel() first: only a waiter that had already been woken passes the wake-up on.
            unpark(m_getters, getter);
            if (!empty() && !getter->cancelled())
                wakeupNext(m_getters);
            throw;
        }
    }
    co_return getNowait();
}

Value Queue::getNowait()
{
    if (empty())
        throw PyException(newException(builtin::QueueEmpty(), ""));
    Value item = popItem();
    wakeupNext(m_putters);
    reportState();
    return item;
}

void Queue::taskDone()
{
    if (m_unfinished <= 0)
        throw PyException::make(builtin::ValueError(), "task_done() called too many times");
    if (--m_unfinished == 0)
        m_finished->set();
}

QCoro::Task<Value> Queue::join()
{
    if (m_unfinished > 0)
        co_await m_finished->wait();
    co_return Value();
}

} // namespace aw::aio
