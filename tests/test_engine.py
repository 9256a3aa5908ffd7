"""The build engine's promises, on throwaway projects: clear failures, time limits, isolation, cache."""

from __future__ import annotations

import json
import os
import sys
import time

import pytest
from conftest import fence, mkdocs_build

from coursebuild import cache, worker
from coursebuild.execute import run_lesson, run_lessons
from coursebuild.lessons import parse_page


def test_a_raising_snippet_fails_the_build_naming_page_file_and_line(project):
    project.page("broken", "# Broken\n\n" + fence("broken", "01_ok.py") + "\n" + fence("broken", "02_boom.py"))
    project.snippet("broken", "01_ok.py", "print('fine')\n")
    project.snippet("broken", "02_boom.py", "x = 1\n\ndef f(y):\n    return 1 / y\n\nprint(f(0))\n")
    result = project.build()
    assert result.returncode != 0
    assert "docs/broken.md" in result.stdout
    assert "snippets/broken/02_boom.py, line 4" in result.stdout
    assert "ZeroDivisionError" in result.stdout
    assert 'File "snippets/broken/02_boom.py", line 6' in result.stdout  # the traceback points into the file
    assert not (project.root / "site" / "broken" / "index.html").exists(), "a half-built page was published"


def test_a_broken_link_fails_the_build_naming_the_page(project):
    project.page("links", "# Links\n\nSee [nowhere](missing.md).\n")
    result = project.build()
    assert result.returncode != 0
    assert "links.md" in result.stdout and "missing.md" in result.stdout


def test_a_missing_figure_fails_the_build_naming_the_page(project):
    project.page("fig", "# Fig\n\n" + fence("fig", "01_plot.py") + "\n![A line](figures/fig/absent.svg)\n")
    project.snippet("fig", "01_plot.py", "print('no figure drawn')\n")
    result = project.build()
    assert result.returncode != 0
    assert "fig.md" in result.stdout and "figures/fig/absent.svg" in result.stdout


def test_a_figure_drawn_but_not_shown_fails_the_build(project):
    project.page("fig", "# Fig\n\n" + fence("fig", "01_plot.py"))
    project.snippet(
        "fig", "01_plot.py", "import matplotlib.pyplot as plt\nfig, ax = plt.subplots(num='line')\nax.plot([0, 1])\n"
    )
    result = project.build()
    assert result.returncode != 0
    assert "figures/fig/line.svg is drawn by a snippet but not shown" in result.stdout


def test_a_silent_block_fails_the_strict_build(project):
    project.page("quiet", "# Quiet\n\n" + fence("quiet", "01_quiet.py"))
    project.snippet("quiet", "01_quiet.py", "x = 1\n")
    result = project.build()
    assert result.returncode != 0
    assert "snippets/quiet/01_quiet.py" in result.stdout and "printed nothing" in result.stdout


def test_torch_takes_the_lessons_thread_count_even_when_a_helper_imports_it(project):
    """No snippet names torch, so the fork server does not preload it; the helper's import of torch
    still gets the lesson's thread count (COURSE_THREADS, set here to no machine's default)."""
    threads = (os.cpu_count() or 1) + 3
    project.page("helped", "# Helped\n\n" + fence("helped", "01_threads.py"))
    project.file("helpers/counts.py", "import torch\n\n\ndef threads():\n    return torch.get_num_threads()\n")
    project.snippet(
        "helped", "01_threads.py", "import sys\nsys.path.insert(0, 'helpers')\nimport counts\nprint(counts.threads())\n"
    )
    result = mkdocs_build(project.root, project.root / "site", COURSE_NO_CACHE="1", COURSE_THREADS=str(threads))
    assert result.returncode == 0, result.stdout[-3000:]
    assert f"<code>{threads}\n</code>" in (project.root / "site" / "helped" / "index.html").read_text()


