"""Run one lesson's snippets in page order, as the build does, and print what each block prints.

    .venv/bin/python scripts/run_lesson.py derivatives [--figures build/figures]

An authoring aid: exits non-zero with the page, snippet file and line on failure.
Never reads or writes the cache.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from coursebuild import BUILD
from coursebuild.execute import run_lesson
from coursebuild.lessons import parse_page


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lesson", help="the lesson's slug, e.g. derivatives")
    parser.add_argument("--figures", type=Path, default=BUILD / "figures", help="where to write its figures")
    args = parser.parse_args()
    lesson = parse_page(f"{args.lesson}.md")
    result = run_lesson(lesson, use_cache=False)
    for block, res in zip(lesson.blocks, result.blocks, strict=False):
        print(f"── {block.snippet} ({res.seconds:.2f} s)")
        print(res.output, end="" if res.output.endswith("\n") or not res.output else "\n")
        for name, svg in res.figures:
            path = args.figures / lesson.slug / f"{name}.svg"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(svg, encoding="utf-8")
            print(f"   [figure written: {path}]")
        for note in res.warnings:
            print(f"   WARNING {note}")
    if result.error:
        print(result.error, file=sys.stderr)
        return 1
    print(f"{lesson.slug}: {len(result.blocks)} blocks in {result.seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
