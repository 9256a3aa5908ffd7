"""MkDocs hooks: plug the course's build engine into the build.

- on_files runs every lesson (from the cache where valid; otherwise each in a
  fresh process, lessons side by side, with a time limit per block), fails
  the build naming page, snippet file and line if one raised, prints one line
  per lesson and writes build/execution-report.{md,json}. It adds each
  lesson's figures and the site's own KaTeX to the site as generated files:
  nothing is written into docs/.
- Each lesson also becomes a notebook (build/notebooks/<slug>.ipynb) made from
  the page and the outputs of this same run; mkdocs-jupyter renders it as the
  page notebooks/<slug>/ and the raw file is offered at downloads/<slug>.ipynb.
- markdown-exec's python formatter is replaced by one that renders the
  engine's result for each block of the page being converted, so markdown-exec
  keeps its fence syntax and rendering while the engine does the running.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import markdown_exec
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils import CountHandler
from mkdocs_jupyter import convert as mkdocs_jupyter_convert
from mkdocs_jupyter import plugin as mkdocs_jupyter_plugin

sys.path.insert(0, str(Path(__file__).resolve().parent))

import coursebuild
from coursebuild import ROOT, errors, explorable, notebooks, pageweight, record, report, style, themepatch, typeset
from coursebuild.execute import LessonResult, run_lessons
from coursebuild.lessons import LessonError, all_lessons

log = logging.getLogger("mkdocs.plugins.course")

KATEX = ROOT / "node_modules" / "katex" / "dist"
IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)")
IMAGE_LINE = re.compile(r"^(?P<indent>[ \t]*)!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)[^)]*\)[^\n]*$", re.M)

_results: dict[str, LessonResult] = {}  # page src_uri -> result
_typesetter = typeset.Typesetter()  # one KaTeX process for the whole build
_page: dict = {"uri": None, "next": 0}


def _serving() -> bool:
    """Under `mkdocs serve` problems are shown in place and the site keeps serving; builds fail on them."""
    return coursebuild.COMMAND == "serve"


def on_startup(*, command, dirty):
    # Kept on the engine's package: `mkdocs serve` re-imports this hooks file for every rebuild,
    # but calls on_startup only once.
    coursebuild.COMMAND = command


def on_config(config):
    if _serving():
        # The author sees each problem as a box on its page (and in the terminal) instead of a
        # server stuck on the last good build. `make build`, CI and deployment stay strict.
        config["strict"] = False
        config["mdx_configs"].get("pymdownx.snippets", {})["check_paths"] = False
        counter = logging.getLogger("mkdocs")  # MkDocs installed its strict-mode counter before this event
        for handler in [h for h in counter.handlers if isinstance(h, CountHandler)]:
            counter.removeHandler(handler)
    return config


@event_priority(50)  # before mkdocs-jupyter's on_files, so that it sees the generated notebooks
def on_files(files, config):
    docs = Path(config["docs_dir"])
    try:
        lessons = all_lessons(docs, lenient=_serving())
    except LessonError as error:
        raise PluginError(str(error)) from None
    _results.clear()
    # Each lesson's notebook is made (and its view pre-rendered) on a thread of its own as soon
    # as the lesson finishes, while the cores go on executing the next lessons.
    made: dict[str, Future] = {}
    with ThreadPoolExecutor(max_workers=1) as notebook_maker:

        def finished(lesson, result):
            if result.error is None and len(result.blocks) == len(lesson.blocks):
                made[lesson.page] = notebook_maker.submit(_write_notebook, config, lesson, result)

        results = run_lessons(lessons, on_result=finished)
    for result in results:
        state = "cached" if result.cached else f"executed in {result.seconds:.1f} s"
        state = "FAILED" if result.error else state
        log.info(f"lesson {result.slug}: {len(result.blocks)} blocks {state}")
    report.write(results, _build_dir(config))
    failures = [r.error for r in results if r.error]
    failures += report.implausible(lessons, results)
    if failures and not _serving():
        raise PluginError("A lesson failed to execute:\n" + "\n\n".join(failures))
    for failure in failures:  # under serve: shown on the page as well
        log.error(f"{failure}\n(shown in place on the page; `mkdocs serve` goes on serving)")
    _check_records(lessons, results, config)
    for lesson, result in zip(lessons, results, strict=True):
        _results[lesson.page] = result
        for block, res in zip(lesson.blocks, result.blocks, strict=False):
            for note in res.warnings:
                log.warning(f"{block.where} warned: {note}")
            if not res.output.strip() and not res.figures:
                log.warning(f"{block.where} printed nothing and drew no figure: show the reader its result")
        for name, svg in result.figures.items():
            files.append(File.generated(config, f"figures/{result.slug}/{name}.svg", content=svg))
        if lesson.page in made:
            _add_notebook(files, config, lesson.slug, made[lesson.page].result())
    _add_katex(files, config)
    return files


def _check_records(lessons, results, config) -> None:
    """Compare every lesson's run with its committed output record (snippets/<slug>/output-record.txt).

    A difference fails the build (CI, `make build`, the deployment), naming page, block and line
    with the diff; under `mkdocs serve` it is reported and the site still rebuilds. On a platform
    other than the reference one it is reported as a likely platform difference, never fatal.
    """
    if not config["extra"].get("output_record", True):
        return
    checked = [(lesson, result) for lesson, result in zip(lessons, results, strict=True) if not result.error]
    found = [d for lesson, result in checked if (d := record.check(lesson, result))]
    fatal = [d for d in found if not d.other_platform]
    if fatal and not _serving():
        raise PluginError(
            "What a page shows differs from its output record. If the change is intended, run "
            "`make accept` and commit the record with it:\n\n" + "\n\n".join(map(str, fatal))
        )
    for difference in found:  # under serve, or on another platform: reported, the site still builds
        log.warning(f"OUTPUT RECORD DIFFERS (reported, not fatal here): {difference}")


def _build_dir(config) -> Path:
    """build/ beside mkdocs.yml: generated files, outside docs/ and ignored by git."""
    return Path(config.config_file_path).resolve().parent / "build"


def _title(page_text: str, slug: str) -> str:
    match = re.search(r"^# (.+)$", page_text, re.M)
    return match.group(1).strip() if match else slug


def _write_notebook(config, lesson, result) -> str:
    """Write build/notebooks/<slug>.ipynb from the page and this run's outputs; pre-render its view."""
    text = (Path(config["docs_dir"]) / lesson.page).read_text(encoding="utf-8")
    title = _title(text, lesson.slug)
    notebook = notebooks.dumps(notebooks.build(lesson, result, text, config["site_url"] or "", title))
    path = _build_dir(config) / "notebooks" / f"{lesson.slug}.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.is_file() or path.read_text(encoding="utf-8") != notebook:
        path.write_text(notebook, encoding="utf-8")
    _prerender(path, config)
    return notebook


