"""Figures at home in both palettes: every figure of every lesson exists as a light and a dark
drawing from the same run (only colours differ), and in each the text keeps a contrast of at
least 4.5:1 and lines and markers at least 3:1 against the page behind it (WCAG 1.4.3, 1.4.11).

The colours are read from the SVG itself (each element's fill or stroke, painted with its own
opacity over the page); grid lines are decoration and exempt. The browser tests check that each
palette shows its own variant.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from conftest import LESSONS

from coursebuild import style

SVG = "{http://www.w3.org/2000/svg}"


def hex_rgb(value: str) -> tuple[float, float, float]:
    value = value.strip().lstrip("#")
    return tuple(int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))


def declarations(element) -> dict[str, str]:
    return dict(
        (k.strip(), v.strip()) for k, _, v in (d.partition(":") for d in element.get("style", "").split(";")) if v
    )


def colours(svg_text: str):
    """(kind, colour as seen over nothing yet: (r, g, b, alpha)) of every text and stroke, grid excluded."""
    root = ET.fromstring(svg_text)
    found = []

    def walk(element, in_grid: bool):
        in_grid = in_grid or (element.get("id") or "").startswith(style.GRID_GID)
        css = declarations(element)
        if element.tag == f"{SVG}text" and css.get("fill", "").startswith("#"):
            found.append(("text", (*hex_rgb(css["fill"]), float(css.get("fill-opacity", 1)))))
        elif not in_grid and css.get("stroke", "").startswith("#") and float(css.get("stroke-width", 1)) > 0:
            found.append(("line", (*hex_rgb(css["stroke"]), float(css.get("stroke-opacity", 1)))))
        for child in element:
            walk(child, in_grid)

    walk(root, False)
    return found


def figure_files(site) -> list:
    return sorted((site / "figures").rglob("*.svg"))


def test_every_figure_has_a_light_and_a_dark_drawing(site):
    files = figure_files(site)
    light = {f for f in files if not f.name.endswith(f"{style.DARK_SUFFIX}.svg")}
    assert len(light) >= 2 * len(LESSONS), "fewer figures than expected"
    for f in light:
        dark = f.with_name(f.name.removesuffix(".svg") + f"{style.DARK_SUFFIX}.svg")
        assert dark.is_file(), f"{f.relative_to(site)} has no dark variant"
        strip = re.compile(r"#[0-9a-fA-F]{6}|(?:fill|stroke)-opacity: [\d.]+;?|id=\"[^\"]*\"|xlink:href=\"[^\"]*\"")
        assert strip.sub("", f.read_text()).count("<path") == strip.sub("", dark.read_text()).count("<path"), (
            f"{f.relative_to(site)}: the dark variant draws other things than the light one"
        )


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_figure_colours_keep_their_contrast_on_the_page(site, palette):
    page = hex_rgb(style.BACKGROUND[palette])
    problems = []
    for f in figure_files(site):
        if f.name.endswith(f"{style.DARK_SUFFIX}.svg") != (palette == "dark"):
            continue
        text = f.read_text(encoding="utf-8")
        if palette == "dark":  # its background is the page's own: nothing opaque behind the axes
            patch = re.search(r'<g id="patch_1">\s*<path[^>]*style="([^"]*)"', text)
            assert patch is None or "fill: none" in patch.group(1) or "fill-opacity: 0" in patch.group(1), f.name
        for kind, (r, g, b, a) in colours(text):
            seen = style.composite((r, g, b, a), page)
            ratio = style.contrast(seen, page)
            if ratio < style.MIN_CONTRAST[kind]:
                problems.append(
                    f"{f.relative_to(site)}: {kind} {r * 255:.0f},{g * 255:.0f},{b * 255:.0f}"
                    f" (alpha {a}) has contrast {ratio:.2f}"
                )
    assert not problems, "\n".join(sorted(set(problems))[:40])


def test_a_last_bit_difference_in_the_data_leaves_the_svg_unchanged():
    """matplotlib names clip paths and markers by a hash of their coordinates' full repr: another
    CPU's round-off (numpy's AVX-512 paths, say) renamed them even where every drawn number was the
    same. The written SVG must depend only on what it draws."""
    import math

    import matplotlib.pyplot as plt

    style.apply()

    def drawn(width: float) -> str:
        fig, ax = plt.subplots(figsize=(width, 2.0))  # the axes' clip box moves in its last bits
        ax.plot([1.0, 2.0, 3.0], [1.0, 4.0, 9.0], "o-")
        light, dark = style.to_svgs(fig)
        plt.close(fig)
        return light + dark

    one, other = drawn(3.0), drawn(math.nextafter(3.0, 4.0))
    assert one == other
    assert 'clip-path="url(#p1)"' in one and 'xlink:href="#m1"' in one  # renamed, references too
