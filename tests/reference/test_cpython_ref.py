"""Tests for the CPython reference harness (tests/reference/cpython_ref.py).

Run from the repository root:  python3 -m unittest tests/reference/test_cpython_ref.py
"""
import os
import subprocess
import sys
import tempfile
import textwrap
import time
import unittest

HARNESS = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cpython_ref.py')
ENV = dict(os.environ, PYTHONHASHSEED='0')   # saves the harness its re-exec


class Result:
    def __init__(self, proc, steps):
        self.out = proc.stdout
        self.err = proc.stderr
        self.code = proc.returncode
        self.steps = steps

    @property
    def lines(self):
        return self.out.splitlines()


class HarnessTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def write(self, source, name='scenario.py'):
        path = os.path.join(self.tmp.name, name)
        with open(path, 'w') as f:
            f.write(textwrap.dedent(source))
        return path

    def run_harness(self, source, *args, steps=False):
        path = self.write(source)
        cmd = [sys.executable, HARNESS, path, *args]
        steps_path = os.path.join(self.tmp.name, 'steps.txt')
        if steps:
            cmd += ['--steps', steps_path]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=ENV, timeout=60)
        text = None
        if steps:
            with open(steps_path) as f:
                text = f.read()
        return Result(proc, text)

    def run_python(self, source):
        path = self.write(source, 'plain.py')
        proc = subprocess.run([sys.executable, path], capture_output=True, text=True,
                              env=ENV, timeout=60)
        return Result(proc, None)


class VirtualTimeTest(HarnessTest):
    def test_equal_sleeps_wake_in_creation_order(self):
        r = self.run_harness('''
            import asyncio
            async def w(i):
                await asyncio.sleep(1)
                print(i)
            async def main():
                await asyncio.gather(*(w(i) for i in range(17)))
            asyncio.run(main())
        ''')
        self.assertEqual(r.code, 0, r.err)
        self.assertEqual(r.lines, [str(i) for i in range(17)])

    def test_long_sleep_is_instant(self):
        t0 = time.monotonic()
        r = self.run_harness('''
            import asyncio, time
            async def main():
                await asyncio.sleep(1000)
                print(time.monotonic(), time.time(), asyncio.get_running_loop().time())
            asyncio.run(main())
        ''')
        self.assertLess(time.monotonic() - t0, 10)
        self.assertEqual(r.lines, ['1000.0 1000.0 1000.0'])

    def test_perf_counter_difference_is_exact(self):
        r = self.run_harness('''
            import asyncio, time
            async def main():
                start = time.perf_counter()
                await asyncio.sleep(2)
                print(time.perf_counter() - start)
            asyncio.run(main())
        ''')
        self.assertEqual(r.lines, ['2.0'])

    def test_wall_clock_functions_are_virtual(self):
        r = self.run_harness('''
            import asyncio, time
            from datetime import datetime
            async def main():
                await asyncio.sleep(62.5)
                print(time.strftime('%X'), datetime.now(), repr(datetime.now()), time.ctime())
            asyncio.run(main())
        ''')
        self.assertEqual(r.lines, ['00:01:02 1970-01-01 00:01:02.500000 '
                                   'datetime.datetime(1970, 1, 1, 0, 1, 2, 500000) '
                                   'Thu Jan  1 00:01:02 1970'])

    def test_time_sleep_on_loop_blocks_other_tasks(self):
        r = self.run_harness('''
            import asyncio, time
            async def sleeper():
                await asyncio.sleep(0.5)
                print('sleeper', asyncio.get_running_loop().time())
            async def blocker():
                time.sleep(1)
                print('blocker', time.monotonic())
            async def main():
                await asyncio.gather(sleeper(), blocker())
            asyncio.run(main())
        ''')
        self.assertEqual(r.lines, ['blocker 1.0', 'sleeper 1.0'])

    def test_deadlock_exits_3(self):
        r = self.run_harness('''
            import asyncio
            async def main():
                print('waiting')
                await asyncio.Event().wait()
            asyncio.run(main())
        ''', steps=True)
        self.assertEqual(r.code, 3)
        self.assertEqual(r.lines, ['waiting'])
        self.assertEqual(r.err.strip().splitlines()[-1], 'awaitscope-ref: deadlock')
        self.assertIn("0.0 print Task-1 'waiting'", r.steps)


