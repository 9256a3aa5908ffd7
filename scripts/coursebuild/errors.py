"""Problems shown in place on a page under `mkdocs serve`: a clearly marked box at the block.

A strict build (`make build`, CI, deployment) fails on these same problems with the same messages;
under `mkdocs serve` the author sees them where they happen, and the rest of the site stays readable.
Each box is one line of HTML (so it can stand inside an indented admonition) in Material's
"failure" admonition style, with the class `course-error` for tests.
"""

from __future__ import annotations

from html import escape


def box(title: str, body: str = "") -> str:
    """One line of HTML: a red admonition with `title` and, if given, preformatted `body`."""
    pre = f"<pre><code>{escape(body)}</code></pre>".replace("\n", "&#10;") if body.strip() else ""
    return f'<div class="admonition failure course-error"><p class="admonition-title">{escape(title)}</p>{pre}</div>'


def failed_block(result, index: int) -> str:
    """The box under block `index` of a lesson that failed at `result.failed_block`."""
    if index != result.failed_block:
        return box(f"Not run: block {result.failed_block + 1} of this page failed above.")
    headline, _, details = result.error.partition("\n")
    printed = f"It printed, before failing:\n{result.failed_output}\n" if result.failed_output.strip() else ""
    return box(headline, printed + details)


def unshown_figures(slug: str, names: list[str], output: str) -> str:
    shown = "".join(f"![what the figure shows](figures/{slug}/{name}.svg)\n" for name in names)
    note = box("This block draws a figure that the page does not show: add it under the block", shown)
    return (f"<pre><code>{escape(output)}</code></pre>" if output.strip() else "") + note
