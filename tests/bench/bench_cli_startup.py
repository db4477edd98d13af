"""CLI start-up time against a bare ``python -c pass`` (issue 13 item 7: ≤ 0.25 s above it).

Run: ``.venv/bin/python tests/bench/bench_cli_startup.py [--runs 15] [--before DIR]``. A store
with three interviewers and one imported calendar is made once in a temporary folder; then each
command below runs ``--runs`` times as a fresh process (the console script's interpreter,
``python -m interviewplanner``), interleaved with the baseline so that load on the machine hits
both alike. Reported per command: the median wall time, its difference from and ratio to the
baseline's median in the same run, and the slowest run; then the same for CPU time (user +
system of the child), which a machine busy with other work disturbs much less than wall time.
The row ``import storage.db`` is the floor of a command that writes (SQLAlchemy, its ORM, the
schema and the repositories); ``import sqlalchemy`` is SQLAlchemy Core's share of it. Reading
commands (``interviewer list``, ``busy``, ``free``) on a SQLite file at the current schema use
the standard library's sqlite3 instead (``storage/quick.py``). The package is byte-compiled
first, as ``pip install`` and ``./run`` leave it.

"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//bench//cli startup//EN
BEGIN:VEVENT
UID:one@bench
DTSTAMP:20270101T000000Z
DTSTART:20270302T010000Z
DTEND:20270302T020000Z
SUMMARY:busy
END:VEVENT
END:VCALENDAR
"""


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _time(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run."""
    start, cpu = time.perf_counter(), _cpu()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                   cwd=env["BENCH_DIR"])  # not the checkout: ``-c`` puts the folder on sys.path
    return time.perf_counter() - start, _cpu() - cpu


def _report(label: str, base: float, times: dict[str, list[float]]) -> None:
    print(f"{label:<26} {'median':>8} {'- pass':>8} {'ratio':>6} {'max':>8}")
    for name, values in times.items():
        med = statistics.median(values)
        print(f"{name:<26} {med * 1000:>6.0f}ms {(med - base) * 1000:>6.0f}ms "
              f"{med / base:>5.1f}x {max(values) * 1000:>6.0f}ms")


def _fill(cli: list[str], env: dict[str, str], folder: Path) -> None:
    for name, zone in (("Sato", "Asia/Tokyo"), ("Lee", "America/Los_Angeles"),
                       ("Brown", "Europe/London")):
        subprocess.run([*cli, "interviewer", "add", "--name", name, "--email",
                        f"{name.lower()}@example.com", "--tz", zone], env=env, check=True,
                       capture_output=True)
    ics = folder / "sato.ics"
    ics.write_text(ICS.replace("\n", "\r\n"), encoding="utf-8")
    subprocess.run([*cli, "import-ics", "--interviewer", "sato@example.com", str(ics), "--from",
                    "2027-03-01", "--to", "2027-04-01"], env=env, check=True, capture_output=True)


def main() -> None:
    """Time each command and the baseline, interleaved; print one line per command."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--before", metavar="DIR", help="also time this checkout's package")
    options = parser.parse_args()
    python = sys.executable
    subprocess.run([python, "-m", "compileall", "-q", "interviewplanner"], check=True,
                   cwd=Path(__file__).resolve().parents[2])
    cli = [python, "-m", "interviewplanner"]
    commands = {
        "--help": [*cli, "--help"],
        "interviewer list": [*cli, "interviewer", "list"],
        "busy": [*cli, "busy", "--interviewer", "sato@example.com", "--from", "2027-03-01",
                 "--to", "2027-03-08"],
        "import sqlalchemy": [python, "-c", "import sqlalchemy"],
        "import storage.db": [python, "-c", "import interviewplanner.storage.db"],
    }
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "INTERVIEWPLANNER_DB": f"sqlite:///{Path(tmp) / 'bench.db'}",
               "BENCH_DIR": tmp}
        envs = {"": env}
        if options.before:
            envs["before: "] = {**env, "PYTHONPATH": str(Path(options.before).resolve())}
        _fill(cli, env, Path(tmp))
        baseline: list[tuple[float, float]] = []
        times: dict[str, list[tuple[float, float]]] = {
            f"{k}{name}": [] for k in envs for name in commands}
        _time([python, "-c", "pass"], env)  # warm the file cache once
        for _ in range(options.runs):
            baseline.append(_time([python, "-c", "pass"], env))
            for k, e in envs.items():
                for name, argv in commands.items():
                    times[f"{k}{name}"].append(_time(argv, e))
    for i, kind in enumerate(("wall", "CPU")):
        base = statistics.median(b[i] for b in baseline)
        print(f"{options.runs} runs each, medians of {kind} time; python -c pass: "
              f"{base * 1000:.0f} ms")
        _report("command", base, {name: [v[i] for v in values] for name, values in times.items()})


if __name__ == "__main__":
    main()