class ExecutorTest(HarnessTest):
    def test_seed_002_run_in_executor_costs_one_second(self):
        r = self.run_harness('''
            import asyncio
            import time

            def a():
                time.sleep(1)
                return 'A'

            async def b():
                await asyncio.sleep(1)
                return 'B'

            def show_perf(func):
                print('*' * 20)
                start = time.perf_counter()
                asyncio.run(func())
                print(f'{func.__name__} Cost: {time.perf_counter() - start}')

            async def c1():
                loop = asyncio.get_running_loop()
                await asyncio.gather(
                    loop.run_in_executor(None, a),
                    b()
                )

            show_perf(c1)
        ''')
        self.assertEqual(r.code, 0, r.err)
        self.assertEqual(r.lines, ['*' * 20, 'c1 Cost: 1.0'])

    def test_one_worker_pool_runs_jobs_one_after_the_other(self):
        r = self.run_harness('''
            import asyncio, time, threading
            from concurrent.futures import ThreadPoolExecutor
            def job(n):
                print('start', n, threading.current_thread().name, time.monotonic())
                time.sleep(1)
                print('end', n, time.monotonic())
                return n
            async def main():
                loop = asyncio.get_running_loop()
                with ThreadPoolExecutor(max_workers=1, thread_name_prefix='w') as pool:
                    print(await asyncio.gather(loop.run_in_executor(pool, job, 1),
                                               loop.run_in_executor(pool, job, 2)))
                print('total', time.monotonic())
            asyncio.run(main())
        ''')
        self.assertEqual(r.lines, ['start 1 w_0 0.0', 'end 1 1.0', 'start 2 w_0 1.0',
                                   'end 2 2.0', '[1, 2]', 'total 2.0'])

    def test_default_executor_size_follows_cpu_count(self):
        src = '''
            import asyncio, os, time, threading
            def job(n):
                time.sleep(1)
                return threading.current_thread().name
            async def main():
                loop = asyncio.get_running_loop()
                names = await asyncio.gather(*(loop.run_in_executor(None, job, i) for i in range(12)))
                print(os.cpu_count(), time.monotonic(), names[-1])
            asyncio.run(main())
        '''
        self.assertEqual(self.run_harness(src).lines, ['4 2.0 asyncio_3'])
        self.assertEqual(self.run_harness(src, '--cpu-count', '1').lines, ['1 3.0 asyncio_1'])

    def test_worker_waiting_for_the_loop(self):
        r = self.run_harness('''
            import asyncio, time
            def worker(loop):
                fut = asyncio.run_coroutine_threadsafe(asyncio.sleep(2, result='r'), loop)
                return fut.result(), time.monotonic()
            async def main():
                loop = asyncio.get_running_loop()
                print(await loop.run_in_executor(None, worker, loop))
            asyncio.run(main())
        ''')
        self.assertEqual(r.lines, ["('r', 2.0)"])


