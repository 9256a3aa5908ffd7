"""Math typeset at build time with the site's own KaTeX, so the reader's browser runs no typesetter.

Lesson pages: pymdownx.arithmatex (generic mode) marks math up as `<span class="arithmatex">\\(…\\)</span>`
and `<div class="arithmatex">\\[…\\]</div>`. Notebook views: Markdown cells keep the `$…$` and
`$$…$$` their authors wrote. Both become KaTeX's HTML with MathML (for screen readers) inside the
same wrappers; the page needs only katex.min.css and its fonts. One Node.js process
(katex_server.cjs) serves a whole build. A formula KaTeX cannot parse is returned as a problem
naming the page and the formula: the strict build fails on it.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import threading
from pathlib import Path

SERVER = Path(__file__).with_name("katex_server.cjs")
INLINE = re.compile(r'<span class="arithmatex">\\\((?P<tex>.*?)\\\)</span>', re.S)
DISPLAY = re.compile(r'<div class="arithmatex">\s*\\\[(?P<tex>.*?)\\\]\s*</div>', re.S)
NOTEBOOK_MARKDOWN = re.compile(r'<div class="[^"]*\bjp-RenderedMarkdown\b[^"]*"[^>]*>')
CODE = re.compile(r"<(pre|code)\b.*?</\1>", re.S)
NOTEBOOK_MATH = re.compile(r"\$\$(?P<display>.+?)\$\$|(?<![\\$])\$(?P<inline>[^$]+?)\$", re.S)  # may span lines


class Typesetter:
    """A KaTeX server in a Node.js process, started on first use and kept for the build."""

    def __init__(self):
        self._process = None
        self._lock = threading.Lock()

    def render(self, items: list[tuple[str, bool]]) -> list[dict]:
        """[(tex, display)] -> [{"html": …} or {"error": …}], in order."""
        if not items:
            return []
        with self._lock:
            if self._process is None or self._process.poll() is not None:
                node = shutil.which("node")
                if node is None:
                    raise RuntimeError("Node.js is needed to typeset math at build time (make setup)")
                self._process = subprocess.Popen(
                    [node, str(SERVER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8"
                )
            request = {"items": [{"tex": tex, "display": display} for tex, display in items]}
            self._process.stdin.write(json.dumps(request) + "\n")
            self._process.stdin.flush()
            answer = self._process.stdout.readline()
        if not answer:
            raise RuntimeError("the KaTeX process stopped (see its message above)")
        return json.loads(answer)["results"]

    def close(self) -> None:
        with self._lock:
            if self._process is not None:
                self._process.stdin.close()
                self._process.wait(10)
                self._process = None


def _searched_once(rendered: str) -> str:
    """KaTeX writes each formula three times: as MathML, as its TeX source and as HTML. Both copies
    beside the MathML are marked `data-search-exclude` for Material's search index. Its parser
    compares elements by tag alone, so the exclusion of KaTeX's nested HTML spans ends at their
    first inner `</span>`: in effect the TeX source leaves the index (662 -> 612 KB), not all of
    the HTML copy."""
    return rendered.replace('<span class="katex-html"', '<span class="katex-html" data-search-exclude').replace(
        '<annotation encoding="application/x-tex">', '<annotation encoding="application/x-tex" data-search-exclude>'
    )


def _apply(text: str, found: list[tuple[int, int, str, bool]], typesetter: Typesetter, wrap, where: str):
    """Replace each (start, end, tex, display) span of `text` by its typeset HTML (wrapped)."""
    results = typesetter.render([(tex, display) for _, _, tex, display in found])
    problems, out, last = [], [], 0
    for (start, end, tex, display), result in zip(found, results, strict=True):
        out.append(text[last:start])
        if "html" in result:
            out.append(wrap(_searched_once(result["html"]), display))
        else:
            problems.append(f"{where}: KaTeX cannot typeset {tex.strip()[:80]!r}: {result['error']}")
            out.append(wrap(f'<span class="math-error">{html.escape(tex)}</span>', display))
        last = end
    out.append(text[last:])
    return "".join(out), problems


def typeset_page(content: str, typesetter: Typesetter, where: str) -> tuple[str, list[str]]:
    """A lesson page's content HTML with every arithmatex formula typeset; and the problems."""
    found = [(m.start(), m.end(), html.unescape(m.group("tex")), False) for m in INLINE.finditer(content)]
    found += [(m.start(), m.end(), html.unescape(m.group("tex")), True) for m in DISPLAY.finditer(content)]
    found.sort()

    def wrap(rendered: str, display: bool) -> str:
        if display:  # may scroll sideways on a narrow screen: reachable by keyboard (WCAG 2.1.1)
            return f'<div class="arithmatex" tabindex="0">{rendered}</div>'
        return f'<span class="arithmatex">{rendered}</span>'

    return _apply(content, found, typesetter, wrap, where)


def _markdown_cells(content: str) -> list[tuple[int, int]]:
    """(start, end) of the inside of every notebook Markdown cell's rendered div."""
    spans = []
    for match in NOTEBOOK_MARKDOWN.finditer(content):
        depth, i = 1, match.end()
        for tag in re.finditer(r"<(/?)div\b", content[i:]):
            depth += -1 if tag.group(1) else 1
            if depth == 0:
                spans.append((i, i + tag.start()))
                break
    return spans


def typeset_notebook(content: str, typesetter: Typesetter, where: str) -> tuple[str, list[str]]:
    """A notebook view's content HTML with the $…$ and $$…$$ of its Markdown cells typeset."""
    found = []
    for start, end in _markdown_cells(content):
        cell = content[start:end]
        code = [(m.start(), m.end()) for m in CODE.finditer(cell)]
        for m in NOTEBOOK_MATH.finditer(cell):
            if any(a <= m.start() < b for a, b in code):
                continue
            display = m.group("display") is not None
            tex = html.unescape(m.group("display") if display else m.group("inline"))
            found.append((start + m.start(), start + m.end(), tex, display))

    def wrap(rendered: str, display: bool) -> str:
        if display:  # may scroll sideways: reachable by keyboard
            return rendered.replace('<span class="katex-display">', '<span class="katex-display" tabindex="0">', 1)
        return rendered

    typeset, problems = _apply(content, found, typesetter, wrap, where)
    # Code cells and outputs may scroll sideways too; whether they do is known only after layout,
    # which the browser skips for cells far from the screen: make every one reachable.
    return re.sub(r"<pre(?![^>]*tabindex)", '<pre tabindex="0"', typeset), problems
