"""Fast on a student's phone: Lighthouse 12 (pinned in package-lock.json), mobile defaults, on
the built site served gzip-compressed, median of 3 runs, for the heaviest lesson and its
notebook view. It runs alone (`make lighthouse-gate`, after `make test` has built the site), so
that no other test competes for the CPU while it measures; `make lighthouse` measures every page.
Not part of `make test` yet: the heaviest pages pass it only while the machine is quiet (see the README).
"""

from __future__ import annotations

import shutil
import sys

import pytest
from conftest import LESSONS, ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import lighthouse  # scripts/lighthouse.py, also `make lighthouse`

pytestmark = [
    pytest.mark.lighthouse,
    pytest.mark.skipif(shutil.which("chromium") is None, reason="no Debian Chromium: run `make browser`"),
]


def heaviest(site) -> str:
    return max(LESSONS, key=lambda lesson: (site / lesson.slug / "index.html").stat().st_size).slug


def test_the_heaviest_lesson_and_its_notebook_view_pass_the_gate(site):
    slug = heaviest(site)
    results = lighthouse.measure(site, [f"{slug}/", f"notebooks/{slug}/"], runs=3)
    table = lighthouse.table(results)
    (ROOT / "build").mkdir(exist_ok=True)
    (ROOT / "build" / "lighthouse-suite.md").write_text(table, encoding="utf-8")
    problems = lighthouse.failures(results)
    assert not problems, "\n".join(problems) + "\n\n" + table
