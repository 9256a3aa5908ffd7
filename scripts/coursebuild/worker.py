"""Runs one lesson's snippets inside a fresh child process.

The fork server imports numpy and matplotlib once, and torch when the build's
lessons use it; every lesson then runs in a new process forked from that
server, which gives each page an empty session without paying for
`import torch` again. The engine itself never imports torch: it sets torch's
thread count when torch is (or gets) imported.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.abc
import importlib.util
import io
import os
import sys
import time
import traceback
import types
import warnings
from pathlib import Path

import matplotlib
import numpy  # noqa: F401  (preloaded for the children)

from coursebuild import ROOT, style
from coursebuild.explorable import FRAME

style.apply()
import matplotlib.pyplot as plt  # noqa: E402  (after the backend is chosen)

IGNORED_DIRS = (".venv", "build", ".cache", "node_modules")


def _is_project_file(path: str | os.PathLike | None, root: Path) -> bool:
    """Whether the run read `path` from the project (its own modules and data, not installed packages)."""
    if not path:
        return False
    try:
        resolved = Path(path).resolve()
    except (OSError, ValueError):
        return False
    if not resolved.is_relative_to(root) or any(resolved.is_relative_to(root / d) for d in IGNORED_DIRS):
        return False
    return resolved.is_file()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _snippet_frame(exc: BaseException, snippets: set[str]) -> tuple[str, int] | None:
    """The innermost traceback frame that stands in a snippet file."""
    found = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename in snippets:
            found = (frame.filename, frame.lineno or 0)
    return found


def _format_error(exc: BaseException, root: Path) -> str:
    """The traceback from the snippet's own frame on (the engine's frames are noise)."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    text = "".join(traceback.format_exception(type(exc), exc, tb))
    return text.replace(f'"{root}/', '"')  # project paths relative to the root, as pages name them


def _notes(caught, snippets: set[str]) -> list[str]:
    """Warnings worth an author's attention, once each.

    Everything a snippet's own line triggers, and anything else but the deprecation notices
    that libraries raise about their own internals (Python hides those by default too).
    """
    notes = []
    for w in caught:
        internal = issubclass(w.category, (DeprecationWarning, PendingDeprecationWarning))
        if w.filename in snippets or not internal:
            note = f"{w.category.__name__}: {w.message} ({w.filename}:{w.lineno})"
            if note not in notes:
                notes.append(note)
    return notes


# A figure named "<name>@<k>" is frame k of the explorable figure <name> (coursebuild/explorable.py).
_frames: list[tuple[str, str, dict]] = []  # frames a snippet closed itself: (name, svg, meta)


def _snapshot(fig) -> list[tuple[str, str]]:
    light, dark = style.to_svgs(fig)  # the same figure, for each palette
    return [(fig.get_label(), light), (f"{fig.get_label()}{style.DARK_SUFFIX}", dark)]


def _frame_meta(fig, snippet: str) -> dict:
    """What a frame tells the page: `fig.explorable = {"value": "κ = 4", "alt": "...", "default": True}`."""
    meta = getattr(fig, "explorable", None)
    if not isinstance(meta, dict) or not meta.get("value") or not meta.get("alt"):
        raise ValueError(
            f"{snippet}: frame {fig.get_label()!r} needs fig.explorable = "
            '{"value": <the slider\'s value as text>, "alt": <alt text of this frame>} (and "default": True on one)'
        )
    return {"value": str(meta["value"]), "alt": str(meta["alt"]), "default": bool(meta.get("default"))}


_real_close = plt.close


def _close(fig=None):
    """plt.close, keeping the frames of an explorable: a snippet draws each frame and closes all but
    the representative one, so that a notebook shows one figure while the page gets every frame."""
    open_figures = [plt.figure(n) for n in plt.get_fignums()]
    if fig is None:
        figs = open_figures[-1:] and [plt.gcf()]
    elif isinstance(fig, str):
        figs = open_figures if fig == "all" else [f for f in open_figures if f.get_label() == fig]
    elif isinstance(fig, int):
        figs = [f for f in open_figures if f.number == fig]
    else:
        figs = [fig]
    for f in figs:
        if hasattr(f, "get_label") and FRAME in f.get_label():
            _frames.extend((name, svg, _frame_meta(f, "a snippet")) for name, svg in _snapshot(f))
    return _real_close(fig)


plt.close = _close


def _collect_figures(slug: str, snippet: str) -> tuple[list[tuple[str, str]], dict[str, dict]]:
    figures, frames = [], {}
    for name, svg, meta in _frames:
        figures.append((name, svg))
        frames.setdefault(name.removesuffix(style.DARK_SUFFIX), meta)
    _frames.clear()
    for number in plt.get_fignums():
        fig = plt.figure(number)
        label = fig.get_label()
        if not label:
            _real_close("all")
            raise ValueError(
                f'{snippet} draws a figure without a name: create it with plt.subplots(..., num="<name>"); '
                f"it is then shown on the page as figures/{slug}/<name>.svg"
            )
        if FRAME in label:
            frames[label] = _frame_meta(fig, snippet)
        figures += _snapshot(fig)
        _real_close(fig)
    return figures, frames


