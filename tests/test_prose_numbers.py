"""The guard against stale prose: a number the prose quotes is one the page's blocks print.

Every decimal or scientific number in a lesson's prose (outside math, code, link targets and the
References) must match, at its quoted precision, a value in the page's output record, or stand on
the page's allow-list (`prose_numbers:` in its front matter) with a reason.
"""

from __future__ import annotations

import pytest
from conftest import LESSONS, ROOT, fence

from coursebuild import prose, record
from coursebuild.execute import run_lesson
from coursebuild.lessons import parse_page


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.slug for lesson in LESSONS])
def test_every_number_in_the_prose_is_printed_by_the_page(lesson):
    text = (ROOT / "docs" / lesson.page).read_text(encoding="utf-8")
    printed = "".join(record.recorded_outputs(lesson).values())
    problems = prose.stale(lesson.page, text, printed)
    assert not problems, "\n".join(problems)


def test_the_guard_fails_when_a_snippet_prints_another_number(project):
    page = "# One\n\nThe ratio settles at 4.25, and the error is below 1e-10.\n\n" + fence("one", "01_ratio.py")
    project.page("one", page)
    project.snippet("one", "01_ratio.py", "print(f'ratio {17 / 4:.2f}')\nprint('error < 1e-10')\n")

    def problems():
        lesson = parse_page("one.md", root=project.root)
        result = run_lesson(lesson, use_cache=False)
        assert result.error is None, result.error
        return prose.stale("one.md", page, "".join(b.output for b in result.blocks))

    assert problems() == []
    project.snippet("one", "01_ratio.py", "print(f'ratio {17.2 / 4:.2f}')\nprint('error < 1e-10')\n")
    found = problems()
    assert len(found) == 1 and found[0].startswith("docs/one.md:3: the prose quotes 4.25"), found


def test_math_code_links_and_references_are_not_prose():
    text = (
        '---\nprose_numbers:\n  "2.5": the plotted range ends at x = 2.5, an input\n---\n'
        "# T\n\nInline $x = 0.75$ and `lr = 0.125` and [a link](https://x.org/v1.5) are skipped; 2.5 is allowed.\n\n"
        "$$\nf(0.3) = 1.7\n$$\n\n```python\nprint(3.25)\n```\n\nPrinted: 1.23 and 4.6e-07.\n\n"
        "## References\n\n- A. Author (1994). A paper. Journal 6(1), 147.5.\n"
    )
    quoted = [q.text for q in prose.quoted_numbers(text)]
    assert quoted == ["2.5", "1.23", "4.6e-07"]
    assert prose.allowed(text) == {"2.5": "the plotted range ends at x = 2.5, an input"}
    assert prose.stale("t.md", text, "value 1.2345\nerror 4.58e-07\n") == []
    assert prose.stale("t.md", text, "value 1.2351\nerror 4.58e-07\n")[0].startswith(
        "docs/t.md:17: the prose quotes 1.23"
    )
