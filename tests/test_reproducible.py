"""The built site as a whole: every internal link and anchor resolves, and builds are reproducible."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from conftest import ROOT, LinksAndAnchors, fence, mkdocs_build, session_cache


def site_url() -> str:
    """The address the site was built for (SITE_URL, as mkdocs.yml reads it), or "/" for a local build."""
    return os.environ.get("SITE_URL") or "/"


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def check_links(site: Path) -> tuple[list[str], dict[str, set[str]]]:
    """Broken internal links and anchors, and the external links by page (listed, never fetched)."""
    ids: dict[Path, set[str]] = {}
    links: dict[Path, list[str]] = {}
    for html in html_files(site):  # each page parsed once: its anchors, and the links it holds
        page = LinksAndAnchors(html.read_text(encoding="utf-8"))
        ids[html.resolve()] = page.anchors
        links[html] = page.hrefs

    def anchors(path: Path) -> set[str]:
        return ids.get(path.resolve(), set())

    broken, external = [], {}
    prefix = urlsplit(site_url()).path  # the 404 page links absolutely, under the site's path
    for html, hrefs in links.items():
        name = html.relative_to(site).as_posix()
        for href in hrefs:
            parts = urlsplit(href)
            if parts.scheme in ("mailto", "javascript", "data"):
                continue
            if parts.scheme or parts.netloc:
                external.setdefault(href, set()).add(name)
                continue
            if parts.path.startswith(prefix):
                target = (site / unquote(parts.path.removeprefix(prefix))).resolve()
            else:
                target = (html.parent / unquote(parts.path)).resolve() if parts.path else html
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{name}: link to missing {href}")
            elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in anchors(target):
                broken.append(f"{name}: link to missing anchor {href}")
    return broken, external


def test_internal_links_and_anchors_resolve(site):
    broken, external = check_links(site)
    report = ROOT / "build" / "external-links.md"
    report.parent.mkdir(exist_ok=True)
    lines = ["# External links in the built site (listed, not fetched)", ""]
    lines += [f"- <{url}> on {', '.join(sorted(pages))}" for url, pages in sorted(external.items())]
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert not broken, "\n".join(broken[:30])


def differences(first: Path, second: Path) -> list[str]:
    """Files that differ between two builds, named by the page they belong to."""
    files = {p.relative_to(first) for p in first.rglob("*") if p.is_file()}
    files |= {p.relative_to(second) for p in second.rglob("*") if p.is_file()}
    found = []
    for rel in sorted(files):
        a, b = first / rel, second / rel
        if not (a.is_file() and b.is_file() and a.read_bytes() == b.read_bytes()):
            found.append(f"{rel.as_posix()} ({page_of(rel)})")
    return found


def page_of(rel: Path) -> str:
    parts = rel.parts
    if parts[0] in ("figures", "downloads", "notebooks") and len(parts) > 1:
        return f"from docs/{Path(parts[1]).stem}.md"
    if rel.name == "index.html" and len(parts) == 2:
        return f"page docs/{parts[0]}.md"
    return "site-wide file"


def test_two_builds_are_byte_identical(site, tmp_path, tmp_path_factory):
    """A second build gives the same bytes (SOURCE_DATE_EPOCH is set): pages, notebooks, figures,
    search index, sitemap. It takes the lessons' results from the first build's cache: that a fresh
    run of every block prints and draws the same is what the output record checks, in every build
    (this session's two, the deployment's) and in the environment matrix."""
    second = mkdocs_build(
        ROOT, tmp_path / "again", CI="", COURSE_NO_CACHE="", COURSE_CACHE_DIR=str(session_cache(tmp_path_factory))
    )
    assert second.returncode == 0, second.stdout[-4000:]
    diff = differences(site, tmp_path / "again")
    assert not diff, "the build is not reproducible:\n" + "\n".join(diff[:20])


def test_a_snippet_printing_the_time_is_caught_and_named(project, tmp_path):
    project.page("clock", "# Clock\n\n" + fence("clock", "01_now.py"))
    project.snippet("clock", "01_now.py", "import time\nprint('built at', time.time_ns())\n")
    builds = []
    for name in ("one", "two"):
        result = mkdocs_build(project.root, tmp_path / name, COURSE_NO_CACHE="1")
        assert result.returncode == 0, result.stdout
        builds.append(tmp_path / name)
    diff = differences(*builds)
    assert any("docs/clock.md" in d for d in diff), diff
