#!/usr/bin/env python3
"""CPython 3.11 reference harness for Awaitscope scenarios (see README.md).

    python3 cpython_ref.py SCENARIO.py [--steps STEPS.txt] [--cpu-count N]
    python3 cpython_ref.py --expect OUTDIR [--cpu-count N] SCENARIO.py...

The first form runs SCENARIO.py as __main__ exactly like `python3 SCENARIO.py`
(same stdout, stderr and exit code) except that time is virtual; a deadlock
(nothing can ever happen again) exits with code 3 instead of hanging.  The
second form writes conformance expectations for each scenario.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
HASH_SEED = '0'
DEFAULT_CPU_COUNT = 4
EXPECT_TIMEOUT = 120      # real seconds per scenario in --expect mode


def _usage(msg):
    sys.stderr.write(f'cpython_ref: {msg}\nusage: cpython_ref.py SCENARIO.py '
                     '[--steps FILE] [--cpu-count N]\n'
                     '       cpython_ref.py --expect OUTDIR [--cpu-count N] SCENARIO.py...\n')
    sys.exit(2)


def parse_args(argv):
    opts = {'steps': None, 'cpu_count': DEFAULT_CPU_COUNT, 'expect': None, 'files': []}
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ('--steps', '--cpu-count', '--expect'):
            if i + 1 >= len(argv):
                _usage(f'{arg} needs a value')
            value = argv[i + 1]
            i += 2
            if arg == '--cpu-count':
                if not value.isdigit() or int(value) < 1:
                    _usage('--cpu-count must be a positive integer')
                opts['cpu_count'] = int(value)
            else:
                opts[arg[2:]] = value
        elif arg.startswith('--'):
            _usage(f'unknown option {arg}')
        else:
            opts['files'].append(arg)
            i += 1
    if opts['expect'] is None and len(opts['files']) != 1:
        _usage('exactly one scenario expected')
    if opts['steps'] is not None:  # the scenario may chdir
        opts['steps'] = os.path.abspath(opts['steps'])
    return opts


# ---- expectation mode --------------------------------------------------------

def normalise(text):
    """Default reprs print memory addresses ('<Foo object at 0x7f3a...>');
    every ' at 0x<hex>>' becomes ' at 0x0>'."""
    import re
    return re.sub(r' at 0x[0-9a-fA-F]+>', ' at 0x0>', text)


def run_expect(opts):
    import subprocess
    import tempfile
    outdir = opts['expect']
    os.makedirs(outdir, exist_ok=True)
    env = dict(os.environ, PYTHONHASHSEED=HASH_SEED, PYTHONIOENCODING='utf-8')
    failures = 0
    for scenario in opts['files']:
        stem = os.path.splitext(os.path.basename(scenario))[0]
        with tempfile.TemporaryDirectory() as tmp:
            steps = os.path.join(tmp, 'steps.txt')
            cmd = [sys.executable, os.path.abspath(__file__), scenario, '--steps', steps,
                   '--cpu-count', str(opts['cpu_count'])]
            try:
                proc = subprocess.run(cmd, capture_output=True, env=env,
                                      stdin=subprocess.DEVNULL, timeout=EXPECT_TIMEOUT)
            except subprocess.TimeoutExpired:
                sys.stderr.write(f'cpython_ref: {scenario}: timed out after '
                                 f'{EXPECT_TIMEOUT}s (real), no expectations written\n')
                failures += 1
                continue
            steps_text = ''
            if os.path.exists(steps):
                with open(steps, encoding='utf-8') as f:
                    steps_text = f.read()
        stdout = proc.stdout.decode('utf-8', 'replace')
        stderr_lines = [l for l in proc.stderr.decode('utf-8', 'replace').splitlines() if l.strip()]
        files = {
            '.stdout': normalise(stdout),
            '.stderr-last': normalise(stderr_lines[-1]) + '\n' if stderr_lines else '',
            '.exit': f'{proc.returncode}\n',
            '.steps': normalise(steps_text),
        }
        for ext, text in files.items():
            with open(os.path.join(outdir, stem + ext), 'w', encoding='utf-8', newline='') as f:
                f.write(text)
        print(f'{scenario}: exit {proc.returncode}')
    return 1 if failures else 0


# ---- run mode ------------------------------------------------------------------

def _print_uncaught(exc, scenario_file):
    import traceback
    tb = exc.__traceback__
    # Drop the harness's own frames so the traceback starts where python3's would.
    while tb is not None and tb.tb_frame.f_code.co_filename != scenario_file:
        tb = tb.tb_next
    if sys.excepthook is sys.__excepthook__:
        traceback.print_exception(type(exc), exc, tb)
    else:
        sys.excepthook(type(exc), exc, tb)


def run_scenario(opts):
    import builtins
    import importlib.machinery
    import types
    sys.path.insert(0, HERE)
    import vclock
    import vexec
    import vtasks
    del sys.path[0]

    path = opts['files'][0]
    abspath = os.path.abspath(path)
    try:
        with open(abspath, 'rb') as f:
            source = f.read()
    except OSError as e:
        sys.stderr.write(f"{sys.executable}: can't open file {abspath!r}: "
                         f"[Errno {e.errno}] {e.strerror}\n")
        sys.exit(2)

    import random
    random.seed(0)  # python3 seeds from os.urandom; any fixed seed is a valid run
    vclock.install(opts['cpu_count'])
    hidden = (vexec._job_main.__code__, vclock._sleep.__code__, vclock._check_secs.__code__)
    recorder = vtasks.install(vclock.CLOCK, record=opts['steps'] is not None, hidden=hidden)
    tap = None
    if recorder is not None:
        tap = sys.stdout = vtasks.StdoutTap(sys.stdout)
    written = []

    def write_steps():
        if recorder is None or written:
            return
        written.append(True)
        tap.flush_partial()
        with open(opts['steps'], 'w', encoding='utf-8') as f:
            f.writelines(line + '\n' for line in recorder.lines)
    vclock.on_deadlock = write_steps

    # Same __main__ as `python3 SCENARIO.py`: absolute __file__, argv[0] as given,
    # script directory (symlinks resolved) first on sys.path.
    main = types.ModuleType('__main__')
    main.__file__ = abspath
    main.__builtins__ = builtins
    main.__cached__ = None
    main.__loader__ = importlib.machinery.SourceFileLoader('__main__', abspath)
    sys.modules['__main__'] = main
    sys.argv = [path]
    sys.path[0] = os.path.dirname(os.path.realpath(abspath))

    exit_code = interrupted = 0
    try:
        code = compile(source, abspath, 'exec', dont_inherit=True)
        exec(code, main.__dict__)
    except SystemExit:
        raise
    except BaseException as exc:
        _print_uncaught(exc, abspath)
        exit_code = 1
        interrupted = isinstance(exc, KeyboardInterrupt)
    finally:
        vexec.finish_all()
        try:
            sys.stdout.flush()
        except Exception:
            pass
        write_steps()
    if interrupted:  # python3 then dies of SIGINT itself
        import signal
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
    sys.exit(exit_code)


def main(argv):
    opts = parse_args(argv)
    if os.environ.get('PYTHONHASHSEED') != HASH_SEED:
        # String hashes (set order) must not vary between runs: restart with a fixed seed.
        env = dict(os.environ, PYTHONHASHSEED=HASH_SEED)
        os.execve(sys.executable, [sys.executable, os.path.abspath(__file__)] + argv, env)
    if opts['expect'] is not None:
        sys.exit(run_expect(opts))
    run_scenario(opts)


if __name__ == '__main__':
    main(sys.argv[1:])