class StepsAndFidelityTest(HarnessTest):
    GATHER = '''
        import asyncio
        async def child(n):
            print('child', n)
            await asyncio.sleep(n)
            return n
        async def main():
            print(await asyncio.gather(child(2), child(1)))
        asyncio.run(main())
    '''

    def test_steps_of_gather(self):
        r = self.run_harness(self.GATHER, steps=True)
        self.assertEqual(r.steps.splitlines(), [
            "0.0 create Task-1 by -",
            "0.0 step Task-1",
            "0.0 create Task-2 by Task-1",
            "0.0 create Task-3 by Task-1",
            "0.0 step Task-2",
            "0.0 print Task-2 'child 2'",
            "0.0 step Task-3",
            "0.0 print Task-3 'child 1'",
            "1.0 step Task-3",
            "1.0 done Task-3 result",
            "2.0 step Task-2",
            "2.0 done Task-2 result",
            "2.0 step Task-1",
            "2.0 print Task-1 '[2, 1]'",
            "2.0 done Task-1 result",
            # asyncio.run's own shutdown_asyncgens / shutdown_default_executor
            "2.0 create Task-4 by -",
            "2.0 step Task-4",
            "2.0 done Task-4 result",
            "2.0 create Task-5 by -",
            "2.0 step Task-5",
            "2.0 done Task-5 result",
        ])

    def test_done_kinds_and_named_tasks(self):
        r = self.run_harness('''
            import asyncio
            async def boom():
                raise ValueError
            async def forever():
                await asyncio.sleep(10)
            async def main():
                a = asyncio.create_task(boom(), name='boom')
                b = asyncio.create_task(forever())
                await asyncio.sleep(0)
                b.cancel()
                await asyncio.gather(a, b, return_exceptions=True)
                c = asyncio.get_running_loop().create_task(forever(), name='c')
                c.cancel()
                d = asyncio.create_task(forever())
                d.cancel()
                print(asyncio.current_task().get_name(), b.get_name(), d.get_name())
            asyncio.run(main())
        ''', steps=True)
        # asyncio.create_task(name=...) uses up a Task-N number, loop.create_task does not
        self.assertEqual(r.lines, ['Task-1 Task-3 Task-4'])
        self.assertIn('0.0 done boom exception ValueError', r.steps)
        self.assertIn('0.0 done Task-3 cancelled', r.steps)
        self.assertIn('0.0 create boom by Task-1', r.steps)

    def test_stdout_and_stderr_identical_to_python3(self):
        programs = [self.GATHER, '''
            import asyncio
            async def f(i):
                await asyncio.sleep(0)
                if i == 1:
                    raise ValueError('boom')
                return i
            async def main():
                t = asyncio.create_task(f(0))
                print(t, await t, repr(asyncio.get_running_loop().create_future()))
                done, _ = await asyncio.wait([asyncio.create_task(f(i)) for i in (0, 2, 3)])
                print(sorted(t.result() for t in done))
                await asyncio.gather(f(0), f(1))
            asyncio.run(main())
        ''', '''
            import asyncio, sys
            async def main():
                print('bye')
                sys.exit(5)
            asyncio.run(main())
        ''']
        for src in programs:
            mine, real = self.run_harness(src), self.run_python(src)
            self.assertEqual(mine.out.replace('scenario.py', 'plain.py'), real.out)
            self.assertEqual(mine.err.replace('scenario.py', 'plain.py'), real.err)
            self.assertEqual(mine.code, real.code)

    def test_uncaught_exception(self):
        r = self.run_harness('''
            import asyncio
            async def main():
                await asyncio.sleep(1)
                raise RuntimeError('failed at 1s')
            asyncio.run(main())
        ''')
        self.assertEqual(r.code, 1)
        self.assertEqual(r.err.splitlines()[-1], 'RuntimeError: failed at 1s')
        self.assertTrue(r.err.startswith('Traceback (most recent call last):\n  File "'))
        self.assertNotIn('cpython_ref', r.err)

    def test_wait_set_iterates_in_creation_order(self):
        r = self.run_harness('''
            import asyncio
            async def w(n):
                await asyncio.sleep(5 - n)
                return n
            async def main():
                done, _ = await asyncio.wait([asyncio.create_task(w(i)) for i in range(5)])
                print([t.result() for t in done])
            asyncio.run(main())
        ''')
        self.assertEqual(r.lines, ['[0, 1, 2, 3, 4]'])

    def test_deterministic_and_expect_mode(self):
        src = self.write('''
            import asyncio, time, random
            class Foo: pass
            def job(n):
                time.sleep(n / 10)
                print('job', n)
            async def t(n):
                await asyncio.sleep(n / 7)
                print('task', n, Foo(), {str(n), 'a', 'b'})
            async def main():
                loop = asyncio.get_running_loop()
                await asyncio.gather(*[loop.run_in_executor(None, job, i) for i in range(6)],
                                     *[t(i) for i in range(6)])
                print(random.random(), time.time())
                raise SystemExit('stopped')
            asyncio.run(main())
        ''', 'det.py')
        outs = []
        for n in range(2):
            outdir = os.path.join(self.tmp.name, f'out{n}')
            proc = subprocess.run([sys.executable, HARNESS, '--expect', outdir, src],
                                  capture_output=True, text=True, timeout=60)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            files = {}
            for ext in ('.stdout', '.stderr-last', '.exit', '.steps'):
                with open(os.path.join(outdir, 'det' + ext)) as f:
                    files[ext] = f.read()
            outs.append(files)
        self.assertEqual(outs[0], outs[1])
        self.assertEqual(outs[0]['.exit'], '1\n')
        self.assertEqual(outs[0]['.stderr-last'], 'stopped\n')
        self.assertIn('<__main__.Foo object at 0x0>', outs[0]['.stdout'])
        self.assertNotRegex(outs[0]['.stdout'] + outs[0]['.steps'], r'at 0x[0-9a-f]*[1-9a-f]')
        self.assertIn("print - 'job 0'", outs[0]['.steps'])


if __name__ == '__main__':
    unittest.main()
