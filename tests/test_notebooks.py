"""Every lesson's notebook: made from the page, carrying the build's outputs, and standalone.

Each downloaded notebook is executed top to bottom with nbclient in a fresh kernel, in an empty
folder, with nothing of the project importable: a failure names the lesson and the cell.
"""

from __future__ import annotations

import json
import os
import re

import nbformat
import pytest
from conftest import LESSONS, ROOT, built_page, fence
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from coursebuild import record

SLUGS = [lesson.slug for lesson in LESSONS]


def notebook(site, slug: str) -> nbformat.NotebookNode:
    return nbformat.read(site / "downloads" / f"{slug}.ipynb", as_version=4)


@pytest.mark.parametrize("lesson", LESSONS, ids=SLUGS)
def test_notebook_is_the_page(site, lesson):
    """Its code cells are the page's snippets, in page order, with the outputs the page shows."""
    nb = notebook(site, lesson.slug)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    setup, cells = code[0], code[1:]
    assert "rcParams" in setup.source, f"{lesson.slug}: the first code cell should set the course style"
    assert [c.source for c in cells] == [b.code.rstrip("\n") for b in lesson.blocks], (
        f"{lesson.slug}: notebook code differs from the page's snippets"
    )
    assert all(c.outputs for c in cells), f"{lesson.slug}: a code cell carries no output from the build"
    assert len({c.id for c in nb.cells}) == len(nb.cells)
    for cell in cells:
        for line in cell.source.splitlines():
            assert not line.lstrip().startswith(("import coursebuild", "from coursebuild", "from snippets")), (
                f"{lesson.slug}: the notebook imports the project's own code: {line}"
            )
    solutions = [c for c in cells if c.metadata.get("jupyter", {}).get("source_hidden")]
    assert len(solutions) == sum(b.snippet.split("/")[-1].startswith("ex") for b in lesson.blocks), (
        f"{lesson.slug}: exercise solutions should be hidden in the notebook, as they are folded on the page"
    )


@pytest.mark.parametrize("lesson", LESSONS, ids=SLUGS)
def test_notebook_runs_standalone(site, lesson, tmp_path):
    nb = notebook(site, lesson.slug)
    env_backup = os.environ.pop("PYTHONPATH", None)
    try:
        client = NotebookClient(
            nb,
            timeout=300,
            kernel_name="python3",
            allow_errors=False,
            resources={"metadata": {"path": str(tmp_path)}},
            shutdown_kernel="immediate",  # the run is over: a graceful shutdown spends 2 s per notebook
        )
        client.execute(cwd=str(tmp_path))
    except CellExecutionError as error:
        index = next(
            (i for i, c in enumerate(nb.cells) if any(o.get("output_type") == "error" for o in c.get("outputs", []))),
            "?",
        )
        cell = nb.cells[index] if index != "?" else None
        first = cell.source.splitlines()[0] if cell is not None and cell.source else ""
        pytest.fail(f"{lesson.slug}: notebook cell {index} ({first!r}) failed standalone:\n{error}")
    finally:
        if env_backup is not None:
            os.environ["PYTHONPATH"] = env_backup
    assert_prints_what_the_page_shows(nb, lesson)
    figures = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if "image/png" in o.get("data", {})]
    page_figures = len(
        built_page(site / lesson.slug / "index.html").select(
            f'article img[src*="figures/{lesson.slug}/"][src$="#only-light"]'  # one per figure: the light variant
        )
    )
    assert len(figures) >= page_figures, f"{lesson.slug}: {len(figures)} inline figures, the page shows {page_figures}"
    assert not list(tmp_path.iterdir()), f"{lesson.slug}: the notebook wrote files into its folder"


def assert_prints_what_the_page_shows(nb, lesson) -> None:
    """The student's run (default settings, all threads) prints, line by line, what the page shows."""
    expected = record.recorded_outputs(lesson)
    cells = [c for c in nb.cells if c.cell_type == "code"][1:]
    for block, cell in zip(lesson.blocks, cells, strict=True):
        printed = "".join(o.get("text", "") for o in cell.outputs if o.get("output_type") == "stream")
        got = [line.rstrip() for line in printed.splitlines()]
        want = [line.rstrip() for line in expected[block.snippet].splitlines()]
        for number, (a, b) in enumerate(zip(want, got, strict=False), 1):
            assert a == b, f"{lesson.slug}: {block.snippet}, line {number}: the page shows {a!r}, the notebook {b!r}"
        assert len(got) == len(want), f"{lesson.slug}: {block.snippet} printed {len(got)} lines, the page {len(want)}"


