"""Run lessons: each in a fresh process, side by side, with a time limit per block.

`run_lessons` is what the MkDocs hook, the tests and the scripts call. It
answers from the cache where the cache holds a valid entry (never in CI),
otherwise it runs the lesson in a new process forked from a server that has
torch already imported, and caches what succeeded.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import re
import sys
import threading
import time
import types
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from coursebuild import ROOT, cache
from coursebuild.lessons import Lesson


@dataclass
class BlockResult:
    output: str
    figures: list[tuple[str, str]]  # (name, svg text)
    warnings: list[str]
    seconds: float
    frames: dict[str, dict] = field(default_factory=dict)  # frame name -> its `fig.explorable` (explorables)


@dataclass
class LessonResult:
    slug: str
    page: str
    blocks: list[BlockResult] = field(default_factory=list)
    error: str | None = None  # a message naming page, snippet file and line
    failed_block: int | None = None  # the index of the block the error belongs to
    failed_output: str = ""  # what that block printed before it failed
    deps: dict[str, str] = field(default_factory=dict)  # project files the run read, with their hashes
    seconds: float = 0.0
    cached: bool = False
    snippets: list[str] = field(default_factory=list)

    @property
    def figures(self) -> dict[str, str]:
        return {name: svg for block in self.blocks for name, svg in block.figures}

    @property
    def frames(self) -> dict[str, dict]:
        """Frame name ("<explorable>@<k>") -> its metadata, over all blocks."""
        return {name: meta for block in self.blocks for name, meta in block.frames.items()}

    def to_json(self) -> dict:
        return {
            "slug": self.slug,
            "page": self.page,
            "blocks": [vars(b) for b in self.blocks],
            "deps": self.deps,
            "seconds": self.seconds,
        }

    @classmethod
    def from_json(cls, data: dict) -> LessonResult:
        blocks = [
            BlockResult(b["output"], [tuple(f) for f in b["figures"]], b["warnings"], b["seconds"], b.get("frames", {}))
            for b in data["blocks"]
        ]
        return cls(data["slug"], data["page"], blocks, None, data["deps"], data["seconds"], cached=True)


_context = None
_context_lock = threading.Lock()
# What the fork server imports once, so that no lesson process pays for it: torch (~3 s) when a
# lesson of the build names it, and torch._dynamo (~3 s more, imported on first use of what is
# matched below) when a lesson uses that. Only a matter of speed: a lesson importing either
# itself (through a helper module, say) gets it in its own process, with the same settings
# (worker.set_threads). A throwaway project's lessons need neither.
TORCH_USERS = re.compile(r"\btorch\b")
DYNAMO_USERS = re.compile(r"torch\.func|functorch|torch\.compile|checkpoint|FlopCounterMode")
_preload: set[str] = set()


def _want_preloads(lessons: list[Lesson]) -> None:
    code = [b.code for one in lessons for b in one.blocks]
    if any(TORCH_USERS.search(c) for c in code):
        _preload.add("torch")
    if any(DYNAMO_USERS.search(c) for c in code):
        _preload.update(("torch", "torch._dynamo"))


def _mp_context():
    """A fork server with torch, numpy and matplotlib imported once."""
    global _context
    with _context_lock:
        if _context is None:
            scripts = str(ROOT / "scripts")  # children import the engine from here (mkdocs drops it
            if scripts not in sys.path:  # from sys.path after loading the hooks)
                sys.path.insert(0, scripts)
            os.environ.setdefault("MPLBACKEND", "Agg")
            _context = multiprocessing.get_context("forkserver")
            # Python 3.11's fork server ignores the parent's sys.path, so it preloads only installed
            # packages; each child then imports the (light) engine itself.
            wanted = [name for name in ("torch", "torch._dynamo") if name in _preload]
            _context.set_forkserver_preload([*wanted, "numpy", "matplotlib.pyplot"])
        return _context


def _execute(lesson: Lesson) -> LessonResult:
    broken = next((b for b in lesson.blocks if b.problem), None)
    runnable = lesson.blocks[: broken.index] if broken else lesson.blocks
    result = _run_blocks(lesson, runnable) if runnable else LessonResult(lesson.slug, lesson.page)
    if broken is not None and result.error is None:
        result.error, result.failed_block = broken.problem, broken.index
    return result


def _run_blocks(lesson: Lesson, runnable: list) -> LessonResult:
    _want_preloads([lesson])
    ctx = _mp_context()
    parent, child = ctx.Pipe(duplex=False)
    blocks = [(b.snippet, b.code) for b in runnable]
    process = ctx.Process(target=_child_main, args=(child, lesson.slug, blocks, lesson.root), daemon=True)
    started = time.perf_counter()
    result = LessonResult(lesson.slug, lesson.page)
    with _plain_main():
        process.start()
    child.close()
    current = None
    try:
        while True:
            if not parent.poll(lesson.timeout):
                block = lesson.blocks[current or 0]
                result.failed_block = current or 0
                result.error = (
                    f"docs/{lesson.page}: snippet {block.snippet} ran longer than its limit of "
                    f"{lesson.timeout:g} s and was stopped (raise it with `exec_timeout:` in the page's front matter)"
                )
                break
            try:
                message = parent.recv()
            except EOFError:
                block = lesson.blocks[current].snippet if current is not None else "(before the first snippet)"
                result.failed_block = current or 0
                process.join(5)
                result.error = (
                    f"docs/{lesson.page}: the process running this lesson died with exit code "
                    f"{process.exitcode} during {block} (its traceback, if any, is printed above)"
                )
                break
            kind = message[0]
            if kind == "start":
                current = message[1]
            elif kind == "done":
                result.blocks.append(BlockResult(**message[2]))
            elif kind == "error":
                info = message[2]
                result.failed_block, result.failed_output = message[1], info["output"]
                line = f", line {info['line']}" if info["line"] else ""
                result.error = (
                    f"docs/{lesson.page}: snippet {info['file']}{line} raised {info['exception']}\n"
                    f"{info['traceback'].rstrip()}"
                )
                break
            elif kind == "finished":
                result.deps = message[1]
                break
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        parent.close()
    result.seconds = time.perf_counter() - started
    return result


@contextlib.contextmanager
def _plain_main():
    """Start children without re-importing the parent's `__main__` (mkdocs', pytest's): it costs seconds.

    multiprocessing re-runs the parent's main script in every child unless the main module
    has neither a spec nor a file; the lesson's code never needs it.
    """
    with _context_lock:
        real = sys.modules["__main__"]
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            sys.modules["__main__"] = real


def _child_main(conn, slug, blocks, root):
    from coursebuild import worker

    try:
        worker.run(conn, slug, blocks, root)
    finally:
        conn.close()


def default_jobs() -> int:
    return int(os.environ.get("COURSE_JOBS", "0")) or os.cpu_count() or 1


def run_lesson(lesson: Lesson, use_cache: bool | None = None) -> LessonResult:
    """The lesson's results: from the cache when valid, else executed (and cached if it passed)."""
    use_cache = cache.enabled() if use_cache is None else use_cache
    key = cache.key(lesson)
    data = cache.load(key, lesson.root) if use_cache else None
    result = LessonResult.from_json(data) if data is not None else _execute(lesson)
    result.snippets = lesson.snippet_files
    if result.cached:
        return result
    if use_cache and result.error is None:
        cache.store(key, result.to_json())
    return result


