"""Deterministic executor jobs for the CPython reference harness.

Model (documented in README.md):
- loop.run_in_executor(ex, f): if fewer than ex._max_workers jobs of `ex` are
  active, the job starts at once, before run_in_executor returns (in practice a
  pool thread grabs new work immediately); otherwise it waits in a FIFO and is
  started by the first job of `ex` to finish, right when that job finishes.
- A job runs on a real worker thread, but the loop thread ("master") waits while
  it runs: only one of them runs at a time.  The worker hands the turn back
  when it finishes or calls time.sleep(d); the wake-up is then scheduled as a
  loop timer at now + d (ordered with other timers by (when, seq)).  So virtual
  time never advances while a worker is runnable.  Completion reaches the loop
  through call_soon_threadsafe, as in CPython.
- time.sleep on the loop thread blocks the loop: jobs whose resumption falls
  inside the sleep run meanwhile, each at its own virtual time.
- A worker that blocks on threading.Condition (Event, Queue, Future.result,
  run_coroutine_threadsafe(...).result(), ...) gives the turn back and asks for
  it again when woken; the loop picks it up at its next select().
- Fresh ThreadPoolExecutors get a dispatch queue so that a job goes to the
  lowest-numbered idle thread (or a new one, exactly when CPython creates one),
  making thread names deterministic.
"""
import collections
import concurrent.futures.thread as cf_thread
import functools
import queue
import threading
import weakref
from asyncio import futures

ThreadPoolExecutor = cf_thread.ThreadPoolExecutor
_orig_wait = threading.Condition.wait
_orig_shutdown = ThreadPoolExecutor.shutdown
_allocate_lock = threading._allocate_lock

_cv = threading.Condition(threading.Lock())
_tls = threading.local()
_pending = {}          # job -> (when, seq): scheduled start or wake-up
_blocked = []          # jobs waiting on a real lock/condition
_workers = weakref.WeakSet()
CLOCK = SEQ = _is_master = None


class _Job:
    def __init__(self, loop, executor, func, args, fut):
        self.loop, self.executor, self.func, self.args = loop, executor, func, args
        self.fut = fut
        self.cf = None
        self.state = 'queued'  # queued admitted running sleeping blocked ready done
        self.turn = 'master'
        self.wake = None
        self.handle = None
        self.thread = None


class _ExecState:
    def __init__(self, ex):
        self.max = ex._max_workers
        self.active = 0
        self.waiting = collections.deque()
        self.idle = []           # idle worker threads, lowest index first
        self.order = {}          # thread -> creation index
        self.drain_cbs = []
        self.deferred_shutdown = False
        self.controlled = (not ex._threads and isinstance(ex._work_queue, queue.SimpleQueue)
                           and ex._work_queue.empty())
        if self.controlled:
            ex._work_queue = _DispatchQueue(self)
            ex._idle_semaphore = _IdleSem(ex._idle_semaphore, self)


def _state(ex):
    st = ex.__dict__.get('_vc_state')
    if st is None:
        st = ex._vc_state = _ExecState(ex)
    return st


class _DispatchQueue:
    """SimpleQueue replacement: each work item goes to the thread chosen for it."""

    def __init__(self, st):
        self._st = st
        self._items = []
        self._cond = threading.Condition(threading.Lock())
        self.next_target = None

    def put(self, item, block=True, timeout=None):
        with self._cond:
            target = self.next_target if item is not None else None
            self.next_target = None
            self._items.append((item, target))
            self._cond.notify_all()

    put_nowait = put

    def get(self, block=True, timeout=None):
        me = threading.current_thread()
        with self._cond:
            while True:
                for i, (item, target) in enumerate(self._items):
                    if (not block or target is None or target is me
                            or (target == 'new' and me not in self._st.order)):
                        if target == 'new':
                            self._st.order[me] = len(self._st.order)
                        del self._items[i]
                        return item
                if not block:
                    raise queue.Empty
                _orig_wait(self._cond)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)


class _IdleSem:
    def __init__(self, sem, st):
        self._sem, self._st = sem, st

    def acquire(self, blocking=True, timeout=None):
        return self._sem.acquire(blocking, timeout)

    def release(self, n=1):
        self._sem.release(n)
        with _cv:
            st = self._st
            st.idle.append(threading.current_thread())
            st.idle.sort(key=lambda t: st.order.get(t, 1 << 30))
            _cv.notify_all()


