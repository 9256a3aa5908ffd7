"""The one matplotlib style of every figure on the site, and deterministic SVG output.

Every figure is written for both palettes from the same figure object (`to_svgs`):
on white for the light palette, transparent over the dark page for the dark one,
with only its colours changed for contrast on each (`palette_color`). The SVG
writer is made deterministic: ids numbered in order (`stable_ids`), no date metadata, text
kept as text (smaller files, crisp at every zoom).
"""

from __future__ import annotations

import io
import re

STYLE = {
    "figure.figsize": (6.4, 4.0),
    "figure.dpi": 100,
    "figure.facecolor": "white",
    "figure.autolayout": True,
    "savefig.facecolor": "white",
    "savefig.bbox": "tight",
    "savefig.pad_inches": 0.1,
    "axes.facecolor": "white",
    "axes.edgecolor": "#444444",
    "axes.labelcolor": "#222222",
    "axes.titlesize": 12,
    "axes.labelsize": 11,
    "axes.grid": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "lines.linewidth": 2.0,
    "font.size": 11,
    "legend.fontsize": 10,
    "legend.frameon": False,
    "xtick.color": "#333333",
    "ytick.color": "#333333",
    "text.color": "#222222",
    "svg.fonttype": "none",
    "svg.hashsalt": "calculus-for-deep-learning",
}

COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
"""Colour-blind-safe cycle (Okabe–Ito), dark enough on white."""


def apply() -> None:
    """Use the Agg backend and the course style in this process."""
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams.update(STYLE)
    matplotlib.rcParams["axes.prop_cycle"] = matplotlib.cycler(color=COLORS)


MATPLOTLIB_ID = re.compile(r'\bid="([mp][0-9a-f]{10})"')
"""Marker (m…) and clip-path (p…) ids: matplotlib names them by a hash of their coordinates' full
float repr, so a last-bit difference (numpy's AVX-512 code paths, say) renames them even where every
printed coordinate is the same."""


def stable_ids(svg: str) -> str:
    """`svg` with matplotlib's hashed ids renamed in order of appearance (m1, m2, …, p1, …)."""
    names: dict[str, str] = {}
    counts = {"m": 0, "p": 0}
    for old in MATPLOTLIB_ID.findall(svg):
        if old not in names:
            counts[old[0]] += 1
            names[old] = f"{old[0]}{counts[old[0]]}"
    if not names:
        return svg
    return re.sub(r"\b[mp][0-9a-f]{10}\b", lambda m: names.get(m[0], m[0]), svg)


# Both palettes from the same run: the figure object is written twice, each time with its colours
# made to read on that palette's page (WCAG 1.4.3 for text, 1.4.11 for lines and markers).
DARK_SUFFIX = ".dark"
"""figures/<lesson>/<name>.dark.svg is the dark-palette variant of figures/<lesson>/<name>.svg."""
BACKGROUND = {"light": "#ffffff", "dark": "#1e2129"}
"""The page behind the figure: white, and Material's slate background hsl(225°, 15%, 14%)."""
MIN_CONTRAST = {"text": 4.5, "line": 3.0}
GRID_GID = "course-grid"
"""Grid lines (decoration, exempt from the contrast rule) carry this id prefix in the SVG."""


