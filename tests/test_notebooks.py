"""Every lesson's notebook: made from the page, carrying the build's outputs, and standalone.

Each downloaded notebook is executed top to bottom with nbclient in a fresh kernel, in an empty
folder, with nothing of the project importable: a failure names the lesson and the cell.
"""

from __future__ import annotations

import json
import os

import nbformat
import pytest
from bs4 import BeautifulSoup
from conftest import LESSONS, ROOT, fence
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
            nb, timeout=300, kernel_name="python3", allow_errors=False, resources={"metadata": {"path": str(tmp_path)}}
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
        BeautifulSoup((site / lesson.slug / "index.html").read_text(), "html.parser").select(
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
    page = BeautifulSoup((site / slug / "index.html").read_text(encoding="utf-8"), "html.parser")
    download = page.find("a", string="Run this lesson as a notebook")
    assert download is not None, f"{slug}: no 'Run this lesson as a notebook' link"
    assert (site / slug / download["href"]).resolve() == (site / "downloads" / f"{slug}.ipynb").resolve()
    view = page.find("a", string="Read it in notebook view")
    assert view is not None and (site / slug / view["href"] / "index.html").resolve().is_file()


def test_notebook_pages_are_not_listed_as_lessons(site):
    nav = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser").select_one(
        "nav.md-nav--primary"
    )
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
