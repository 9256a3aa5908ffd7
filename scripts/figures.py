"""Produce every figure of the site, from the lessons' own code, into a folder.

    .venv/bin/python scripts/figures.py [--out build/figures] [--check] [lesson ...]

Figures are drawn by the lessons' snippets (real torch computations, in page order, in
the lesson's own session) and saved by the engine as deterministic SVG in the course
style. The site build does the same thing in memory; this script writes them to disk to
look at, and with --check proves that what is on disk is current (exit 1 otherwise).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from coursebuild import BUILD
from coursebuild.execute import run_lessons
from coursebuild.lessons import all_lessons


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lessons", nargs="*", help="lesson slugs (default: all)")
    parser.add_argument("--out", type=Path, default=BUILD / "figures")
    parser.add_argument("--check", action="store_true", help="compare with --out instead of writing")
    args = parser.parse_args()
    lessons = [lesson for lesson in all_lessons() if not args.lessons or lesson.slug in args.lessons]
    results = run_lessons(lessons, use_cache=False)
    stale = []
    for result in results:
        if result.error:
            print(result.error, file=sys.stderr)
            return 1
        for name, svg in result.figures.items():
            path = args.out / result.slug / f"{name}.svg"
            if args.check:
                if not path.is_file() or path.read_text(encoding="utf-8") != svg:
                    stale.append(path)
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(svg, encoding="utf-8")
            print(path)
    for path in stale:
        print(f"stale or missing: {path}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
