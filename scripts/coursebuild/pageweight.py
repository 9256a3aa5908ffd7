"""Lighter pages for a phone: what the build does to each page's HTML so that it loads and lays
out fast (the Lighthouse gate, `make lighthouse`), without changing what the reader sees.

- `sections`: the content between two headings of a lesson becomes `<section
  class="course-section">` with a generous placeholder height (the headings stay outside); the
  stylesheet (`content-visibility: auto`) lets the browser skip style and layout of sections far
  from the screen.
- `lighter_code`: highlighted code with one `<span>` per run of one colour, none for plain code.
- `wrapped_tables`: tables arrive in the scrolling wrapper the theme would otherwise move them into
  once the page has loaded (a move that lays out every formula of a table again).
- `deferred_scripts`: the theme's scripts run once the page has been drawn.
- `sized_figures`: figures get their width and height (nothing shifts as they load), decode
  asynchronously, and all but the first load lazily.
- `notebook_figures`: a notebook view links the site's figure files instead of inlining them.
- `prune_notebook_css`: a notebook view carries nbconvert's whole JupyterLab stylesheet (about
  570 KB, inline); only the rules whose classes occur on the page are kept, and of the custom
  properties (about 1,200 declarations) only those something reads: 140 KB of CSS became 21 KB.
"""

from __future__ import annotations

import base64
import functools
import json
import re
from html import escape

from coursebuild.style import DARK_SUFFIX

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


HEADING = re.compile(r"<h([2-6])\b[^>]*>.*?</h\1>", re.S)
HEADING_START = re.compile(r"<h[1-6]\b")
BLOCK_TAG = re.compile(r"<(/?)(div|details|section|table|ul|ol|dl|blockquote|figure)\b")


def _balanced(fragment: str) -> bool:
    depth = 0
    for tag in BLOCK_TAG.finditer(fragment):
        depth += -1 if tag.group(1) else 1
        if depth < 0:
            return False
    return depth == 0


TABLE = re.compile(r"<table>(?:(?!<table\b).)*?</table>", re.S)
TABLE_WRAP = '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'


def wrapped_tables(html: str) -> str:
    """Each plain table (Markdown's, no class: what Material wraps) inside the wrapper Material's
    script would move it into (`table:not([class])`: a scrolling div around an inline-block one).
    Moved after load, every formula in the table was laid out twice: on the notation page, most of
    the page (2,600 layout objects, 40-70 ms on a fast machine). The bundle leaves a wrapped table
    alone (coursebuild/themepatch.py)."""
    return TABLE.sub(lambda m: f"{TABLE_WRAP}{m.group(0)}</div></div>", html)


def sections(html: str) -> str:
    """The runs of content between a page's headings (h2 to h6) become sections the browser may skip.

    The headings stay outside them: Material measures every heading's offset (for the table of
    contents) when the page loads, and measuring an element inside a skipped section forces the
    browser to lay that section out, one section at a time, on a phone for seconds."""
    headings, depth, counted = [], 0, 0  # block elements open where counting stopped
    for heading in HEADING.finditer(html):
        for tag in BLOCK_TAG.finditer(html, counted, heading.start()):
            depth += -1 if tag.group(1) else 1
        counted = heading.start()
        if depth == 0:  # a heading of the page itself, not one inside a block
            headings.append(heading)
    if not headings:
        return html
    parts, last = [], 0
    for heading, following in zip(headings, [*headings[1:], None], strict=True):
        body_end = following.start() if following else len(html)
        body = html[heading.end() : body_end]
        parts.append(html[last : heading.end()])
        # Content tabs stay unskipped: Material links tab sets by their labels' rendered text,
        # which a skipped section does not have.
        if body.strip() and _balanced(body) and "tabbed-set" not in body:
            style = f"contain-intrinsic-size: auto {estimated_height(body)}px"
            parts.append(f'<section class="course-section" style="{style}">{body}</section>')
        else:
            parts.append(body)
        last = body_end
    parts.append(html[last:])
    return "".join(parts)


