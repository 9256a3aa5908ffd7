"""Every lesson's snippets run in page order in one fresh session, exactly as the build runs them.

The results are those of this test run's strict build (the `site` fixture executes every lesson
into a cache of its own, empty when the run starts), checked here block by block; a lesson the
build did not run (COURSE_TEST_SITE) runs here. A failure names the lesson, the snippet file and
its line.
"""

from __future__ import annotations

import re

import pytest
from conftest import LESSONS, ROOT, session_cache

from coursebuild import cache
from coursebuild.execute import run_lesson

EXPECTED = [
    "derivatives",
    "gradients",
    "jacobians",
    "chain-rule",
    "matrix-calculus",
    "autograd",
    "hessians",
    "frontiers",
]
by_slug = {lesson.slug: lesson for lesson in LESSONS}


def test_every_lesson_of_the_curriculum_has_a_page_with_code():
    missing = [slug for slug in EXPECTED if slug not in by_slug]
    assert not missing, f"lesson pages without executed blocks: {missing}"


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.slug for lesson in LESSONS])
def test_lesson_runs(lesson, site, tmp_path_factory, monkeypatch):
    monkeypatch.setattr(cache, "CACHE_DIR", session_cache(tmp_path_factory))
    result = run_lesson(lesson, use_cache=True)
    assert result.error is None, result.error
    assert len(result.blocks) == len(lesson.blocks)
    for block, res in zip(lesson.blocks, result.blocks, strict=True):
        assert res.output.strip() or res.figures, f"{block.where}: printed nothing and drew no figure"
        assert not res.warnings, f"{block.where}: warnings {res.warnings}"
        assert "Traceback (most recent call last)" not in res.output, f"{block.where}: prints a traceback"
        assert not re.search(r"0x[0-9a-f]{6,}", res.output), f"{block.where}: prints a memory address"


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson.slug for lesson in LESSONS])
def test_lesson_shape(lesson):
    """Objectives, exercises with executed solutions, key points; every snippet file is used."""
    text = (ROOT / "docs" / lesson.page).read_text(encoding="utf-8")
    assert 'abstract "Learning objectives"' in text, f"docs/{lesson.page}: no learning objectives"
    assert "## Key points" in text, f"docs/{lesson.page}: no key points"
    solutions = [b for b in lesson.blocks if re.match(r"ex\d+_", b.snippet.rsplit("/", 1)[-1])]
    assert 2 <= len(solutions) <= 4, f"docs/{lesson.page}: {len(solutions)} exercise solutions (want 2–4)"
    assert text.count('??? success "Solution"') >= len(solutions), f"docs/{lesson.page}: solutions not collapsible"
    for block in solutions:
        assert re.search(r"^\s*(assert\b|torch\.testing\.assert_close)", block.code, re.M), (
            f"{block.snippet}: an exercise solution must assert its answer"
        )
    on_disk = {p.relative_to(ROOT).as_posix() for p in (ROOT / "snippets" / lesson.slug).glob("*.py")}
    unused = on_disk - set(lesson.snippet_files)
    assert not unused, f"snippet files no page includes: {sorted(unused)}"


def test_no_orphan_snippet_folders():
    folders = {p.name for p in (ROOT / "snippets").iterdir() if p.is_dir() and not p.name.startswith((".", "_"))}
    assert folders <= set(by_slug), f"snippet folders without a lesson page: {sorted(folders - set(by_slug))}"
