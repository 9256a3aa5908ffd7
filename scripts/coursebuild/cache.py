"""Content-addressed cache of executed lessons, for local builds and `mkdocs serve`.

The key covers what is known before running: the engine's own code, the
versions of Python, torch, numpy, matplotlib, jax and jaxlib, the page and the code of every
block of the lesson in order. What a run reads besides (project modules its
snippets import, data files they open) is recorded in the entry with each
file's hash; an entry whose recorded files changed is a miss. Entries carry a
checksum: a corrupt or half-written one is ignored and rebuilt, never served.
Failed runs are never stored. CI (CI=true) and COURSE_NO_CACHE=1 bypass the
cache entirely. `make clean-cache` deletes it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import threading
from functools import cache as memoize
from importlib import metadata
from pathlib import Path

from coursebuild import ROOT

CACHE_DIR = Path(os.environ.get("COURSE_CACHE_DIR") or ROOT / ".cache" / "exec")
ENGINE_FILES = ("worker.py", "execute.py", "style.py", "cache.py")


def enabled() -> bool:
    return not os.environ.get("CI") and not os.environ.get("COURSE_NO_CACHE")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _installed(name: str) -> str:
    """A package's version, or "" when it is not installed (read without importing it)."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return ""


@memoize
def environment() -> dict[str, str]:
    engine = Path(__file__).parent
    return {
        "python": sys.version,
        **{name: metadata.version(name) for name in ("torch", "numpy", "matplotlib")},
        **{name: _installed(name) for name in ("jax", "jaxlib")},  # the lessons that import jax
        "engine": _sha(b"".join((engine / name).read_bytes() for name in ENGINE_FILES)),
    }


def key(lesson) -> str:
    material = {
        "environment": environment(),
        "root": str(lesson.root),
        "page": lesson.page,
        "blocks": [[b.snippet, _sha(b.code.encode())] for b in lesson.blocks],
    }
    return _sha(json.dumps(material, sort_keys=True).encode())


def _deps_current(deps: dict[str, str], root: Path) -> bool:
    for path, digest in deps.items():
        file = root / path
        if not file.is_file() or _sha(file.read_bytes()) != digest:
            return False
    return True


def load(key: str, root: Path = ROOT) -> dict | None:
    """The stored result for `key`, or None when absent, corrupt or stale."""
    path = CACHE_DIR / f"{key}.json"
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
        body = entry["result"]
        if entry["checksum"] != _sha(json.dumps(body, sort_keys=True).encode()):
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return body if _deps_current(body.get("deps", {}), root) else None


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


_timings_lock = threading.Lock()  # lessons finish on several threads at once


def store(key: str, result: dict) -> None:
    entry = {"result": result, "checksum": _sha(json.dumps(result, sort_keys=True).encode())}
    _write_atomic(CACHE_DIR / f"{key}.json", json.dumps(entry))
    with _timings_lock:
        timings = _timings()
        timings[result["slug"]] = result["seconds"]
        _write_atomic(CACHE_DIR / "timings.json", json.dumps(timings, sort_keys=True))


def _timings() -> dict[str, float]:
    try:
        return json.loads((CACHE_DIR / "timings.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def last_seconds(slug: str) -> float:
    """How long the lesson took when last executed here (0 if unknown): used to schedule longest first."""
    return float(_timings().get(slug, 0.0))
