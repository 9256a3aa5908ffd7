"""Shared fixtures: the engine on sys.path, a strict build of the real site, a deployment of it (with
its PDF) to a local bare repository, and throwaway projects."""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import subprocess
import sys
import textwrap
import threading
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from filelock import FileLock

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


def shared_root(tmp_path_factory) -> Path:
    """A folder all of this run's xdist workers see (each worker's own temporary folder is below it)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def once(tmp_path_factory, name: str, make) -> Path:
    """`make(folder)` run once per test run, whichever worker asks first; the others wait for it and
    share its folder. (xdist's `loadgroup` cannot promise this: with pytest 9 it no longer groups.)
    A failure is kept and repeated to every worker that asks, without running `make` again."""
    root = shared_root(tmp_path_factory)
    folder, made, failed = root / name, root / f"{name}.made", root / f"{name}.failed"
    with FileLock(str(root / f"{name}.lock")):
        if failed.is_file():
            pytest.fail(failed.read_text(encoding="utf-8"), pytrace=False)
        if not made.is_file():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            try:
                make(folder)
            except BaseException as error:
                failed.write_text(f"{name}: {error}", encoding="utf-8")
                raise
            made.write_text("", encoding="utf-8")
    return folder


def session_cache(tmp_path_factory) -> Path:
    """The execution cache of this test run's site build (empty when the run starts)."""
    return shared_root(tmp_path_factory) / "exec-cache"


def built_site(tmp_path_factory) -> Path:
    """The real site, built strictly once per test run, every lesson executed fresh.

    A copy is left in build/test-site/: the Lighthouse gate measures it afterwards, alone (`make test`).
    COURSE_TEST_SITE=<folder> reuses a site already built from this checkout (while iterating on tests,
    and for that Lighthouse session).
    """
    if os.environ.get("COURSE_TEST_SITE"):
        return Path(os.environ["COURSE_TEST_SITE"])

    def build(out: Path) -> None:
        # Every lesson runs (the cache starts empty) and its results are kept for this run only:
        # the reproducibility test's second build reassembles the site from them.
        cache = str(session_cache(tmp_path_factory))
        result = mkdocs_build(ROOT, out, CI="", COURSE_NO_CACHE="", COURSE_CACHE_DIR=cache)
        assert result.returncode == 0, f"strict build failed:\n{result.stdout[-6000:]}"
        kept = ROOT / "build" / "test-site"
        shutil.rmtree(kept, ignore_errors=True)
        shutil.copytree(out, kept)

    return once(tmp_path_factory, "site", build)


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    return built_site(tmp_path_factory)


SITE_URL = "https://student.github.io/calculus/"
REPO_URL = "https://github.com/student/calculus"


def copy_of_the_checkout(dest: Path) -> Path:
    """The working tree as it is (tracked and untracked, not ignored), committed in a fresh repository,
    sharing this checkout's installed .venv and node_modules (mtimes kept: `make` installs nothing)."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    for shared in (".venv", "node_modules"):
        (dest / shared).symlink_to(ROOT / shared)
    git = ["git", "-c", "user.name=Test", "-c", "user.email=test@localhost"]
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=dest, check=True)
    subprocess.run(["git", "add", "-A"], cwd=dest, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "snapshot"], cwd=dest, check=True)
    return dest


@functools.cache
def built_page(html: Path) -> BeautifulSoup:
    """A built HTML file, parsed once per test worker and shared by the tests that read it (a lesson
    page takes about a second): a test that changes the tree parses its own copy."""
    return BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")


class LinksAndAnchors(HTMLParser):
    """A page's link targets (`<a href>`) and the anchors it offers (every `id`, and `<a name>`), read
    while streaming the HTML: the same parser BeautifulSoup's "html.parser" uses, without building a
    tree (a fifth of the time on the course's pages)."""

    def __init__(self, html: str):
        super().__init__()
        self.hrefs: list[str] = []
        self.anchors: set[str] = set()
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.anchors.add(value)
            elif tag == "a" and name == "href":
                self.hrefs.append(value)


@dataclass
class Deployment:
    project: Path  # the copy of the checkout that deployed: its build/ holds the PDF and what went into it
    site: Path  # the site it built and pushed (build/deploy-site)
    pdf: Path  # the PDF edition it made and published
    published: Path  # a clone of the gh-pages branch it pushed


def deployed(tmp_path_factory) -> Deployment:
    """`make deploy` with the workflow's environment (SITE_URL, REPO_URL), to a local bare repository,
    once per test run: the publishing tests and the PDF tests read what it made."""

    def deploy(base: Path) -> None:
        remote = base / "remote.git"
        subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
        project = copy_of_the_checkout(base / "project")
        env = build_env(SITE_URL=SITE_URL, REPO_URL=REPO_URL)
        env.pop("MAKEFLAGS", None)
        result = subprocess.run(
            ["make", "deploy", f"DEPLOY_REMOTE={remote}"],
            cwd=project,
            env={
                **env,
                "GIT_AUTHOR_NAME": "Test",
                "GIT_AUTHOR_EMAIL": "t@localhost",
                "GIT_COMMITTER_NAME": "Test",
                "GIT_COMMITTER_EMAIL": "t@localhost",
            },
            capture_output=True,
            text=True,
            timeout=1200,
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        checkout = base / "published"
        subprocess.run(["git", "clone", "-q", "--branch", "gh-pages", str(remote), str(checkout)], check=True)

    base = once(tmp_path_factory, "deploy", deploy)
    project = base / "project"
    pdf = project / "build" / "pdf" / "calculus-for-deep-learning.pdf"
    return Deployment(project, project / "build" / "deploy-site", pdf, base / "published")


@pytest.fixture(scope="session")
def deployment(tmp_path_factory) -> Deployment:
    return deployed(tmp_path_factory)


# The two builds every run needs take minutes (each executes every lesson). Each starts, in the
# background, as soon as a worker starts, if a selected test needs it; the tests that need neither
# run first. No worker then waits idle for a build another worker has begun.
BUILDS = {"site": built_site, "deployment": deployed}


def _needs(item: pytest.Item) -> int:
    """0 for a test that needs neither build, else 1 + the place of the last build it needs in BUILDS."""
    return max((k + 1 for k, name in enumerate(BUILDS) if name in item.fixturenames), default=0)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=_needs)  # stable: file order within each group


def _in_background(build, tmp_path_factory) -> None:
    with contextlib.suppress(BaseException):  # a failure is kept by once() for the tests that need it
        build(tmp_path_factory)


@pytest.fixture(scope="session", autouse=True)
def background_builds(request, tmp_path_factory):
    needed = {name for item in request.session.items for name in BUILDS if name in item.fixturenames}
    # Made here, before any thread asks: the first getbasetemp() empties the folder it makes, and a
    # thread doing so while a test makes its tmp_path there would delete the test's folder.
    tmp_path_factory.getbasetemp()
    threads = [
        threading.Thread(target=_in_background, args=(BUILDS[name], tmp_path_factory), daemon=True)
        for name in sorted(needed)
    ]
    for thread in threads:
        thread.start()
    yield
    for thread in threads:
        thread.join()


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
