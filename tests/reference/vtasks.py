"""Pure-Python asyncio Task/Future with step recording and stable hashes.

- Every task is a subclass of asyncio.tasks._PyTask (CPython's own pure-Python
  Task), every future one of futures._PyFuture; asyncio.Task, asyncio.Future,
  tasks.Task, futures.Future and gather's _GatheringFuture are replaced, so the C
  accelerated classes are never used.  No task factory is installed: a task
  factory would make create_task(name=...) consume a Task-N number, which plain
  CPython does not do.
- Stable hashes: asyncio.wait() returns sets and asyncio.all_tasks() (used by
  asyncio.run to cancel leftover tasks) is a set; their iteration order depends
  on hash(), which for CPython objects is derived from the memory address.  Here
  hash(task) is its creation index among tasks (1, 2, ... in creation order) and
  hash(future) its creation index among the other futures, so iteration order is
  deterministic, and for small sets of recently created tasks it is creation
  order.
- Class names, reprs and tracebacks are made to look like the C versions: the
  classes are called Task/Future in module _asyncio, the wake-up callback is
  shown as Task.task_wakeup, and frames of the pure-Python future/task machinery
  (which C frames would not show) are left out of every formatted traceback.
"""
import asyncio
import itertools
import threading
import traceback
import types
from asyncio import futures, tasks

_tls = threading.local()
_task_ids = itertools.count(1)
_future_ids = itertools.count(1)
RECORDER = None
CLOCK = None


class Recorder:
    def __init__(self):
        self.lines = []
        self._lock = threading.Lock()

    def add(self, *parts):
        with self._lock:
            self.lines.append(' '.join((repr(CLOCK.now),) + parts))
            return len(self.lines) - 1


def current_task_name():
    task = getattr(_tls, 'task', None)
    return task.get_name() if task is not None else '-'


class Future(futures._PyFuture):
    def __init__(self, *, loop=None):
        self._vc_hash = next(_future_ids)
        super().__init__(loop=loop)
        if self._source_traceback:  # debug mode: hide this extra frame, as C does
            del self._source_traceback[-1]

    def __hash__(self):
        return self._vc_hash

    # The C Future's messages, which plain python3 prints (the pure-Python ones differ).
    def result(self):
        if self._state == futures._PENDING:
            raise asyncio.InvalidStateError('Result is not set.')
        return futures._PyFuture.result(self)

    def set_result(self, result):
        if self._state != futures._PENDING:
            raise asyncio.InvalidStateError('invalid state')
        futures._PyFuture.set_result(self, result)

    def set_exception(self, exception):
        if self._state != futures._PENDING:
            raise asyncio.InvalidStateError('invalid state')
        futures._PyFuture.set_exception(self, exception)


class _GatheringFuture(Future):
    cancel = tasks._GatheringFuture.cancel


# gather's future: CPython's own __init__ code, its __class__ cell re-pointed.
_GatheringFuture.__init__ = types.FunctionType(
    tasks._GatheringFuture.__init__.__code__, tasks.__dict__, '__init__', None,
    (types.CellType(_GatheringFuture),))
_GatheringFuture.__init__.__qualname__ = '_GatheringFuture.__init__'


class TaskStepMethWrapper:
    """What the C Task schedules; shown as <TaskStepMethWrapper object at ...>."""
    __slots__ = ('_task',)

    def __init__(self, task):
        self._task = task

    def __call__(self, exc=None):
        self._task._vc_step(exc)


TaskStepMethWrapper.__module__ = 'builtins'


class Task(tasks._PyTask):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        self._vc_hash = next(_task_ids)
        self._vc_done = False
        self._vc_create = None
        parent = current_task_name()
        super().__init__(coro, loop=loop, name=name, context=context)
        if self._source_traceback:
            del self._source_traceback[-1]
        if RECORDER is not None:
            self._vc_create = (RECORDER.add('create', self.get_name(), 'by', parent), parent)

    def __hash__(self):
        return self._vc_hash

    result = Future.result

    @property
    def _Task__step(self):
        return TaskStepMethWrapper(self)

    def _vc_step(self, exc=None):
        self._vc_create = None
        if RECORDER is not None:
            RECORDER.add('step', self.get_name())
        prev = getattr(_tls, 'task', None)
        _tls.task = self
        try:
            tasks._PyTask._Task__step(self, exc)
        finally:
            _tls.task = prev
            if RECORDER is not None and self.done() and not self._vc_done:
                self._vc_done = True
                if self.cancelled():
                    how = 'cancelled'
                elif self._exception is not None:
                    how = 'exception ' + type(self._exception).__name__
                else:
                    how = 'result'
                RECORDER.add('done', self.get_name(), how)

    def task_wakeup(self, future):
        tasks._PyTask._Task__wakeup(self, future)

    _Task__wakeup = task_wakeup


for _cls in (Future, Task):
    _cls.__module__ = '_asyncio'

_HIDDEN = {
    futures._PyFuture.result.__code__, futures._PyFuture.__await__.__code__,
    tasks._PyTask._Task__step.__code__, tasks._PyTask._Task__wakeup.__code__,
    Task._vc_step.__code__, Task.task_wakeup.__code__,
    TaskStepMethWrapper.__call__.__code__, Future.result.__code__, Future.set_result.__code__,
    Future.set_exception.__code__, futures._PyFuture.set_result.__code__, futures._PyFuture.set_exception.__code__,
}
_orig_walk_tb = traceback.walk_tb
_orig_walk_full = traceback._walk_tb_with_full_positions


def _walk_tb(tb):
    return ((f, n) for f, n in _orig_walk_tb(tb) if f.f_code not in _HIDDEN)


def _walk_full(tb):
    return ((f, p) for f, p in _orig_walk_full(tb) if f.f_code not in _HIDDEN)


class StdoutTap:
    """Wraps sys.stdout: output passes through unchanged, lines are recorded."""

    def __init__(self, real):
        self._real = real
        self._buf = ''
        self._task = '-'
        self._lock = threading.RLock()

    def write(self, s):
        n = self._real.write(s)
        if isinstance(s, str) and RECORDER is not None:
            with self._lock:
                self._task = current_task_name()
                *lines, self._buf = (self._buf + s).split('\n')
                for line in lines:
                    RECORDER.add('print', self._task, repr(line))
        return n

    def writelines(self, lines):
        for s in lines:
            self.write(s)

    def flush_partial(self):
        with self._lock:
            if self._buf and RECORDER is not None:
                RECORDER.add('print', self._task, repr(self._buf))
            self._buf = ''

    def __getattr__(self, name):
        return getattr(self._real, name)


_orig_set_task_name = tasks._set_task_name


def _set_task_name(task, name):
    """asyncio.create_task(coro, name=n) creates the task (using up a Task-N
    number) and renames it at once: the create event shows the name n."""
    _orig_set_task_name(task, name)
    created = getattr(task, '_vc_create', None)
    if name is not None and created is not None and RECORDER is not None:
        line, parent = created
        time_ = RECORDER.lines[line].split(' ', 1)[0]
        RECORDER.lines[line] = ' '.join((time_, 'create', task.get_name(), 'by', parent))


def install(clock, record, hidden=()):
    global CLOCK, RECORDER
    _HIDDEN.update(hidden)
    CLOCK = clock
    RECORDER = Recorder() if record else None
    futures.Future = asyncio.Future = Future
    tasks.Task = asyncio.Task = Task
    tasks._GatheringFuture = _GatheringFuture
    tasks._set_task_name = _set_task_name
    traceback.walk_tb = _walk_tb
    traceback._walk_tb_with_full_positions = _walk_full
    return RECORDER