def luminance(rgb) -> float:
    """WCAG relative luminance of an (r, g, b) in 0..1."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def composite(rgba, background) -> tuple[float, float, float]:
    """The colour seen when `rgba` (with its alpha) is painted over `background`."""
    r, g, b, a = rgba
    return tuple(a * c + (1 - a) * bg for c, bg in zip((r, g, b), background, strict=True))


def palette_color(rgba, role: str, palette: str):
    """`rgba` made to read on `palette`'s page in `role` ("text", "line", "fill", "grid"), keeping
    its hue and saturation (and so its meaning). On the dark page greys invert their lightness
    (black text becomes near white, a light grid dark grey), white fills become the page; then the
    lightness moves (up on the dark page, down on the light one) until the colour, painted with its
    own alpha over the page, has the contrast its role needs. Translucent fills are shading: kept."""
    import colorsys

    from matplotlib.colors import to_rgb, to_rgba

    r, g, b, a = to_rgba(rgba)
    if a == 0:
        return (r, g, b, a)
    page = to_rgb(BACKGROUND[palette])
    hue, light, sat = colorsys.rgb_to_hls(r, g, b)
    if palette == "dark":
        if role == "fill" and light > 0.97:
            return (*page, a)
        if sat < 0.15:
            light = 1.0 - light
            if role == "grid":
                light = min(max(light, 0.28), 0.32)
    if role == "grid" or (role == "fill" and a < 1):
        return (*colorsys.hls_to_rgb(hue, light, sat), a)
    target = MIN_CONTRAST["text" if role == "text" else "line"] * 1.1  # a margin over the minimum
    step = 0.01 if palette == "dark" else -0.01
    while 0.0 < light < 1.0:
        seen = composite((*colorsys.hls_to_rgb(hue, light, sat), a), page)
        if contrast(seen, page) >= target:
            break
        light = min(1.0, max(0.0, light + step))
    if contrast(composite((*colorsys.hls_to_rgb(hue, light, sat), a), page), page) < target:
        a = 1.0  # too translucent to ever read: paint it solid
    return (*colorsys.hls_to_rgb(hue, light, sat), a)


def recolor(fig, palette: str) -> None:
    """Recolour `fig` in place for `palette`: backgrounds, text, lines, markers, patches."""
    from matplotlib.collections import Collection
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.text import Text

    if palette == "light":  # lay the figure out now: that makes its ticks (and their grid lines) too
        engine = fig.get_layout_engine()
        if engine is not None and not any(ax.get_axes_locator() for ax in fig.axes):
            for ax in fig.axes:  # what a draw does before its layout (axes placed by a locator: a draw)
                ax.apply_aspect()
            engine.execute(fig)  # measures every artist, draws none
        else:
            fig.draw_without_rendering()
    backgrounds = {fig.patch, *(ax.patch for ax in fig.axes)}
    if palette == "dark":
        for patch in backgrounds:
            patch.set_alpha(0.0)  # transparent: the page's own background shows through
    grid = set()
    for n, ax in enumerate(fig.axes):
        for k, line in enumerate(ax.get_xgridlines() + ax.get_ygridlines()):
            line.set_gid(f"{GRID_GID}-{n}-{k}")
            grid.add(line)

    def fix(color, role):
        return palette_color(color, role, palette)

    def fix_with_alpha(artist, color, role):
        """The artist's own alpha (set with alpha=...) counts as the colour's: fix both together."""
        from matplotlib.colors import to_rgba

        alpha = artist.get_alpha()
        fixed = fix(to_rgba(color, alpha) if alpha is not None else color, role)
        if alpha is not None:
            artist.set_alpha(fixed[3])
        return fixed

    for artist in fig.findobj():
        if artist in backgrounds:
            continue
        if isinstance(artist, Text):
            artist.set_color(fix(artist.get_color(), "text"))
            arrow = getattr(artist, "arrow_patch", None)  # an annotation's arrow
            if arrow is not None:
                arrow.set_edgecolor(fix(arrow.get_edgecolor(), "line"))
                arrow.set_facecolor(fix(arrow.get_facecolor(), "line"))
            box = artist.get_bbox_patch()
            if box is not None:
                box.set_facecolor(fix(box.get_facecolor(), "fill"))
                box.set_edgecolor(fix(box.get_edgecolor(), "line"))
        elif isinstance(artist, Line2D):
            role = "grid" if artist in grid else "line"
            artist.set_color(fix_with_alpha(artist, artist.get_color(), role))
            for part in ("markerfacecolor", "markeredgecolor"):
                color = getattr(artist, f"get_{part}")()
                if not (isinstance(color, str) and color == "none"):
                    getattr(artist, f"set_{part}")(fix_with_alpha(artist, color, role))
        elif isinstance(artist, Patch):
            if artist.get_facecolor()[3] > 0 and artist.get_fill():
                artist.set_facecolor(fix(artist.get_facecolor(), "fill"))
            if artist.get_edgecolor()[3] > 0 and artist.get_linewidth() > 0:
                artist.set_edgecolor(fix(artist.get_edgecolor(), "line"))
        elif isinstance(artist, Collection):
            _recolor_collection(artist, fix)


def _recolor_collection(artist, fix) -> None:
    """Colour-mapped lines (contours) keep their colormap's order and hues, each colour fixed for a
    line; filled colour-mapped areas (images, contourf) keep their colormap; the rest as artists."""
    from matplotlib.colors import ListedColormap

    face, edge = artist.get_facecolor(), artist.get_edgecolor()
    line_like = len(edge) and (not len(face) or all(c[3] == 0 for c in face))
    if artist.get_array() is not None and artist.get_cmap() is not None:
        if line_like:
            cmap = artist.get_cmap()
            artist.set_cmap(ListedColormap([fix(cmap(i / 255), "line") for i in range(256)], name=f"{cmap.name}-fixed"))
        return
    translucent = len(face) and all(0 < c[3] < 1 for c in face)
    if translucent and len(edge) and all(c[3] < 1 for c in edge):
        artist.set_edgecolor("none")  # a translucent cloud or band is shading: no outline to read
        edge = []
    if len(face) and not all(c[3] == 0 for c in face):
        artist.set_facecolor([fix(c, "fill" if len(edge) or translucent else "line") for c in face])
    if len(edge):
        artist.set_edgecolor([fix(c, "line") for c in edge])


SVG_TAG = re.compile(r"<(/?)(\w+)([^>]*?)(/?)>")
STYLE_ATTR = re.compile(r'style="([^"]*)"')


def dark_from_light(svg: str) -> str:
    """The dark variant, from the light SVG's text: every colour of every element's style recoloured
    for the dark page by its role (text fill, stroke, grid stroke, area fill), with its own opacity;
    opaque white backgrounds become transparent. Nothing else changes, so nothing moves, and no
    second rendering is needed."""
    from matplotlib.colors import to_hex

    out, last, grid_depth, depth = [], 0, None, 0

    def recolour(css: str, tag: str, in_grid: bool) -> str:
        props = dict(p.split(":", 1) for p in css.split(";") if ":" in p)
        props = {k.strip(): v.strip() for k, v in props.items()}
        for key, opacity in (("fill", "fill-opacity"), ("stroke", "stroke-opacity")):
            value = props.get(key, "")
            if not value.startswith("#"):
                continue
            alpha = float(props.get(opacity, 1))
            if key == "fill" and tag != "text" and value.lower() == "#ffffff" and alpha == 1:
                props[key] = "none"  # a background: the dark page shows through
                continue
            role = "text" if tag == "text" else ("grid" if in_grid else "line") if key == "stroke" else "fill"
            r, g, b = (int(value[i : i + 2], 16) / 255 for i in (1, 3, 5))
            fixed = palette_color((r, g, b, alpha), role, "dark")
            props[key] = to_hex(fixed[:3])
            if fixed[3] != alpha:
                props[opacity] = f"{fixed[3]:g}"
        return "; ".join(f"{k}: {v}" for k, v in props.items())

    for match in SVG_TAG.finditer(svg):
        closing, tag, attrs, self_closing = match.groups()
        if closing:
            depth -= 1
            if grid_depth is not None and depth < grid_depth:
                grid_depth = None
            continue
        if tag == "g" and f'id="{GRID_GID}' in attrs and grid_depth is None:
            grid_depth = depth + 1
        style_match = STYLE_ATTR.search(attrs)
        if style_match:
            start = match.start(3) + style_match.start(1)
            end = match.start(3) + style_match.end(1)
            out.append(svg[last:start])
            out.append(recolour(style_match.group(1), tag, grid_depth is not None))
            last = end
        if not self_closing:
            depth += 1
    out.append(svg[last:])
    return "".join(out)


def to_svgs(fig) -> tuple[str, str]:
    """The light and the dark variant of `fig`, as deterministic SVG: the same data and computations,
    only colours differ (the dark one is recoloured from the light one's text: one rendering).
    Recolours `fig` in place for the light page."""
    import matplotlib
    from matplotlib.transforms import Bbox

    recolor(fig, "light")  # lays the figure out once (autolayout) ...
    with matplotlib.rc_context({"figure.autolayout": False, "figure.constrained_layout.use": False}):
        # ... and keeps that layout with no engine at all: `savefig` then draws once (with the engine
        # merely set to "none" it draws twice: once more to lay out with a placeholder that does nothing)
        fig.set_layout_engine(None)
    pad = STYLE["savefig.pad_inches"]
    tight = fig.get_tightbbox()  # measured once: `bbox_inches="tight"` would render twice
    box = Bbox.from_extents(tight.x0 - pad, tight.y0 - pad, tight.x1 + pad, tight.y1 + pad)
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches=box)
    light = stable_ids(buffer.getvalue())
    return light, dark_from_light(light)
