"""The PDF edition (scripts/pdf.py) that `make deploy` made and published (the deployment fixture: one
rendering for the publishing tests and these), read with pypdf (outline, links) and PDFium (text):
every lesson of the navigation in its text, its bookmarks and its contents (on the right pages); no raw TeX
outside code; every figure's alt text as a caption, only the light drawings; links between lessons that stay
inside the PDF; a plausible length; and the home page of a published site linking it with its size.
"""

from __future__ import annotations

import re
import shutil
import sys
import unicodedata
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import LESSONS, ROOT, built_page

sys.path.insert(0, str(ROOT / "scripts"))
import pdf

pypdf = pytest.importorskip("pypdf")
pypdfium2 = pytest.importorskip("pypdfium2")
playwright_api = pytest.importorskip("playwright.sync_api")


def have_chromium() -> bool:
    if pdf.chromium_path():
        return True
    with playwright_api.sync_playwright() as p:
        own = p.chromium.executable_path
    return bool(own) and Path(own).is_file()


pytestmark = [
    pytest.mark.skipif(not have_chromium(), reason="no Chromium: run `make browser`"),
]

TEX = re.compile(r"\\(frac|nabla|mathbf|partial|sum|sqrt|top|lVert|mathrm|operatorname|left|right|cdot|begin)\b")
DOLLARS = re.compile(r"\$[^$\n]{1,80}\$")


def squeeze(text: str) -> str:
    """Text to compare with what a PDF gives back: no whitespace (lines wrap anywhere), NFKC (ligatures)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@pytest.fixture(scope="module")
def site(deployment) -> Path:
    """The site the PDF was printed from: the deployment's strict build (CI=true)."""
    return deployment.site


@pytest.fixture(scope="module")
def book(deployment) -> pdf.Result:
    return pdf.load(deployment.pdf)


@pytest.fixture(scope="module")
def reader(book) -> pypdf.PdfReader:
    return pypdf.PdfReader(book.path)


@pytest.fixture(scope="module")
def texts(book) -> list[str]:
    """Each page's text, read by PDFium (pypdf takes 35 s over the whole book, PDFium 2 s). PDFium marks
    a word hyphenated at a line end with U+FFFE where pypdf gives a hyphen: given as a hyphen here."""
    document = pypdfium2.PdfDocument(book.path)
    try:
        return [document[i].get_textpage().get_text_range().replace("\ufffe", "-") for i in range(len(document))]
    finally:
        document.close()


@pytest.fixture(scope="module")
def printed(book) -> BeautifulSoup:
    """The print document the PDF was printed from, parsed once for the tests that read it (only read)."""
    return BeautifulSoup(book.html, "html.parser")


def article(site: Path, chapter: pdf.Chapter) -> BeautifulSoup:
    """The lesson's <article> on the site, parsed once per worker (conftest.built_page): only read."""
    return built_page(site / chapter.url / "index.html").find("article")


def chapter_pages(book: pdf.Result, count: int) -> dict[str, range]:
    """Each chapter's pages (1-based), from where it starts to where the next one starts."""
    starts = [book.contents[c.slug] for c in book.chapters] + [count + 1]
    return {c.slug: range(starts[i], starts[i + 1]) for i, c in enumerate(book.chapters)}


def test_every_lesson_page_of_the_nav_is_in_the_pdf_then_notation(book):
    pages = [c.src for c in book.chapters]
    assert {c.src for c in book.chapters if c.lesson} == {lesson.page for lesson in LESSONS}
    assert pages[-1] == "notation.md" and not book.chapters[-1].lesson
    assert [c.nav_title for c in book.chapters if c.lesson] == [c.nav_title for c in pdf.chapters() if c.lesson]


def test_every_lesson_title_is_in_the_text(book, site, texts):
    whole = squeeze("".join(texts))
    for chapter in book.chapters:
        h1 = article(site, chapter).find("h1").get_text(" ", strip=True).removesuffix("¶")
        assert squeeze(chapter.nav_title) in whole, f"nav title {chapter.nav_title!r} is not in the PDF"
        assert squeeze(h1) in whole, f"title {h1!r} is not in the PDF"


def test_the_outline_lists_every_lesson_with_its_sections(book, reader, site):
    tree = pdf.outline(reader)
    top = [squeeze(title) for title, _, _ in tree]
    for chapter in book.chapters:
        h1 = article(site, chapter).find("h1").get_text(" ", strip=True).removesuffix("¶")
        assert squeeze(h1) in top, f"no bookmark for {h1!r}: {top}"
        node = tree[top.index(squeeze(h1))]
        assert len(node[2]) >= len(article(site, chapter).find_all("h2")), f"{chapter.src}: sections missing"
    order = [top.index(squeeze(c.title)) for c in book.chapters]
    assert order == sorted(order), "the bookmarks are not in nav order"


def test_the_contents_give_the_page_each_lesson_starts_on(book, texts):
    assert "Contents" in texts[1]
    for chapter in book.chapters:
        page = book.contents[chapter.slug]
        assert squeeze(chapter.title) in squeeze(texts[page - 1]), f"{chapter.title!r} is not on page {page}"
    contents = squeeze("".join(texts[1 : book.contents[book.chapters[0].slug] - 1]))
    for chapter in book.chapters:
        assert squeeze(f"{chapter.nav_title}{book.contents[chapter.slug]}") in contents, chapter.nav_title


