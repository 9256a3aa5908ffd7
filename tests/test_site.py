"""The strict build of the real site, checked as a reader would meet it."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import material
import pytest
from bs4 import BeautifulSoup
from conftest import LESSONS, built_page

from coursebuild import themepatch

PAGES = [lesson.slug for lesson in LESSONS]


def soup(site, slug: str) -> BeautifulSoup:
    """A built page ("index" for home), parsed once per worker (conftest.built_page): only read."""
    return built_page(site / ("" if slug == "index" else slug) / "index.html")


def executed_blocks(page: BeautifulSoup) -> list:
    """The code blocks the engine rendered: markdown-exec titles each with its snippet file."""
    return [
        f.find_parent("div", class_="highlight") for f in page.select("span.filename") if f.text.startswith("snippets/")
    ]


@pytest.mark.parametrize("slug", PAGES)
def test_every_block_shows_output_and_no_traceback(site, slug):
    page = soup(site, slug)
    lesson = next(lesson for lesson in LESSONS if lesson.slug == slug)
    blocks = executed_blocks(page)
    assert [b.select_one("span.filename").text for b in blocks] == lesson.snippet_files
    for block in blocks:
        name = block.select_one("span.filename").text
        after = block.find_next_sibling()
        shows_output = after is not None and "language-text" in after.get("class", []) and after.get_text().strip()
        shows_figure = after is not None and after.find("img") is not None
        assert shows_output or shows_figure, f"{slug}: {name} shows no output under its code"
    text = page.get_text()
    assert "Traceback (most recent call last)" not in text, f"{slug}: a traceback reached the page"


@pytest.mark.parametrize("slug", ["index", *PAGES])
def test_images_have_alt_text_and_exist(site, slug):
    folder = site if slug == "index" else site / slug
    page = soup(site, slug)
    for img in page.select("article img"):
        assert img.get("alt", "").strip(), f"{slug}: image {img.get('src')} has no alt text"
        target = (folder / img["src"].split("#")[0]).resolve()
        assert target.is_file(), f"{slug}: image {img['src']} is missing from the site"
        if target.suffix == ".svg":
            svg = target.read_text(encoding="utf-8")
            assert "<dc:date>" not in svg, f"{img['src']} carries a timestamp"


def test_lesson_one_has_its_figures(site):
    figures = soup(site, "derivatives").select('article img[src*="figures/derivatives/"][src$="#only-light"]')
    assert len(figures) >= 6, f"derivatives shows {len(figures)} figures, want at least 6"


@pytest.mark.parametrize("slug", ["index", *PAGES])
def test_no_third_party_requests(site, slug):
    """Scripts, styles, fonts and images all come from the site itself."""
    folder = site if slug == "index" else site / slug
    html = (folder / "index.html").read_text(encoding="utf-8")
    page = soup(site, slug)
    resources = [s.get("src") for s in page.find_all(["script", "img", "iframe"])]
    resources += [
        link.get("href")
        for link in page.find_all("link")
        if "stylesheet" in link.get("rel", [])
        or "preconnect" in link.get("rel", [])
        or "preload" in link.get("rel", [])
    ]
    foreign = [r for r in resources if r and (urlsplit(r).netloc or r.startswith("//"))]
    assert not foreign, f"{slug}: loads from other hosts: {foreign}"
    assert "fonts.googleapis" not in html and "fonts.gstatic" not in html


def test_math_is_typeset_at_build_time_with_the_sites_own_fonts(site):
    """No typesetter runs in the reader's browser: KaTeX's markup (with MathML) is in the page,
    and only KaTeX's stylesheet and fonts are served, by the site itself."""
    assert not (site / "assets" / "katex" / "katex.min.js").exists()
    page = (site / "derivatives" / "index.html").read_text(encoding="utf-8")
    assert page.count('class="katex"') > 50 and "<math" in page
    assert "\\(" not in page and "\\[" not in BeautifulSoup(page, "html.parser").select_one("article").get_text()
    notebook = BeautifulSoup((site / "notebooks" / "derivatives" / "index.html").read_text(), "html.parser")
    for code in notebook.select(".jp-RenderedMarkdown code, .jp-RenderedMarkdown pre"):
        code.decompose()  # a dollar sign in code is code, not math
    markdown = " ".join(c.get_text() for c in notebook.select(".jp-RenderedMarkdown"))
    assert notebook.select(".jp-RenderedMarkdown .katex") and "$" not in markdown.replace("$$", "")
    fonts = list((site / "assets" / "katex" / "fonts").glob("*.woff2"))
    assert fonts, "KaTeX fonts are missing"
    css = (site / "assets" / "katex" / "katex.min.css").read_text(encoding="utf-8")
    for name in set(re.findall(r"fonts/([\w-]+\.woff2)", css)):
        assert (site / "assets" / "katex" / "fonts" / name).is_file(), f"KaTeX font {name} missing"


