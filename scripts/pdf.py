"""The course as one PDF (`make pdf`): build/pdf/calculus-for-deep-learning.pdf.

Made from the strictly built site, so that the PDF shows exactly what the pages show (the same
executed code, outputs, figures and build-time KaTeX math):

1. the lessons of the navigation (mkdocs.yml: every page under "Lessons", then Notation) are taken
   from their built pages' <article>, made fit for paper: no notebook buttons, permalinks or copy
   buttons; only the light drawing of each figure, with its alt text as a visible caption; the first
   tab of content tabs; every collapsed solution open; only KaTeX's HTML of each formula (its MathML
   carries the TeX source, which must not end up in the PDF's text); ids made unique per lesson and
   links between lessons turned into links inside the document;
2. a title page and a table of contents are put in front, with a print stylesheet (A4, code that
   wraps, figures that fit and never split, each lesson on a new page), into one HTML file inside
   the site folder (so that the site's own CSS, fonts and figures load by their relative paths);
3. Chromium (Playwright, headless) loads it from a local server on 127.0.0.1 (every other host is
   blocked) and prints it with page numbers, a PDF outline made from the headings and tags. The
   table of contents needs the pages the lessons start on: the first rendering's outline gives
   them (read with pypdf), they are written into the contents, and the second rendering is checked
   to put every entry on the page it claims.

    .venv/bin/python scripts/pdf.py                   # strict build into a temporary folder, then the PDF
    .venv/bin/python scripts/pdf.py --site site       # from a site already built
    .venv/bin/python scripts/pdf.py --site DIR --add-to-site   # also publish it in DIR (make deploy)

`add_to_site` copies the PDF into a built site and links it from the home page with its size.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import functools
import html
import http.server
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import yaml
from bs4 import BeautifulSoup, NavigableString, Tag

ROOT = Path(__file__).resolve().parents[1]
PDF_NAME = "calculus-for-deep-learning.pdf"
DEFAULT_OUT = ROOT / "build" / "pdf" / PDF_NAME
PRINT_PAGE = "_course-print.html"  # written into the site folder while printing, removed afterwards
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
MARGIN = {"top": "16mm", "bottom": "18mm", "left": "16mm", "right": "16mm"}
FOOTER = (
    '<div style="width:100%;font-size:8px;color:#555;font-family:sans-serif;text-align:center;">'
    '{title} &middot; page <span class="pageNumber"></span> of <span class="totalPages"></span></div>'
)
PLACEHOLDER = "000"  # the contents' page numbers in the first rendering: as wide as the real ones


class PdfError(Exception):
    """The PDF could not be made as promised (a failed request, a dangling link, a contents mismatch)."""


# --- what goes in: mkdocs.yml's navigation --------------------------------------------------------------


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as plain data: `!ENV [NAME, default]` read from the environment, other tags ignored."""


def _env_tag(loader, node):
    names = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)]
    *variables, default = names if len(names) > 1 else [*names, None]
    for name in variables:
        if os.environ.get(name):
            return os.environ[name]
    return default


_ConfigLoader.add_constructor("!ENV", _env_tag)
_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def load_config(path: Path = ROOT / "mkdocs.yml") -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader)


@dataclass
class Chapter:
    """One page of the PDF: a lesson, or the Notation page at the end."""

    nav_title: str  # as the navigation names it, e.g. "2. Gradients"
    src: str  # the Markdown page, e.g. "gradients.md"
    lesson: bool  # listed under "Lessons"
    title: str = ""  # the page's own <h1> text, filled in when the built page is read
    sections: list[tuple[str, str]] = field(default_factory=list)  # (id, text) of each <h2>

    @property
    def slug(self) -> str:
        return self.src.removesuffix(".md").removesuffix("/index").replace("/", "-")

    @property
    def url(self) -> str:
        """The page's path in the built site (use_directory_urls), e.g. "gradients/"."""
        stem = self.src.removesuffix(".md")
        return "" if stem == "index" else f"{stem.removesuffix('/index')}/"


