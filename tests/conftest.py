"""Shared fixtures: the engine on sys.path, a strict build of the real site, and throwaway projects."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from coursebuild.lessons import all_lessons  # noqa: E402

MKDOCS = [sys.executable, "-m", "mkdocs"]
LESSONS = all_lessons()


def source_date_epoch() -> str:
    """The last commit's time: builds of one commit carry the same dates (sitemap, archives)."""
    result = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True)
    return result.stdout.strip() or "0"


def build_env(**extra: str) -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": source_date_epoch(), **extra}


def mkdocs_build(project: Path, site: Path, **env: str) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of `project` into `site`; stdout and stderr captured together."""
    return subprocess.run(
        [*MKDOCS, "build", "--strict", "--site-dir", str(site)],
        cwd=project,
        env=build_env(**env),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=1800,
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The real site, built strictly once per test session (CI: every lesson executed fresh).

    A copy is left in build/test-site/: `make test` measures it with Lighthouse afterwards, alone.
    COURSE_TEST_SITE=<folder> reuses a site already built from this checkout (while iterating on tests,
    and for that Lighthouse session).
    """
    if os.environ.get("COURSE_TEST_SITE"):
        return Path(os.environ["COURSE_TEST_SITE"])
    out = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, out)
    assert result.returncode == 0, f"strict build failed:\n{result.stdout[-6000:]}"
    kept = ROOT / "build" / "test-site"  # replaced whole; two workers may both get here
    fresh = kept.with_name(f"test-site.{os.getpid()}")
    shutil.copytree(out, fresh)
    shutil.rmtree(kept, ignore_errors=True)
    try:
        fresh.rename(kept)
    except OSError:  # another worker put its identical copy there first
        shutil.rmtree(fresh, ignore_errors=True)
    return out


class Project:
    """A throwaway course project (own mkdocs.yml, docs/, snippets/) using the real engine and hooks."""

    def __init__(self, root: Path):
        self.root = root
        (root / "docs").mkdir(parents=True)
        (root / "mkdocs.yml").write_text(
            textwrap.dedent(f"""\
                site_name: test
                strict: true
                validation:
                  links:
                    anchors: warn
                hooks:
                  - {ROOT / "scripts" / "hooks.py"}
                extra:
                  output_record: false  # tests that check the record set it to true
                plugins:
                  - markdown-exec
                markdown_extensions:
                  - admonition
                  - pymdownx.details
                  - pymdownx.superfences
                  - pymdownx.snippets:
                      base_path: ["{root}"]
                      check_paths: true
                """),
            encoding="utf-8",
        )
        (root / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")

    def page(self, slug: str, body: str) -> Path:
        path = self.root / "docs" / f"{slug}.md"
        path.write_text(textwrap.dedent(body), encoding="utf-8")
        return path

    def snippet(self, slug: str, name: str, code: str) -> Path:
        path = self.root / "snippets" / slug / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(code), encoding="utf-8")
        return path

    def file(self, relative: str, text: str) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def build(self) -> subprocess.CompletedProcess:
        return mkdocs_build(self.root, self.root / "site", COURSE_NO_CACHE="1")


def fence(slug: str, snippet: str, indent: str = "") -> str:
    """The Markdown of one executed block including `snippets/<slug>/<snippet>`."""
    lines = [
        f'```python exec="on" session="{slug}" source="above" result="text"',
        f'--8<-- "snippets/{slug}/{snippet}"',
        "```",
    ]
    return "\n".join(indent + line for line in lines) + "\n"


@pytest.fixture
def project(tmp_path) -> Project:
    return Project(tmp_path / "project")
