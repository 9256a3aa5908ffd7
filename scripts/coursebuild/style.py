"""The one matplotlib style of every figure on the site, and deterministic SVG output.

Figures have a white background so that they read the same in the light and
the dark palette (the site's CSS frames them as cards in dark mode). The SVG
writer is made deterministic: fixed hash salt for ids, no date metadata, text
kept as text (smaller files, crisp at every zoom).
"""

from __future__ import annotations

import io

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


def to_svg(fig) -> str:
    """The figure as deterministic SVG text (no date, no random ids)."""
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    return buffer.getvalue()