def chapters(config: dict | None = None) -> list[Chapter]:
    """Every page under "Lessons" in nav order, then the Notation page."""
    config = load_config() if config is None else config
    found: list[Chapter] = []

    def walk(items, lesson: bool):
        for item in items:
            if isinstance(item, dict):
                for title, value in item.items():
                    if isinstance(value, list):
                        walk(value, lesson)
                    elif isinstance(value, str) and value.endswith(".md"):
                        found.append(Chapter(title, value, lesson))
            elif isinstance(item, str) and item.endswith(".md"):
                found.append(Chapter(Path(item).stem, item, lesson))

    for item in config.get("nav", []):
        if isinstance(item, dict):
            for title, value in item.items():
                if title == "Lessons" and isinstance(value, list):
                    walk(value, lesson=True)
    for item in config.get("nav", []):
        if isinstance(item, dict):
            for title, value in item.items():
                if title == "Notation" and isinstance(value, str):
                    found.append(Chapter(title, value, lesson=False))
    if not any(c.lesson for c in found):
        raise PdfError("mkdocs.yml: no pages under 'Lessons' in the nav")
    return found


# --- the site -------------------------------------------------------------------------------------------


def build_site(dest: Path) -> Path:
    """A strict build of the course into `dest` (as `make build` does)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(dest)]
    result = subprocess.run(command, cwd=ROOT, env=env)
    if result.returncode != 0:
        raise PdfError("the strict build failed (see above): no PDF")
    return dest


# --- the print HTML -------------------------------------------------------------------------------------

DROP = [
    "a.headerlink",  # the ¶ permalinks
    "a.md-button",  # "Run this lesson as a notebook", "Read it in notebook view", "Open in Colab"
    ".md-source-file",  # "last update" and contributors
    ".md-content__button",  # "edit this page", "view source"
    ".md-clipboard",
    ".md-code__nav",
    "nav.md-tags",
    "script",
    "noscript",
    "form",
    ".katex-mathml",  # KaTeX's MathML: its <annotation> is the TeX source; the HTML rendering is what prints
    "annotation",
]


_DROP = [tuple(selector.split(".")) if "." in selector else (selector, "") for selector in DROP]
MATHML = re.compile(r'<span class="katex-mathml">.*?</math></span>', re.S)  # a <math> holds no other


def _dropped(tag: Tag) -> bool:
    """Whether `tag` matches a selector of DROP (each a tag name, a class, or both)."""
    classes = tag.get("class") or ()
    return any((not name or tag.name == name) and (not cls or cls in classes) for name, cls in _DROP)


def _anchor(slug: str, fragment: str) -> str:
    return f"{slug}-{fragment}"


def _is_figure(img: Tag) -> bool:
    return "figures/" in img.get("src", "")


def _first_tabs(article: Tag, soup: BeautifulSoup) -> None:
    """Content tabs (pymdownx.tabbed): the first tab only, under its label."""
    for tabs in article.find_all("div", class_="tabbed-set"):
        labels = [label.get_text(" ", strip=True) for label in tabs.select(".tabbed-labels > label")]
        blocks = tabs.select(".tabbed-content > .tabbed-block") or tabs.select(".tabbed-block")
        if not blocks:
            continue
        shown = soup.new_tag("div", attrs={"class": "pdf-tab"})
        if labels:
            label = soup.new_tag("p", attrs={"class": "pdf-tab__label"})
            label.string = labels[0]
            if len(labels) > 1:
                note = soup.new_tag("span", attrs={"class": "pdf-tab__others"})
                note.string = f" (online also: {', '.join(labels[1:])})"
                label.append(note)
            shown.append(label)
        for child in list(blocks[0].contents):
            shown.append(child.extract())
        tabs.replace_with(shown)


def _figures(article: Tag, soup: BeautifulSoup) -> None:
    """Only the light drawing of each figure, as a <figure> with its alt text as the caption."""
    for img in article.find_all("img"):
        src = img.get("src", "")
        if src.endswith("#only-dark"):
            img.decompose()
            continue
        img["src"] = src.removesuffix("#only-light")
        for attribute in ("loading", "decoding"):
            img.attrs.pop(attribute, None)
        if not _is_figure(img):
            continue
        figure = soup.new_tag("figure", attrs={"class": "pdf-figure"})
        caption = soup.new_tag("figcaption")
        caption.string = img.get("alt", "")
        parent = img.parent
        alone = (
            parent is not None
            and parent.name == "p"
            and all((isinstance(node, NavigableString) and not node.strip()) or node is img for node in parent.contents)
        )
        if alone:
            parent.replace_with(figure)
            figure.append(img)
        else:
            img.replace_with(figure)
            figure.append(img)
        if caption.string:
            figure.append(caption)


PLAIN_TOKENS = {"n", "p", "o", "w"}
"""Code tokens (names, punctuation, operators, spaces) that the light palette colours like plain code:
printed as plain text. A tagged PDF marks every coloured run: this halves the PDF's size."""