def _prerender(path: Path, config) -> None:
    """Convert the notebook to its HTML view now, while other lessons still execute, into
    mkdocs-jupyter's own cache, so that rendering its page later is a cache hit. This leans on
    mkdocs-jupyter's cache layout; if that ever changes, it simply converts the notebook itself."""
    plugin = config["plugins"].get("mkdocs-jupyter")
    if plugin is None or not plugin.config["cache"] or plugin.config["execute"]:
        return
    options = plugin.config
    try:
        key = mkdocs_jupyter_plugin._compute_cache_key(str(path), options, False)
        cache_path = mkdocs_jupyter_plugin._get_cache_path(options["cache_dir"], key)
        if cache_path.exists():
            return
        body = mkdocs_jupyter_convert.nb2html(
            str(path),
            execute=False,
            kernel_name=options["kernel_name"],
            theme=options["theme"],
            allow_errors=options["allow_errors"],
            show_input=options["show_input"],
            no_input=options["no_input"],
            no_prompt=options["no_prompt"],
            remove_tag_config=options["remove_tag_config"],
            highlight_extra_classes=options["highlight_extra_classes"],
            include_requirejs=options["include_requirejs"],
            custom_mathjax_url=options["custom_mathjax_url"],
        )
        toc_tokens, title = mkdocs_jupyter_plugin._get_nb_toc_tokens(str(path), options["toc_depth"])
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        entry = json.dumps({"content": body, "toc_tokens": toc_tokens, "title": title})
        tmp = cache_path.with_suffix(".tmp")
        tmp.write_text(entry, encoding="utf-8")
        tmp.replace(cache_path)
    except Exception as error:  # the page is then converted by mkdocs-jupyter as usual
        log.debug(f"pre-rendering {path} skipped: {error}")


