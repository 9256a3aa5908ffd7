"""Lighter pages for a phone: what the build does to each page's HTML so that it loads and lays
out fast (the Lighthouse gate, `make lighthouse`), without changing what the reader sees.

- `sections`: each h2 section of a lesson becomes `<section class="course-section">` with a
  generous placeholder height; the stylesheet (`content-visibility: auto`) lets the browser skip
  style and layout of sections far from the screen.
- `sized_figures`: figures get their width and height (nothing shifts as they load), decode
  asynchronously, and all but the first load lazily.
- `prune_notebook_css`: a notebook view carries nbconvert's whole JupyterLab stylesheet (about
  570 KB, inline); only the rules whose classes occur on the page are kept.
"""

from __future__ import annotations

import re

H2 = re.compile(r"<h2\b")
TAG = re.compile(r"<[^>]+>")
PRE = re.compile(r"<pre\b.*?</pre>", re.S)
MATHML = re.compile(r"<math\b.*?</math>", re.S)


def estimated_height(section: str) -> int:
    """A generous estimate (px) of a section's height in a phone's narrow column, before the browser
    lays it out: its content must not overflow the placeholder (targets would seem to overlap)."""
    code_lines = sum(block.count("\n") + 1 for block in PRE.findall(section))
    prose = TAG.sub("", MATHML.sub("", PRE.sub("", section)))
    displays = section.count('class="katex-display"')
    images = section.count("<img")
    rows = section.count("<tr")
    return int(1.5 * (len(prose) / 40 * 26 + code_lines * 21 + displays * 80 + images * 420 + rows * 40) + 200)


def sections(html: str) -> str:
    starts = [m.start() for m in H2.finditer(html)]
    if not starts:
        return html
    parts = [html[: starts[0]]]
    for start, end in zip(starts, [*starts[1:], len(html)], strict=True):
        section = html[start:end]
        style = f"contain-intrinsic-size: auto {estimated_height(section)}px"
        parts.append(f'<section class="course-section" style="{style}">{section}</section>')
    return "".join(parts)


FIGURE_IMG = re.compile(
    r'<img (?P<attrs>[^>]*\bsrc="[^"]*figures/[^"/]+/(?P<name>[\w.@-]+)\.svg(?:#only-(?:light|dark))?"[^>]*?)\s*/?>'
)
SVG_SIZE = re.compile(r'<svg[^>]*\bwidth="(?P<w>[\d.]+)pt"[^>]*\bheight="(?P<h>[\d.]+)pt"')


def sized_figures(html: str, figures: dict[str, str]) -> str:
    """`figures`: name -> SVG text of the lesson's figures."""
    seen = 0

    def sized(match: re.Match) -> str:
        nonlocal seen
        size = SVG_SIZE.search(figures.get(match.group("name"), ""))
        if size is None:
            return match.group(0)
        width, height = (round(float(size.group(k)) * 4 / 3) for k in ("w", "h"))  # pt -> CSS px
        seen += 1
        lazy = ' loading="lazy"' if seen > 1 else ""
        return f'<img {match.group("attrs")} width="{width}" height="{height}" decoding="async"{lazy} />'

    return FIGURE_IMG.sub(sized, html)


CELL = re.compile(r'<div class="(?P<classes>(?:[^"]*\s)?jp-Cell(?:\s[^"]*)?)"')
DIV = re.compile(r"<(/?)div\b")


def notebook_cells(html: str) -> str:
    """Each notebook-view cell gets a generous placeholder height, as lesson sections do: the
    stylesheet lets the browser skip cells far from the screen, and nothing may overflow its
    placeholder onto the next cell."""
    out, last, inside_until = [], 0, 0
    for match in CELL.finditer(html):
        if match.start() < inside_until:
            continue  # a cell inside a cell: the outer one's estimate covers it
        depth, end = 0, len(html)
        for tag in DIV.finditer(html, match.start()):
            depth += -1 if tag.group(1) else 1
            if depth == 0:
                end = tag.end()
                break
        cell = html[match.start() : end]
        style = f' style="contain-intrinsic-size: auto {estimated_height(cell)}px"'
        out.append(html[last : match.end()] + style)
        last, inside_until = match.end(), end
    out.append(html[last:])
    return "".join(out)


STYLE = re.compile(r"(<style[^>]*>)(.*?)(</style>)", re.S)
CLASS_ATTR = re.compile(r'class="([^"]*)"')
CLASS_IN_SELECTOR = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
COMMENT = re.compile(r"/\*.*?\*/", re.S)


def _blocks(css: str):
    """Top-level items of a stylesheet: ("rule", selector, body) or ("at", prelude, body|None)."""
    i, n = 0, len(css)
    while i < n:
        brace = css.find("{", i)
        semi = css.find(";", i)
        if brace == -1 and semi == -1:
            return
        if semi != -1 and (brace == -1 or semi < brace) and css[i:semi].strip().startswith("@"):
            yield ("at", css[i : semi + 1].strip(), None)  # @import, @charset, @namespace
            i = semi + 1
            continue
        if brace == -1:
            return
        depth, j = 1, brace + 1
        while j < n and depth:
            depth += {"{": 1, "}": -1}.get(css[j], 0)
            j += 1
        prelude, body = css[i:brace].strip(), css[brace + 1 : j - 1]
        yield ("at" if prelude.startswith("@") else "rule", prelude, body)
        i = j


def _split_selectors(selector: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for k, ch in enumerate(selector):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            parts.append(selector[start:k])
            start = k + 1
    parts.append(selector[start:])
    return [p.strip() for p in parts if p.strip()]


def prune_css(css: str, classes: set[str]) -> str:
    """The rules of `css` that can match a page whose elements carry only `classes`."""
    out = []
    for kind, prelude, body in _blocks(COMMENT.sub("", css)):
        if kind == "at":
            if body is None:
                out.append(prelude)
            elif prelude.startswith(("@media", "@supports", "@layer")):
                inner = prune_css(body, classes)
                if inner.strip():
                    out.append(f"{prelude}{{{inner}}}")
            else:  # @font-face, @keyframes, @page: kept whole
                out.append(f"{prelude}{{{body}}}")
            continue
        # A class inside :not(...) need not be present for the selector to match.
        kept = [
            s
            for s in _split_selectors(prelude)
            if all(c in classes for c in CLASS_IN_SELECTOR.findall(re.sub(r":not\([^)]*\)", "", s)))
        ]
        if kept:
            out.append(f"{','.join(kept)}{{{body.strip()}}}")
    return "\n".join(out)


def prune_notebook_css(html: str) -> str:
    body = STYLE.sub("", html)
    classes = {name for attr in CLASS_ATTR.findall(body) for name in attr.split()}
    # Classes that scripts add to notebook views after load (a11y.js adds none; Material's none inside).
    return STYLE.sub(lambda m: m.group(1) + prune_css(m.group(2), classes) + m.group(3), html)