PUNCTUATION = re.compile(r"^[,.;:!?)\]\u2019\u201d]+")


def _punctuation(article: Tag, soup: BeautifulSoup) -> None:
    """Punctuation right after an inline formula stays on its line (a formula is an atomic box, after
    which browsers would otherwise break a line before the comma)."""
    for math in article.find_all("span", class_="arithmatex"):
        after = math.next_sibling
        if not isinstance(after, NavigableString):
            continue
        match = PUNCTUATION.match(str(after))
        if not match:
            continue
        keep = soup.new_tag("span", attrs={"class": "pdf-nobreak"})
        math.replace_with(keep)
        keep.append(math)
        keep.append(match.group(0))
        after.replace_with(str(after)[match.end() :])


def _chapter(site: Path, chapter: Chapter, by_url: dict[str, Chapter], site_url: str) -> Tag:
    """One page's article, made fit for paper, as <section class="pdf-chapter" id="<slug>">."""
    page = site / chapter.url / "index.html"
    if not page.is_file():
        raise PdfError(f"{page}: not built (is {chapter.src} in the nav and the site built?)")
    # KaTeX's MathML (a fifth of a lesson's HTML) is cut before parsing, the rest of DROP in one walk
    # of the tree (a lesson has some 100,000 tags; a CSS selector engine takes seconds per page)
    soup = BeautifulSoup(MATHML.sub("", page.read_text(encoding="utf-8")), "html.parser")
    article = soup.find("article")
    if article is None:
        raise PdfError(f"{page}: no <article>")
    for tag in article.find_all(_dropped):
        tag.decompose()
    for wrapper in article.find_all("div", class_=["md-typeset__scrollwrap", "md-typeset__table"]):
        wrapper.unwrap()  # a table's scrolling wrapper (for the screen, pageweight.wrapped_tables)
    for tag in article.find_all(class_="katex-html", attrs={"aria-hidden": True}):
        del tag["aria-hidden"]  # KaTeX's HTML is now the formula itself, for readers and for the tags
    for p in article.find_all("p"):
        if not p.get_text(strip=True) and not p.find(["img", "svg"]):
            p.decompose()  # the paragraph that held the notebook buttons
    _first_tabs(article, soup)
    for details in article.find_all("details"):
        details["open"] = ""
    for section in article.find_all("section", class_="course-section"):
        section.attrs.pop("style", None)  # contain-intrinsic-size: a placeholder for on-screen skipping
    _figures(article, soup)
    _punctuation(article, soup)
    for pre in article.find_all("pre"):  # `pre code span`, without a CSS engine's walk of the whole tree
        for token in [span for code in pre.find_all("code") for span in code.find_all("span")]:
            if token.parent is not None and set(token.get("class", [])) & PLAIN_TOKENS:
                token.unwrap()

    h1 = article.find("h1")
    chapter.title = h1.get_text(" ", strip=True) if h1 else chapter.nav_title
    chapter.sections = [(h2.get("id", ""), h2.get_text(" ", strip=True)) for h2 in article.find_all("h2")]

    base = f"/{chapter.url}"
    for tag in article.find_all(id=True):
        tag["id"] = _anchor(chapter.slug, tag["id"])
    chapter.sections = [(_anchor(chapter.slug, i), text) for i, text in chapter.sections]
    for tag in article.find_all(["img", "source"], src=True):
        tag["src"] = _site_relative(tag["src"], base)
    for a in article.find_all("a", href=True):
        target = _link(a["href"], base, chapter, by_url, site_url)
        if target is None:
            a.unwrap()  # a page of the site that is not in the PDF and no published address to send it to
        else:
            a["href"] = target

    section = soup.new_tag("section", attrs={"class": "pdf-chapter md-typeset", "id": chapter.slug})
    for child in list(article.contents):
        section.append(child.extract())
    return section