def _add_notebook(files, config, slug: str, notebook: str):
    # A plain File rooted in build/ (not File.generated): mkdocs-jupyter's wrapper needs a src_dir.
    page = File(
        f"notebooks/{slug}.ipynb",
        src_dir=str(_build_dir(config)),
        dest_dir=config["site_dir"],
        use_directory_urls=config["use_directory_urls"],
    )
    files.append(page)
    files.append(File.generated(config, f"downloads/{slug}.ipynb", content=notebook))


def _notebook_links(slug: str, config) -> str:
    links = [
        f"[Run this lesson as a notebook](downloads/{slug}.ipynb){{ .md-button download }}",
        f"[Read it in notebook view](notebooks/{slug}.ipynb){{ .md-button }}",
    ]
    repo = (config.get("repo_url") or "").rstrip("/")
    if repo.startswith("https://github.com/"):
        owner_repo = repo.removeprefix("https://github.com/")
        colab = f"https://colab.research.google.com/github/{owner_repo}/blob/gh-pages/downloads/{slug}.ipynb"
        links.append(f"[Open in Colab]({colab}){{ .md-button }}")
    return " ".join(links)


def _add_katex(files, config):
    """KaTeX's stylesheet and fonts: the math itself is typeset at build time (coursebuild/typeset.py)."""
    if not KATEX.is_dir():
        raise PluginError(f"{KATEX} is missing: run `make setup` (it installs the site's own KaTeX with npm)")
    for path in [KATEX / "katex.min.css", *sorted((KATEX / "fonts").glob("*.woff2"))]:
        uri = f"assets/katex/{path.relative_to(KATEX).as_posix()}"
        files.append(File.generated(config, uri, abs_src_path=str(path)))


def on_page_markdown(markdown, page, config, files):
    _page["uri"], _page["next"] = page.file.src_uri, 0
    result = _results.get(page.file.src_uri)
    if result is None:
        return markdown
    heading = re.search(r"^# .+$", markdown, re.M)
    if heading and not result.error:  # the notebook links go right under the lesson's title
        at = heading.end()
        markdown = f"{markdown[:at]}\n\n{_notebook_links(result.slug, config)}\n{markdown[at:]}"
    shown = {m.group("src"): m.group("alt") for m in IMAGE.finditer(markdown)}
    _page["shown"] = set(shown)
    for name in result.figures:
        if name.endswith(style.DARK_SUFFIX):  # shown with its light twin, below
            continue
        src = f"figures/{result.slug}/{name.split(explorable.FRAME)[0]}.svg"  # a frame: its explorable
        if src not in shown:
            log.warning(f"docs/{page.file.src_uri}: figure {src} is drawn by a snippet but not shown on the page")
        elif not shown[src].strip():
            log.warning(f"docs/{page.file.src_uri}: figure {src} has no alt text")
    if _serving() and not result.error:  # a figure the page shows but no block drew: a box in its place

        def missing(match: re.Match) -> str:
            src = match.group("src")
            name = src.removeprefix(f"figures/{result.slug}/").removesuffix(".svg")
            drawn = name in result.figures or f"{name}{explorable.FRAME}0" in result.figures
            if not src.startswith(f"figures/{result.slug}/") or drawn:
                return match.group(0)
            log.warning(f"docs/{page.file.src_uri}: figure {src} is shown but no snippet draws it")
            return match.group("indent") + errors.box(f"Figure {src} is shown here, but no block of this page draws it")

        markdown = IMAGE_LINE.sub(missing, markdown)
    markdown = explorable.render(markdown, result, prefix="../" * page.url.count("/"))
    return _both_palettes(markdown, result)


FIGURE_REF = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<base>figures/[^)\s]+/(?P<name>[^)\s/]+))\.svg\)")


