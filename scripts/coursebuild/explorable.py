"""Explorable figures: a slider whose every position shows a figure drawn from its own real run.

A snippet draws frame k of the explorable `<name>` as a figure labelled `"<name>@<k>"` (k = 0, 1, …)
and tells the page about it on the figure object:

    fig.explorable = {"value": "η = 0.9", "alt": "alt text of this frame", "default": True}

It closes every frame but the representative one (`"default": True`): the engine keeps the frames
a snippet closes, so the page gets them all while a notebook shows one figure. The page places it
like any figure, with the slider's label as the image title:

    ![What the explorable shows](figures/<lesson>/<name>.svg "Step size η")

The build replaces that by a <figure> holding the default frame (both palettes: it is what a
reader without JavaScript sees), a labelled range input, and the list of frames, which
javascripts/explorable.js swaps in as the slider moves; frames load only when shown. Every frame
is an ordinary figure for the engine: both palettes, deterministic SVG, the output record, the
environment matrix.
"""

from __future__ import annotations

import html
import json
import re

from coursebuild import pageweight, style

FRAME = "@"
REF = re.compile(
    r"^(?P<indent>[ \t]*)!\[(?P<alt>[^\]]*)\]"  # ![alt]
    r'\((?P<base>figures/[^)\s/]+/(?P<name>[^)\s/@]+))\.svg\s+"(?P<label>[^"]+)"\)\s*$',  # (figures/…svg "label")
    re.M,
)


def frames_of(result, name: str) -> list[tuple[str, dict]]:
    """[(frame name, metadata)] of explorable `name`, in slider order."""
    found = [(n, meta) for n, meta in result.frames.items() if n.split(FRAME)[0] == name]
    return sorted(found, key=lambda item: int(item[0].split(FRAME)[1]))


def default_index(frames: list[tuple[str, dict]]) -> int:
    """The representative frame: the one the snippet marks `"default": True`, else the middle one.
    The page shows it first (and alone without JavaScript); a notebook shows only it."""
    return next((k for k, (_, meta) in enumerate(frames) if meta.get("default")), len(frames) // 2)


def count(result) -> int:
    return len(result.frames)


def render(markdown: str, result, prefix: str) -> str:
    """Replace each explorable's image reference by its figure, slider and frame list.
    `prefix` leads from the page's URL to the site root ("../" for a lesson)."""

    def one(match: re.Match) -> str:
        name, base = match.group("name"), match.group("base")
        frames = frames_of(result, name)
        if not frames:
            return match.group(0)
        folder = base.rsplit("/", 1)[0]
        data = [
            {
                "light": f"{prefix}{folder}/{n}.svg#only-light",
                "dark": f"{prefix}{folder}/{n}{style.DARK_SUFFIX}.svg#only-dark",
                "alt": meta["alt"],
                "value": meta["value"],
            }
            for n, meta in frames
        ]
        default = default_index(frames)
        shown = data[default]
        size = pageweight.size_attributes(result.figures.get(frames[default][0], ""))
        ident = f"explorable-{result.slug}-{name}"
        label = html.escape(match.group("label"))
        alt = html.escape(shown["alt"], quote=True)
        parts = [
            f'<figure class="course-explorable" id="{ident}" data-frame="{default}" '
            f'data-frames="{html.escape(json.dumps(data), quote=True)}">',
            f'<img class="course-explorable__frame" src="{shown["light"]}" alt="{alt}"{size} decoding="async" />',
            f'<img class="course-explorable__frame" src="{shown["dark"]}" alt="{alt}"{size} decoding="async" />',
            f'<div class="course-explorable__control" hidden><label for="{ident}-slider">{label}: '
            f'<output id="{ident}-value" for="{ident}-slider">{html.escape(shown["value"])}</output></label>'
            f'<input type="range" id="{ident}-slider" min="0" max="{len(frames) - 1}" step="1" '
            f'value="{default}" aria-valuetext="{html.escape(shown["value"], quote=True)}" /></div>',
            f'<figcaption>{html.escape(match.group("alt"))} <span class="course-explorable__note">Move the '
            f"slider: each of its {len(frames)} positions is a figure drawn from its own run of the code above."
            "</span></figcaption>",
            "</figure>",
        ]
        return "\n" + "\n".join(match.group("indent") + part for part in parts) + "\n"

    return REF.sub(one, markdown)
