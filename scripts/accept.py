"""Rewrite the output record of every lesson (or the named ones) from a fresh run: `make accept`.

    .venv/bin/python scripts/accept.py [lesson ...]

Run it after an intended change of what a page shows, then review `git diff snippets/` (each
changed line is a number readers will see) and commit the records with the change. Accept on the
reference platform (Linux x86-64, where CI runs); elsewhere it refuses unless --anywhere is given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from coursebuild import record
from coursebuild.execute import run_lessons
from coursebuild.lessons import all_lessons


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lessons", nargs="*", help="lesson slugs (default: all)")
    parser.add_argument("--anywhere", action="store_true", help="accept on a platform other than the reference")
    args = parser.parse_args()
    here = record.this_platform()
    if here != record.REFERENCE_PLATFORM and not args.anywhere:
        print(f"this is {here}, not the reference platform {record.REFERENCE_PLATFORM}: not accepting", file=sys.stderr)
        return 2
    lessons = [lesson for lesson in all_lessons() if not args.lessons or lesson.slug in args.lessons]
    unknown = set(args.lessons) - {lesson.slug for lesson in lessons}
    if unknown:
        print(f"no such lesson: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    failed = False
    for lesson, result in zip(lessons, run_lessons(lessons, use_cache=False), strict=True):
        if result.error:
            print(result.error, file=sys.stderr)
            failed = True
            continue
        changed = record.write(lesson, result)
        print(f"{record.path(lesson).relative_to(lesson.root)}: {'rewritten' if changed else 'unchanged'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
