"""The parts of an assessment paragraph: results, then the turn to what is still wrong.

An assessment paragraph of the genre often reports results and then turns to its limitations
with a contrast cue ("... tăng 12,4%. Tuy nhiên, giải ngân vốn đầu tư công mới đạt 46,3% ...",
"...; tuy vậy, ..."); every gold set (eval/notices, eval/holdout, corpus-dev) gives each half its
own kind. Such a paragraph becomes one finding per half, each with its exact span. The half
before the turn is what the turn answers: results (`achievement`), also where the paragraph
stands outside any assessment section; from the turn on it is a `limitation`.
"""

from __future__ import annotations

import itertools
import re

from ingest.extract.blocks import turns_to_limitations
from ingest.model import FindingKind
from ingest.structure import clean

# A sentence or a ';'-clause starts after these; only one that opens with a turn cuts.
_BOUNDARY = re.compile(r"[.!?;]\s+")


def turn_cuts(raw: str) -> list[int]:
    """Offsets in `raw` where a later sentence or ';'-clause turns to limitations."""
    return [m.end() for m in _BOUNDARY.finditer(raw) if turns_to_limitations(raw[m.end():])]


def finding_parts(raw: str, base: int, kind: FindingKind
                  ) -> list[tuple[str, tuple[int, int], FindingKind]]:
    """(text, span, kind) of each half of a paragraph that turns to limitations inside it
    (`raw` is the paragraph's text in the notice, `base` its offset); [] when it does not, or
    when its kind is already `limitation`."""
    cuts = turn_cuts(raw) if kind != "limitation" else []
    if not cuts:
        return []
    bounds = [0, cuts[0], len(raw)]  # from the first turn on, everything is a limitation
    before: FindingKind = "achievement" if kind == "context" else kind
    out: list[tuple[str, tuple[int, int], FindingKind]] = []
    for (s, e), k in zip(itertools.pairwise(bounds), (before, "limitation"), strict=True):
        seg = raw[s:e]
        lead = len(seg) - len(seg.lstrip())
        body = seg.strip()
        out.append((clean(body), (base + s + lead, base + s + lead + len(body)), k))
    return out
