"""The topic of a query: what it asks about, less the assignee agencies it names.

A conclusion notice assigns each task to an agency (Decree 30/2020's "Giao Sở X chủ trì ...", "Sở
X: ..."), so a question naming one ("Sở Y tế phải làm gì để phòng chống dịch tay chân miệng")
says *who* by that name and *what* by the rest. The agency is the graph channel's and the
filters' business; counted as lexical evidence it says nothing of the topic, and it makes every
question about a held agency look covered by any task of that agency. The "no result" coverage
(search/evidence.py) is therefore measured on the topic. The issuer and the bodies above it
(`ingest.resolve.is_oversight`: UBND tỉnh, HĐND, Tỉnh ủy) assign nothing and stay in it, as
they stay out of the graph channel (`fusion._named`).
"""

from __future__ import annotations

from functools import lru_cache

BREAK = " ; "  # what replaces a name: no adjacent pair is formed across it


@lru_cache(maxsize=1 << 12)
def without_agencies(query: str) -> str:
    """The query with each assignee agency it names (as the provincial resolver finds them,
    the graph channel's reading) replaced by `BREAK`."""
    from ingest.resolve import get_resolver, is_oversight

    found = sorted((m for m in get_resolver("tỉnh").find_mentions(query)
                    if not is_oversight(m.ref)), key=lambda m: m.start)
    parts, pos = [], 0
    for m in found:
        if m.start >= pos:
            parts += [query[pos:m.start], BREAK]
            pos = m.end
    return "".join(parts) + query[pos:]
