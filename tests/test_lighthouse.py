"""Fast on a student's phone: Lighthouse 12 (pinned in package-lock.json), mobile defaults, on
the built site served gzip-compressed, median of 3 runs, for the heaviest lesson and its
notebook view. `make test` runs it last and alone (`-m lighthouse`, on the site the rest of the
suite built), so that no other test competes for the CPU while it measures; `make
lighthouse-gate` runs it by itself, `make lighthouse` measures every page. On a host slower than
the one Lighthouse's 4x CPU slowdown assumes, the slowdown is calibrated (scripts/lighthouse.py).
"""

from __future__ import annotations

import shutil
import sys

import pytest
from conftest import LESSONS, ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import lighthouse  # scripts/lighthouse.py, also `make lighthouse`

no_chromium = pytest.mark.skipif(shutil.which("chromium") is None, reason="no Debian Chromium: run `make browser`")


def heaviest(site) -> str:
    return max(LESSONS, key=lambda lesson: (site / lesson.slug / "index.html").stat().st_size).slug


@pytest.mark.lighthouse
@no_chromium
def test_the_heaviest_lesson_and_its_notebook_view_pass_the_gate(site):
    assert (site / "index.html").is_file(), f"no site in {site}: the gate measures the one the suite built"
    slug = heaviest(site)
    results = lighthouse.measure(site, [f"{slug}/", f"notebooks/{slug}/"], runs=3)
    table = lighthouse.table(results)
    (ROOT / "build").mkdir(exist_ok=True)
    (ROOT / "build" / "lighthouse-suite.md").write_text(table, encoding="utf-8")
    problems = lighthouse.failures(results)
    assert not problems, "\n".join(problems) + "\n\n" + table


def test_a_slower_host_gets_a_calibrated_slowdown_and_a_faster_one_the_default(monkeypatch, tmp_path):
    """Lighthouse's 4x assumes a host of benchmarkIndex 1500-2000: a host half as fast emulates the
    same phone at 2x; at or above 1500 the run stands at the default; never below 1x."""
    assert lighthouse.calibrated(1500) == 4.0
    assert lighthouse.calibrated(1100) == 2.9
    assert lighthouse.calibrated(750) == 2.0
    assert lighthouse.calibrated(200) == 1.0
    runs = []

    def fake(benchmark):
        def run_once(url, keep=None, slowdown=None):
            runs.append(slowdown)
            return {"benchmark": benchmark, "tbt": 0}

        return run_once

    monkeypatch.setattr(lighthouse, "run_once", fake(2750))
    assert lighthouse.sample("http://x/")["slowdown"] == 4.0 and runs == [None]
    runs.clear()
    monkeypatch.setattr(lighthouse, "run_once", fake(1100))
    assert lighthouse.sample("http://x/")["slowdown"] == 2.9 and runs == [None, 2.9]
    runs.clear()
    assert lighthouse.sample("http://x/", slowdown=8)["slowdown"] == 8 and runs == [8]  # asked for: kept
    runs.clear()  # a measurement calibrates once, then runs straight at that slowdown
    monkeypatch.setattr(lighthouse, "run_once", fake(1100))
    measured = lighthouse.measure(tmp_path, ["a/", "b/"], runs=3)
    assert runs == [None, 2.9, 2.9, 2.9, 2.9, 2.9, 2.9] and measured["b/"]["slowdown"] == 2.9
