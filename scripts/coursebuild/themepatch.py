"""The theme's assets as the site ships them: Material's bundle made cheaper to start, no source maps.

Material (mkdocs-material, pinned in requirements.txt) starts by restyling the whole page several
times over, for nothing (measured by tracing Chromium on the derivatives lesson, the heaviest page):

- Instant navigation rewrites every relative `href` and `src` of the page to an absolute URL by
  assigning it to itself. On a stylesheet `<link>` that assignment reloads the stylesheet: every
  rule set is rebuilt, every element restyled, every font and every icon fetched again.
- The palette appends a new `<meta name="color-scheme">` and then sets its content. The browser
  restyles the whole document at each change of that element, even to the same value.
- The palette marks `<body>` as "switching" (a rule that turns transitions off for every element)
  when it starts, not only when the reader switches palettes: two more whole-page restyles.

On the derivatives lesson (the heaviest page), traced in Chromium with invalidation tracking (which
slows everything down), the bundle's start took 358 ms with them and 135 ms without; on a CPU
throttled 4x, the page's blocking time went from about 1.2 s to 0.5-0.9 s. The edits below keep
every behaviour and remove only the repeated work: stylesheets are left as they are, and instant
navigation recognises a stylesheet the next page links too by the address it was loaded from
(relative addresses no longer resolve once the address bar shows the next page); the palette reuses
the page's own `color-scheme` meta (scripts/theme/main.html) and writes it only when the value
changes; it marks "switching" only when the colours really change.

Each edit names the exact text it replaces in Material's minified bundle. If an upgrade of Material
changes that text, the build fails and says which edit to redo: nothing is edited by guesswork.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Edit:
    why: str
    old: str
    new: str


BUNDLE_EDITS = (
    Edit(
        "instant navigation leaves stylesheet links alone (assigning their href reloads them)",
        'for(let t of M("[href], [src]",e))',
        'for(let t of M(":not(link[rel=stylesheet])[href], [src]",e))',
    ),
    Edit(
        "instant navigation keeps a stylesheet the next page links too, known by the address it was loaded "
        "from (its relative href no longer resolves once the address bar shows the next page), and keeps "
        "the one color-scheme meta",
        'for(let r of M(":scope > *",e.head))t.set(r.outerHTML,r);',
        'for(let r of M(":scope > *",e.head))t.set(r.matches("link[rel=stylesheet]")'
        '?"stylesheet "+(r.sheet?r.sheet.href:r.href)'
        ':r.matches("meta[name=color-scheme]")?"color-scheme":r.outerHTML,r);',
    ),
    Edit(
        "the palette reuses the page's color-scheme meta instead of appending a new one",
        'let o=x("meta",{name:"color-scheme"});document.head.appendChild(o);',
        'let o=document.querySelector("meta[name=color-scheme]");'
        'o||(o=x("meta",{name:"color-scheme"}),document.head.appendChild(o));',
    ),
    Edit(
        "the palette writes the color-scheme meta only when its value changes",
        "return o.content=a.colorScheme,",
        "return o.content!==a.colorScheme&&(o.content=a.colorScheme),",
    ),
    Edit(
        "transitions are turned off only when the colours really change, not when the palette starts",
        'if(document.body.setAttribute("data-md-color-switching",""),',
        'if(["scheme","primary","accent"].some(a=>document.body.getAttribute("data-md-color-"+a)!==s.color[a])'
        '&&document.body.setAttribute("data-md-color-switching",""),',
    ),
)

SOURCE_MAP_COMMENT = re.compile(r"\n?//# sourceMappingURL=\S+\s*$")


class ThemeChanged(Exception):
    """Material's bundle no longer holds the text an edit replaces."""


def patch_bundle(text: str, name: str = "bundle") -> str:
    for edit in BUNDLE_EDITS:
        found = text.count(edit.old)
        if found != 1:
            raise ThemeChanged(
                f"{name}: the edit '{edit.why}' expects its text exactly once in Material's bundle and found it "
                f"{found} times: Material changed; redo the edit in scripts/coursebuild/themepatch.py.\n"
                f"  expected: {edit.old}"
            )
        text = text.replace(edit.old, edit.new)
    return text


def finish_assets(site: Path) -> None:
    """Edit the theme's bundle and drop its source maps (and their references) in the built site,
    reading and writing each script once."""
    assets = site / "assets"
    for source_map in assets.rglob("*.map"):
        source_map.unlink()
    for script in assets.rglob("*.js"):
        text = script.read_text(encoding="utf-8")
        edited = text
        bundle = script.parent.name == "javascripts" and script.name.startswith("bundle.")
        # edited unless it already is (mkdocs serve's rebuilds may not copy the bundle again)
        if bundle and not all(edit.new in text for edit in BUNDLE_EDITS):
            edited = patch_bundle(text, script.name)
        edited = SOURCE_MAP_COMMENT.sub("\n", edited)
        if edited != text:
            script.write_text(edited, encoding="utf-8")
