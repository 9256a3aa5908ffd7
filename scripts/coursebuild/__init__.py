"""The course's build engine.

It finds the executed blocks of every lesson page (`lessons`), runs each lesson
in a fresh process with timeouts (`execute`), caches results by content
(`cache`), renders figures with one shared style (`style`) and plugs all of this
into MkDocs and markdown-exec (`../hooks.py`).
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
"""The project root: the folder holding `mkdocs.yml`."""

DOCS = ROOT / "docs"
BUILD = ROOT / "build"
"""Generated outputs (figures, notebooks, reports): ignored by git, never inside `docs/`."""

COMMAND = "build"
"""The MkDocs command this process runs ("build", "serve", "gh-deploy"), set by the hooks' on_startup."""
