"""The output record: what every block of a lesson prints and a hash of every figure it draws.

Each lesson commits `snippets/<slug>/output-record.txt`, a small text file that a
reviewer reads in a diff:

    ### snippets/derivatives/03_limit_table.py
    |        h   (f(1+h) − f(1)) / h
    |    1e-01   2.1000
    figure fd-error.svg sha256:3f2a…

Every output line stands behind `| ` (blank lines and leading spaces stay
visible, trailing spaces are dropped); a figure is named with the first 16 hex digits of its SVG's sha256.
Every build compares what it ran with the record (`check`); `make accept`
rewrites the record after an intended change (`write`). The environment matrix
(`matrix`) renders each of its runs the same way and compares the texts, so one
representation serves both checks.
"""

from __future__ import annotations

import difflib
import hashlib
import platform
import re
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

FILE_NAME = "output-record.txt"
REFERENCE_PLATFORM = "Linux x86_64"
"""Where CI and the deployment run, and where the record is accepted."""

BLOCK = "### "
LINE = "| "
NO_NEWLINE = "\\ no newline at end of output"
FIGURE = re.compile(r"^figure (?P<name>\S+)\.svg sha256:(?P<digest>[0-9a-f]+)$")
PLATFORM = re.compile(r"^# platform: (?P<platform>.+?) \((?P<versions>.*)\)$", re.M)


def this_platform() -> str:
    return f"{platform.system()} {platform.machine()}"


def versions() -> str:
    python = ".".join(map(str, sys.version_info[:2]))
    libs = ", ".join(f"{name} {metadata.version(name)}" for name in ("torch", "numpy", "matplotlib"))
    return f"Python {python}, {libs}"


def figure_digest(svg: str) -> str:
    return hashlib.sha256(svg.encode("utf-8")).hexdigest()[:16]


def path(lesson) -> Path:
    return lesson.root / "snippets" / lesson.slug / FILE_NAME


def body(lesson, result) -> str:
    """The record's body (everything but its header) for one run of `lesson`."""
    parts = []
    for block, res in zip(lesson.blocks, result.blocks, strict=True):
        lines = [f"{BLOCK}{block.snippet}"]
        output = res.output
        lines += [f"{LINE}{line}".rstrip() for line in output.splitlines()]  # trailing blanks are invisible
        if output and not output.endswith("\n"):
            lines.append(NO_NEWLINE)
        lines += [f"figure {name}.svg sha256:{figure_digest(svg)}" for name, svg in res.figures]
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def render(lesson, result) -> str:
    header = (
        f"# Output record of docs/{lesson.page}: what each block prints and a hash of each figure.\n"
        "# Every build compares its run with this file; after an intended change run `make accept`\n"
        "# and review the diff. Accepted on the reference platform:\n"
        f"# platform: {this_platform()} ({versions()})\n"
    )
    return header + "\n" + body(lesson, result)


def recorded_body(lesson) -> str | None:
    """The committed record's body for `lesson`, or None when it has none."""
    file = path(lesson)
    return strip_header(file.read_text(encoding="utf-8")) if file.is_file() else None


def recorded_outputs(lesson) -> dict[str, str]:
    """What the record says each block prints, by snippet path (trailing spaces dropped)."""
    outputs: dict[str, list[str]] = {}
    current = None
    for line in (recorded_body(lesson) or "").splitlines():
        if line.startswith(BLOCK):
            current = outputs.setdefault(line.removeprefix(BLOCK), [])
        elif current is not None and line.startswith(LINE):
            current.append(line[len(LINE) :] + "\n")
        elif current is not None and line == LINE.rstrip():  # an empty output line
            current.append("\n")
        elif current is not None and line == NO_NEWLINE and current:
            current[-1] = current[-1].removesuffix("\n")
    return {snippet: "".join(lines) for snippet, lines in outputs.items()}


def strip_header(text: str) -> str:
    lines = text.splitlines(keepends=True)
    while lines and ((lines[0].startswith("#") and not lines[0].startswith(BLOCK)) or not lines[0].strip()):
        lines.pop(0)
    return "".join(lines)


