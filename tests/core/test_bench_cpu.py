"""The benchmark's CPU figure counts all of gunicorn: master, live workers and recycled ones; its
BENCH_* variables are read by careerguide/env.py, like the settings."""

import importlib.util
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux's /proc")

# A stand-in for gunicorn: a master that burns 0.2 s, a worker that burned 0.3 s and was reaped
# (as a recycled worker is), and a live worker that burned 0.3 s.
MASTER = """
import os, time

def burn(seconds):
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass

pid = os.fork()
if pid == 0:
    burn(0.3)
    os._exit(0)
os.waitpid(pid, 0)
if os.fork() == 0:
    burn(0.3)
    time.sleep(60)
    os._exit(0)
burn(0.2)
time.sleep(0.2)
print("ready", flush=True)
time.sleep(60)
"""


def _bench_common():
    spec = importlib.util.spec_from_file_location("bench_common", ROOT / "bench" / "common.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_common"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@needs_proc
def test_server_cpu_counts_the_master_its_live_workers_and_the_reaped_ones():
    common = _bench_common()
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, "-c", MASTER], stdout=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        assert process.stdout.readline().strip() == "ready"
        seconds = common.server_cpu_seconds(common.Server("http://127.0.0.1:1", process, Path(os.devnull)))
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    # 0.8 s burnt in all, plus the interpreters' start-up; the clock ticks every 10 ms.
    assert 0.75 <= seconds < 2.0


def test_bench_variables_are_parsed_by_the_settings_parser(monkeypatch):
    common = _bench_common()
    monkeypatch.setenv("BENCH_DURATION", "12")
    monkeypatch.setenv("BENCH_ENFORCE", "off")
    assert common.env_int("BENCH_DURATION", 4, minimum=1, maximum=300) == 12
    assert common.env_flag("BENCH_ENFORCE", True) is False


@pytest.mark.parametrize(
    "value,message",
    [("soon", "BENCH_DURATION='soon' is not a whole number"), ("301", "BENCH_DURATION=301 must be between 1 and 300")],
)
def test_a_bad_bench_number_is_a_bench_error_naming_it(monkeypatch, value, message):
    # run.py and lighthouse.py report a BenchError in one line and exit 2.
    common = _bench_common()
    monkeypatch.setenv("BENCH_DURATION", value)
    with pytest.raises(common.BenchError) as error:
        common.env_int("BENCH_DURATION", 4, minimum=1, maximum=300)
    assert str(error.value) == message


def test_a_bad_bench_flag_is_a_bench_error_naming_it(monkeypatch):
    common = _bench_common()
    monkeypatch.setenv("BENCH_ENFORCE", "maybe")
    with pytest.raises(common.BenchError) as error:
        common.env_flag("BENCH_ENFORCE", True)
    assert str(error.value) == "BENCH_ENFORCE='maybe' is not a boolean; use true or false"
