"""Virtual clock for the CPython reference harness (see README.md).

One global virtual clock (CLOCK.now, starting at 0.0) replaces every clock the
program can read.  The event loop never sleeps: when it would block in
select(timeout) it adds the timeout to the clock instead.  Executor jobs run on
real worker threads, but one at a time and only when the loop thread (the
"master") hands them the turn, so every run is deterministic; see vexec.py.
"""
import asyncio
import heapq
import itertools
import operator
import os
import selectors
import sys
import threading
import time
import weakref
from asyncio import events

import vexec


class _Clock:
    now = 0.0


CLOCK = _Clock()
# One sequence for timer handles and executor resumptions: equal deadlines
# fire in creation order, as they would under a real (always advancing) clock.
SEQ = itertools.count(1)
GRACE = 0.05          # real seconds a loop waits for a worker blocked on a lock
on_deadlock = None    # set by the harness: called before exiting with code 3

_real = {name: getattr(time, name) for name in (
    'time', 'time_ns', 'monotonic', 'monotonic_ns', 'perf_counter',
    'perf_counter_ns', 'sleep', 'localtime', 'gmtime', 'ctime', 'asctime',
    'strftime', 'process_time', 'process_time_ns', 'thread_time',
    'thread_time_ns')}


class SeqTimerHandle(events.TimerHandle):
    """TimerHandle ordered by (when, seq) instead of `when` alone."""
    __slots__ = ('_seq',)

    def _key(self, other):
        return (self._when, self._seq), (other._when, getattr(other, '_seq', 0))

    def __lt__(self, other):
        if isinstance(other, events.TimerHandle):
            a, b = self._key(other)
            return a < b
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, events.TimerHandle):
            a, b = self._key(other)
            return a <= b
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, events.TimerHandle):
            a, b = self._key(other)
            return a > b
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, events.TimerHandle):
            a, b = self._key(other)
            return a >= b
        return NotImplemented


class _VirtualSelector:
    """Delegates to a real selector, but select() advances the virtual clock."""

    def __init__(self):
        self._sel = selectors.DefaultSelector()
        self._loop_ref = None

    def __getattr__(self, name):
        return getattr(self._sel, name)

    def select(self, timeout=None):
        events_ = self._sel.select(0)
        if events_:
            return events_
        if vexec.service_ready(0):
            return []
        loop = self._loop_ref() if self._loop_ref else None
        if (timeout is not None and timeout <= 0) or (loop is not None and loop._ready):
            return []
        if vexec.has_blocked() and vexec.service_ready(GRACE):
            return []
        if timeout is None:
            if vexec.has_blocked() or self._foreign_activity():
                return self._sel.select(GRACE)  # real wait; virtual time frozen
            deadlock()
        if len(self._sel.get_map()) > 1:       # real I/O besides the self-pipe
            events_ = self._sel.select(0.005)
            if events_:
                return events_
        CLOCK.now = CLOCK.now + timeout
        return []

    def _foreign_activity(self):
        if len(self._sel.get_map()) > 1:
            return True
        me = threading.current_thread()
        return any(t is not me and t.is_alive() and not vexec.is_worker(t)
                   for t in threading.enumerate())


def deadlock():
    try:
        sys.stdout.flush()
    except Exception:
        pass
    if on_deadlock is not None:
        on_deadlock()
    sys.stderr.write('awaitscope-ref: deadlock\n')
    sys.stderr.flush()
    os._exit(3)


class VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self, selector=None):
        super().__init__(_VirtualSelector())
        self._selector._loop_ref = weakref.ref(self)
        # Linux's monotonic resolution, fixed so results do not depend on the host.
        self._clock_resolution = 1e-09

    def time(self):
        return CLOCK.now

    def call_at(self, when, callback, *args, context=None):
        # Same as BaseEventLoop.call_at, with a sequence-numbered TimerHandle.
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = SeqTimerHandle(when, callback, args, self, context)
        timer._seq = next(SEQ)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            self._check_default_executor()
            if executor is None:
                # max_workers = min(32, os.cpu_count() + 4); cpu_count is patched.
                executor = vexec.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return vexec.submit(self, executor, func, args)

    async def shutdown_default_executor(self):
        # CPython shuts the executor down in a helper thread and awaits a future
        # it resolves with call_soon_threadsafe; same number of loop iterations.
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        executor = self._default_executor

        def finish():
            try:
                executor.shutdown(wait=True)
            except Exception as ex:
                future.set_exception(ex)
            else:
                future.set_result(None)
        vexec.when_drained(executor, lambda: self.call_soon(finish))
        await future


class VirtualPolicy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = VirtualLoop


def is_master():
    return (threading.current_thread() is threading.main_thread()
            or isinstance(events._get_running_loop(), VirtualLoop))


# ---- module clocks ---------------------------------------------------------

def _now():
    return CLOCK.now


def _now_ns():
    return round(CLOCK.now * 1_000_000_000)


def _check_secs(secs):
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
    elif not isinstance(secs, int):
        secs = operator.index(secs)  # same TypeError as time.sleep
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    return secs


def _sleep(secs):
    secs = _check_secs(secs)
    if vexec.worker_sleep(secs):
        return
    if is_master():
        vexec.block_master(until=CLOCK.now + secs)
    else:  # a thread the harness does not manage: not deterministic
        CLOCK.now = CLOCK.now + secs


def _localtime(secs=None):
    return _real['localtime'](CLOCK.now if secs is None else secs)


def _gmtime(secs=None):
    return _real['gmtime'](CLOCK.now if secs is None else secs)


def _ctime(secs=None):
    return _real['ctime'](CLOCK.now if secs is None else secs)


def _asctime(t=None):
    return _real['asctime'](_localtime() if t is None else t)


def _strftime(fmt, t=None):
    return _real['strftime'](fmt, _localtime() if t is None else t)


def _zero():
    return 0.0


def _zero_ns():
    return 0


def _patch_datetime():
    """datetime.datetime.now()/today()/utcnow() read the virtual clock (epoch +
    now).  The subclass poses as datetime.datetime (same repr, pickles).
    datetime.date.today() (a C classmethod) is not virtualised."""
    import datetime as dt_module
    real = dt_module.datetime

    class datetime(real):
        @classmethod
        def now(cls, tz=None):
            return cls.fromtimestamp(CLOCK.now, tz)

        @classmethod
        def today(cls):
            return cls.fromtimestamp(CLOCK.now)

        @classmethod
        def utcnow(cls):
            return cls.utcfromtimestamp(CLOCK.now)

    datetime.__module__ = 'datetime'
    datetime.__name__ = 'datetime.datetime'  # C reprs use the type's tp_name
    datetime.__qualname__ = 'datetime'
    dt_module.datetime = datetime


def install(cpu_count=4):
    """Patch the time module, os.cpu_count and asyncio's policy."""
    os.environ['TZ'] = 'UTC'
    time.tzset()
    for name in ('time', 'monotonic', 'perf_counter'):
        setattr(time, name, _now)
        setattr(time, name + '_ns', _now_ns)
    # CPU clocks: the virtual model gives computation zero cost.
    for name in ('process_time', 'thread_time'):
        setattr(time, name, _zero)
        setattr(time, name + '_ns', _zero_ns)
    time.sleep = _sleep
    time.localtime, time.gmtime, time.ctime = _localtime, _gmtime, _ctime
    time.asctime, time.strftime = _asctime, _strftime
    _patch_datetime()
    os.cpu_count = lambda: cpu_count
    vexec.install(CLOCK, SEQ, is_master)
    asyncio.set_event_loop_policy(VirtualPolicy())