# Pygments token classes by the colour the theme gives them (Material's highlight rules, with the
# course's colours in docs/stylesheets/extra.css). Names, operators, punctuation and spaces share the
# colour that extra.css gives all of a block's code, as does every class the theme leaves unstyled.
COLOUR_GROUPS = {
    "keyword": "k kd kn kp kr kt nd ni nl nt",
    "string": "s s1 s2 sb sc si ss l cpf",
    "special": "cp se sh sr sx",
    "number": "m mb mf mh mi mo il",
    "constant": "bp nb no",
    "function": "nc ne nf nn",
    "comment": "c c1 ch cm cs sd",
    "variable": "na nv vc vg vi",
    "generic": "ge gh go gp gr gs gt gu",
    "deleted": "gd",
    "inserted": "gi",
    "line": "hll",
}


def _group_of(groups: dict[str, str]) -> dict[str, str]:
    """Each class's group, from a table of groups and their space-separated classes."""
    return {name: group for group, names in groups.items() for name in names.split()}


COLOUR_OF = _group_of(COLOUR_GROUPS)
HIGHLIGHTED_CODE = re.compile(
    r'(<div class="(?:language-\w+ highlight|highlight-ipynb[^"]*)">(?:<span class="filename">[^<]*</span>)?'
    r"<pre[^>]*><span></span>(?:<code>)?)(.*?)(</code></pre>|</pre>)",
    re.S,
)
CODE_PIECE = re.compile(r'<span class="(?P<cls>[^"]+)">(?P<text>[^<]*)</span>|(?P<plain>[^<]+)|(?P<tag><[^>]*>)')
# The same for a notebook view, where nbconvert's stylesheet colours the tokens (and sets weights and
# styles per class), with extra.css's code colour for plain code. A class in no group keeps its span.
NOTEBOOK_GROUPS = {
    "keyword": "k kc kn ow",  # bold
    "declaration": "kd kp kr kt",
    "operator": "o",  # bold, in the colour of plain code
    "name": "bp nb nc nd nf nn",
    "string": "s s1 s2 sa sb sc sd se sh si sr ss sx",
    "number": "il m mb mf mh mi mo",
    "comment": "c ch cm cp cpf cs",
    "line comment": "c1",  # italic
}
NOTEBOOK_PLAIN_CLASSES = "n nv p w vm vc vg vi na ne ni nl nt no nx py l ld ge gh go gp gr gs gt gu gd gi err esc x"
NOTEBOOK_PLAIN = set(NOTEBOOK_PLAIN_CLASSES.split())
NOTEBOOK_COLOUR_OF = _group_of(NOTEBOOK_GROUPS)
"""tests/test_browser.py checks both tables in both palettes: the classes of a group look alike,
and the plain ones like plain code."""


def lesson_colour(cls: str) -> str | None:
    """A lesson page's colour group of a Pygments class (None: plain code)."""
    return COLOUR_OF.get(cls)


def notebook_colour(cls: str) -> str | None:
    """A notebook view's colour group of a Pygments class (None: plain code; its own when unknown)."""
    return None if cls in NOTEBOOK_PLAIN else NOTEBOOK_COLOUR_OF.get(cls, cls)


def _lighter(code: str, colour) -> str:
    out: list[str] = []
    run_class: str | None = None
    run: list[str] = []
    spaces = ""

    def flush() -> None:
        nonlocal run_class, run
        if run:
            text = "".join(run)
            out.append(f'<span class="{run_class}">{text}</span>' if run_class else text)
        run_class, run = None, []

    for piece in CODE_PIECE.finditer(code):
        if piece.group("tag"):
            flush()
            out.append(spaces + piece.group("tag"))
            spaces = ""
            continue
        if piece.group("plain") is not None and not piece.group("plain").strip(" "):
            spaces += piece.group("plain")  # joins the run around it, whatever its colour
            continue
        cls = piece.group("cls")
        text = piece.group("text") if cls else piece.group("plain")
        group = colour(cls.split()[0]) if cls else None
        if cls and group is None:
            cls = None  # coloured like plain code
        if run and (colour(run_class) if run_class else None) == group and (run_class is None) == (cls is None):
            run.append(spaces + text)
        else:
            flush()
            if spaces:
                out.append(spaces)
            run_class, run = cls, [text]
        spaces = ""
    flush()
    out.append(spaces)
    return "".join(out)


def lighter_code(html: str, colour=lesson_colour) -> str:
    """Every code block reachable by keyboard, and fewer elements in it, with the same colours:
    tokens coloured like plain code lose their `<span>`, and neighbouring tokens of one colour
    share one (Pygments wraps every name, operator and bracket: half the elements of a lesson
    page). `colour`: a Pygments class's colour group, None for plain code (`lesson_colour`, or
    `notebook_colour` for a notebook view)."""
    return HIGHLIGHTED_CODE.sub(lambda m: _focusable(m.group(1)) + _lighter(m.group(2), colour) + m.group(3), html)