@dataclass
class Difference:
    page: str
    message: str  # names the page, the block's snippet file and the first differing line
    diff: str  # a unified diff, record → this run
    platform_note: str  # why the difference may not be a stale output, or ""
    other_platform: bool = False  # this machine is not the reference platform: reported, never fatal

    def __str__(self) -> str:
        note = f"\n{self.platform_note}" if self.platform_note else ""
        return f"{self.message}{note}\n{self.diff}"


def first_difference(expected: str, actual: str, where: str) -> tuple[str, str] | None:
    """(message naming block and line, unified diff) for two record bodies, or None when equal."""
    if expected == actual:
        return None
    old, new = expected.splitlines(), actual.splitlines()
    block = "(before the first block)"
    for i in range(max(len(old), len(new))):
        a = old[i] if i < len(old) else None
        b = new[i] if i < len(new) else None
        current = a if a is not None else b
        if current is not None and current.startswith(BLOCK) and a == b:
            block = current.removeprefix(BLOCK)
        if a != b:
            if (a or "").startswith(BLOCK) or (b or "").startswith(BLOCK):
                place = "the blocks differ (a block was added, removed or reordered, or printed more lines)"
            elif FIGURE.match(a or "") or FIGURE.match(b or ""):
                name = (FIGURE.match(a or "") or FIGURE.match(b or "")).group("name")
                place = f"figure {name}.svg differs (its SVG bytes changed)"
            else:
                place = f"output line {_line_in_block(old if a is not None else new, i)}"
            message = f"{where}: block {block}, {place}:\n  record:   {a!r}\n  this run: {b!r}"
            break
    diff = "".join(
        difflib.unified_diff(
            [line + "\n" for line in old], [line + "\n" for line in new], "record", "this run", n=2, lineterm="\n"
        )
    )
    diff_lines = diff.splitlines()
    if len(diff_lines) > 40:
        diff = "\n".join(diff_lines[:40]) + f"\n… ({len(diff_lines) - 40} more diff lines)\n"
    return message, diff


def _line_in_block(lines: list[str], i: int) -> int:
    """1-based number of line i among its block's lines (after the ### line)."""
    start = i
    while start > 0 and not lines[start - 1].startswith(BLOCK):
        start -= 1
    return i - start + 1


def check(lesson, result) -> Difference | None:
    """Compare one lesson's run with its committed record; None when they agree."""
    file = path(lesson)
    where = f"docs/{lesson.page}"
    relative = f"snippets/{lesson.slug}/{FILE_NAME}"
    if not file.is_file():
        return Difference(
            lesson.page,
            f"{where}: no output record {relative}: run `make accept` and commit it",
            "",
            "",
        )
    text = file.read_text(encoding="utf-8")
    found = first_difference(strip_header(text), body(lesson, result), where)
    if found is None:
        return None
    message, diff = found
    return Difference(
        lesson.page,
        f"{message}\n  (record: {relative})",
        diff,
        _platform_note(text),
        other_platform=this_platform() != REFERENCE_PLATFORM,
    )


def _platform_note(text: str) -> str:
    match = PLATFORM.search(text)
    if match is None:
        return ""
    recorded, recorded_versions = match.group("platform"), match.group("versions")
    here = this_platform()
    if here != REFERENCE_PLATFORM or recorded != REFERENCE_PLATFORM:
        return (
            f"  This is {here}; the record was accepted on {recorded}, and the reference platform is "
            f"{REFERENCE_PLATFORM}: this may be a platform difference rather than a stale output "
            "(CI and the deployment build on the reference platform)."
        )
    if recorded_versions != versions():
        return (
            f"  The record was accepted with {recorded_versions}; this build has {versions()}: "
            "an upgrade changed what the page shows. Review the diff, then `make accept`."
        )
    return ""


def write(lesson, result) -> bool:
    """Rewrite the lesson's record from `result`; True when the file changed."""
    file = path(lesson)
    text = render(lesson, result)
    if file.is_file() and file.read_text(encoding="utf-8") == text:
        return False
    file.write_text(text, encoding="utf-8")
    return True