def _both_palettes(markdown: str, result) -> str:
    """Each figure twice, with the same alt text: the light drawing for the light palette, the dark
    one for the dark palette (Material shows `#only-light`/`#only-dark` images by the palette, and
    switches them with the toggle, without a reload)."""

    def both(match: re.Match) -> str:
        if f"{match.group('name')}{style.DARK_SUFFIX}" not in result.figures:
            return match.group(0)
        alt, base = match.group("alt"), match.group("base")
        return f"![{alt}]({base}.svg#only-light)![{alt}]({base}{style.DARK_SUFFIX}.svg#only-dark)"

    return FIGURE_REF.sub(both, markdown)


FIGURE_ALT = re.compile(r"!\[(?P<alt>[^\]]*)\]\(figures/[^)\s/]+/(?P<name>[\w.-]+)\.svg")


def _figure_alts(lesson) -> dict[str, str]:
    """Figure (and explorable frame) name -> its alt text, as the lesson page gives it."""
    text = (ROOT / "docs" / lesson.page).read_text(encoding="utf-8")
    alts = {m.group("name"): m.group("alt") for m in FIGURE_ALT.finditer(text)}
    alts.update({name: meta["alt"] for name, meta in lesson.frames.items() if meta.get("alt")})
    return alts


# nbconvert's template: MathJax from a CDN (or, with no URL, an empty src) and a mermaid loader.
EXTERNAL_SCRIPT = re.compile(r'<script[^>]*\bsrc="(?:(?:https?:)?//[^"]*)?"[^>]*>\s*</script>\s*', re.I)
MERMAID_MODULE = re.compile(r'<script type="module">(?:(?!</script>).)*?mermaid(?:(?!</script>).)*</script>\s*', re.S)
MATHJAX_CONFIG = re.compile(r'<script type="text/x-mathjax-config">.*?</script>\s*', re.S)


@functools.lru_cache(maxsize=8)
def _css_vars_of(stylesheets: tuple[tuple[Path, int], ...]) -> frozenset[str]:
    """The names the var()s of `stylesheets` ((path, mtime): an edited one is read again) read."""
    return frozenset(name for path, _ in stylesheets for name in pageweight.VAR.findall(path.read_text("utf-8")))


def _site_css_vars(config) -> frozenset[str]:
    """The custom properties the site's own stylesheets (the theme's, ours) read: a notebook view
    keeps them even where its own rules do not."""
    theme = [path for folder in config.theme.dirs for path in sorted(Path(folder).glob("assets/stylesheets/*.css"))]
    ours = [Path(config.docs_dir) / name for name in config.extra_css if name.endswith(".css")]
    return _css_vars_of(tuple((path, path.stat().st_mtime_ns) for path in theme + ours if path.is_file()))


def on_page_content(html, page, config, files):
    html = _typeset(html, page)
    result = _results.get(page.file.src_uri)
    if not page.file.src_uri.startswith("notebooks/"):
        html = pageweight.sections(pageweight.wrapped_tables(pageweight.lighter_code(html)))
    if result is not None:
        html = pageweight.sized_figures(html, result.figures)
    if page.file.src_uri.startswith("notebooks/"):
        # nbconvert's template loads MathJax and mermaid from CDNs: the site never asks another host.
        # Math in notebook pages is typeset by the site's own KaTeX (javascripts/katex-init.js).
        for pattern in (EXTERNAL_SCRIPT, MERMAID_MODULE, MATHJAX_CONFIG):
            html = pattern.sub("", html)
        html = pageweight.notebook_cells(pageweight.prune_notebook_css(html, _site_css_vars(config)))
        html = pageweight.lighter_code(html, pageweight.notebook_colour)
        lesson = _results.get(f"{Path(page.file.src_uri).stem}.md")
        if lesson is not None:
            depth = page.url.count("/")
            html = pageweight.notebook_figures(
                html, lesson.figures, _figure_alts(lesson), f"{'../' * depth}figures/{lesson.slug}/"
            )
        # Search finds the lesson page; the notebook view would repeat it (and triple the index).
        page.meta["search"] = {"exclude": True}
        return _match_toc_ids(html, page.toc)
    result = _results.get(page.file.src_uri)
    expected = len(result.snippets) if result else 0
    if _page["next"] != expected:
        log.warning(
            f"docs/{page.file.src_uri}: {_page['next']} executed blocks were rendered but the engine ran {expected}"
        )
    return html


