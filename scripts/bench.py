"""Benchmark the build engine on a fresh clone of this repository.

    .venv/bin/python scripts/bench.py [--repeat 1]

Measures, in one run, each as a separate `mkdocs build` process (what an author or CI pays):
  floor    the same site with no block executed (COURSE_EXEC=skip): the cost of everything else
  cold     empty caches: every lesson executed, side by side over the cores
  warm     rebuild with nothing changed
  prose    rebuild after a prose edit to one lesson (nothing re-executes)
  snippet  rebuild after a code edit to one lesson (only that lesson re-executes)
  nbclient the same lessons executed as notebooks with nbclient, one kernel per notebook, one
           after the other (the way Jupyter Book and mkdocs-jupyter execute)
and checks the targets of the build-engine issue. Exit status 1 if a target is missed.
The clone uses this checkout's .venv and node_modules; nothing here is modified.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


def run(cmd: list[str], cwd: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{result.stdout[-3000:]}")
    return seconds


def build(clone: Path, env: dict[str, str], **extra: str) -> float:
    return run(
        [PYTHON, "-m", "mkdocs", "build", "--strict", "--site-dir", str(clone / "site")], clone, {**env, **extra}
    )


def execution_report(clone: Path) -> list[dict]:
    return json.loads((clone / "build" / "execution-report.json").read_text(encoding="utf-8"))


def nbclient_time(clone: Path, workdir: Path) -> float:
    """Execute every lesson notebook the build made, one fresh kernel each, sequentially."""
    code = (
        "import sys, nbformat\n"
        "from nbclient import NotebookClient\n"
        "for path in sys.argv[2:]:\n"
        "    nb = nbformat.read(path, as_version=4)\n"
        "    resources = {'metadata': {'path': sys.argv[1]}}\n"
        "    NotebookClient(nb, timeout=600, kernel_name='python3', resources=resources).execute()\n"
    )
    notebooks = sorted(str(p) for p in (clone / "build" / "notebooks").glob("*.ipynb"))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return run([PYTHON, "-c", code, str(workdir), *notebooks], workdir, env)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lesson", default="derivatives", help="the lesson edited for the one-lesson rebuilds")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="course-bench-") as tmp:
        tmp = Path(tmp)
        clone = tmp / "clone"
        subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
        for shared in (".venv", "node_modules"):
            (clone / shared).symlink_to(ROOT / shared)
        env = {
            **{k: v for k, v in os.environ.items() if k not in ("CI", "COURSE_NO_CACHE", "COURSE_EXEC")},
            "NO_MKDOCS_2_WARNING": "1",
            "COURSE_CACHE_DIR": str(tmp / "exec-cache"),
        }
        figures: dict[str, float] = {}
        figures["floor"] = build(clone, env, COURSE_EXEC="skip")
        shutil.rmtree(clone / ".cache", ignore_errors=True)  # mkdocs-jupyter's cache too: a truly cold build
        figures["cold"] = build(clone, env)
        report = execution_report(clone)
        executed = {r["lesson"]: r["seconds"] for r in report if r["state"] == "executed"}
        figures["warm"] = build(clone, env)
        page = clone / "docs" / f"{args.lesson}.md"
        page.write_text(page.read_text(encoding="utf-8") + "\nA sentence added by the benchmark.\n", encoding="utf-8")
        figures["prose"] = build(clone, env)
        snippet = sorted((clone / "snippets" / args.lesson).glob("*.py"))[0]
        snippet.write_text(
            snippet.read_text(encoding="utf-8") + "\nprint('edited by the benchmark')\n", encoding="utf-8"
        )
        figures["snippet"] = build(clone, env)
        relaunched = {r["lesson"]: r["seconds"] for r in execution_report(clone) if r["state"] == "executed"}
        workdir = tmp / "nb"
        workdir.mkdir()
        figures["nbclient"] = nbclient_time(clone, workdir)

    total = sum(executed.values())
    lesson_seconds = relaunched.get(args.lesson, 0.0)
    print(f"machine: {cores} cores; lessons executed in the cold build: {len(executed)}, {total:.1f} s of execution")
    for name, seconds in figures.items():
        print(f"  {name:<9}{seconds:7.2f} s")
    targets = [
        ("warm rebuild <= 1.3 x floor", figures["warm"], 1.3 * figures["floor"]),
        ("prose edit <= floor + 1 s", figures["prose"], figures["floor"] + 1.0),
        (
            f"one-lesson code edit <= floor + its execution ({lesson_seconds:.1f} s) + 1 s",
            figures["snippet"],
            figures["floor"] + lesson_seconds + 1.0,
        ),
        (
            f"cold <= 1.2 x (floor + execution / {cores} cores)",
            figures["cold"],
            1.2 * (figures["floor"] + total / cores),
        ),
        ("cold x 2 <= nbclient (at least 2x faster)", 2 * figures["cold"], figures["nbclient"]),
    ]
    print("targets:")
    missed = 0
    for label, value, limit in targets:
        ok = value <= limit
        missed += not ok
        print(f"  [{'ok' if ok else 'MISSED'}] {label}: {value:.2f} s vs {limit:.2f} s (ratio {value / limit:.2f})")
    print(f"  only {args.lesson} re-executed after its code edit: {sorted(relaunched) == [args.lesson]}")
    missed += sorted(relaunched) != [args.lesson]
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
