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

Then it starts in long tasks: a reader's tap waits until each ends. Its instant navigation is set
up, and resolves the page's links, each of its components mounts and, within the content, each kind
of element mounts, in a task of its own (the work is the same, cut where Material itself separates
it). On derivatives, Lighthouse's blocking time went from a median of 770 ms to 380 ms with the
components split (4 interleaved runs each), and from 600 ms to 390 ms with the content's kinds split
too (3 runs each; runs spread).

Search fetched its 600 KB index, parsed it and handed it to its worker while the page started, on
the main thread: it now does so when the reader first opens search (as Material itself does for a
site opened from disk), and search highlighting asks for the index only on a page opened from a
search result.

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

# Material mounts its components in two long tasks: the controls (palette, search and others) as its
# bundle runs, the page's components (content, header, sidebars, table of contents) when the page is
# ready. On a heavy lesson each took 70-90 ms on these machines, 300-400 ms on Lighthouse's phone: the
# reader's first tap waited for them. Split, each component mounts in a task of its own, and a tap is
# answered between two of them. The groups are Material's own, in its order (its bundle.ts).
CONTROLS = (
    '...me("consent").map(e=>An(e,{target$:Ht}))',
    '...me("dialog").map(e=>ni(e,{alert$:fo}))',
    '...me("palette").map(e=>li(e))',
    '...me("progress").map(e=>mi(e,{progress$:uo}))',
    '...me("search").map(e=>_i(e,{index$:zi,keyboard$:mo}))',
    '...me("source").map(e=>$i(e))',
)
COMPONENTS = (
    '...me("announce").map(e=>_n(e))',
    '...me("content").map(e=>oi(e,{sitemap$:qi,viewport$:ke,target$:Ht,print$:Ni}))',
    '...me("content").map(e=>V("search.highlight")?Ai(e,{index$:zi,location$:Kt}):y)',
    '...me("header").map(e=>si(e,{viewport$:ke,header$:ft,main$:qt}))',
    '...me("header-title").map(e=>ci(e,{viewport$:ke,header$:ft}))',
    '...me("sidebar").map(e=>e.getAttribute("data-md-type")==="navigation"'
    "?eo(Vi,()=>lo(e,{viewport$:ke,header$:ft,main$:qt})):eo(Lr,()=>lo(e,{viewport$:ke,header$:ft,main$:qt})))",
    '...me("tabs").map(e=>Pi(e,{viewport$:ke,header$:ft}))',
    '...me("toc").map(e=>Ri(e,{viewport$:ke,header$:ft,main$:qt,target$:Ht}))',
    '...me("top").map(e=>Ii(e,{viewport$:ke,header$:ft,main$:qt,target$:Ht}))',
)
# Within the content, Material mounts each kind of element (code blocks, links, tables, details, tabs
# and others) in the same task: split too (code blocks alone took 7-8 ms on derivatives).
CONTENT_KINDS = (
    '...M(".annotate:not(.highlight)",e).map(i=>zn(i,{target$:o,print$:n}))',
    '...M("pre:not(.mermaid) > code",e).map(i=>Yn(i,{target$:o,print$:n}))',
    '...M("a",e).map(i=>Jn(i,t))',
    '...M("pre.mermaid",e).map(i=>Zn(i))',
    '...M("table:not([class])",e).map(i=>ti(i))',
    '...M("details",e).map(i=>Bn(i,{target$:o,print$:n}))',
    '...M("[data-tabs]",e).map(i=>ri(i,{viewport$:r,target$:o}))',
    '...M("[title]:not([data-preview])",e).filter(()=>V("content.tooltips")).map(i=>Xe(i,{viewport$:r}))',
    '...M(".footnote-ref",e).filter(()=>V("content.footnote.tooltips")).map(i=>Vt(i,{content$:new F('
    "s=>{let a=new URL(i.href).hash.slice(1),c=Array.from(document.getElementById(a).cloneNode(!0).c"
    "hildren),p=wr(...c);return s.next(p),document.body.append(p),()=>p.remove()}),viewport$:r}))",
)
# `H` is rxjs' defer, `b` its switchMap and `L` its merge, as the replaced text itself uses them: a
# promise of the next task, then the group's components, each group in its own task.
ONE_TASK_EACH = "].map(f=>H(()=>new Promise(r=>setTimeout(r))).pipe(b(f)))"


