"""The built site in a real browser (Debian's Chromium driven by Playwright), as a reader meets it.

Every page, in the light and the dark palette: no console error, no failed request, no request
to another host (all others are blocked), every formula typeset, every image loaded with alt text,
no serious or critical axe-core violation. Plus the palette toggle, search, the copy button and every
component of the theme coming alive on a heavy page.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import shutil
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import LESSONS, ROOT

from coursebuild import pageweight

playwright_api = pytest.importorskip("playwright.sync_api")


def find_chromium() -> str | None:
    """The browser `make browser` provided: a Chromium on the PATH (Debian's), else Playwright's own."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    with playwright_api.sync_playwright() as p:
        own = p.chromium.executable_path
    return own if own and Path(own).is_file() else None


CHROMIUM = find_chromium()
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PAGES = ["", *[f"{lesson.slug}/" for lesson in LESSONS], *[f"notebooks/{lesson.slug}/" for lesson in LESSONS]]
SCHEMES = {"light": "default", "dark": "slate"}

pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="no Chromium: run `make browser`"),
]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(folder: Path):
    """A static server for `folder` on a free localhost port."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()


@pytest.fixture(scope="module")
def server(site):
    with serve(site) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


class Visit:
    """A page opened in a fresh context that blocks every host but ours and records problems."""

    def __init__(self, browser, server: str, path: str, scheme: str, prepare=None):
        self.problems: list[str] = []
        self.context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
        origin = urlsplit(server).netloc
        self.context.route("**/*", functools.partial(self._route, origin))
        if prepare is not None:  # more routes, set before the page opens
            prepare(self.context)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(f"console error: {m.text}"))
        self.page.on("pageerror", lambda e: self.problems.append(f"script error: {e}"))
        self.page.on("requestfailed", lambda r: self.problems.append(f"failed request: {r.url} {r.failure}"))
        self.page.on("response", lambda r: r.status >= 400 and self.problems.append(f"HTTP {r.status}: {r.url}"))
        self.page.goto(server + path, wait_until="networkidle")

    def _route(self, origin, route):
        if urlsplit(route.request.url).netloc != origin:
            self.problems.append(f"request to another host: {route.request.url}")
            route.abort()
        else:
            route.continue_()

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser, server):
    opened = []

    def open_page(path: str, scheme: str = "light") -> Visit:
        v = Visit(browser, server, path, scheme)
        opened.append(v)
        return v

    yield open_page
    for v in opened:
        v.close()


MATH_STATE = """() => {
  // Math is typeset at build time: every formula must arrive as KaTeX markup, none as raw TeX.
  const nodes = [...document.querySelectorAll('article .arithmatex')];
  return {
    total: nodes.length,
    untypeset: nodes.filter(n => !n.querySelector('.katex')).map(n => n.textContent.slice(0, 80)),
    errors: [...document.querySelectorAll('article .katex-error, article .math-error')].map(
      n => n.getAttribute('title') || n.textContent.slice(0, 80)),
  };
}"""

IMAGES = """async (scheme) => {
  // Figures load lazily and sections render near the screen: bring each shown image into view,
  // as a reader scrolling down would, and wait for it. Hidden ones are the other palette's variant.
  const shown = [...document.querySelectorAll('article img')].filter(i => i.checkVisibility());
  const results = [];
  for (const i of shown) {
    i.scrollIntoView();
    await (i.complete ? Promise.resolve() : new Promise(r => { i.onload = i.onerror = r; }));
    const src = i.getAttribute('src');
    const figure = src.includes('figures/');
    results.push({
      src, alt: (i.getAttribute('alt') || '').trim(), ok: i.complete && i.naturalWidth > 0,
      variant: !figure || src.endsWith(scheme === 'dark' ? '.dark.svg#only-dark' : '.svg#only-light'),
      background: getComputedStyle(i).backgroundColor,
    });
  }
  window.scrollTo(0, 0);
  return results;
}"""


MATH_COLOURS = """() => {
  // Each formula's glyphs take the colour of the formula (so of the text around it) and draw on
  // its background: the formulas' contrast is then the contrast of the stand-ins axe checks.
  const found = [];
  for (const formula of document.querySelectorAll('.katex')) {
    const colour = getComputedStyle(formula).color;
    for (const element of formula.querySelectorAll('.katex-html, .katex-html *')) {
      const style = getComputedStyle(element);
      const glyphs = [...element.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
      if ((glyphs && style.color !== colour) || style.backgroundColor !== 'rgba(0, 0, 0, 0)'
          || style.backgroundImage !== 'none' || style.opacity !== '1' || style.textShadow !== 'none') {
        const tex = formula.querySelector('annotation');
        found.push((tex ? tex.textContent : formula.textContent).slice(0, 60));
        break;
      }
    }
  }
  return found;
}"""

MATH_DRAWING_EMPTIED = """() => {
  // A formula's drawing (KaTeX's HTML, thousands of boxes per page) is hidden from assistive
  // technology; its MathML copy is what they read, and stays. axe's other rules then take half the
  // time. test_site.py checks that the drawings are hidden and hold nothing focusable and no id.
  for (const drawing of document.querySelectorAll('.katex-html')) drawing.replaceChildren('x');
}"""

MATH_AS_TEXT = """() => {
  // axe would spend most of its time in the formulas' thousands of glyph boxes: each formula becomes
  // one short text in its own colour, on its own background, at a size axe holds to the stricter
  // ratio for normal text (a formula's sub- and superscripts are small).
  for (const formula of document.querySelectorAll('.katex')) {
    const text = document.createElement('span');
    text.textContent = 'x + 1';
    text.style.fontSize = '12px';
    text.style.fontWeight = 'normal';
    formula.replaceChildren(text);
  }
}"""

CODE_TOKENS_ONCE = """() => {
  // A code block's thousands of highlighted tokens take their colours from a few dozen classes: axe
  // checks one shown token per styling context (the classes of the token and of every ancestor), and
  // each other token's text joins its block's own text, which axe checks in the block's colour.
  // (axe skips a token it cannot see, one in a closed tab or fold: those do not count.) The token
  // kept shows a stand-in text: axe leaves one- and two-character texts (an operator, a digit)
  // unjudged, as possible icons.
  const seen = new Set();
  const context = (e) => {
    const chain = [];
    for (let a = e; a && a !== document.body; a = a.parentElement) chain.push(`${a.tagName}.${a.className}`);
    return chain.join(' < ');
  };
  for (const token of document.querySelectorAll('pre span:not(:has(*))')) {
    const key = context(token);
    if (seen.has(key) || !token.checkVisibility()) {
      token.replaceWith(...token.childNodes);
    } else {
      seen.add(key);
      if (token.textContent.trim()) token.textContent = 'x + 1';
    }
  }
}"""

COLOUR_RULES = ["color-contrast", "link-in-text-block"]
# Every other rule, once per page. The colour rules run apart, in each palette, on the formulas
# turned to text and one code token per styling context; the text-spacing rule (WCAG 1.4.12) is
# checked on the built HTML of every page (test_site.py): axe spends a second per page on the
# formulas' inline styles.
STRUCTURE = {"rules": {rule: {"enabled": False} for rule in [*COLOUR_RULES, "avoid-inline-spacing"]}}


def other(scheme: str) -> str:
    return "dark" if scheme == "light" else "light"


@pytest.mark.parametrize("path", PAGES, ids=[p.strip("/") or "home" for p in PAGES])
def test_page_reads_well(visit, path):
    """Opened in one palette, checked, switched to the other with the palette toggle, checked again.
    Lessons and home open in the light palette, notebook views in the dark one: both palettes are
    met on opening a page and on switching to them."""
    first = "dark" if path.startswith("notebooks/") else "light"
    v = visit(path, first)
    problems = reader_problems(v, first)
    colours = {first: v.page.evaluate(MATH_COLOURS)}
    switch_palette(v, other(first))
    problems += reader_problems(v, other(first))
    colours[other(first)] = v.page.evaluate(MATH_COLOURS)
    for scheme, found in colours.items():
        if found:
            problems.append(f"{scheme}: formulas drawn in a colour of their own: {found[:5]}")
    v.page.evaluate(MATH_DRAWING_EMPTIED)
    problems += axe_problems(v, STRUCTURE)
    v.page.evaluate(MATH_AS_TEXT)
    v.page.evaluate(CODE_TOKENS_ONCE)
    problems += [f"{other(first)}: {p}" for p in axe_problems(v, {"runOnly": COLOUR_RULES})]
    switch_palette(v, first)
    problems += [f"{first}: {p}" for p in axe_problems(v, {"runOnly": COLOUR_RULES})]
    problems += v.problems
    assert not problems, f"{path.strip('/') or 'home'} (opened in the {first} palette):\n" + "\n".join(problems)


NO_TRANSITIONS = "*, *::before, *::after { transition: none !important; }"


def switch_palette(v: Visit, scheme: str) -> None:
    """The reader's way: the palette toggle in the header. Without the theme's colour transitions: a
    section the browser skipped while far from the screen would start its own only when axe reads
    its colours, and axe would read the old palette's."""
    v.page.add_style_tag(content=NO_TRANSITIONS)
    v.page.locator("form[data-md-component=palette] label:not([hidden])").click()
    v.page.wait_for_function(f"() => document.body.getAttribute('data-md-color-scheme') === '{SCHEMES[scheme]}'")


def reader_problems(v: Visit, scheme: str) -> list[str]:
    """What a reader would trip over on the open page in `scheme`: the palette not applied, math left
    untypeset, an image missing, without alt text or of the other palette."""
    problems = []
    with contextlib.suppress(playwright_api.Error):  # a heavy page may still be starting its scripts
        v.page.wait_for_function(
            f"() => document.body.getAttribute('data-md-color-scheme') === '{SCHEMES[scheme]}'", timeout=20000
        )
    if v.page.evaluate("document.body.getAttribute('data-md-color-scheme')") != SCHEMES[scheme]:
        problems.append(f"the {scheme} palette is not applied")
    math = v.page.evaluate(MATH_STATE)
    if math["untypeset"]:
        problems.append(f"formulas left as raw TeX: {math['untypeset'][:5]}")
    if math["errors"]:
        problems.append(f"LaTeX errors: {math['errors'][:5]}")
    for image in v.page.evaluate(IMAGES, scheme):
        if not image["ok"]:
            problems.append(f"image did not load: {image['src'][:120]}")
        if not image["alt"]:
            problems.append(f"image without alt text: {image['src']}")
        if not image["variant"]:
            problems.append(f"the {scheme} palette shows the other palette's figure: {image['src']}")
        if image["src"].find("figures/") >= 0 and image["background"] not in ("rgba(0, 0, 0, 0)", "transparent"):
            problems.append(f"figure on a background of its own ({image['background']}): {image['src'][:120]}")
    return problems


def axe_problems(v: Visit, options: dict) -> list[str]:
    """Serious and critical axe-core violations on the open page, once its colours have settled."""
    with contextlib.suppress(playwright_api.Error):  # colours checked once settled, not mid-transition
        v.page.wait_for_function("() => document.getAnimations().length === 0", timeout=5000)
    if not v.page.evaluate("typeof axe !== 'undefined'"):
        v.page.add_script_tag(path=str(AXE))
    options = {"resultTypes": ["violations"], **options}
    axe = v.page.evaluate("async (options) => (await axe.run(document, options)).violations", options)
    return [
        f"accessibility: {x['id']} ({x['impact']}): {x['help']} — e.g. {x['nodes'][0]['target']}"
        for x in axe
        if x["impact"] in ("serious", "critical")
    ]


TOKEN_LOOKS = """([block, classes]) => {
  // One span of each class in a block like the page's own: how each looks, and plain code.
  const pre = document.querySelector(block);
  const probe = pre.cloneNode(false);
  probe.innerHTML = classes.map(c => `<span class="${c}">a</span>`).join('') + '<span>a</span>';
  pre.parentElement.appendChild(probe);
  const looks = {};
  for (const span of probe.children) {
    const s = getComputedStyle(span);
    const look = [s.color, s.fontWeight, s.fontStyle, s.textDecorationLine, s.backgroundColor];
    looks[span.className || '(plain)'] = look.join(', ');
  }
  probe.remove();
  return looks;
}"""
PYGMENTS_NAMES = (
    "k kc kd kn kp kr kt ow o n nv p w vm vc vg vi na nb bp nc nd ne nf nn ni nl nt no nx py s s1 s2 sa sb sc sd "
    "se sh si sr ss sx l ld cpf m mb mf mh mi mo il c c1 ch cm cs cp ge gh go gp gr gs gt gu gd gi err esc x"
)
PYGMENTS_CLASSES = PYGMENTS_NAMES.split()


@pytest.mark.parametrize("path", ["jacobians/", "notebooks/jacobians/"])
@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_code_tokens_the_build_merges_look_alike(visit, path, scheme):
    """The build merges neighbouring code tokens of one colour group into one span, and drops the span
    of tokens drawn like plain code (pageweight.lighter_code): each group's classes must look alike
    (colour, weight, style, decoration, background), and the plain ones like plain code."""
    notebook = path.startswith("notebooks/")
    block = ".highlight-ipynb pre" if notebook else ".highlight pre code"
    groups = pageweight.NOTEBOOK_GROUPS if notebook else pageweight.COLOUR_GROUPS
    known = pageweight.NOTEBOOK_COLOUR_OF if notebook else pageweight.COLOUR_OF
    plain = pageweight.NOTEBOOK_PLAIN if notebook else {c for c in PYGMENTS_CLASSES if c not in known}
    looks = visit(path, scheme).page.evaluate(TOKEN_LOOKS, [block, sorted({*PYGMENTS_CLASSES, *known, *plain})])
    problems = [
        f"{group}: {name} looks like {{{looks[name]}}}, {first} like {{{looks[first]}}}"
        for group, names in groups.items()
        for first, *rest in [names.split()]
        for name in rest
        if looks[name] != looks[first]
    ]
    problems += [
        f"{name} is drawn as plain code but looks like {{{looks[name]}}}, plain code {{{looks['(plain)']}}}"
        for name in sorted(plain)
        if looks[name] != looks["(plain)"]
    ]
    assert not problems, f"{path} ({scheme}):\n" + "\n".join(problems)


def test_palette_toggle_switches(visit):
    v = visit("", "light")
    before = v.page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    v.page.locator('form[data-md-component=palette] label[for="__palette_1"]').click()
    v.page.wait_for_function(f"() => document.body.getAttribute('data-md-color-scheme') !== '{before}'")
    after = v.page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert {before, after} == {"default", "slate"}
    assert not v.problems


def test_the_toggle_switches_figures_to_the_other_palette_without_a_reload(visit):
    v = visit("derivatives/", "light")
    shown = "() => [...document.querySelectorAll('article img[src*=\"figures/\"]')].filter(i => i.checkVisibility())"
    # Resolved addresses: the theme makes the page's relative ones absolute once its instant
    # navigation starts, which under load may be between the two readings
    first = v.page.evaluate(f"({shown})().map(i => i.src)")
    assert first and all(src.endswith(".svg#only-light") for src in first)
    v.page.evaluate("window.__same_document = true")
    v.page.locator('form[data-md-component=palette] label[for="__palette_1"]').click()
    v.page.wait_for_function("() => document.body.getAttribute('data-md-color-scheme') === 'slate'")
    after = v.page.evaluate(f"({shown})().map(i => i.src)")
    assert after == [src.replace(".svg#only-light", ".dark.svg#only-dark") for src in first]
    assert v.page.evaluate("window.__same_document === true"), "the page reloaded"
    assert not v.problems


def test_instant_navigation_keeps_the_document_its_stylesheets_and_working_sliders(browser, server):
    # Material navigates in place once its sitemap lists the pages, as on the published site (a
    # local build has no site_url, so an empty sitemap): the test serves the sitemap a publication
    # would have, for this server. Material's bundle is edited (scripts/coursebuild/themepatch.py):
    # the stylesheets must survive every move, up and down the folder levels, unloaded and unfetched.
    urls = "".join(f"<url><loc>{server}{path}</loc></url>" for path in PAGES)
    sitemap = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    stylesheets = []

    def prepare(context):
        context.route("**/sitemap.xml", lambda route: route.fulfill(content_type="application/xml", body=sitemap))
        context.on("request", lambda r: r.resource_type == "stylesheet" and stylesheets.append(r.url))

    v = Visit(browser, server, "", "light", prepare)
    page = v.page
    try:
        page.wait_for_function("() => typeof document$ !== 'undefined'")
        page.evaluate("window.__same_document = true")
        loaded = len(stylesheets)
        for path in ["derivatives/", "gradients/", "", "derivatives/"]:
            page.evaluate(
                "(url) => [...document.querySelectorAll('.md-nav--primary a.md-nav__link')]"
                ".find(a => a.href === url).click()",
                server + path,
            )
            page.wait_for_url(server + path)
            page.wait_for_load_state("networkidle")
            assert page.evaluate("window.__same_document === true"), f"{path or 'home'}: the page was loaded anew"
            state = page.evaluate(
                """() => ({sheets: document.styleSheets.length,
                           weight: getComputedStyle(document.querySelector('.md-typeset h1')).fontWeight,
                           schemes: document.querySelectorAll('meta[name=color-scheme]').length})"""
            )
            assert state == {"sheets": 4, "weight": "300", "schemes": 1}, f"{path or 'home'}: {state}"
        assert len(stylesheets) == loaded, f"stylesheets fetched again: {stylesheets[loaded:]}"
        figure = page.locator(".course-explorable").first
        before = figure.locator("img.course-explorable__frame").first.get_attribute("src")
        slider = figure.locator("input[type=range]")
        slider.scroll_into_view_if_needed()
        slider.focus()
        page.keyboard.press("ArrowRight" if slider.input_value() != slider.get_attribute("max") else "ArrowLeft")
        assert figure.locator("img.course-explorable__frame").first.get_attribute("src") != before, "the slider is dead"
        assert not v.problems
    finally:
        v.close()


def test_search_finds_the_jacobian_lesson(visit):
    """Search loads its index when the reader first opens it (scripts/coursebuild/themepatch.py), not
    while the page starts; a query typed at once, before the index is ready, still gets its results."""
    v = visit("", "light")
    fetched = "() => performance.getEntriesByType('resource').filter(e => e.name.includes('search_index')).length"
    v.page.wait_for_timeout(500)  # the page has started (and gone quiet): nothing asked for the index
    assert v.page.evaluate(fetched) == 0, "the search index was loaded before the reader opened search"
    assert "initializing" in v.page.text_content(".md-search-result__meta").lower()
    box = v.page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("Jacobian", delay=50)  # typed key by key at once, as a reader does
    v.page.wait_for_selector(".md-search-result__item a", timeout=30000)
    links = v.page.eval_on_selector_all(".md-search-result__item a", "as => as.map(a => a.href)")
    assert any("/jacobians/" in href for href in links), links
    assert v.page.evaluate(fetched) == 1
    assert not v.problems


def test_a_page_opened_from_a_search_result_highlights_the_query(visit):
    v = visit("hessians/?h=hessian", "light")
    v.page.wait_for_selector("article mark[data-md-highlight]", timeout=30000)
    marked = v.page.eval_on_selector_all("article mark[data-md-highlight]", "ms => ms.map(m => m.textContent)")
    assert marked and all(text.lower() == "hessian" for text in marked), marked[:5]
    assert not v.problems


def test_the_theme_mounts_every_component_of_a_heavy_page(visit):
    """The build cuts the theme's start into tasks (scripts/coursebuild/themepatch.py): each of its
    components must still come alive. Scrolled down, the header shows the page's title and the
    table of contents marks where the reader is; scrolled back up a little, the back-to-top button
    shows; code blocks on screen get their copy button; opened, search gets its index."""
    v = visit("derivatives/", "light")
    page = v.page
    page.mouse.wheel(0, 4000)
    page.wait_for_function("() => document.querySelector('.md-header__title--active')")
    page.wait_for_function("() => document.querySelector('.md-sidebar--secondary .md-nav__link--active')")
    page.wait_for_function(
        "() => [...document.querySelectorAll('article pre')].some(pre =>"
        " pre.querySelector('button[data-md-type=copy]') && pre.checkVisibility())"
    )
    page.mouse.wheel(0, -600)
    page.wait_for_function("() => !document.querySelector('.md-top').hidden")
    page.keyboard.press("/")  # opens search: its index loads now
    page.wait_for_function(
        "() => !/initializing/i.test(document.querySelector('.md-search-result__meta').textContent)", timeout=30000
    )
    assert not v.problems


TABLE_MOVES = """
window.__tablesMoved = 0;
new MutationObserver(records => { for (const r of records) for (const n of r.removedNodes)
  if (n.nodeName === 'TABLE') window.__tablesMoved++; }).observe(document, {childList: true, subtree: true});
"""


def test_tables_arrive_in_the_theme_wrapper_and_stay_there(browser, server):
    """The build wraps each table as Material's script would (pageweight.wrapped_tables), so the
    script no longer moves it after load (which laid out all of its formulas again)."""
    v = Visit(browser, server, "notation/", "light", prepare=lambda context: context.add_init_script(TABLE_MOVES))
    try:
        v.page.wait_for_function("() => window.component$")  # the theme's bundle has run ...
        v.page.wait_for_timeout(1000)  # ... and mounted its components, each in a short task of its own
        shapes = v.page.evaluate(
            """() => [...document.querySelectorAll('article table')].map(t =>
                 [t.parentElement.className, t.parentElement.parentElement.className,
                  t.parentElement.parentElement.parentElement.closest('.md-typeset__table') === null])"""
        )
        assert shapes and all(s == ["md-typeset__table", "md-typeset__scrollwrap", True] for s in shapes), shapes
        assert v.page.evaluate("window.__tablesMoved") == 0, "the theme moved a table the build had wrapped"
        assert not v.problems
    finally:
        v.close()


def test_copy_button_copies_the_code(visit):
    v = visit("derivatives/", "light")
    v.context.grant_permissions(["clipboard-read", "clipboard-write"])
    block = v.page.locator("article div.highlight").first
    snippet = block.locator("span.filename").inner_text()
    block.hover()
    block.locator("button[data-md-type=copy]").click()
    copied = v.page.evaluate("navigator.clipboard.readText()")
    assert copied.strip() == (ROOT / snippet).read_text(encoding="utf-8").strip(), "the copy is not the snippet file"
    assert not v.problems


def test_choosing_jax_switches_every_tab_on_the_page(visit):
    """The autograd lesson's PyTorch | JAX tabs are linked: one choice switches every pair, even
    those far below, in sections the browser has not rendered yet."""
    v = visit("autograd/", "light")
    checked = """() => [...document.querySelectorAll('.tabbed-set')].map(set => {
      const input = set.querySelector(':scope > input:checked');
      return set.querySelector(`label[for="${input.id}"]`).textContent.trim();
    })"""
    # the theme's script has mounted the tabs (it adds their scroll controls)
    v.page.wait_for_function("() => document.querySelector('.tabbed-set .tabbed-control')")
    before = v.page.evaluate(checked)
    assert len(before) >= 5 and set(before) == {"PyTorch"}, before
    jax = v.page.locator(".tabbed-set .tabbed-labels label", has_text="JAX").first
    jax.scroll_into_view_if_needed()
    jax.click()
    v.page.wait_for_function(f"() => ({checked})().every(label => label === 'JAX')", timeout=10000)
    assert not v.problems


EXPLORABLES = [("derivatives", "taylor-degree"), ("derivatives", "step-size"), ("hessians", "zigzag-kappa")]
FRAME_STATE = """(figure) => {
  const img = figure.querySelector('img.course-explorable__frame');
  const slider = figure.querySelector('input[type=range]');
  return {src: img.getAttribute('src'), alt: img.alt, loaded: img.complete && img.naturalWidth > 0,
          value: figure.querySelector('output').value, valuetext: slider.getAttribute('aria-valuetext'),
          index: Number(slider.value), label: figure.querySelector('label').textContent};
}"""


@pytest.mark.parametrize(("slug", "name"), EXPLORABLES)
def test_explorable_slider_moves_by_keyboard_and_pointer(visit, slug, name):
    v = visit(f"{slug}/", "light")
    figure = v.page.locator(f"#explorable-{slug}-{name}")
    frames = json.loads(figure.get_attribute("data-frames"))
    assert len(frames) >= 8, f"{name}: {len(frames)} positions"
    slider = figure.locator("input[type=range]")
    slider.scroll_into_view_if_needed()
    assert slider.is_visible() and figure.locator("label").is_visible(), "the slider is not shown"

    def expect(k: int):
        v.page.wait_for_function(
            "([f, k]) => { const i = f.querySelector('img.course-explorable__frame');"
            " return f.dataset.frame === String(k) && i.complete && i.naturalWidth > 0; }",
            arg=[figure.element_handle(), k],
        )
        state = figure.evaluate(FRAME_STATE)
        assert state["index"] == k and state["src"] == frames[k]["light"], (k, state)
        assert state["alt"] == frames[k]["alt"] and state["loaded"], (k, state)
        assert state["value"] == state["valuetext"] == frames[k]["value"], (k, state)
        assert len({f["alt"] for f in frames}) == len(frames), "frames share an alt text"

    slider.focus()
    slider.press("Home")
    expect(0)
    for k in range(1, len(frames)):
        slider.press("ArrowRight")  # by keyboard, one position at a time
        expect(k)
    box = slider.bounding_box()
    for x, k in ((box["x"] + 3, 0), (box["x"] + box["width"] - 3, len(frames) - 1)):
        v.page.mouse.click(x, box["y"] + box["height"] / 2)  # by pointer, at both ends
        expect(k)
    assert not v.problems


def test_without_javascript_an_explorable_shows_its_default_frame(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "derivatives/", wait_until="networkidle")
    figure = page.locator("#explorable-derivatives-taylor-degree")
    assert (
        figure.locator("img.course-explorable__frame")
        .first.get_attribute("src")
        .endswith("taylor-degree@3.svg#only-light")
    )
    assert not figure.locator("input[type=range]").is_visible()
    context.close()
