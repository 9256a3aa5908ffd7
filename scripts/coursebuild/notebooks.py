"""A lesson as a Jupyter notebook, made from the lesson itself.

The page's prose becomes Markdown cells and its snippets code cells, in page
order. The outputs are the ones the page's own execution produced in this
build (printed text and figures), so nothing runs twice. The notebook is
standalone: a first cell sets the course's plotting style inline, snippets
import only torch, numpy and matplotlib (and jax in the JAX tabs of the
autograd lesson, which the first cell then names), and it reads no file of
the repository (the tests run every notebook in an empty folder to prove it).
Exercise solutions keep their place, as on the page, with their code hidden.
"""

from __future__ import annotations

import re
import textwrap

import nbformat

from coursebuild import explorable, style
from coursebuild.lessons import FENCE, FRONT_MATTER, Lesson

ADMONITION = re.compile(r'^(?P<indent>\s*)(?:!!!|\?\?\?\+?)\s+(?P<kind>[\w-]+)(?:\s+"(?P<title>[^"]*)")?\s*$')
TAB = re.compile(r'^(?P<indent>\s*)===\+?\s+"(?P<title>[^"]*)"\s*$')
HEADING_ATTRS = re.compile(r"^(?P<heading>#+ .*?)\s*\{(?P<attrs>[^}]*)\}\s*$")
FIGURE = re.compile(r"^\s*!\[[^\]]*\]\(figures/[^)\s]+\)\s*$")
EXPLORABLE = re.compile(r'^(?P<indent>\s*)!\[[^\]]*\]\(figures/[^)\s]+\s+"(?P<label>[^"]+)"\)\s*$')
PAGE_LINK = re.compile(r"\]\((?!https?:|#|/)(?P<page>[\w-]+)\.md(?P<anchor>#[\w-]+)?\)")
LINKED_PAGE = re.compile(r"\[(?P<text>[^\]]*)\]\((?!https?:|#|/)[\w-]+\.md(?:#[\w-]+)?\)")
ATTR_LIST = re.compile(r"\{\s*[.#][^}]*\}")
JAX_IMPORT = re.compile(r"^\s*(?:import|from)\s+jax\b", re.M)


def setup_code() -> str:
    """The first code cell: the course's figure style, inline (the notebook imports nothing of ours)."""
    settings = ",\n".join(f"    {k!r}: {v!r}" for k, v in style.STYLE.items())
    return (
        "# The course's plotting style (the site's figures use the same settings).\n"
        "import matplotlib.pyplot as plt\n\n"
        "%matplotlib inline\n"
        f"plt.rcParams.update({{\n{settings},\n}})\n"
        "plt.rcParams['axes.prop_cycle'] = plt.cycler(\n"
        f"    color={style.COLORS[:4]!r}\n    + {style.COLORS[4:]!r}\n)"
    )


def _markdown(lines: list[str], site_url: str) -> list[str]:
    """Page Markdown to notebook Markdown: admonitions and tabs become bold titles, figures drop
    out (they are the outputs of the cell that draws them), links to other lessons go to the site."""
    out = []
    for line in lines:
        if FIGURE.match(line):
            continue
        explorable = EXPLORABLE.match(line)
        if explorable:  # the cell above shows its representative frame
            out.append(
                f"{explorable.group('indent')}*On the lesson page this figure is explorable: a slider "
                f"({explorable.group('label')}) shows a figure drawn from its own run at each position.*"
            )
            continue
        admonition = ADMONITION.match(line) or TAB.match(line)
        if admonition:
            title = admonition.group("title") or admonition.groupdict().get("kind", "").capitalize()
            out.append(f"{admonition.group('indent')}**{title}**")
            out.append("")
            continue
        heading = HEADING_ATTRS.match(line)
        if heading:  # keep an explicit anchor ({#id}) that the prose links to
            anchor = re.search(r"#([\w-]+)", heading.group("attrs"))
            if anchor:
                out.extend([f'<a id="{anchor.group(1)}"></a>', ""])
            line = heading.group("heading")
        if site_url:  # links to other lessons go to the published site
            line = PAGE_LINK.sub(lambda m: f"]({site_url}{m.group('page')}/{m.group('anchor') or ''})", line)
        else:  # a local build knows no address for them: keep the words
            line = LINKED_PAGE.sub(lambda m: m.group("text"), line)
        out.append(ATTR_LIST.sub("", line))
    text = textwrap.dedent("\n".join(_unindent_blocks(out)))
    return text.strip("\n").splitlines()


