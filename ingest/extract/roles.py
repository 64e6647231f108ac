"""Lead (chủ trì) and support (phối hợp) agencies of one paragraph, from mentions and cue words."""

from __future__ import annotations

import re

from ingest.extract.folding import fold_keep
from ingest.model import AgencyRef
from ingest.resolve import AgencyMention, AgencyResolver, is_oversight

# Words that may stand before the first assignee ("Giao", "Yêu cầu", "Thủ trưởng", ...).
_OPENERS = re.compile(r"^(?:\s|giao|yeu cau|de nghi|dong thoi,?|thu truong|nguoi dung dau|"
                      r"lanh dao|chu tich|cac)+")
_GAP = re.compile(r"^(?:[\s,;:/&.…]|va|cung|voi|cac|so|thu truong|chu tich|nguoi dung dau)*$")


def _mentions(resolver: AgencyResolver, text: str) -> list[AgencyMention]:
    return [m for m in resolver.find_mentions(text) if not is_oversight(m.ref)]


def _subject(folded: str, ms: list[AgencyMention]) -> list[AgencyMention]:
    """Mentions at the start of the paragraph, joined only by commas/"và"/";"."""
    start = _OPENERS.match(folded)
    pos = start.end() if start else 0
    out: list[AgencyMention] = []
    for m in ms:
        if not _GAP.match(folded[pos:m.start]):
            break
        out.append(m)
        pos = m.end
    return out


def _after(folded: str, ms: list[AgencyMention], cue: str, lead: set[str]) -> list[AgencyMention]:
    """The lists of mentions right after each cue word ("phối hợp (với) X, Y và Z")."""
    out: list[AgencyMention] = []
    for cue_at in re.finditer(cue, folded):
        pos = cue_at.end()
        for m in (m for m in ms if m.start >= pos):
            if not _GAP.match(folded[pos:m.start]):
                break
            if m.ref.id not in lead:
                out.append(m)
            pos = m.end
    return out


def _unique(ms: list[AgencyMention]) -> list[AgencyRef]:
    seen: dict[str, AgencyRef] = {}
    for m in ms:
        seen.setdefault(m.ref.id, m.ref)
    return list(seen.values())


def roles(resolver: AgencyResolver, text: str) -> tuple[list[AgencyRef], list[AgencyRef]]:
    """(lead, support) named in `text` itself; empty lead means: inherit from the context."""
    ms = _mentions(resolver, text)
    if not ms:
        return [], []
    folded = fold_keep(text).lower()
    lead = _subject(folded, ms)
    chu = folded.find("chu tri")
    if not lead and chu >= 0 and not folded.startswith("chu tri"):
        lead = [m for m in ms if m.end <= chu]
    lead_ids = {m.ref.id for m in lead}
    support = _after(folded, ms, "phoi hop", lead_ids)
    return _unique(lead), _unique(support)


def heading_agencies(resolver: AgencyResolver, head: str) -> list[AgencyRef]:
    """Agencies named by a heading ("Sở Nông nghiệp và Môi trường:", "Các sở; UBND cấp xã:")."""
    return _unique(_subject(fold_keep(head).lower(), _mentions(resolver, head)))