class _AfterImport(importlib.abc.MetaPathFinder):
    """Runs `action(module)` right after module `name` is first imported, before the import returns."""

    def __init__(self, name: str, action):
        self.name, self.action = name, action

    def find_spec(self, fullname, path=None, target=None):
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        if spec is None or spec.loader is None:
            return spec
        loader, action = spec.loader, self.action
        exec_module = loader.exec_module

        def exec_then_act(module):
            exec_module(module)
            action(module)

        loader.exec_module = exec_then_act
        return spec


def when_imported(name: str, action) -> None:
    """`action(module)` now if the top-level module `name` is imported, else as soon as it is."""
    if name in sys.modules:
        action(sys.modules[name])
    else:
        sys.meta_path.insert(0, _AfterImport(name, action))


def set_threads() -> None:
    """One intra-op thread per lesson (COURSE_THREADS gives more), for ATen and for XLA.

    XLA (JAX's compiler, in the lessons that import jax) reads XLA_FLAGS when a lesson first makes
    a JAX array, so this runs before any snippet; with one thread it turns XLA's multithreaded
    Eigen kernels off, unless the environment already sets that flag. (The recipe often quoted
    with a bare `intra_op_parallelism_threads=1` is no XLA flag: XLA's parser silently drops it
    and every flag after it.)
    """
    threads = int(os.environ.get("COURSE_THREADS") or 1)
    when_imported("torch", lambda torch: torch.set_num_threads(threads))
    flags = os.environ.get("XLA_FLAGS", "")
    if threads == 1 and "xla_cpu_multi_thread_eigen" not in flags:
        os.environ["XLA_FLAGS"] = f"{flags} --xla_cpu_multi_thread_eigen=false".strip()


def run(conn, slug: str, blocks: list[tuple[str, str]], root: Path = ROOT) -> None:
    """Execute `blocks` ([(snippet path, code)]) in one fresh namespace; report through `conn`.

    Messages: ("start", i) before block i; ("done", i, result) after it; ("error", i, info)
    when it raises (then nothing more); ("finished", deps) at the end.
    """
    # The engine runs lessons side by side, one core each; COURSE_THREADS gives each lesson more
    # threads (the environment matrix uses it to show that no output depends on the thread count).
    set_threads()
    opened: set[str] = set()

    def audit(event: str, args: tuple) -> None:
        if event == "open" and isinstance(args[0], (str, os.PathLike)):
            opened.add(os.fspath(args[0]))

    sys.addaudithook(audit)
    os.chdir(root)
    module = types.ModuleType(f"lesson_{slug.replace('-', '_').replace('/', '_')}")
    sys.modules[module.__name__] = module
    namespace = module.__dict__
    paths = {str(root / snippet): snippet for snippet, _ in blocks}
    baseline_modules = set(sys.modules)

    for i, (snippet, code) in enumerate(blocks):
        conn.send(("start", i))
        out, err = io.StringIO(), io.StringIO()
        started = time.perf_counter()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                    exec(compile(code, str(root / snippet), "exec"), namespace)
                figures, frames = _collect_figures(slug, snippet)
            except BaseException as exc:  # SystemExit and KeyboardInterrupt too
                frame = _snippet_frame(exc, set(paths))
                file, line = (paths[frame[0]], frame[1]) if frame else (snippet, 0)
                conn.send(
                    (
                        "error",
                        i,
                        {
                            "snippet": snippet,
                            "file": file,
                            "line": line,
                            "exception": f"{type(exc).__name__}: {exc}",
                            "traceback": _format_error(exc, root),
                            "output": out.getvalue(),
                        },
                    )
                )
                return
        notes = _notes(caught, set(paths))
        if err.getvalue().strip():
            notes.append(f"stderr: {err.getvalue().strip()}")
        conn.send(
            (
                "done",
                i,
                {
                    "output": out.getvalue(),
                    "figures": figures,
                    "frames": frames,
                    "warnings": notes,
                    "seconds": time.perf_counter() - started,
                },
            )
        )

    deps = {
        getattr(m, "__file__", None) for name, m in list(sys.modules.items()) if name not in baseline_modules
    } | opened
    files = sorted({Path(p).resolve() for p in deps if _is_project_file(p, root)})
    snippet_files = {root / s for s, _ in blocks}
    conn.send(("finished", {f.relative_to(root).as_posix(): _sha(f) for f in files if f not in snippet_files}))


__all__ = ["matplotlib", "run"]