def _focusable(opening: str) -> str:
    """A code block that scrolls sideways must be reachable by keyboard (WCAG 2.1.1). The theme sets
    this only once its script runs (and, lazily, near the screen): the build sets it for every block."""
    if "<code>" in opening:
        return opening.replace("<code>", '<code tabindex="0">')
    return opening if "tabindex" in opening else opening.replace("<pre", '<pre tabindex="0"', 1)


BODY_SCRIPT = re.compile(r'<script src="(?P<src>[^"]+)"></script>\s*')
SCRIPT_LOADER = """<script id="__scripts" type="application/json">%s</script>
<script>
(function () {
  var sources = JSON.parse(document.getElementById("__scripts").textContent);
  function load(i) {
    if (i === sources.length) return document.dispatchEvent(new Event("DOMContentLoaded"));
    var script = document.createElement("script");
    script.src = sources[i];
    script.onload = script.onerror = function () { load(i + 1); };
    document.body.appendChild(script);
  }
  function drawn() {
    requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(load, 0, 0); }); });
  }
  if (document.readyState === "complete") drawn(); else addEventListener("load", drawn, { once: true });
})();
</script>
"""


def deferred_scripts(html: str) -> str:
    """The scripts at the end of a page (the theme's bundle, then the course's) load in order once the
    page has loaded and been drawn, and the bundle gets the DOMContentLoaded it starts from.

    Loaded with the page, as Material does, the bundle lays the page out again and again and fetches
    the search index before the first paint: a phone showed a lesson seconds later. Without
    JavaScript nothing changes: the page is complete without its scripts."""
    body = html.find("<body")
    sources = [m.group("src") for m in BODY_SCRIPT.finditer(html, body)]
    if body == -1 or not sources:
        return html
    html = html[:body] + BODY_SCRIPT.sub("", html[body:])
    loader = SCRIPT_LOADER % json.dumps(sources).replace("</", "<\\/")
    return html.replace("</body>", loader + "</body>", 1)


FIGURE_IMG = re.compile(
    r'<img (?P<attrs>[^>]*\bsrc="[^"]*figures/[^"/]+/(?P<name>[\w.@-]+)\.svg(?:#only-(?:light|dark))?"[^>]*?)\s*/?>'
)
SVG_SIZE = re.compile(r'<svg[^>]*\bwidth="(?P<w>[\d.]+)pt"[^>]*\bheight="(?P<h>[\d.]+)pt"')


def size_attributes(svg: str) -> str:
    """` width="…" height="…"` (CSS px) of an SVG that matplotlib sized in pt; "" without a size."""
    size = SVG_SIZE.search(svg)
    if size is None:
        return ""
    width, height = (round(float(size.group(k)) * 4 / 3) for k in ("w", "h"))  # pt -> CSS px
    return f' width="{width}" height="{height}"'


def sized_figures(html: str, figures: dict[str, str]) -> str:
    """`figures`: name -> SVG text of the lesson's figures."""
    seen = 0

    def sized(match: re.Match) -> str:
        nonlocal seen
        size = size_attributes(figures.get(match.group("name"), ""))
        if not size:
            return match.group(0)
        seen += 1
        lazy = ' loading="lazy"' if seen > 1 else ""
        return f'<img {match.group("attrs")}{size} decoding="async"{lazy} />'

    return FIGURE_IMG.sub(sized, html)


NOTEBOOK_IMG = re.compile(r'<img alt="[^"]*" src="data:image/svg\+xml;base64,(?P<data>[^"]+)"\s*/?>')


