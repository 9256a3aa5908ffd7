"""The guard against stale prose: every decimal or scientific number a page's prose quotes must be
one that the page's own blocks print (its output record), at the precision the prose quotes it.

Prose means the page's text outside code (fenced blocks, inline code), math ($…$, $$…$$), HTML
comments, link targets and the References section; figure alt text counts as prose. A number that
no block prints, such as an exact constant of the mathematics or an input the reader is told,
stands on the page's allow-list in its front matter, with a reason:

    ---
    prose_numbers:
      "0.5": the unit round-off is eps/2, a definition, not an output
    ---
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

FRONT_MATTER = re.compile(r"\A---\n(?P<body>.*?)\n---\n", re.S)
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
DISPLAY_MATH = re.compile(r"\$\$.*?\$\$", re.S)
INLINE_MATH = re.compile(r"(?<!\\)\$[^$\n]+?(?<!\\)\$")
INLINE_CODE = re.compile(r"`[^`\n]*`")
COMMENT = re.compile(r"<!--.*?-->", re.S)
LINK_TARGET = re.compile(r"\]\([^)]*\)|\{[:#.][^}]*\}|\{ *\.[^}]*\}")
REFERENCES = re.compile(r"^##+ References\b.*?(?=^## |\Z)", re.S | re.M)
NUMBER = re.compile(
    r"(?<![\w.\-−])(?P<sign>[-−])?(?P<mantissa>\d+\.\d+|\d+)(?:e(?P<exp>[-−+]?\d+))?(?![\w.]*\d)(?!\.\d)"
)
# A printed number in the record: anything that looks like one, with its sign dropped.
PRINTED = re.compile(r"(?<![\w.])[-−]?(\d+\.\d+|\d+)(?:e([-+]?\d+))?")


@dataclass(frozen=True)
class Quoted:
    text: str  # as written in the prose
    line: int  # 1-based line in the page
    value: Decimal
    half_unit: Decimal  # half a unit in its last quoted digit


def _blank(match: re.Match) -> str:
    """Replace a match by spaces, keeping its newlines (so line numbers stay right)."""
    return re.sub(r"[^\n]", " ", match.group(0))


def prose(text: str) -> str:
    """The page with everything that is not prose blanked out, line numbers kept."""
    text = FRONT_MATTER.sub(_blank, text, count=1)
    lines = text.split("\n")
    fence = None
    for i, line in enumerate(lines):
        match = FENCE.match(line)
        if fence is None and match:
            fence = match.group(1)
            lines[i] = ""
        elif fence is not None:
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = None
            lines[i] = ""
    text = "\n".join(lines)
    for pattern in (REFERENCES, COMMENT, DISPLAY_MATH, INLINE_MATH, INLINE_CODE, LINK_TARGET):
        text = pattern.sub(_blank, text)
    return text


def _quoted(match: re.Match, line: int) -> Quoted | None:
    mantissa, exp = match.group("mantissa"), match.group("exp")
    if exp is None and "." not in mantissa:
        return None  # integers (counts, years, indices) are not checked
    exp_value = int(exp.replace("−", "-")) if exp else 0
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    value = Decimal(mantissa).scaleb(exp_value)
    half = Decimal(5).scaleb(exp_value - decimals - 1)
    return Quoted(match.group(0).lstrip("-−"), line, value, half)


def quoted_numbers(text: str) -> list[Quoted]:
    found = []
    for number, line in enumerate(prose(text).split("\n"), 1):
        for match in NUMBER.finditer(line):
            quoted = _quoted(match, number)
            if quoted is not None:
                found.append(quoted)
    return found


def printed_values(outputs: str) -> list[Decimal]:
    values = []
    for match in PRINTED.finditer(outputs.replace("−", "-")):
        mantissa, exp = match.group(1), match.group(2)
        values.append(Decimal(mantissa).scaleb(int(exp) if exp else 0))
    return values


def allowed(text: str) -> dict[str, str]:
    """The page's allow-list: number as written -> reason."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}
    found, inside = {}, False
    for line in match.group("body").splitlines():
        if re.match(r"^prose_numbers:\s*$", line):
            inside = True
        elif inside and (entry := re.match(r'^\s+"(?P<number>[^"]+)":\s*(?P<reason>.+)$', line)):
            found[entry.group("number")] = entry.group("reason").strip()
        elif inside and line and not line[0].isspace():
            inside = False
    return found


def stale(page: str, text: str, outputs: str) -> list[str]:
    """Prose numbers of `page` that no block prints (at their quoted precision) and no allow-list names."""
    printed = printed_values(outputs)
    allow = allowed(text)
    problems = []
    for q in quoted_numbers(text):
        if q.text in allow:
            continue
        if not any(abs(v - q.value) <= q.half_unit for v in printed):
            problems.append(
                f"docs/{page}:{q.line}: the prose quotes {q.text}, which no block of the page prints "
                f"(to that precision); fix the prose, or allow it in the front matter with a reason"
            )
    for number, reason in allow.items():
        if not reason:
            problems.append(f"docs/{page}: allowed number {number} has no reason")
    return problems