def _one_task_each(groups: tuple[str, ...]) -> str:
    return "...[" + ",".join(f"()=>L({group})" for group in groups) + ONE_TASK_EACH


CONTENT_START = "function oi(e,t){let{viewport$:r,target$:o,print$:n}=t;return L("


BUNDLE_EDITS += (
    Edit(
        "instant navigation is set up in a task of its own (12-31 ms on derivatives and a notebook view)",
        'V("navigation.instant")&&gi({sitemap$:qi,location$:Kt,viewport$:ke,progress$:uo}).subscribe(ct);',
        'V("navigation.instant")&&setTimeout(()=>gi({sitemap$:qi,location$:Kt,viewport$:ke,progress$:uo})'
        ".subscribe(ct));",
    ),
    Edit(
        "instant navigation resolves the page's links in a task of its own (6-11 ms of its 12-31 ms setup)",
        'if(location.protocol==="file:")return y;$(document).subscribe(vi);',
        'if(location.protocol==="file:")return y;setTimeout(vi,0,document);',
    ),
    Edit(
        "each component mounts in a task of its own",
        f"Hs=L({','.join(CONTROLS)}),$s=H(()=>L({','.join(COMPONENTS)})),Ki=ct.pipe(b(()=>$s),Ve(Hs),Z(1));",
        f"Hs=L({_one_task_each(CONTROLS)}),$s=H(()=>L({_one_task_each(COMPONENTS)})),Ki=ct.pipe(b(()=>$s),Ve(Hs),Z(1));",
    ),
    Edit(
        "each kind of content element mounts in a task of its own (H and b as in the edit above: one scope)",
        f"{CONTENT_START}{','.join(CONTENT_KINDS)})}}function cs(",
        f"{CONTENT_START}{_one_task_each(CONTENT_KINDS)})}}function cs(",
    ),
)

# Search: Material fetches its index (600 KB of JSON) as the page starts, parses it and hands it to
# its worker, all on the main thread; on a site opened from disk it waits until the reader opens
# search. Here it always waits: the first focus of the search box, its keyboard shortcuts (f, s, /)
# and the search button all open search, and a query typed before the index is ready is kept and
# sent once it is (Material's own behaviour while it says "Initializing search").
BUNDLE_EDITS += (
    Edit(
        "search loads its index when the reader first opens search, not while the page starts",
        'L($(location.protocol!=="file:"),Je("search")).pipe(Re(o=>o),b(()=>t))',
        'Je("search").pipe(Re(o=>o),b(()=>t))',
    ),
    Edit(
        "search highlighting (a page opened from a search result, ?h=...) asks for the index only on such a "
        "page, not on every page",
        'z([t,r.pipe(Q(we()),g(o=>!!o.searchParams.get("h")))])',
        'r.pipe(Q(we()),g(o=>!!o.searchParams.get("h")),b(n=>t.pipe(m(o=>[o,n]))))',
    ),
)

# Tables: Material moves each plain table into a scrolling wrapper once the page has loaded, which
# lays out all of the table's content again (on the notation page, most of the page). The build
# writes the wrapper into the page (coursebuild/pageweight.py: wrapped_tables); the bundle then
# leaves a wrapped table where it is (a table added later, without it, is wrapped as before).
BUNDLE_EDITS += (
    Edit(
        "a table the build already wrapped stays where it is",
        "function ti(e){return e.replaceWith(ei),ei.replaceWith(Un(e)),$({ref:e})}",
        'function ti(e){return e.parentElement.matches(".md-typeset__table")||(e.replaceWith(ei),'
        "ei.replaceWith(Un(e))),$({ref:e})}",
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