def notebook_figures(html: str, figures: dict[str, str], alts: dict[str, str], base: str) -> str:
    """A notebook view's figures as the site's own figure files, in both palettes as on the lesson
    page, with their alt text, size and lazy loading, instead of inline base64 images that nbconvert
    labels "No description has been provided" (two thirds of the page's bytes). `figures`: name ->
    SVG text of the lesson's figures (the notebook embeds the same SVG); `alts`: name -> alt text;
    `base`: the URL of the lesson's figure folder from the page."""
    by_text = {svg: name for name, svg in figures.items()}

    def linked(match: re.Match) -> str:
        name = by_text.get(base64.b64decode(match.group("data")).decode("utf-8", "replace"))
        alt = alts.get(name or "")
        if name is None or alt is None:
            return match.group(0)
        sized = size_attributes(figures[name])
        variants = [(name, "light")]
        if f"{name}{DARK_SUFFIX}" in figures:
            variants.append((f"{name}{DARK_SUFFIX}", "dark"))
        return "".join(
            f'<img alt="{escape(alt)}" src="{base}{file}.svg#only-{palette}"{sized} decoding="async" loading="lazy" />'
            for file, palette in variants
        )

    return NOTEBOOK_IMG.sub(linked, html)


CELL = re.compile(r'<div class="(?P<classes>(?:[^"]*\s)?jp-Cell(?:\s[^"]*)?)"')
DIV = re.compile(r"<(/?)div\b")


RENDERED_MARKDOWN = re.compile(r'<div class="[^"]*\bjp-RenderedMarkdown\b[^"]*"[^>]*>')


def _div_end(html: str, start: int) -> int:
    """The index just past the `</div>` that closes the div opening at `start`."""
    depth = 0
    for tag in DIV.finditer(html, start):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return tag.end()
    return len(html)


def notebook_cells(html: str) -> str:
    """Each notebook-view cell may be skipped by the browser while far from the screen, with a
    generous placeholder height, as lesson sections are (nothing may overflow its placeholder onto
    the next cell). A Markdown cell with headings is split as a lesson page is, its headings left
    out of what may be skipped: Material measures the headings when the page loads."""
    out, last, inside_until = [], 0, 0
    for match in CELL.finditer(html):
        if match.start() < inside_until:
            continue  # a cell inside a cell: the outer one's estimate covers it
        end = _div_end(html, match.start())
        cell = html[match.start() : end]
        rendered = RENDERED_MARKDOWN.search(html, match.start(), end)
        if HEADING_START.search(cell) and rendered:
            inner_end = _div_end(html, rendered.start()) - len("</div>")
            out.append(html[last : rendered.end()] + sections(html[rendered.end() : inner_end]))
            last = inner_end
        else:
            style = f' style="content-visibility: auto; contain-intrinsic-size: auto {estimated_height(cell)}px"'
            out.append(html[last : match.end()] + style)
            last = match.end()
        inside_until = end
    out.append(html[last:])
    return "".join(out)


STYLE = re.compile(r"(<style[^>]*>)(.*?)(</style>)", re.S)
CLASS_ATTR = re.compile(r'class="([^"]*)"')
CLASS_IN_SELECTOR = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
COMMENT = re.compile(r"/\*.*?\*/", re.S)
NOT = re.compile(r":not\([^)]*\)")
# The document's root or body after a descendant combinator: nbconvert's stylesheet is scoped by
# prefixing every selector with `.jupyter-wrapper `, which turns `:root {…}` and `body {…}` (80 KB of
# custom properties among them) into rules that match no element.
ROOT_AS_DESCENDANT = re.compile(r"\S\s+(?::root|html|body)(?![\w-])")
CUSTOM_PROPERTY = re.compile(r"\s*(--[\w-]+)\s*:")
VAR = re.compile(r"var\(\s*(--[\w-]+)")
GROUPS = ("@media", "@supports", "@layer")  # at-rules whose body is rules


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


@functools.lru_cache(maxsize=16)
def _parsed(css: str) -> tuple:
    """`css` parsed once per build: every notebook view carries the same few stylesheets."""
    return _parse(css)


def _parse(css: str) -> tuple:
    """A tuple of ("keep", text) for items kept whole, ("group", prelude, parsed body) for
    @media/@supports/@layer, and ("rule", body, ((selector, the classes it needs), ...)) for rules."""
    items = []
    for kind, prelude, body in _blocks(COMMENT.sub("", css)):
        if kind == "at":
            if body is None:
                items.append(("keep", prelude))
            elif prelude.startswith(GROUPS):
                items.append(("group", prelude, _parse(body)))
            else:  # @font-face, @keyframes, @page: kept whole
                items.append(("keep", f"{prelude}{{{body}}}"))
            continue
        # A class inside :not(...) need not be present for the selector to match.
        selectors = tuple(
            (s, frozenset(CLASS_IN_SELECTOR.findall(NOT.sub("", s))))
            for s in _split_selectors(prelude)
            if not ROOT_AS_DESCENDANT.search(s)
        )
        if selectors:
            items.append(("rule", body.strip(), selectors))
    return tuple(items)