def test_no_raw_tex_outside_code(texts, printed):
    assert not printed.select("annotation, .katex-mathml"), "KaTeX's MathML (with its TeX) is in the print page"
    code = squeeze("".join(tag.get_text() for tag in printed.find_all(["pre", "code"])))
    raw = [
        f"page {number}: {line.strip()!r}"
        for number, text in enumerate(texts, start=1)
        for line in text.splitlines()
        if (TEX.search(line) or DOLLARS.search(line)) and squeeze(line) not in code
    ]
    why = "raw TeX in the prose: a formula that was not typeset (e.g. `$x = $`, a space before the closing $)"
    assert not raw, why + "\n" + "\n".join(raw)


def test_every_figure_shows_its_light_drawing_with_its_alt_text(book, site, texts, printed):
    assert not [img["src"] for img in printed.find_all("img") if ".dark." in img["src"]]
    whole = squeeze("".join(texts))
    alts = []
    for chapter in book.chapters:
        for img in article(site, chapter).find_all("img", src=True):
            if "figures/" in img["src"] and not img["src"].endswith("#only-dark"):
                alts.append(img["alt"])
    assert alts, "no figures?"
    assert len(printed.select("figure.pdf-figure figcaption")) == len(alts)
    for alt in alts:
        assert alt.strip() and squeeze(alt) in whole, f"alt text not in the PDF: {alt[:80]!r}"


def test_solutions_are_open_and_nothing_is_left_for_the_screen(printed):
    assert all(details.has_attr("open") for details in printed.find_all("details"))
    assert not printed.select("a.md-button, a.headerlink, script, .tabbed-set")


def test_the_page_count_is_plausible(book, reader):
    lessons = sum(c.lesson for c in book.chapters)
    assert 5 * lessons <= len(reader.pages) <= 60 * lessons
    assert book.pages == len(reader.pages)


def link_annotations(reader):
    for number, page in enumerate(reader.pages, start=1):
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/Link":
                yield number, annotation


def test_links_between_lessons_are_links_inside_the_pdf(book, reader, site):
    destinations = {
        name.lstrip("/"): reader.get_destination_page_number(d) + 1 for name, d in reader.named_destinations.items()
    }
    internal, external = set(), []
    for _, annotation in link_annotations(reader):
        action = annotation.get("/A", {})
        if "/Dest" in annotation or action.get("/S") == "/GoTo":
            dest = annotation.get("/Dest", action.get("/D"))
            internal.add(str(dest).lstrip("/"))
        elif "/URI" in action:
            external.append(str(action["/URI"]))
    local = [
        uri for uri in external if not urlsplit(uri).netloc or urlsplit(uri).hostname in {"127.0.0.1", "localhost"}
    ]
    assert not local, f"links that leave the PDF for a local or relative address: {local[:5]}"

    ranges = chapter_pages(book, len(reader.pages))
    by_url = {c.url: c for c in book.chapters}
    expected = 0
    for chapter in book.chapters:
        for a in article(site, chapter).find_all("a", href=True):
            if urlsplit(a["href"]).scheme or a["href"].startswith("#") or "md-button" in a.get("class", []):
                continue
            target = urlsplit(urljoin(f"/{chapter.url}", a["href"]))
            other = by_url.get(target.path.lstrip("/"))
            if other is None or other is chapter:
                continue
            name = f"{other.slug}-{unquote(target.fragment)}" if target.fragment else other.slug
            assert name in internal, f"{chapter.src}: the link to {a['href']} is not a link inside the PDF"
            assert destinations[name] in ranges[other.slug], f"{a['href']} lands outside {other.src}"
            expected += 1
    assert expected >= 5, "hardly any links between lessons: is the site the course?"


def test_the_home_page_of_a_published_site_links_the_pdf_with_its_size(book, site, tmp_path):
    published = tmp_path / "site"
    published.mkdir()
    shutil.copy2(site / "index.html", published / "index.html")
    pdf.add_to_site(published, book.path)
    pdf.add_to_site(published, book.path)  # twice: still one link
    copied = published / pdf.PDF_NAME
    assert copied.read_bytes() == book.path.read_bytes()
    home = BeautifulSoup((published / "index.html").read_text(encoding="utf-8"), "html.parser")
    links = home.select("article p.course-pdf")
    assert len(links) == 1
    link = links[0].find("a")
    assert link["href"] == pdf.PDF_NAME and link.has_attr("download")
    assert link.get_text() == "Download the course as PDF"
    size = f"{copied.stat().st_size / 1e6:.1f} MB"
    assert links[0].get_text() == f"Download the course as PDF ({size}, {book.pages} pages)"
    first = home.find("article").find("p")
    assert first.find_next_sibling("p") is links[0], "the link is not right after the first paragraph"
    original = (site / "index.html").read_text(encoding="utf-8")  # the deployment linked it already
    added = (published / "index.html").read_text(encoding="utf-8")
    assert added == original, "adding the PDF again changed more than its link"
    assert (site / pdf.PDF_NAME).read_bytes() == book.path.read_bytes(), "the site publishes another PDF"