def test_a_formula_katex_cannot_parse_fails_the_build_naming_page_and_formula(project):
    project.page("broken-math", "# Broken\n\nFine: $x^2$. Oops: $x = \\nosuchmacro{1}$.\n")
    config = project.root / "mkdocs.yml"
    text = config.read_text().replace(
        "  - pymdownx.superfences\n", "  - pymdownx.superfences\n  - pymdownx.arithmatex:\n      generic: true\n"
    )
    config.write_text(text)
    result = project.build()
    assert result.returncode != 0
    assert "docs/broken-math.md: KaTeX cannot typeset 'x = \\\\nosuchmacro{1}'" in result.stdout, result.stdout[-2000:]


def test_home_page_links_every_lesson(site):
    page = soup(site, "index")
    links = {a["href"].strip("./").split("/")[0] for a in page.select("article a[href]")}
    missing = [slug for slug in PAGES if slug not in links]
    assert not missing, f"home page does not link {missing}"


def test_a_local_build_names_no_placeholder_host(site):
    """Without SITE_URL and REPO_URL (a local build, `make serve`), no host is made up."""
    from test_publish import no_placeholder

    assert not no_placeholder(site)


def test_the_theme_bundle_ships_edited_and_without_source_maps(site):
    # The edits are exact: on the pinned Material each replaces its text once (an upgrade that
    # changes the text fails the build; see scripts/coursebuild/themepatch.py).
    packaged = next((Path(material.__file__).parent / "templates/assets/javascripts").glob("bundle.*.min.js"))
    edited = themepatch.patch_bundle(packaged.read_text(encoding="utf-8"))
    shipped = next((site / "assets/javascripts").glob("bundle.*.min.js")).read_text(encoding="utf-8")
    assert shipped.rstrip() == themepatch.SOURCE_MAP_COMMENT.sub("", edited).rstrip()
    assert not list(site.rglob("*.map")), "source maps shipped"
    assert "sourceMappingURL" not in "".join(p.read_text(encoding="utf-8") for p in (site / "assets").rglob("*.js"))
    with pytest.raises(themepatch.ThemeChanged, match="found it 0 times"):
        themepatch.patch_bundle(shipped)  # already edited: the old texts are gone


class FormulaDrawings(HTMLParser):
    """What a page's formula drawings (KaTeX's HTML) are not allowed to have, while streaming it."""

    REACHABLE = frozenset({"a", "button", "input", "select", "textarea", "iframe", "details", "summary"})
    VOID = frozenset(
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
    )

    def __init__(self):
        super().__init__()
        self.depth = 0  # open elements inside the current drawing (0: outside any)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.depth:
            if tag in self.REACHABLE or {"tabindex", "contenteditable", "id"} & attrs.keys():
                self.problems.append(f"<{tag} {' '.join(attrs)}> in a formula drawing")
            self.depth += tag not in self.VOID
        elif "katex-html" in (attrs.get("class") or "").split():
            if attrs.get("aria-hidden") != "true":
                self.problems.append("a formula drawing that is not aria-hidden")
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth and tag not in self.VOID:  # a void element opened nothing (also when written `<br/>`)
            self.depth -= 1


def test_formula_drawings_are_hidden_from_assistive_technology_and_hold_nothing_to_reach(site):
    """Each formula's KaTeX drawing is aria-hidden (its MathML copy is what a screen reader reads)
    and holds no link, control, tab stop or id: the browser checks run axe's rules on the pages
    with the drawings emptied (test_browser.py), so these are checked here, on every page."""
    problems = []
    for page in sorted(site.glob("**/*.html")):
        parser = FormulaDrawings()
        parser.feed(page.read_text(encoding="utf-8"))
        problems += [f"{page.relative_to(site)}: {problem}" for problem in parser.problems]
    assert not problems, problems[:10]


def test_no_inline_style_keeps_a_reader_from_spacing_text(site):
    """WCAG 1.4.12 (axe's avoid-inline-spacing, checked here for every page at once): no style
    attribute fixes letter, word or line spacing with !important, which a reader's own style cannot
    override."""
    spacing = re.compile(r"(letter-spacing|word-spacing|line-height)\s*:[^;\"]*!\s*important", re.I)
    fixed = [
        f"{page.relative_to(site)}: {match.group(0)}"
        for page in sorted(site.glob("**/*.html"))
        for style in re.findall(r'\bstyle="([^"]*)"', page.read_text(encoding="utf-8"))
        for match in [spacing.search(style)]
        if match
    ]
    assert not fixed, fixed[:10]
