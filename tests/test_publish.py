"""Publishing, proven here without GitHub: the workflows lint clean and call only tested make
targets, `make deploy` pushes a complete site to a local bare repository, URLs come from the
environment (no placeholder host in any build), the 404 page offers the lessons, and `make browser`
falls back to a no-root browser where Debian's Chromium cannot be installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import LESSONS, REPO_URL, ROOT, SITE_URL, LinksAndAnchors

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
TESTED_TARGETS = {"test", "build", "deploy"}  # each exercised by this suite (.ci/run, the site fixture, below)
PLACEHOLDER = re.compile(r"example\.(org|com)")


def test_workflows_pass_actionlint():
    actionlint = Path(sys.executable).parent / "actionlint"
    assert WORKFLOWS, "no workflow files"
    result = subprocess.run([str(actionlint), *map(str, WORKFLOWS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_steps_call_only_tested_make_targets():
    for workflow in WORKFLOWS:
        jobs = yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"]
        for job in jobs.values():
            for step in job["steps"]:
                for line in step.get("run", "").splitlines():
                    if line.strip().startswith("git config"):
                        continue  # identity and trust of the checkout, no logic
                    target = re.fullmatch(r"\s*make (\w+)\s*", line)
                    assert target and target.group(1) in TESTED_TARGETS, f"{workflow.name}: step runs {line!r}"


def test_the_ci_workflow_runs_what_ci_runs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, re.M)
    steps = yaml.safe_load((ROOT / ".github/workflows/ci.yml").read_text())["jobs"]["test"]["steps"]
    assert any(step.get("run", "").strip() == "make test" for step in steps)


@pytest.fixture(scope="module")
def deployed(deployment) -> Path:
    """The gh-pages branch that `make deploy` pushed (the deployment is shared with the PDF tests)."""
    return deployment.published


def test_deploy_pushes_the_whole_site(deployed):
    for name in ["index.html", "404.html", ".nojekyll", "sitemap.xml", "notation/index.html"]:
        assert (deployed / name).is_file(), f"{name} is missing from gh-pages"
    for lesson in LESSONS:
        assert (deployed / lesson.slug / "index.html").is_file(), lesson.slug
        assert (deployed / "downloads" / f"{lesson.slug}.ipynb").is_file(), lesson.slug
        assert (deployed / "notebooks" / lesson.slug / "index.html").is_file(), lesson.slug


def test_every_colab_link_opens_a_deployed_notebook(deployed):
    owner_repo = urlsplit(REPO_URL).path.strip("/")
    prefix = f"https://colab.research.google.com/github/{owner_repo}/blob/gh-pages/"
    seen = 0
    for html in deployed.rglob("*.html"):
        for href in LinksAndAnchors(html.read_text(encoding="utf-8")).hrefs:
            if "colab.research.google.com" in href:
                assert href.startswith(prefix), href
                assert (deployed / href.removeprefix(prefix)).is_file(), f"{html}: {href}"
                seen += 1
    assert seen >= len(LESSONS), f"only {seen} Colab links"


def test_the_site_url_is_in_the_sitemap_and_canonical_links(deployed):
    sitemap = (deployed / "sitemap.xml").read_text(encoding="utf-8")
    for lesson in LESSONS:
        assert f"<loc>{SITE_URL}{lesson.slug}/</loc>" in sitemap
    page = BeautifulSoup((deployed / "derivatives" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert page.find("link", rel="canonical")["href"] == f"{SITE_URL}derivatives/"
    notebook = (deployed / "downloads" / "derivatives.ipynb").read_text(encoding="utf-8")
    assert f"{SITE_URL}derivatives/" in notebook  # the notebook links back to its lesson


def no_placeholder(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        text_file = path.is_file() and path.suffix in {".html", ".xml", ".ipynb", ".json", ".js", ".txt"}
        if text_file and PLACEHOLDER.search(path.read_text(encoding="utf-8", errors="replace")):
            found.append(path.relative_to(folder).as_posix())
    return found


def test_no_placeholder_host_in_a_deployed_build(deployed):
    assert not no_placeholder(deployed)
    assert "example.org" not in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


def test_the_404_page_offers_every_lesson_wherever_it_is_hosted(deployed):
    page = BeautifulSoup((deployed / "404.html").read_text(encoding="utf-8"), "html.parser")
    assert page.select_one("header.md-header") is not None, "the 404 page does not look like the site"
    links = {a["href"] for a in page.select("ul.course-404-lessons a")}
    path = urlsplit(SITE_URL).path
    for lesson in LESSONS:
        assert f"{path}{lesson.slug}/" in links, f"404 page: no link to {lesson.slug}"
    for href in links | {a["href"] for a in page.select("article a[href]") if a["href"].startswith("/")}:
        target = deployed / href.removeprefix(path)
        assert (target / "index.html").is_file() or target.is_file(), f"404 page links to missing {href}"


# make browser: Debian's Chromium where root can install it, else Playwright's own download.
def fake_path(tmp_path: Path, chromium: bool, download_ok: bool) -> tuple[dict, Path]:
    """A PATH with neither apt-get nor chromium (unless asked), and a stub for the browser download."""
    bin_dir, calls = tmp_path / "bin", tmp_path / "calls"
    bin_dir.mkdir()
    for tool in ("id", "cat"):
        (bin_dir / tool).symlink_to(shutil.which(tool))
    stub = f'#!/bin/sh\necho "$@" >> {calls}\nexit {0 if download_ok else 1}\n'
    (bin_dir / "playwright").write_text(stub)
    (bin_dir / "playwright").chmod(0o755)
    if chromium:
        (bin_dir / "chromium").write_text("#!/bin/sh\nexit 0\n")
        (bin_dir / "chromium").chmod(0o755)
    return {"PATH": str(bin_dir), "HOME": str(tmp_path)}, calls


def install_browser(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["/bin/sh", str(ROOT / "scripts" / "install_browser.sh"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_browser_fallback_downloads_playwrights_chromium_without_root(tmp_path):
    env, calls = fake_path(tmp_path, chromium=False, download_ok=True)
    result = install_browser(env)
    assert result.returncode == 0, result.stderr
    assert calls.read_text().split() == ["install", "chromium"]
    assert "Playwright's own Chromium" in result.stderr


def test_browser_fallback_failure_is_explained(tmp_path):
    env, calls = fake_path(tmp_path, chromium=False, download_ok=False)
    result = install_browser(env)
    assert result.returncode == 1
    assert calls.read_text().split() == ["install", "chromium"]
    assert "could not get a browser" in result.stderr and "apt-get and root" in result.stderr


def test_beside_the_python_install_only_the_system_browser_is_tried(tmp_path):
    """`make test` runs it with --system-only while pip runs: no download (Playwright is not installed
    yet), no failure; `make browser` does the rest afterwards."""
    env, calls = fake_path(tmp_path, chromium=False, download_ok=False)
    result = install_browser(env, "--system-only")
    assert result.returncode == 0, result.stderr
    assert not calls.exists()


def test_a_chromium_on_the_path_needs_nothing(tmp_path):
    env, calls = fake_path(tmp_path, chromium=True, download_ok=False)
    assert install_browser(env).returncode == 0
    assert not calls.exists()


def test_the_workflows_name_the_environment_the_build_reads():
    deploy = yaml.safe_load((ROOT / ".github/workflows/deploy.yml").read_text())["jobs"]["deploy"]["env"]
    assert set(deploy) >= {"SITE_URL", "REPO_URL", "TORCH_INDEX"}
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "site_url: !ENV [SITE_URL" in config and "repo_url: !ENV [REPO_URL" in config