@pytest.mark.parametrize("slug", SLUGS)
def test_lesson_page_links_its_notebook(site, slug):
    page = built_page(site / slug / "index.html")
    download = page.find("a", string="Run this lesson as a notebook")
    assert download is not None, f"{slug}: no 'Run this lesson as a notebook' link"
    assert (site / slug / download["href"]).resolve() == (site / "downloads" / f"{slug}.ipynb").resolve()
    view = page.find("a", string="Read it in notebook view")
    assert view is not None and (site / slug / view["href"] / "index.html").resolve().is_file()


def test_notebook_pages_are_not_listed_as_lessons(site):
    nav = built_page(site / "index.html").select_one("nav.md-nav--primary")
    assert not [a["href"] for a in nav.select("a[href]") if "notebooks/" in a["href"]]


def test_colab_link_appears_when_repo_url_is_set(project):
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text() + "repo_url: https://github.com/example/course\n")
    project.page("one", "# One\n\n" + fence("one", "01_hi.py"))
    project.snippet("one", "01_hi.py", "print('hi')\n")
    result = project.build()
    assert result.returncode == 0, result.stdout
    html = (project.root / "site" / "one" / "index.html").read_text()
    assert "https://colab.research.google.com/github/example/course/blob/gh-pages/downloads/one.ipynb" in html
    nb = json.loads((project.root / "site" / "downloads" / "one.ipynb").read_text())
    assert "".join(nb["cells"][-1]["outputs"][0]["text"]) == "hi\n"


def test_no_notebook_is_committed_or_written_into_docs():
    assert not list((ROOT / "docs").rglob("*.ipynb"))


def test_a_notebook_views_stylesheet_keeps_what_can_apply_and_drops_the_rest():
    """nbconvert's stylesheet, scoped under `.jupyter-wrapper`, declares hundreds of custom properties
    (some in rules that the scoping made unmatchable); a view keeps the rules its classes can match and
    the properties something reads, through chains of var()s, whatever semicolons a value holds."""
    from coursebuild.pageweight import prune_notebook_css

    css = (
        ".jupyter-wrapper :root{--jp-dead: red;--jp-icon: url(data:image/svg+xml;base64,AAAA)}"
        ".jupyter-wrapper body{margin:0}"
        ".jupyter-wrapper{--jp-a: var(--jp-b);--jp-b: 1px;--jp-unread: 2px;"
        "--jp-icon-used: url(data:image/svg+xml;base64,BBBB);--jp-icon-unread: url(data:image/svg+xml;base64,CCCC);"
        "--md-site: blue}"
        ".jupyter-wrapper .jp-Cell{border-width:var(--jp-a);background:var(--jp-icon-used)}"
        ".jupyter-wrapper .jp-Absent{color:var(--jp-unread)}"
        "@media (prefers-color-scheme: dark){.jupyter-wrapper{--jp-b: 2px;--jp-only-here: 0}}"
        ".jupyter-wrapper{--jp-layered: red}@layer base{.jupyter-wrapper .jp-Cell{color:var(--jp-layered)}}"
    )
    cells = '<div class="jupyter-wrapper"><div class="jp-Cell" style="x:var(--jp-inline)"></div></div>'
    page = f"<style>{css}</style>{cells}"
    kept = prune_notebook_css(page, frozenset({"--md-site"}))
    style = kept[len("<style>") : kept.index("</style>")]
    for name in (
        "--jp-a",
        "--jp-b: 1px",
        "--jp-b: 2px",
        "--jp-icon-used: url(data:image/svg+xml;base64,BBBB)",
        "--jp-layered: red",
    ):
        assert name in style
    assert "--md-site" in style, "a property the site's own stylesheets read was dropped"
    for gone in ("--jp-dead", ":root", " body", "margin:0", "--jp-unread", "CCCC", "jp-Absent", "--jp-only-here"):
        assert gone not in style
    assert "base64" not in style.replace("BBBB", "").replace("url(data:image/svg+xml;base64,", ""), style
    assert kept.endswith(cells)


@pytest.mark.parametrize("slug", SLUGS)
def test_every_property_a_notebook_views_stylesheet_reads_is_declared(site, slug):
    """The pruned stylesheet reads no custom property it (or the site's) no longer declares: nbconvert's
    own stylesheet, unpruned, declares every one it reads."""
    html = (site / "notebooks" / slug / "index.html").read_text(encoding="utf-8")
    css = "\n".join(re.findall(r"<style[^>]*>(.*?)</style>", html, re.S))
    declared = set(re.findall(r"(--[\w-]+)\s*:", css))
    site_css = "\n".join(p.read_text(encoding="utf-8") for p in site.glob("**/*.css"))
    declared |= set(re.findall(r"(--[\w-]+)\s*:", site_css))
    read = set(re.findall(r"var\(\s*(--[\w-]+)\s*\)", css))  # those without a fallback value
    assert not read - declared, f"{slug}: read but declared nowhere: {sorted(read - declared)[:10]}"
    assert len(css) < 40_000, f"{slug}: the notebook view's stylesheets weigh {len(css)} characters"
