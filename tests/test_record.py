"""The output record: every lesson has one, every build compares with it, a difference is named.

`snippets/<slug>/output-record.txt` holds what each block prints and a hash of each figure. A
strict build whose run differs fails, naming page, block and line and showing the diff; `mkdocs
serve` reports the difference and keeps serving.
"""

from __future__ import annotations

import re
import socket
import subprocess
import time
import urllib.request

from conftest import LESSONS, MKDOCS, ROOT, build_env, fence

from coursebuild import record
from coursebuild.execute import run_lesson
from coursebuild.lessons import parse_page


def test_every_lesson_has_a_record_of_every_block():
    for lesson in LESSONS:
        outputs = record.recorded_outputs(lesson)
        assert list(outputs) == lesson.snippet_files, (
            f"{record.path(lesson).relative_to(ROOT)} does not list the page's blocks in order: run `make accept`"
        )
    folders = {p.parent.name for p in (ROOT / "snippets").glob(f"*/{record.FILE_NAME}")}
    assert folders == {lesson.slug for lesson in LESSONS}, "a record without a lesson"


def test_the_record_was_accepted_on_the_reference_platform():
    for lesson in LESSONS:
        text = record.path(lesson).read_text(encoding="utf-8")
        match = record.PLATFORM.search(text)
        assert match and match.group("platform") == record.REFERENCE_PLATFORM, lesson.slug


def recorded_project(project, code: str):
    """A one-block page whose record is accepted from `code`; the build compares with it."""
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text().replace("output_record: false", "output_record: true"))
    page = "# One\n\nThe value is below.\n\n" + fence("one", "01_value.py") + "\n![A line](figures/one/line.svg)\n"
    project.page("one", page)
    project.snippet("one", "01_value.py", code)
    lesson = parse_page("one.md", root=project.root)
    result = run_lesson(lesson, use_cache=False)
    assert result.error is None, result.error
    record.write(lesson, result)
    return project


PLOT = "import matplotlib.pyplot as plt\nfig, ax = plt.subplots(num='line')\nax.plot([0, 1], [0, {top}])\n"


def test_a_changed_output_fails_the_build_with_the_diff_named(project):
    recorded_project(project, "print('slope 1.25')\nprint('done')\n" + PLOT.format(top=1))
    assert project.build().returncode == 0
    project.snippet("one", "01_value.py", "print('slope 1.5')\nprint('done')\n" + PLOT.format(top=1))
    result = project.build()
    assert result.returncode != 0
    out = result.stdout
    assert "docs/one.md: block snippets/one/01_value.py, output line 1" in out
    assert "-| slope 1.25" in out and "+| slope 1.5" in out
    assert "make accept" in out and "snippets/one/output-record.txt" in out
    assert not (project.root / "site" / "one" / "index.html").exists()


def test_a_changed_figure_fails_the_build_naming_it(project):
    recorded_project(project, "print('a line')\n" + PLOT.format(top=1))
    project.snippet("one", "01_value.py", "print('a line')\n" + PLOT.format(top=2))
    result = project.build()
    assert result.returncode != 0
    assert "block snippets/one/01_value.py, figure line.svg differs" in result.stdout


def test_a_lesson_without_a_record_fails_the_build(project):
    recorded_project(project, "print('hello')\n" + PLOT.format(top=1))
    record.path(parse_page("one.md", root=project.root)).unlink()
    result = project.build()
    assert result.returncode != 0
    assert "docs/one.md: no output record snippets/one/output-record.txt" in result.stdout


def test_another_platform_is_reported_not_failed(project, monkeypatch):
    recorded_project(project, "print('slope 1.25')\n" + PLOT.format(top=1))
    lesson = parse_page("one.md", root=project.root)
    project.snippet("one", "01_value.py", "print('slope 1.5')\n" + PLOT.format(top=1))
    result = run_lesson(parse_page("one.md", root=project.root), use_cache=False)
    monkeypatch.setattr(record, "this_platform", lambda: "Darwin arm64")
    difference = record.check(lesson, result)
    assert difference is not None and difference.other_platform
    assert "may be a platform difference rather than a stale output" in str(difference)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_reports_a_difference_and_keeps_serving(project):
    recorded_project(project, "print('slope 1.25')\n" + PLOT.format(top=1))
    project.snippet("one", "01_value.py", "print('slope 1.5')\n" + PLOT.format(top=1))
    port = free_port()
    log = project.root / "serve.log"
    with open(log, "w") as out:
        server = subprocess.Popen(
            [*MKDOCS, "serve", "--no-livereload", "-a", f"127.0.0.1:{port}"],
            cwd=project.root,
            env=build_env(COURSE_NO_CACHE="1", PYTHONUNBUFFERED="1"),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 120
        page = None
        while time.monotonic() < deadline and page is None:
            time.sleep(0.5)
            assert server.poll() is None, log.read_text()
            if "Serving on" in log.read_text():
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/one/", timeout=10) as response:
                    page = response.read().decode()
        assert page is not None, log.read_text()
        assert "slope 1.5" in page  # the author sees what the code prints now
        text = log.read_text()
        assert "OUTPUT RECORD DIFFERS" in text and "+| slope 1.5" in text
        assert not re.search(r"Aborted|Error:", text), text
    finally:
        server.terminate()
        server.wait(10)