def _site_relative(url: str, base: str) -> str:
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or url.startswith("data:"):
        return url
    return urljoin(base, url).lstrip("/")


def _link(href: str, base: str, chapter: Chapter, by_url: dict[str, Chapter], site_url: str) -> str | None:
    """Where a link of `chapter` goes in the PDF: another place in it, the published site, or nowhere."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return href  # another site (or mailto:): as it is
    if href.startswith("#"):
        return f"#{_anchor(chapter.slug, unquote(href[1:]))}" if len(href) > 1 else f"#{chapter.slug}"
    target = urlsplit(urljoin(base, href))
    path = target.path.lstrip("/").removesuffix("index.html")
    fragment = unquote(target.fragment)
    if path in by_url:
        slug = by_url[path].slug
        return f"#{_anchor(slug, fragment)}" if fragment else f"#{slug}"
    if path == "":
        return "#contents"  # the home page: the PDF's contents stand in for its lesson map
    if site_url:
        return urljoin(site_url, path) + (f"#{target.fragment}" if target.fragment else "")
    return None


PRINT_CSS = """
@page { size: A4; }
html { font-size: 100%; }
body { margin: 0; background: #ffffff; }
.md-typeset { font-size: 10pt; line-height: 1.55; font-variant-ligatures: none; }
.md-typeset h1 { font-size: 1.9em; margin: 0 0 1em; color: #1a1a1a; font-weight: 400; }
.md-typeset h2 { font-size: 1.4em; margin-top: 1.6em; }
.md-typeset h3 { font-size: 1.15em; }
.md-typeset h1, .md-typeset h2, .md-typeset h3, .md-typeset h4,
.md-typeset .admonition-title, .md-typeset summary, .pdf-nobreak { white-space: nowrap; }
.pdf-tab__label { break-after: avoid; }
.md-typeset p, .md-typeset li { orphans: 3; widows: 3; }
/* a heading never ends a page: it takes 5 lines of room with it (Chromium may ignore break-after) */
.md-typeset h2, .md-typeset h3, .md-typeset h4 { break-inside: avoid; }
.md-typeset h2::after, .md-typeset h3::after, .md-typeset h4::after {
  content: ""; display: block; height: 6em; margin-bottom: -6em;
}

/* every lesson starts on a new page; the sections the site skips off-screen are all laid out */
.pdf-chapter { break-before: page; }
.md-typeset section.course-section { content-visibility: visible; contain-intrinsic-size: none; }

/* code and outputs wrap instead of running off the paper */
.md-typeset pre > code {
  white-space: pre-wrap; overflow-wrap: anywhere; word-break: normal;
  overflow: visible; max-height: none; font-size: 0.82em; line-height: 1.45;
  color: var(--md-code-hl-name-color); /* the colour of the plain tokens (PLAIN_TOKENS) on the page */
}
.md-typeset .highlight .filename { font-size: 0.8em; }
.md-typeset code { overflow-wrap: anywhere; }
.md-typeset pre { break-inside: auto; }

/* figures fit the page, never split, say what they show */
.pdf-figure { margin: 1em 0; break-inside: avoid; text-align: center; }
.pdf-figure img { display: block; margin: 0 auto; max-width: 100%; max-height: 200mm; height: auto; }
.pdf-figure figcaption {
  margin: 0.5em auto 0; max-width: 92%; font-size: 0.85em; line-height: 1.4; color: #444; text-align: left;
}

/* formulas: a display too wide for the paper wraps its lines rather than being cut off */
.md-typeset .katex-display { overflow: visible; margin: 0.8em 0; }
.md-typeset .katex-display > .katex { white-space: normal; }
.md-typeset .arithmatex { overflow: visible; }
.md-typeset .katex { font-size: 1.1em; }

/* tables and admonitions as on the page, but never scrolled or clipped */
.md-typeset table:not([class]) { display: table; overflow: visible; font-size: 0.9em; break-inside: auto; }
.md-typeset table:not([class]) tr { break-inside: avoid; }
.md-typeset .admonition, .md-typeset details { break-inside: auto; overflow: visible; font-size: 0.92em; }
.md-typeset details > summary::after { display: none; }
.md-typeset a { color: #3949ab; }

.pdf-nobreak { white-space: nowrap; }
.pdf-tab__label { font-weight: 700; margin: 1em 0 0.3em; }
.pdf-tab__others { font-weight: 400; color: #555; font-size: 0.9em; }

/* title page and contents */
.pdf-title { height: 240mm; display: flex; flex-direction: column; justify-content: center; }
.pdf-title h1 { font-size: 3em; font-weight: 700; margin: 0 0 0.4em; color: #283593; }
.pdf-title__description { font-size: 1.35em; line-height: 1.45; max-width: 34em; margin: 0 0 2.5em; }
.pdf-title__meta { color: #444; font-size: 0.95em; margin: 0.3em 0; }
.pdf-contents { break-before: page; }
.md-typeset.pdf-contents ol { list-style: none; margin: 0; padding: 0; }
.md-typeset.pdf-contents ol li { margin: 0; }
.pdf-contents__part { font-weight: 700; font-size: 1.1em; margin: 1.2em 0 0.3em; color: #283593; }
.md-typeset .pdf-contents__entry a { display: flex; align-items: baseline; color: inherit; text-decoration: none; }
.pdf-contents__entry .pdf-contents__title { flex: 0 1 auto; }
.pdf-contents__entry .pdf-contents__dots {
  flex: 1 1 auto; border-bottom: 1px dotted #999; margin: 0 0.4em; min-width: 1em;
}
.pdf-contents__entry .pdf-contents__page { flex: 0 0 auto; font-variant-numeric: tabular-nums; }
.pdf-contents__chapter { margin-top: 0.7em; }
.pdf-contents__chapter > a, .pdf-contents__subtitle { break-after: avoid; }
.pdf-contents__chapter > a { font-weight: 700; font-size: 1.05em; }
.pdf-contents__subtitle { color: #555; font-size: 0.9em; margin: 0 0 0.15em; }
.pdf-contents__section { font-size: 0.9em; padding-left: 1.5em; }
"""


def _title_block(soup: BeautifulSoup, config: dict) -> Tag:
    name = config.get("site_name", "")
    section = soup.new_tag("section", attrs={"class": "pdf-title md-typeset", "id": "title"})
    h1 = soup.new_tag("h1")
    h1.string = name
    section.append(h1)
    if config.get("site_description"):
        p = soup.new_tag("p", attrs={"class": "pdf-title__description"})
        p.string = config["site_description"]
        section.append(p)
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    when = datetime.datetime.fromtimestamp(int(epoch) if epoch.isdigit() and int(epoch) else time.time(), datetime.UTC)
    lines = [f"The PDF edition of the course site, made on {when:%d %B %Y}."]
    if config.get("site_url"):
        lines.append(f"Online, with notebooks to run every lesson: {config['site_url']}")
    if config.get("copyright"):
        lines.append(config["copyright"])
    for line in lines:
        p = soup.new_tag("p", attrs={"class": "pdf-title__meta"})
        url = config.get("site_url") or ""
        if url and url in line:
            before, _, after = line.partition(url)
            p.append(before)
            a = soup.new_tag("a", href=url)
            a.string = url
            p.append(a)
            p.append(after)
        else:
            p.string = line
        section.append(p)
    return section


def _entry(soup: BeautifulSoup, target: str, text: str, css: str) -> Tag:
    li = soup.new_tag("li", attrs={"class": f"pdf-contents__entry {css}"})
    a = soup.new_tag("a", href=f"#{target}")
    for cls, value in (("pdf-contents__title", text), ("pdf-contents__dots", ""), ("pdf-contents__page", PLACEHOLDER)):
        span = soup.new_tag("span", attrs={"class": cls})
        if cls == "pdf-contents__page":
            span["data-target"] = target
        span.string = value
        a.append(span)
    li.append(a)
    return li


def _contents(soup: BeautifulSoup, pages: list[Chapter]) -> Tag:
    nav = soup.new_tag("nav", attrs={"class": "pdf-contents md-typeset", "id": "contents"})
    h1 = soup.new_tag("h1")
    h1.string = "Contents"
    nav.append(h1)
    top = soup.new_tag("ol")
    nav.append(top)
    part_open = False
    for chapter in pages:
        if chapter.lesson and not part_open:
            part = soup.new_tag("li", attrs={"class": "pdf-contents__part"})
            part.string = "Lessons"
            top.append(part)
            part_open = True
        li = _entry(soup, chapter.slug, chapter.nav_title, "pdf-contents__chapter")
        if _plain(chapter.title) != _plain(chapter.nav_title):
            sub = soup.new_tag("p", attrs={"class": "pdf-contents__subtitle"})
            sub.string = re.sub(r"^\d+\.\s*", "", chapter.title)
            li.append(sub)
        if chapter.sections:
            inner = soup.new_tag("ol")
            for target, text in chapter.sections:
                inner.append(_entry(soup, target, text, "pdf-contents__section"))
            li.append(inner)
        top.append(li)
    return nav


def _plain(text: str) -> str:
    return re.sub(r"^\d+\.\s*", "", text).strip().lower()


def assemble(site: Path, config: dict | None = None, pages: list[Chapter] | None = None) -> tuple[str, list[Chapter]]:
    """The whole course as one print HTML document (to be saved in the site folder), and its chapters."""
    config = load_config() if config is None else config
    pages = chapters(config) if pages is None else pages
    site_url = config.get("site_url") or ""
    by_url = {chapter.url: chapter for chapter in pages}
    soup = BeautifulSoup("<!DOCTYPE html><html lang='en'><head></head><body></body></html>", "html.parser")
    head, body = soup.head, soup.body
    head.append(soup.new_tag("meta", charset="utf-8"))
    title = soup.new_tag("title")
    title.string = config.get("site_name", "")
    head.append(title)
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    for link in home.select('head link[rel="stylesheet"]'):  # the site's own CSS (Material, KaTeX, extra)
        if not urlsplit(link["href"]).netloc:
            head.append(soup.new_tag("link", rel="stylesheet", href=link["href"]))
    style = soup.new_tag("style")
    style.string = PRINT_CSS
    head.append(style)
    body["dir"] = "ltr"  # Material's spacing rules are written per direction
    body["data-md-color-scheme"] = "default"
    body["data-md-color-primary"] = "indigo"
    body["data-md-color-accent"] = "deep-orange"

    sections = [_chapter(site, chapter, by_url, site_url) for chapter in pages]
    body.append(_title_block(soup, config))
    body.append(_contents(soup, pages))
    for section in sections:
        body.append(section)

    ids = [tag["id"] for tag in body.find_all(id=True)]
    duplicates = sorted(i for i, n in Counter(ids).items() if n > 1)
    if duplicates:
        raise PdfError(f"ids that are not unique in the PDF: {duplicates[:10]}")
    known = set(ids)
    dangling = [
        a["href"] for a in body.find_all("a", href=True) if a["href"].startswith("#") and a["href"][1:] not in known
    ]
    if dangling:
        raise PdfError(f"links to nowhere in the PDF: {dangling[:10]}")
    return str(soup), pages


# --- printing -------------------------------------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def _serve(folder: Path):
    handler = functools.partial(_QuietHandler, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


def chromium_path() -> str | None:
    """Debian's Chromium on the PATH (what `make browser` provides), else Playwright's own (None)."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _pdf(page, title: str) -> bytes:
    return page.pdf(
        format="A4",
        print_background=True,
        display_header_footer=True,
        header_template="<span></span>",
        footer_template=FOOTER.format(title=html.escape(title)),
        margin=MARGIN,
        outline=True,
        tagged=True,
    )


def outline(data_or_reader) -> list[tuple[str, int, list]]:
    """The PDF's bookmarks as a tree: (title, 1-based page, children), in document order."""
    from pypdf import PdfReader

    reader = data_or_reader if isinstance(data_or_reader, PdfReader) else PdfReader(io.BytesIO(data_or_reader))

    def walk(items) -> list[tuple[str, int, list]]:
        nodes: list[tuple[str, int, list]] = []
        for item in items:
            if isinstance(item, list):
                if nodes:
                    nodes[-1][2].extend(walk(item))
            else:
                nodes.append((item.title, reader.get_destination_page_number(item) + 1, []))
        return nodes

    return walk(reader.outline)


def _key(text: str) -> str:
    """Heading text as a bookmark and as the page compare: Chromium collapses some spaces."""
    return re.sub(r"\s+", "", text.replace("\u00b6", ""))


def _page_numbers(data: bytes, pages: list[Chapter]) -> dict[str, int]:
    """Each contents entry's target id → the page its heading is on, from the PDF's outline: each
    chapter's bookmark (its <h1>) at the top level, its sections' (<h2>) right under it, in order."""
    tree = outline(data)
    numbers: dict[str, int] = {}
    top = iter(tree)
    for chapter in pages:
        node = next((n for n in top if _key(n[0]) == _key(chapter.title)), None)
        if node is None:
            raise PdfError(f"no bookmark for the chapter {chapter.title!r} in the PDF outline")
        numbers[chapter.slug] = node[1]
        children = iter(node[2])
        for target, text in chapter.sections:
            child = next((n for n in children if _key(n[0]) == _key(text)), None)
            if child is None:
                raise PdfError(f"no bookmark for the section {text!r} of {chapter.src} in the PDF outline")
            numbers[target] = child[1]
    return numbers


@dataclass
class Result:
    path: Path
    pages: int  # of the PDF
    chapters: list[Chapter]
    html: str  # the print document
    contents: dict[str, int]  # each contents entry's target id → the page printed beside it
    seconds: float


def render(site: Path, out: Path, config: dict | None = None) -> Result:
    """Print the course from the built `site` into `out` (two renderings: contents with page numbers)."""
    from playwright.sync_api import sync_playwright
    from pypdf import PdfReader

    started = time.monotonic()
    config = load_config() if config is None else config
    document, pages = assemble(site, config)
    printable = site / PRINT_PAGE
    printable.write_text(document, encoding="utf-8")
    problems: list[str] = []
    try:
        with _serve(site) as url, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
            try:
                context = browser.new_context(color_scheme="light")
                origin = urlsplit(url).netloc

                def route(route):
                    if urlsplit(route.request.url).netloc != origin:
                        problems.append(f"request to another host, blocked: {route.request.url}")
                        route.abort()
                    else:
                        route.continue_()

                context.route("**/*", route)
                page = context.new_page()
                page.on("requestfailed", lambda r: problems.append(f"failed request: {r.url} {r.failure}"))
                page.on("response", lambda r: r.status >= 400 and problems.append(f"HTTP {r.status}: {r.url}"))
                page.goto(url + PRINT_PAGE, wait_until="load", timeout=180_000)
                page.evaluate("document.fonts.ready.then(() => true)")
                broken = page.evaluate(
                    "Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src)"
                )
                problems += [f"image did not load: {src}" for src in broken]
                if problems:
                    raise PdfError("the print page did not load cleanly:\n  " + "\n  ".join(problems))
                title = config.get("site_name", "")
                first = _pdf(page, title)
                numbers = _page_numbers(first, pages)
                for _attempt in range(3):
                    page.evaluate(
                        """numbers => { for (const span of document.querySelectorAll('.pdf-contents__page')) {
                               span.textContent = String(numbers[span.dataset.target]); } }""",
                        numbers,
                    )
                    data = _pdf(page, title)
                    again = _page_numbers(data, pages)
                    if again == numbers:
                        break
                    numbers = again
                else:
                    raise PdfError("the contents' page numbers do not settle after three renderings")
            finally:
                browser.close()
    finally:
        printable.unlink(missing_ok=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    count = len(PdfReader(io.BytesIO(data)).pages)
    result = Result(out, count, pages, document, numbers, time.monotonic() - started)
    # Beside the PDF, what went into it (never into the site): the print document, and the page each
    # contents entry points to. `load` reads a rendering back, so the tests check the PDF that
    # `make deploy` published instead of rendering another one.
    _print_document(out).write_text(document, encoding="utf-8")
    facts = {"pages": count, "contents": numbers, "seconds": result.seconds, "chapters": [vars(c) for c in pages]}
    _facts(out).write_text(json.dumps(facts, indent=1, ensure_ascii=False), encoding="utf-8")
    return result


def _print_document(out: Path) -> Path:
    return out.with_suffix(".print.html")


def _facts(out: Path) -> Path:
    return out.with_suffix(".json")


def load(out: Path) -> Result:
    """The Result of an earlier `render` into `out`."""
    facts = json.loads(_facts(out).read_text(encoding="utf-8"))
    pages = [Chapter(**{**c, "sections": [tuple(s) for s in c["sections"]]}) for c in facts["chapters"]]
    document = _print_document(out).read_text(encoding="utf-8")
    return Result(out, facts["pages"], pages, document, facts["contents"], facts["seconds"])


# --- publishing -----------------------------------------------------------------------------------------


def size_label(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def add_to_site(site_dir: Path, pdf_path: Path) -> Path:
    """Publish the PDF in a built site: `<site>/calculus-for-deep-learning.pdf`, linked from the home page
    (with its size and page count) right after the first paragraph of its article. Idempotent."""
    from pypdf import PdfReader

    site_dir, pdf_path = Path(site_dir), Path(pdf_path)
    target = site_dir / PDF_NAME
    if pdf_path.resolve() != target.resolve():
        shutil.copyfile(pdf_path, target)
    pages = len(PdfReader(target).pages)
    link = (
        f'<p class="course-pdf"><a href="{PDF_NAME}" download>Download the course as PDF</a> '
        f"({size_label(target.stat().st_size)}, {pages} pages)</p>"
    )
    index = site_dir / "index.html"
    text = index.read_text(encoding="utf-8")
    text = re.sub(r'\n?<p class="course-pdf">.*?</p>', "", text, flags=re.S)  # a previous link
    start = text.find("<article")
    if start < 0:
        raise PdfError(f"{index}: no <article>")
    article = BeautifulSoup(text[start:], "html.parser").find("article")
    first = next((p for p in article.find_all("p") if p.parent is article or p.parent.name == "section"), None)
    if first is None:
        raise PdfError(f"{index}: no paragraph in the article")
    # where that paragraph ends in the text (html.parser records where each tag starts)
    lines = text[start:].splitlines(keepends=True)
    offset = start + sum(len(line) for line in lines[: first.sourceline - 1]) + first.sourcepos
    end = text.index("</p>", offset) + len("</p>")
    index.write_text(text[:end] + "\n" + link + text[end:], encoding="utf-8")
    return target


# --- command line ---------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a site built strictly from this checkout (default: build one)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"the PDF to write (default: {DEFAULT_OUT})")
    parser.add_argument(
        "--add-to-site", action="store_true", help="also copy the PDF into the site and link it from the home page"
    )
    args = parser.parse_args(argv)
    if args.add_to_site and args.site is None:
        parser.error("--add-to-site needs --site")
    with tempfile.TemporaryDirectory(prefix="course-pdf-") as scratch:
        site = args.site or build_site(Path(scratch) / "site")
        try:
            result = render(site, args.out)
        except PdfError as error:
            print(f"pdf: {error}", file=sys.stderr)
            return 1
        print(
            f"pdf: {result.path} ({size_label(result.path.stat().st_size)}, {result.pages} pages, "
            f"{len(result.chapters)} chapters) in {result.seconds:.0f} s"
        )
        if args.add_to_site:
            add_to_site(site, result.path)
            print(f"pdf: added to {site} and linked from its home page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
