"""Re-run lessons under the environment matrix and compare every block with the output record.

    .venv/bin/python scripts/matrix.py [lesson ...] [--env NAME ...]

The environments (coursebuild/matrix.py) stand in for other CPUs, BLAS code paths and thread
counts. Prints the first differing line of every lesson that differs; exit 1 if any does.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from coursebuild import matrix


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lessons", nargs="*", help="lesson slugs (default: all)")
    parser.add_argument(
        "--env", action="append", choices=["normal", *matrix.ENVIRONMENTS], help="default: every environment"
    )
    args = parser.parse_args()
    found = 0
    for name in args.env or list(matrix.ENVIRONMENTS):
        started = time.perf_counter()
        dumped = matrix.run(name, args.lessons)
        problems = matrix.differences(name, dumped)
        found += len(problems)
        seconds = time.perf_counter() - started
        state = f"{len(problems)} lessons differ" if problems else "same as the record"
        xla = f"XLA {dumped['xla']['vector_doubles']} doubles/vector"
        print(f"{name:14s} {seconds:5.1f} s  ATen capability {dumped['cpu_capability']:8s} {xla}  {state}", flush=True)
        for problem in problems:
            print(problem, flush=True)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