def _unindent_blocks(lines: list[str]) -> list[str]:
    """Admonition bodies are indented by four spaces; in a notebook they are plain paragraphs."""
    return [line[4:] if line.startswith("    ") and not line.startswith("        ") else line for line in lines]


def build(lesson: Lesson, result, page_text: str, site_url: str, title: str) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    page = f"[{title}]({site_url}{lesson.slug}/)" if site_url else f"*{title}*"
    intro = (
        f"# {title} (notebook)\n\n"
        f"This notebook is generated from the lesson page {page} of *Calculus for Deep Learning*: "
        "the same prose and the same code, in the same order. The outputs shown were produced when the site "
        "was built; run the cells top to bottom to reproduce them. It needs only `torch`, `numpy` and "
        "`matplotlib`."
    )
    if any(JAX_IMPORT.search(block.code) for block in lesson.blocks):
        intro = intro.removesuffix(".") + (
            "; its JAX cells (the page's JAX tabs, each right after its PyTorch twin) also need `jax` "
            "(`pip install jax`), and they compare their results with the PyTorch cells above them, so run "
            "them in order."
        )
    cells = [nbformat.v4.new_markdown_cell(intro), nbformat.v4.new_code_cell(setup_code())]
    text = FRONT_MATTER.sub("", page_text, count=1)
    lines = text.splitlines()
    if lines and lines[0].startswith("# "):
        lines = lines[1:]  # the title is in the intro cell
    pending: list[str] = []
    blocks = iter(zip(lesson.blocks, result.blocks, strict=True))
    in_solution = False
    i = 0
    while i < len(lines):
        line = lines[i]
        admonition = ADMONITION.match(line)
        if admonition and not admonition.group("indent"):
            in_solution = (admonition.group("title") or "").lower().startswith("solution")
        elif line.strip() and not line.startswith((" ", "\t")):
            in_solution = False
        fence = FENCE.match(line)
        if fence and 'exec="on"' in (fence.group("opts") or ""):
            end = i + 1
            while not lines[end].strip().startswith(fence.group("fence")):
                end += 1
            _flush(cells, pending, site_url)
            block, res = next(blocks)
            cells.append(_code_cell(block.code, res, hidden=in_solution))
            i = end + 1
            continue
        pending.append(line)
        i += 1
    _flush(cells, pending, site_url)
    execution_count = 0
    for n, cell in enumerate(cells):
        cell.id = f"{lesson.slug}-{n}"  # deterministic ids: two builds give the same file
        if cell.cell_type == "code":
            execution_count += 1
            cell.execution_count = execution_count
            for output in cell.outputs:
                if "execution_count" in output:
                    output.execution_count = execution_count
    nb.cells = cells
    return nb


def _flush(cells: list, pending: list[str], site_url: str) -> None:
    body = _markdown(pending, site_url)
    if any(line.strip() for line in body):
        cells.append(nbformat.v4.new_markdown_cell("\n".join(body)))
    pending.clear()


def _shown_figures(res) -> list[tuple[str, str]]:
    """What a block shows when the notebook runs it: each figure once, in the light palette, and of
    an explorable only its representative frame (the snippet closes the others), as on the page
    without JavaScript."""
    explorables = {name.split(explorable.FRAME)[0] for name in res.frames}
    representative = set()
    for name in explorables:
        frames = explorable.frames_of(res, name)
        representative.add(frames[explorable.default_index(frames)][0])
    return [
        (name, svg)
        for name, svg in res.figures
        if not name.endswith(style.DARK_SUFFIX) and (name not in res.frames or name in representative)
    ]


def _code_cell(code: str, res, hidden: bool):
    cell = nbformat.v4.new_code_cell(code.rstrip("\n"))
    outputs = []
    if res.output:
        outputs.append(nbformat.v4.new_output("stream", name="stdout", text=res.output))
    for name, svg in _shown_figures(res):
        outputs.append(nbformat.v4.new_output("display_data", data={"image/svg+xml": svg, "text/plain": f"<{name}>"}))
    cell.outputs = outputs
    if hidden:
        cell.metadata["jupyter"] = {"source_hidden": True}
        cell.metadata["tags"] = ["solution"]
    return cell


def dumps(nb: nbformat.NotebookNode) -> str:
    nbformat.validate(nb)
    return nbformat.writes(nb) + "\n"