def floor_result(lesson: Lesson) -> LessonResult:
    """A stand-in result that executes nothing (COURSE_EXEC=skip): the benchmark's floor build.

    Every block 'prints' a placeholder and every figure the page shows is a blank SVG, so the rest
    of the build (Markdown, notebooks, search, theme) does all of its usual work.
    """
    text = (lesson.root / "docs" / lesson.page).read_text(encoding="utf-8")
    names = re.findall(rf"figures/{re.escape(lesson.slug)}/([\w-]+)\.svg", text)
    blank = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>\n'
    blocks = [BlockResult("(not executed: floor build)\n", [], [], 0.0) for _ in lesson.blocks]
    if blocks:
        blocks[-1].figures = [(name, blank) for name in dict.fromkeys(names)]
    return LessonResult(lesson.slug, lesson.page, blocks, cached=True, snippets=lesson.snippet_files)


def run_lessons(
    lessons: list[Lesson],
    jobs: int | None = None,
    use_cache: bool | None = None,
    on_result: Callable[[Lesson, LessonResult], None] | None = None,
) -> list[LessonResult]:
    """Run lessons concurrently (one process each, at most `jobs` at once); results in input order.

    `on_result(lesson, result)` is called as each lesson finishes, while others still run.
    """
    skip = os.environ.get("COURSE_EXEC") == "skip"
    jobs = 1 if skip else jobs or default_jobs()
    _want_preloads(lessons)  # all of them, before the first lesson starts the fork server

    def one(lesson: Lesson) -> LessonResult:
        result = floor_result(lesson) if skip else run_lesson(lesson, use_cache)
        if on_result is not None:
            on_result(lesson, result)
        return result

    # Longest first keeps the cores busy to the end; the cache remembers how long each took.
    order = sorted(lessons, key=lambda lesson: -cache.last_seconds(lesson.slug))
    with ThreadPoolExecutor(max_workers=max(1, min(jobs, len(lessons)))) as pool:
        done = list(pool.map(one, order))
    by_page = {result.page: result for result in done}
    return [by_page[lesson.page] for lesson in lessons]
