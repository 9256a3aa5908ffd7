"""The execution report: one row per lesson, like sphinx-gallery's execution-times table.

Written on every build to build/execution-report.md and .json (outside docs/
and outside the site: timings differ between builds, pages must not).
"""

from __future__ import annotations

import json

from coursebuild import BUILD


def rows(results) -> list[dict]:
    return [
        {
            "lesson": r.slug,
            "page": f"docs/{r.page}",
            "blocks": len(r.blocks),
            "figures": sum(1 for b in r.blocks for name, _ in b.figures if not name.endswith(".dark")),
            "frames": len(r.frames),  # frames of explorable figures (counted in figures too)
            "state": "failed" if r.error else ("cached" if r.cached else "executed"),
            "seconds": round(r.seconds, 3),
        }
        for r in results
    ]


def write(results, folder=BUILD) -> None:
    table = rows(results)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "execution-report.json").write_text(json.dumps(table, indent=2) + "\n", encoding="utf-8")
    lines = [
        "| lesson | page | blocks | figures | explorable frames | state | seconds |",
        "|---|---|---:|---:|---:|---|---:|",
    ]
    for r in table:
        counts = f"{r['blocks']} | {r['figures']} | {r['frames']}"
        lines.append(f"| {r['lesson']} | {r['page']} | {counts} | {r['state']} | {r['seconds']:.2f} |")
    executed = sum(r["seconds"] for r in table if r["state"] == "executed")
    lines.append(f"\nExecuted {sum(r['state'] == 'executed' for r in table)} lessons, {executed:.1f} s of execution.")
    (folder / "execution-report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def implausible(lessons, results) -> list[str]:
    """Runs that cannot be real: executed in no time, or fewer blocks than the page has."""
    problems = []
    for lesson, result in zip(lessons, results, strict=True):
        if result.error:
            continue
        if len(result.blocks) != len(lesson.blocks):
            problems.append(f"docs/{lesson.page}: ran {len(result.blocks)} of {len(lesson.blocks)} blocks")
        elif not result.cached and result.seconds <= 0:
            problems.append(f"docs/{lesson.page}: reported as executed in zero time: it did not really run")
    return problems