def test_an_action_waiting_for_an_import_runs_before_the_import_returns(tmp_path, monkeypatch):
    (tmp_path / "late_module_for_the_test.py").write_text("value = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    seen = []
    worker.when_imported("late_module_for_the_test", lambda m: seen.append(m.value) or setattr(m, "value", 2))
    assert seen == []
    import late_module_for_the_test

    assert seen == [1] and late_module_for_the_test.value == 2
    worker.when_imported("late_module_for_the_test", lambda m: seen.append(m.value))  # already imported: now
    assert seen == [1, 2]
    assert not any(isinstance(f, worker._AfterImport) for f in sys.meta_path)
    del sys.modules["late_module_for_the_test"]


def test_a_hanging_snippet_is_stopped_at_its_limit(project):
    project.page("slow", "---\nexec_timeout: 2\n---\n# Slow\n\n" + fence("slow", "01_hang.py"))
    project.snippet("slow", "01_hang.py", "import time\nprint('start')\ntime.sleep(600)\n")
    started = time.monotonic()
    result = project.build()
    assert result.returncode != 0
    assert time.monotonic() - started < 60
    assert "snippets/slow/01_hang.py ran longer than its limit of 2 s" in result.stdout
    assert "docs/slow.md" in result.stdout


def test_sessions_are_isolated_between_pages_and_runs(project):
    project.page("a", "# A\n\n" + fence("a", "01_define.py"))
    project.page("b", "# B\n\n" + fence("b", "01_look.py"))
    project.snippet("a", "01_define.py", "import sys\nsecret = 42\nsys.leak = 'from a'\nprint('defined')\n")
    project.snippet("b", "01_look.py", "import sys\nprint('secret' in globals(), getattr(sys, 'leak', None))\n")
    lessons = [parse_page("a.md", root=project.root), parse_page("b.md", root=project.root)]
    for _ in range(2):  # a second run (like a `mkdocs serve` rebuild) starts empty too
        a, b = run_lessons(lessons, jobs=1, use_cache=False)
        assert a.error is None and b.error is None
        assert b.blocks[0].output == "False None\n"


def test_lessons_run_concurrently(project):
    for slug in ("p", "q"):
        project.page(slug, f"# {slug}\n\n" + fence(slug, "01_sleep.py"))
        project.snippet(slug, "01_sleep.py", "import time\ntime.sleep(2)\nprint('slept')\n")
    lessons = [parse_page(f"{slug}.md", root=project.root) for slug in ("p", "q")]
    run_lessons(lessons[:1], jobs=1, use_cache=False)  # start the fork server (it imports torch) first
    started = time.monotonic()
    results = run_lessons(lessons, jobs=2, use_cache=False)
    assert all(r.error is None for r in results)
    assert time.monotonic() - started < 3.9, "two 2-second lessons did not overlap"


class TestCache:
    @pytest.fixture(autouse=True)
    def private_cache(self, tmp_path, monkeypatch):
        monkeypatch.setattr(cache, "CACHE_DIR", tmp_path / "cache")

    @pytest.fixture
    def lesson_files(self, project):
        project.page("c", "# C\n\nProse.\n\n" + fence("c", "01_use.py"))
        project.file("lib/helper.py", "FACTOR = 2\n")
        project.file("data/values.txt", "1 2 3\n")
        project.snippet(
            "c",
            "01_use.py",
            """\
            import sys
            sys.path.insert(0, "lib")
            import helper
            with open("data/values.txt") as f:
                values = [int(v) for v in f.read().split()]
            print([helper.FACTOR * v for v in values])
            """,
        )
        return project

    def run(self, project):
        return run_lesson(parse_page("c.md", root=project.root), use_cache=True)

    def test_unchanged_lesson_is_served_from_cache(self, lesson_files):
        first, second = self.run(lesson_files), self.run(lesson_files)
        assert not first.cached and second.cached
        assert second.blocks[0].output == first.blocks[0].output == "[2, 4, 6]\n"

    def test_prose_edit_does_not_re_execute(self, lesson_files):
        self.run(lesson_files)
        page = lesson_files.root / "docs" / "c.md"
        page.write_text(page.read_text().replace("Prose.", "Better prose."))
        assert self.run(lesson_files).cached

    def test_snippet_edit_re_executes(self, lesson_files):
        self.run(lesson_files)
        lesson_files.snippet("c", "01_use.py", "print('changed')\n")
        result = self.run(lesson_files)
        assert not result.cached and result.blocks[0].output == "changed\n"

    def test_imported_helper_edit_re_executes(self, lesson_files):
        self.run(lesson_files)
        lesson_files.file("lib/helper.py", "FACTOR = 10\n")
        result = self.run(lesson_files)
        assert not result.cached and result.blocks[0].output == "[10, 20, 30]\n"

    def test_data_file_edit_re_executes(self, lesson_files):
        self.run(lesson_files)
        lesson_files.file("data/values.txt", "5\n")
        result = self.run(lesson_files)
        assert not result.cached and result.blocks[0].output == "[10]\n"

    def test_versions_are_part_of_the_key(self, lesson_files, monkeypatch):
        self.run(lesson_files)
        real = cache.environment()
        monkeypatch.setattr(cache, "environment", lambda: {**real, "torch": "0.0.0"})
        assert not self.run(lesson_files).cached

    def test_corrupt_entry_is_ignored_and_rebuilt(self, lesson_files):
        self.run(lesson_files)
        for entry in cache.CACHE_DIR.glob("*.json"):
            if entry.name != "timings.json":
                data = json.loads(entry.read_text())
                data["result"]["blocks"][0]["output"] = "tampered\n"
                entry.write_text(json.dumps(data))
        result = self.run(lesson_files)
        assert not result.cached and result.blocks[0].output == "[2, 4, 6]\n"
        half = next(p for p in cache.CACHE_DIR.glob("*.json") if p.name != "timings.json")
        half.write_text(half.read_text()[:40])
        assert not self.run(lesson_files).cached
        assert self.run(lesson_files).cached

    def test_failed_runs_are_never_cached(self, lesson_files):
        lesson_files.snippet("c", "01_use.py", "raise RuntimeError('no')\n")
        assert self.run(lesson_files).error
        assert self.run(lesson_files).error
        assert not [p for p in cache.CACHE_DIR.glob("*.json") if p.name != "timings.json"]

    def test_ci_never_uses_the_cache(self, monkeypatch):
        monkeypatch.setenv("CI", "true")
        assert not cache.enabled()