# ---- master side -----------------------------------------------------------

def submit(loop, executor, func, args):
    st = _state(executor)
    if executor._broken:
        raise cf_thread.BrokenThreadPool(executor._broken)
    if executor._shutdown or st.deferred_shutdown:
        raise RuntimeError('cannot schedule new futures after shutdown')
    if cf_thread._shutdown:
        raise RuntimeError('cannot schedule new futures after interpreter shutdown')
    fut = loop.create_future()
    job = _Job(loop, executor, func, args, fut)
    # Like futures._chain_future's destination side, registered at creation.
    fut.add_done_callback(functools.partial(_on_fut_done, job))
    if st.active < st.max and not st.waiting:
        # A free (or new) pool thread starts the job at once, before
        # run_in_executor returns, as it does in practice under the GIL.
        st.active += 1
        job.state = 'admitted'
        while job is not None:
            job = _drive(job)
    else:
        st.waiting.append(job)
    return fut


def _on_fut_done(job, fut):
    if fut.cancelled() and job.cf is not None:
        job.cf.cancel()


def _schedule(job, when):
    seq = next(SEQ)
    job.handle = None
    try:
        job.handle = job.loop.call_at(when, _resume, job)
        seq = job.handle._seq
    except RuntimeError:   # loop closed: only block_master() can resume it
        pass
    _pending[job] = (when, seq)


def _resume(job, inline=False):
    if _pending.pop(job, None) is None:
        return
    if inline and job.handle is not None:
        job.handle.cancel()
    job.handle = None
    while job is not None:
        job = _drive(job)


def _drive(job):
    """Run `job` until it yields; returns a queued job to start right away."""
    st = _state(job.executor)
    if job.state == 'admitted':
        if job.fut.cancelled():
            return _finished(job, st)
        job.state = 'running'
        if st.controlled:
            with _cv:
                target = st.idle.pop(0) if st.idle else 'new'
            job.executor._work_queue.next_target = target
        try:
            job.cf = job.executor.submit(_job_main, job)
        except BaseException as exc:
            if not job.fut.done():
                job.fut.set_exception(exc)
            return _finished(job, st)
        job.cf.add_done_callback(functools.partial(_call_set_state, job))
        job.cf.add_done_callback(functools.partial(_cf_done, job))
    else:
        job.state = 'running'
    return _run_worker(job, st)


def _call_set_state(job, cf):
    # futures._chain_future's source side (destination loop != source loop).
    loop, fut = job.loop, job.fut
    if loop.is_closed():
        return

    def _set_state(future, other):
        futures._copy_future_state(other, future)
    loop.call_soon_threadsafe(_set_state, fut, cf)


def _run_worker(job, st):
    with _cv:
        job.turn = 'worker'
        _cv.notify_all()
        while job.turn != 'master':
            _orig_wait(_cv)
        if job.state == 'done' and st.controlled:
            while job.thread not in st.idle:
                _orig_wait(_cv)
        state = job.state
        if state in ('blocked', 'ready'):
            _blocked.append(job)
    if state == 'sleeping':
        _schedule(job, job.wake)
    elif state == 'done':
        return _finished(job, st)
    return None


def _finished(job, st):
    """A job ended.  Like a real pool thread, which takes the next work item
    at once, the first queued job (if any) is returned to be started now."""
    st.active -= 1
    nxt = None
    while st.waiting and nxt is None:
        nxt = st.waiting.popleft()
        if nxt.fut.cancelled():
            nxt = None
    if nxt is not None:
        st.active += 1
        nxt.state = 'admitted'
    elif st.active == 0:
        if st.deferred_shutdown:
            st.deferred_shutdown = False
            _orig_shutdown(job.executor, wait=False)
        cbs, st.drain_cbs = st.drain_cbs, []
        for cb in cbs:
            cb()
    with _cv:
        _cv.notify_all()
    return nxt


def when_drained(executor, cb):
    st = _state(executor)
    if st.active == 0 and not st.waiting:
        cb()
    else:
        st.drain_cbs.append(cb)


def has_blocked():
    return bool(_blocked)


