#!/usr/bin/env python3
"""Runs every benchmark against a Release build and prints one table (see scripts/bench.sh).

    python3 tests/bench/run_benchmarks.py BUILD_DIR

BENCH_REPEAT (default 3) runs of each measurement, medians reported; BENCH_SIZES (default
1000,10000,100000) the task counts of the engine workload. The table also goes to
BUILD_DIR/bench.json. Measurements that are compared are taken in this run, interleaved
(awaitscope, CPython, awaitscope, ...) so that load from others on the machine falls on both.
"""
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
WORKLOAD = os.path.join(HERE, 'workload.py')
CPYTHON_RUNNER = os.path.join(HERE, 'cpython_vclock.py')
TARGET_SPEEDUP = 10.0
TARGET_BYTES_PER_EVENT = 32.0
TARGET_FRAME_MS = 16.0
TARGET_EXPORT_MS = 2000.0
TARGET_STARTUP_MS = 1000.0
# Growth counts as linear when ten times the tasks cost at most this many times the time.
LINEAR_SLACK = 1.3


class BenchError(Exception):
    pass


def measure(cmd, env=None):
    """Runs cmd; returns its stdout, wall seconds, CPU seconds and peak RSS in KiB (the
    child's own, from wait4, so nothing else on the machine is counted)."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, stdin=subprocess.DEVNULL, env=env)
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        proc.stdout.close()
        if proc.returncode != 0:
            err.seek(0)
            raise BenchError(f'{" ".join(cmd)} exited with {proc.returncode}:\n'
                             f'{err.read().decode("utf-8", "replace")[-2000:]}')
    return out.decode('utf-8', 'replace'), wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def metrics(text):
    """The `metric NAME VALUE` lines a benchmark program prints."""
    found = {}
    for line in text.splitlines():
        m = re.fullmatch(r'metric (\S+) (\S+)', line.strip())
        if m:
            found[m.group(1)] = float(m.group(2))
    return found


def median_metrics(runs):
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def write_workload(build, n):
    with open(WORKLOAD, encoding='utf-8') as f:
        source = f.read()
    source, count = re.subn(r'^N = \d+$', f'N = {n}', source, flags=re.M)
    if count != 1:
        raise BenchError(f'{WORKLOAD} has no line "N = <number>" to substitute')
    path = os.path.join(build, f'workload_{n}.py')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(source)
    return path


def bench_engine(build, sizes, repeat, env):
    awaitscope = os.path.join(build, 'gui', 'awaitscope')
    py_env = dict(env, PYTHONHASHSEED='0')
    results = {}
    for n in sizes:
        path = write_workload(build, n)
        runs = {'awaitscope': [], 'cpython': []}
        outputs = {}
        for _ in range(repeat):
            for who, cmd, e in (('awaitscope', [awaitscope, 'run', path], env),
                                ('cpython', [sys.executable, CPYTHON_RUNNER, path], py_env)):
                out, wall, cpu, rss = measure(cmd, e)
                runs[who].append((wall, cpu, rss))
                outputs[who] = out
        if outputs['awaitscope'] != outputs['cpython']:
            raise BenchError(f'{path}: awaitscope and CPython printed different output:\n'
                             f'awaitscope:\n{outputs["awaitscope"]}\nCPython:\n{outputs["cpython"]}')
        results[n] = {who: {'wall_s': statistics.median(r[0] for r in rs),
                            'cpu_s': statistics.median(r[1] for r in rs),
                            'rss_kib': statistics.median(r[2] for r in rs)}
                      for who, rs in runs.items()}
        results[n]['stdout'] = outputs['awaitscope']
        print(f'  engine, {n:,} tasks: awaitscope {results[n]["awaitscope"]["wall_s"]:.2f} s, '
              f'CPython {results[n]["cpython"]["wall_s"]:.2f} s', file=sys.stderr)
    return results


def run_program(build, name, args, env, repeat=1):
    program = os.path.join(build, 'tests', 'bench', name)
    runs = []
    walls = []
    for _ in range(repeat):
        out, wall, _, _ = measure([program] + args, env)
        runs.append(metrics(out))
        walls.append(wall)
    print(f'  {name}: done', file=sys.stderr)
    return median_metrics(runs), statistics.median(walls)


def fmt_s(seconds):
    return f'{seconds:.2f} s' if seconds >= 0.1 else f'{seconds * 1000:.0f} ms'


def fmt_mib(kib):
    return f'{kib / 1024:.0f} MiB' if kib >= 10 * 1024 else f'{kib / 1024:.1f} MiB'


def yes(ok):
    return 'yes' if ok else 'NO'


def build_rows(engine, trace, timeline, export, startup, startup_wall):
    rows = []

    def row(figure, measured, target='', met=''):
        rows.append({'figure': figure, 'measured': measured, 'target': target, 'met': met})

    for n, r in engine.items():
        a, c = r['awaitscope'], r['cpython']
        row(f'awaitscope run, {n:,} tasks: wall / CPU / RSS',
            f'{fmt_s(a["wall_s"])} / {fmt_s(a["cpu_s"])} / {fmt_mib(a["rss_kib"])}')
        row(f'CPython 3.11,   {n:,} tasks: wall / CPU / RSS',
            f'{fmt_s(c["wall_s"])} / {fmt_s(c["cpu_s"])} / {fmt_mib(c["rss_kib"])}')
        speed, speed_cpu = c['wall_s'] / a['wall_s'], c['cpu_s'] / max(a['cpu_s'], 1e-3)
        row(f'  speed-up (CPython / awaitscope), wall (CPU)', f'{speed:.1f}x ({speed_cpu:.1f}x)', '>= 10x',
            yes(speed >= TARGET_SPEEDUP))
        mem = c['rss_kib'] / a['rss_kib']
        row(f'  memory ratio (CPython RSS / awaitscope RSS)', f'{mem:.2f}x', '> 1x', yes(mem > 1))
    sizes = sorted(engine)
    for who, label in (('awaitscope', 'awaitscope'), ('cpython', 'CPython')):
        per_task = [engine[n][who]['wall_s'] / n * 1e6 for n in sizes]
        growth = [engine[b][who]['wall_s'] / engine[a][who]['wall_s'] for a, b in zip(sizes, sizes[1:])]
        steps = [b / a for a, b in zip(sizes, sizes[1:])]
        linear = all(g <= s * LINEAR_SLACK for g, s in zip(growth, steps))
        row(f'{label} time per task, ' + ' / '.join(f'{n:,}' for n in sizes),
            ' / '.join(f'{t:.1f}' for t in per_task) + ' us', 'linear' if len(sizes) > 1 else '',
            yes(linear) if len(sizes) > 1 else '')
    row('trace of the 10,000-task run: events / bytes',
        f'{trace["trace.events"]:,.0f} / {fmt_mib(trace["trace.bytes"] / 1024)}')
    row('  trace bytes per event (memoryBytes / size)', f'{trace["trace.bytes_per_event"]:.1f}', '<= 32',
        yes(trace['trace.bytes_per_event'] <= TARGET_BYTES_PER_EVENT))
    row('  run with trace / without (in process)',
        f'{fmt_s(trace["trace.run_ms"] / 1000)} / {fmt_s(trace["trace.run_untraced_ms"] / 1000)}')
    row(f'timeline model of {timeline["timeline.events"]:,.0f} events: built / live',
        f'{timeline["timeline.model_ms"]:.0f} ms / {timeline["timeline.model_live_ms"]:.0f} ms')
    for key, label in (('whole', 'whole run'), ('whole_resources', 'whole run, resource lanes'),
                       ('one_second', 'one second'), ('scrolling', 'scrolling, whole run'),
                       ('panning', 'scrolling and panning, 10 s'), ('step_whole', 'step mode, whole run'),
                       ('step_2000', 'step mode, 2,000 events')):
        ms = timeline[f'timeline.{key}_ms']
        row(f'  frame 1920x1080, {label}', f'{ms:.1f} ms', '<= 16 ms', yes(ms <= TARGET_FRAME_MS))
    labels = {'big_all': '10,001 tasks, all', 'big_filtered': '10,001 tasks, named Task-1*',
              'big_one_second': '10,001 tasks, Task-1*, 5..6 s', 'small_all': '1,001 tasks, all'}
    if 'export.big_all.png_ms' not in export:
        row('export 10,001 tasks, all', 'refused: too tall', '', '')
    for key, label in labels.items():
        if f'export.{key}.png_ms' not in export:
            continue
        png, svg = export[f'export.{key}.png_ms'], export[f'export.{key}.svg_ms']
        row(f'export {label}: PNG', f'{png:.0f} ms', '< 2 s', yes(png < TARGET_EXPORT_MS))
        row(f'export {label}: SVG (size)',
            f'{svg:.0f} ms ({fmt_mib(export[f"export.{key}.svg_bytes"] / 1024)})', '< 2 s',
            yes(svg < TARGET_EXPORT_MS))
    painted = startup['startup.timeline_painted_ms']
    row('start-up: app / window shown / first events (after main)',
        f'{startup["startup.application_ms"]:.0f} / {startup["startup.window_ms"]:.0f} / '
        f'{startup["startup.first_events_ms"]:.0f} ms')
    row('start-up: first timeline painted, after main', f'{painted:.0f} ms', '< 1 s',
        yes(painted < TARGET_STARTUP_MS))
    row('start-up: process wall time to that paint', f'{startup_wall * 1000:.0f} ms', '< 1 s',
        yes(startup_wall * 1000 < TARGET_STARTUP_MS))
    return rows


def table(rows):
    heads = {'figure': 'Figure', 'measured': 'Measured', 'target': 'Target', 'met': 'Met'}
    cols = list(heads)
    width = {c: max(len(heads[c]), *(len(r[c]) for r in rows)) for c in cols}
    line = lambda r: '  '.join(r[c].ljust(width[c]) for c in cols).rstrip()
    return '\n'.join([line(heads), '  '.join('-' * width[c] for c in cols)] + [line(r) for r in rows])


def main(argv):
    if len(argv) != 1:
        sys.stderr.write('usage: run_benchmarks.py BUILD_DIR\n')
        return 2
    build = os.path.abspath(argv[0])
    try:
        repeat = int(os.environ.get('BENCH_REPEAT', '3'))
        sizes = sorted({int(s) for s in os.environ.get('BENCH_SIZES', '1000,10000,100000').split(',')})
    except ValueError:
        repeat, sizes = 0, []
    if repeat < 1 or not sizes or sizes[0] < 1:
        sys.stderr.write('run_benchmarks: BENCH_REPEAT must be a positive number and BENCH_SIZES positive '
                         'numbers separated by commas (e.g. BENCH_SIZES=1000,10000)\n')
        return 2
    env = dict(os.environ, QT_QPA_PLATFORM='offscreen')
    try:
        print(f'Running the benchmarks ({repeat} runs each)...', file=sys.stderr)
        engine = bench_engine(build, sizes, repeat, env)
        trace, _ = run_program(build, 'bench_trace', [write_workload(build, 10_000), str(repeat)], env)
        timeline, _ = run_program(build, 'bench_timeline', [], env)
        export, _ = run_program(build, 'bench_export', [str(repeat)], env)
        startup, startup_wall = run_program(build, 'bench_startup', [], env, repeat)
    except (BenchError, OSError) as e:
        sys.stderr.write(f'run_benchmarks: {e}\n')
        return 1
    rows = build_rows(engine, trace, timeline, export, startup, startup_wall)
    date = datetime.date.today().isoformat()
    print(f'\nAwaitscope benchmarks, {date}, {platform.node()}, nproc {os.cpu_count()}, '
          f'medians of {repeat} runs\n')
    print(table(rows))
    report = {'date': date, 'nproc': os.cpu_count(), 'repeat': repeat, 'rows': rows,
              'engine': {str(n): r for n, r in engine.items()}, 'trace': trace, 'timeline': timeline,
              'export': export, 'startup': dict(startup, process_wall_ms=startup_wall * 1000)}
    with open(os.path.join(build, 'bench.json'), 'w', encoding='utf-8') as f:
        json.dump(report, f, indent=2)
        f.write('\n')
    print(f'\n(also in {os.path.join(build, "bench.json")})')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