def prune_css(css: str, classes: set[str]) -> str:
    """The rules of `css` that can match a page whose elements carry only `classes`."""
    return _prune(_parsed(css), classes)


def _prune(items: tuple, classes: set[str]) -> str:
    out = []
    for item in items:
        if item[0] == "keep":
            out.append(item[1])
        elif item[0] == "group":
            inner = _prune(item[2], classes)
            if inner.strip():
                out.append(f"{item[1]}{{{inner}}}")
        else:
            kept = [s for s, needed in item[2] if needed <= classes]
            if kept:
                out.append(f"{','.join(kept)}{{{item[1]}}}")
    return "\n".join(out)


@functools.lru_cache(maxsize=4096)
def _declarations(body: str) -> tuple[str, ...]:
    """A rule's declarations, split at the semicolons outside strings and parentheses (a data: URL
    has one of its own). Cached: both passes over a view's stylesheet split the same rules, and every
    notebook view carries the same ones."""
    parts, depth, quote, start = [], 0, "", 0
    for k, ch in enumerate(body):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == ";" and depth == 0:
            parts.append(body[start:k])
            start = k + 1
    parts.append(body[start:])
    return tuple(part for part in parts if part.strip())


def _rules(css: str):
    """(selector, declarations) of every rule of `css`, inside @media, @supports and @layer too."""
    for kind, prelude, body in _blocks(css):
        if kind == "rule":
            yield prelude, _declarations(body)
        elif body is not None and prelude.startswith(GROUPS):
            yield from _rules(body)


def _without(css: str, unused: set[str]) -> str:
    """`css` without the declarations of the custom properties in `unused` (a rule left empty goes)."""
    out = []
    for kind, prelude, body in _blocks(css):
        if kind == "rule":
            kept = [d for d in _declarations(body) if _declared(d) not in unused]
            if kept:
                out.append(f"{prelude}{{{';'.join(kept)}}}")
        elif body is not None and prelude.startswith(GROUPS):
            inner = _without(body, unused)
            if inner:
                out.append(f"{prelude}{{{inner}}}")
        else:
            out.append(prelude if body is None else f"{prelude}{{{body}}}")
    return "\n".join(out)


def _declared(declaration: str) -> str | None:
    """The custom property a declaration sets, or None."""
    match = CUSTOM_PROPERTY.match(declaration)
    return match.group(1) if match else None


def unused_custom_properties(css: str, used_elsewhere: set[str]) -> set[str]:
    """The custom properties `css` declares that nothing reads: no var() in a declaration of an
    ordinary property, nor in one of a custom property that is read (followed through chains), nor
    in `used_elsewhere`."""
    values: dict[str, list[str]] = {}
    used = set(used_elsewhere)
    for _, declarations in _rules(css):
        for declaration in declarations:
            name = _declared(declaration)
            if name is None:
                used.update(VAR.findall(declaration))
            else:
                values.setdefault(name, []).append(declaration)
    pending = list(used)
    while pending:
        for declaration in values.get(pending.pop(), ()):
            for name in VAR.findall(declaration):
                if name not in used:
                    used.add(name)
                    pending.append(name)
    return set(values) - used


def prune_notebook_css(html: str, used_elsewhere: frozenset[str] = frozenset()) -> str:
    """A notebook view's inline stylesheets with only the rules that can match its elements, and only
    the custom properties that something reads: its own rules, its `style` attributes, or the site's
    stylesheets (`used_elsewhere`: the names their var()s read)."""
    body = STYLE.sub("", html)
    classes = {name for attr in CLASS_ATTR.findall(body) for name in attr.split()}
    # Classes that scripts add to notebook views after load (Material's add none inside).
    html = STYLE.sub(lambda m: m.group(1) + prune_css(m.group(2), classes) + m.group(3), html)
    css = "\n".join(m.group(2) for m in STYLE.finditer(html))
    unused = unused_custom_properties(css, set(VAR.findall(body)) | used_elsewhere)
    return STYLE.sub(lambda m: m.group(1) + _without(m.group(2), unused) + m.group(3), html)
