"""Under `mkdocs serve`, a problem is shown in place on its page and the site keeps serving.

A real `mkdocs serve` on a free local port: each way a block can break (it raises, it runs past
its time limit, its snippet file is missing, it draws a figure the page does not show, the page
shows a figure no block draws) puts a marked box at that block, naming the snippet file (and line);
the rest of the page and the site stay readable; the save that fixes it brings the page back.
"""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import MKDOCS, build_env, fence

PLOT = "import matplotlib.pyplot as plt\nfig, ax = plt.subplots(num='{name}')\nax.plot([0, 1])\nprint('drawn')\n"
GOOD = "print('value', 6 * 7)\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, root: Path):
        self.port, self.log = free_port(), root / "serve.log"
        with open(self.log, "w") as out:
            self.process = subprocess.Popen(
                [*MKDOCS, "serve", "-a", f"127.0.0.1:{self.port}"],
                cwd=root,
                env=build_env(COURSE_NO_CACHE="1", PYTHONUNBUFFERED="1"),
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def get(self, path: str) -> str | None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/{path}", timeout=10) as response:
                return response.read().decode()
        except OSError:
            return None

    def wait_for(self, path: str, predicate, what: str, seconds: float = 90) -> BeautifulSoup:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"mkdocs serve stopped:\n{self.log.read_text()[-3000:]}"
            html = self.get(path)
            if html is not None and predicate(page := BeautifulSoup(html, "html.parser")):
                return page
            time.sleep(0.5)
        pytest.fail(f"{what}: not seen on /{path} within {seconds} s\n{self.log.read_text()[-3000:]}")

    def stop(self):
        self.process.terminate()
        self.process.wait(10)


def boxes(page: BeautifulSoup) -> list[str]:
    return [box.get_text(" ", strip=True) for box in page.select(".course-error")]


@pytest.fixture
def served(project):
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text() + "watch:\n  - snippets\n")
    project.page("other", "# Other\n\nA page without code.\n")
    server = Server(project.root)
    yield project, server
    server.stop()


def healthy(page: BeautifulSoup) -> bool:
    return not boxes(page) and "value 42" in page.get_text()


BREAKS = {
    "raises": (
        lambda p: p.snippet("s", "02_b.py", "def f(y):\n    return 1 / y\n\nprint(f(0))\n"),
        ["snippets/s/02_b.py, line 2 raised ZeroDivisionError", 'File "snippets/s/02_b.py", line 4'],
    ),
    "times out": (
        lambda p: p.snippet("s", "02_b.py", "import time\nprint('waiting')\ntime.sleep(60)\n"),
        ["snippets/s/02_b.py ran longer than its limit of 3 s"],
    ),
    "misses its file": (
        lambda p: p.page("s", PAGE.replace("02_b.py", "02_gone.py")),
        ["no snippet file snippets/s/02_gone.py"],
    ),
    "draws a figure it does not show": (
        lambda p: p.snippet("s", "02_b.py", GOOD + PLOT.format(name="extra")),
        ["draws a figure that the page does not show", "figures/s/extra.svg"],
    ),
    "shows a figure no block draws": (
        lambda p: p.page("s", PAGE.replace("figures/s/line.svg", "figures/s/absent.svg")),
        ["Figure figures/s/absent.svg is shown here, but no block of this page draws it"],
    ),
}
PAGE = (
    "---\nexec_timeout: 3\n---\n# S\n\nFirst block.\n\n"
    + fence("s", "01_a.py")
    + "\nSecond block.\n\n"
    + fence("s", "02_b.py")
    + "\n![A line](figures/s/line.svg)\n"
)


def test_each_break_is_shown_in_place_and_its_fix_brings_the_page_back(served):
    project, server = served
    project.snippet("s", "01_a.py", PLOT.format(name="line"))
    project.snippet("s", "02_b.py", GOOD)
    project.page("s", PAGE)
    server.wait_for("s/", healthy, "the healthy page")
    for what, (breaks, expected) in BREAKS.items():
        breaks(project)
        page = server.wait_for("s/", lambda page: bool(boxes(page)), f"an error box when a block {what}")
        found = " ".join(boxes(page))
        for text in expected:
            assert text in found, f"when a block {what}, the box says:\n{found}"
        if what != "shows a figure no block draws":  # the first block's figure is still there
            assert page.select_one('img[src*="figures/s/line.svg"]') is not None, what
        assert "drawn" in page.get_text(), f"when a block {what}, the first block's output is gone"
        other = server.get("other/")
        assert other is not None and "A page without code" in other, "the rest of the site is unreadable"
        project.snippet("s", "02_b.py", GOOD)
        project.page("s", PAGE)
        server.wait_for("s/", healthy, f"the page back after fixing a block that {what}")
    assert "Aborted with" not in server.log.read_text()
