"""Find a lesson page's executed blocks, in page order.

A lesson page `docs/<slug>.md` pulls each block's code from one snippet file:

    ```python exec="on" session="<slug>" source="above" result="text"
    --8<-- "snippets/<slug>/01_name.py"
    ```

The fence may be indented (inside an admonition or a collapsible solution).
This module parses pages the same way pymdownx.snippets and markdown-exec read
them, so that the engine can run a lesson before MkDocs renders it and name the
snippet file and line when something fails.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from coursebuild import DOCS, ROOT

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})\s*(?P<lang>[\w-]+)?(?P<opts>[^\n]*)$")
OPTION = re.compile(r'(\w+)="([^"]*)"')
INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<path>[^"]+)"\s*$')
FRONT_MATTER = re.compile(r"\A---\n(?P<body>.*?)\n---\n", re.S)

DEFAULT_TIMEOUT = 60.0
"""Seconds one block may run; a page overrides it with `exec_timeout:` in its front matter."""


class LessonError(Exception):
    """A page whose executed blocks break the conventions."""


@dataclass(frozen=True)
class Block:
    """One executed block: the snippet file it includes and where it stands on the page."""

    page: str  # path relative to docs/, e.g. "derivatives.md"
    index: int  # 0-based position among the page's executed blocks
    page_line: int  # 1-based line of the opening fence in the page
    snippet: str  # path relative to the project root, e.g. "snippets/derivatives/01_x.py"
    code: str
    problem: str = ""  # why this block cannot run (lenient parsing only, under `mkdocs serve`)

    @property
    def where(self) -> str:
        return f"docs/{self.page}:{self.page_line} ({self.snippet})"


@dataclass
class Lesson:
    """A page with executed blocks; its session name is its slug."""

    page: str
    slug: str
    blocks: list[Block] = field(default_factory=list)
    timeout: float = DEFAULT_TIMEOUT
    root: Path = ROOT  # the project folder that snippet paths are relative to

    @property
    def snippet_files(self) -> list[str]:
        return [b.snippet for b in self.blocks]


def _front_matter_timeout(text: str) -> float:
    match = FRONT_MATTER.match(text)
    if match:
        for line in match.group("body").splitlines():
            key, _, value = line.partition(":")
            if key.strip() == "exec_timeout":
                return float(value.strip())
    return DEFAULT_TIMEOUT


def parse_page(page: str, text: str | None = None, root: Path = ROOT, lenient: bool = False) -> Lesson:
    """Return the lesson on `docs/<page>` (text given or read from disk).

    A block that breaks the conventions (no snippet include, a missing snippet file, another
    session) raises LessonError; with `lenient` it is kept with its `problem` instead, so that
    `mkdocs serve` can run the blocks before it and show the problem in place.
    """
    if text is None:
        text = (root / "docs" / page).read_text(encoding="utf-8")
    slug = Path(page).with_suffix("").as_posix()
    lesson = Lesson(page=page, slug=slug, timeout=_front_matter_timeout(text), root=root)
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        if not match:
            i += 1
            continue
        fence, start = match.group("fence"), i
        end = i + 1
        while end < len(lines) and not (
            lines[end].strip().startswith(fence) and lines[end].strip().strip(fence[0]) == ""
        ):
            end += 1
        options = dict(OPTION.findall(match.group("opts")))
        if match.group("lang") in ("python", "py") and options.get("exec", "").lower() in ("on", "1", "yes", "true"):
            try:
                block = _block(lesson, start, lines[start + 1 : end], options, root)
            except LessonError as error:
                if not lenient:
                    raise
                include = next((m for line in lines[start + 1 : end] if (m := INCLUDE.match(line))), None)
                snippet = include.group("path") if include else f"(block at docs/{page}:{start + 1})"
                block = Block(lesson.page, len(lesson.blocks), start + 1, snippet, "", problem=str(error))
            lesson.blocks.append(block)
        i = end + 1
    return lesson


def _block(lesson: Lesson, start: int, body: list[str], options: dict[str, str], root: Path) -> Block:
    where = f"docs/{lesson.page}:{start + 1}"
    if options.get("session") != lesson.slug:
        raise LessonError(f'{where}: an executed block must say session="{lesson.slug}" (the page\'s slug)')
    content = [line for line in body if line.strip()]
    include = INCLUDE.match(content[0]) if len(content) == 1 else None
    if include is None:
        raise LessonError(
            f'{where}: an executed block must hold exactly one line --8<-- "snippets/{lesson.slug}/<file>.py"'
        )
    snippet = include.group("path")
    path = root / snippet
    if not snippet.startswith(f"snippets/{lesson.slug}/") or not path.is_file():
        raise LessonError(f"{where}: no snippet file {snippet} (snippets of this page live in snippets/{lesson.slug}/)")
    return Block(
        page=lesson.page,
        index=len(lesson.blocks),
        page_line=start + 1,
        snippet=snippet,
        code=path.read_text(encoding="utf-8"),
    )


def all_lessons(docs: Path = DOCS, lenient: bool = False) -> list[Lesson]:
    """Every page under docs/ that has executed blocks, sorted by path."""
    lessons = []
    for md in sorted(docs.rglob("*.md")):
        lesson = parse_page(md.relative_to(docs).as_posix(), root=docs.parent, lenient=lenient)
        if lesson.blocks:
            lessons.append(lesson)
    return lessons