def _typeset(html: str, page) -> str:
    """Every formula of the page typeset now, with the site's KaTeX; a formula it cannot parse
    fails the build naming page and formula (under serve: reported, shown as its TeX)."""
    where = f"docs/{page.file.src_uri}"
    notebook = page.file.src_uri.startswith("notebooks/")
    html, problems = (typeset.typeset_notebook if notebook else typeset.typeset_page)(html, _typesetter, where)
    if problems and not _serving():
        raise PluginError("\n".join(problems))
    for problem in problems:
        log.warning(problem)
    return html


SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def _finished(html: str) -> str:
    # Material's search overlay has role="dialog" but no accessible name: named here, in the page
    # itself, since the theme's scripts run only once the page is drawn.
    html = html.replace(SEARCH_DIALOG, SEARCH_DIALOG.replace('role="dialog"', 'role="dialog" aria-label="Search"'))
    return pageweight.deferred_scripts(html)


def on_post_page(output, page, config):
    return _finished(output)


def on_post_template(output_content, template_name, config):
    if template_name == "404.html":  # rendered as a template of its own, not as a page
        return _finished(output_content)
    return output_content


def on_post_build(config):
    _typesetter.close()
    try:
        themepatch.finish_assets(Path(config["site_dir"]))
    except themepatch.ThemeChanged as error:
        if not _serving():
            raise PluginError(str(error)) from None
        log.error(f"{error}\n(the theme's bundle is served unedited; `mkdocs serve` goes on serving)")


HEADING_ID = re.compile(r'<h(?P<level>[1-6]) id="(?P<id>[^"]*)"')


def _match_toc_ids(html: str, toc) -> str:
    """mkdocs-jupyter slugs headings for the table of contents and for the page differently
    (e.g. with code in a heading); give each heading, in order, the id its TOC entry links to."""
    wanted, stack = [], list(toc)[::-1]
    while stack:
        item = stack.pop()
        wanted.append(item.id)
        stack.extend(list(item.children)[::-1])
    found = HEADING_ID.findall(html)
    if len(found) != len(wanted):
        return html
    for (_, old), new in zip(found, wanted, strict=True):
        if old != new:
            html = html.replace(f'id="{old}"', f'id="{new}"', 1).replace(f'href="#{old}"', f'href="#{new}"', 1)
    return html


def _format_python(code: str, **options):
    result = _results.get(_page["uri"])
    index = _page["next"]
    _page["next"] += 1
    if result is None or (index >= len(result.blocks) and result.failed_block is None):
        raise PluginError(
            f"docs/{_page['uri']}: executed block #{index + 1} is not a snippet include; "
            'write it as --8<-- "snippets/<lesson>/<file>.py" inside the fence'
        )
    snippet = result.snippets[index] if index < len(result.snippets) else f"block #{index + 1}"
    options["extra"].setdefault("title", snippet)  # the reader sees which file this is
    options["id_prefix"] = options.get("id_prefix") or f"{result.slug}-{index + 1}-"  # unique HTML ids
    html = None
    if index >= len(result.blocks):  # under serve: the block that failed, or one after it
        html = errors.failed_block(result, index)
    elif _serving():  # a figure drawn but not shown: a box under the block that drew it
        block = result.blocks[index]
        shown = _page.get("shown", ())
        unshown = [
            n
            for n, _ in block.figures
            if not n.endswith(style.DARK_SUFFIX) and f"figures/{result.slug}/{n}.svg" not in shown
        ]
        html = errors.unshown_figures(result.slug, unshown, block.output) if unshown else None
    if html is not None:
        options["html"] = True  # the box is HTML, shown under the block's code
        return markdown_exec.base_format(language="python", run=lambda *a, **k: html, code=code, **options)
    output = result.blocks[index].output
    return markdown_exec.base_format(language="python", run=lambda *a, **k: output, code=code, **options)


markdown_exec.formatters["python"] = _format_python
markdown_exec.formatters["py"] = _format_python