def service_ready(grace):
    """Resume workers whose real wait ended; with grace, wait for one briefly."""
    with _cv:
        if grace and _blocked and not any(j.state == 'ready' for j in _blocked):
            _orig_wait(_cv, grace)
        ready = [j for j in _blocked if j.state == 'ready']
        for j in ready:
            _blocked.remove(j)
    for j in ready:
        j.state = 'running'
        _run_worker(j, _state(j.executor))
    return bool(ready)


def block_master(until=None, pred=None):
    """The master thread is blocked (time.sleep, executor shutdown): run the
    workers' pending resumptions in (when, seq) order meanwhile."""
    while True:
        if pred is not None and pred():
            return
        service_ready(0)
        item = min(_pending.items(), key=lambda kv: kv[1]) if _pending else None
        if until is not None and (item is None or item[1][0] > until):
            if until > CLOCK.now:
                CLOCK.now = until
            return
        if item is None:
            if pred is not None and _blocked:
                service_ready(0.05)
                continue
            return
        job, (when, _) = item
        if when > CLOCK.now:
            CLOCK.now = when
        _resume(job, inline=True)


def finish_all():
    """At exit, let every started job run to completion (CPython joins them)."""
    block_master(pred=lambda: not _pending)


def is_worker(thread):
    return thread in _workers


# ---- worker side -----------------------------------------------------------

def _job_main(job):
    with _cv:
        job.thread = threading.current_thread()
        _workers.add(job.thread)
        while job.turn != 'worker':
            _orig_wait(_cv)
    _tls.job = job
    try:
        return job.func(*job.args)
    finally:
        _tls.job = None


def _cf_done(job, cf):
    with _cv:
        job.state = 'done'
        job.turn = 'master'
        _cv.notify_all()


def _yield(job, state):
    with _cv:
        job.state = state
        job.turn = 'master'
        _cv.notify_all()
        while job.turn != 'worker':
            _orig_wait(_cv)


def worker_sleep(secs):
    job = getattr(_tls, 'job', None)
    if job is None:
        return False
    job.wake = CLOCK.now + secs
    _yield(job, 'sleeping')
    return True


def _cond_wait(self, timeout=None):
    """threading.Condition.wait; in a managed job it gives the turn back while
    waiting for real and asks for it again (before re-taking the lock)."""
    job = getattr(_tls, 'job', None)
    if job is None or self is _cv:
        return _orig_wait(self, timeout)
    if not self._is_owned():
        raise RuntimeError("cannot wait on un-acquired lock")
    waiter = _allocate_lock()
    waiter.acquire()
    self._waiters.append(waiter)
    saved_state = self._release_save()
    gotit = False
    with _cv:
        job.state = 'blocked'
        job.turn = 'master'
        _cv.notify_all()
    try:
        if timeout is None:
            waiter.acquire()
            gotit = True
        elif timeout > 0:
            gotit = waiter.acquire(True, timeout)
        else:
            gotit = waiter.acquire(False)
        return gotit
    finally:
        with _cv:
            job.state = 'ready'
            _cv.notify_all()
            while job.turn != 'worker':
                _orig_wait(_cv)
        self._acquire_restore(saved_state)
        if not gotit:
            try:
                self._waiters.remove(waiter)
            except ValueError:
                pass


def _shutdown(self, wait=True, *, cancel_futures=False):
    st = self.__dict__.get('_vc_state')
    if st is None or (st.active == 0 and not st.waiting):
        return _orig_shutdown(self, wait, cancel_futures=cancel_futures)
    if cancel_futures:
        for job in st.waiting:
            job.loop.call_soon_threadsafe(job.fut.cancel)
        st.waiting.clear()
    if not wait:
        st.deferred_shutdown = True
        return
    if _is_master():
        block_master(pred=lambda: st.active == 0 and not st.waiting)
    else:
        with _cv:
            while st.active or st.waiting:
                _orig_wait(_cv)
    return _orig_shutdown(self, wait, cancel_futures=cancel_futures)


def install(clock, seq, is_master):
    global CLOCK, SEQ, _is_master
    CLOCK, SEQ, _is_master = clock, seq, is_master
    threading.Condition.wait = _cond_wait
    ThreadPoolExecutor.shutdown = _shutdown
