"""Projects named in a notice: "Dự án ...", "dự án đầu tư xây dựng tuyến cao tốc X - Y",
"cao tốc X (tỉnh A) - Y (tỉnh B)", "cầu X", "hồ chứa nước X", "Quốc lộ 4A" ...

Canonicalisation is deterministic (parentheticals dropped, "dự án (đầu tư) (xây dựng) (tuyến)"
stripped, dashes and spaces normalised, one tone style), so different phrasings of one project get
one id. gazetteer/projects.json only adds canonical names and short aliases for known projects;
variants attach to a known project by rapidfuzz on folded names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, pairwise

from rapidfuzz import fuzz

from ingest.gazetteer import ProjectEntry, project_entries
from ingest.model import Project, ProjectRef
from ingest.text import fold, fold_keep, nfc, normalize_tones, slug


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TOKEN = re.compile(r"\([^()\n]*\)|\n|[-–—]|[^\W_]+(?:[.,/][^\W_]+)*|[^\w\s]", re.UNICODE)
# Heads are matched tone-exact on lower-cased text: folding would turn "Dương" into "đường".
_DA_HEAD = re.compile(r"(?<![^\W_])(?:dự án|công trình)(?![^\W_])")
_INFRA_HEAD = re.compile(
    r"(?<![^\W_])(?:tuyến\s+)?(?:(?P<coast>đường(?:\s+bộ)?\s+ven\s+biển)|đường\s+cao\s+tốc"
    r"|cao\s+tốc|quốc\s+lộ|đường\s+tỉnh|tỉnh\s+lộ|đường|cầu|hồ\s+chứa(?:\s+nước)?|đập|hầm|nhà\s+máy(?:\s+thủy\s+điện)?|thủy\s+điện"
    r"|bến\s+xe|khu\s+tái\s+định\s+cư|khu\s+công\s+nghiệp)(?![^\W_])"
)
_STOP = _wordset(
    "đã đang được phải chưa sẽ cần bảo đảm theo với và nhằm để trong do thì là còn gặp chậm "
    "thuộc hoàn không cùng như giao chủ trì phối hợp từ đến của bị có về này khác mới trọng "
    "điểm nêu trên đó"
)
_JOINERS = {"với"}
_PLURAL = {"các", "những", "mọi", "nhiều", "số"}
_BAD_BEFORE_INFRA = {"yêu", "nhu", "điểm", "cung", "kích", "toàn", "con", "đường", "cầu", "thỉnh"}
_AGENCY_WORDS = {"sở", "ban", "ubnd", "bộ", "cục", "chi", "ủy", "hội", "đảng", "tỉnh", "nhà"}
_PREFIXES = ("du an", "cong trinh", "dau tu", "xay dung", "tuyen", "thanh phan")
_MAX_WORDS = 16
_ROAD_BEFORE_EXPRESSWAY = re.compile(r"^(?:tuyến\s+)?đường(?:\s+bộ)?\s+(?=cao\s+tốc)", re.I)
_FUZZ = 92.0


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int


def _tokens(text: str, pos: int) -> Iterator[re.Match[str]]:
    return _TOKEN.finditer(text, pos)


def _is_name_word(token: str) -> bool:
    return token[:1].isupper() or any(c.isdigit() for c in token)


def _scan_da(text: str, pos: int) -> int:
    """End of a "Dự án ..." name: words up to a stop word or clause punctuation; "với" continues
    the name only before a proper name ("... Vân Đồn với Quốc lộ 18"). Tokens are read lazily
    (one of look-ahead): the scan stops within a few words, so a long paragraph stays linear."""
    end, words = pos, 0
    for tok, nxt in pairwise(chain(_tokens(text, pos), [None])):
        assert tok is not None
        value = tok.group(0)
        if value[0] == "(" or (value in "-–—" and words):
            end = tok.end() if value[0] == "(" else end
            continue
        if not value[0].isalnum() or words >= _MAX_WORDS:
            break
        if _low(value) in _STOP and not (_low(value) in _JOINERS and _proper_next(nxt)):
            break
        end, words = tok.end(), words + 1
    return end


def _proper_next(token: re.Match[str] | None) -> bool:
    nxt = token.group(0) if token else ""
    head = _low(nxt) in _AGENCY_WORDS or _low(nxt) in ("dự", "công")
    return bool(nxt) and nxt[0].isalnum() and _is_name_word(nxt) and not head


def _scan_proper(text: str, pos: int) -> int:
    """End of a proper name after an infrastructure head: capitalised words, numbers, dashes."""
    end, words = pos, 0
    for tok in _tokens(text, pos):
        value = tok.group(0)
        if value[0] == "(" and words:
            end = tok.end()
        elif value in "-–—" and words:
            continue
        elif value[0].isalnum() and _is_name_word(value) and words < _MAX_WORDS:
            if not words and _low(value) in _AGENCY_WORDS:
                break
            end, words = tok.end(), words + 1
        else:
            break
    return end


def _low(word: str) -> str:
    return normalize_tones(word).lower()


def _previous_word(lowered: str, pos: int) -> str:
    before = re.findall(r"[^\W_]+", lowered[max(0, pos - 20) : pos])
    return before[-1] if before else ""


def _strip_prefixes(name: str) -> str:
    changed = True
    while changed:
        changed = False
        for prefix in _PREFIXES:
            head = fold(name[: len(prefix) + 1]).rstrip()
            if head == prefix and len(name) > len(prefix) and not name[len(prefix)].isalnum():
                name, changed = name[len(prefix) :].lstrip(), True
    return name


def canonical_name(mention: str) -> str:
    """Deterministic canonical form: no parentheticals, no "dự án/đầu tư/xây dựng/tuyến" prefix,
    " - " dashes, single spaces, one tone style, first letter upper-case."""
    name = re.sub(r"\([^()]*\)", " ", normalize_tones(nfc(mention)))
    name = re.sub(r"\s*[-–—]\s*", " - ", name)
    name = _strip_prefixes(re.sub(r"\s+", " ", name).strip(" -,;:."))
    name = _ROAD_BEFORE_EXPRESSWAY.sub("", name)
    return name[:1].upper() + name[1:]


def _specific(name: str) -> bool:
    """A project name must carry a proper noun or a number (not "dự án khác", "các dự án FDI")."""
    tokens = re.findall(r"[^\W_]+", name)
    proper = any(t[:1].isupper() and any(c.islower() for c in t) for t in tokens[1:])
    number = any(t.isdigit() and not (len(t) == 4 and t[:2] in ("19", "20")) for t in tokens)
    return proper or number


def _da_mentions(text: str, lowered: str) -> list[_Mention]:
    found = []
    for head in _DA_HEAD.finditer(lowered):
        if _previous_word(lowered, head.start()) in _PLURAL:
            continue
        end = _scan_da(text, head.end())
        name = canonical_name(text[head.start() : end])
        if end > head.end() and _specific(name):
            found.append(_Mention(head.start(), end))
    return found


def _infra_mentions(text: str, lowered: str) -> list[_Mention]:
    found = []
    for head in _INFRA_HEAD.finditer(lowered):
        if _previous_word(lowered, head.start()) in _BAD_BEFORE_INFRA:
            continue
        if head["coast"] is None and _previous_word(lowered, head.start()) in _PLURAL:
            continue  # "các khu công nghiệp VSIP, WHA": several parks, no one project
        end = _scan_proper(text, head.end())
        if end > head.end() or head["coast"] is not None:  # the coastal road is named by itself
            found.append(_Mention(head.start(), end))
    return found


def _alias_mentions(folded: str) -> list[_Mention]:
    found = []
    for alias in _alias_patterns():
        found += [_Mention(m.start(), m.end()) for m in alias.finditer(folded)]
    return found


@lru_cache(maxsize=1)
def _alias_patterns() -> tuple[re.Pattern[str], ...]:
    names = {fold(canonical_name(a)) for p in project_entries() for a in (p.name, *p.aliases)}
    spaced = (re.escape(n).replace(r"\ \-\ ", r"\s*[-–—]\s*") for n in names if n)
    return tuple(re.compile(rf"(?<![^\W_]){n}(?![^\W_])") for n in spaced)


def _non_overlapping(mentions: list[_Mention]) -> list[_Mention]:
    kept: list[_Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept


@lru_cache(maxsize=1)
def _known_keys() -> tuple[tuple[str, ProjectEntry], ...]:
    keys = []
    for entry in project_entries():
        keys += [(fold(canonical_name(a)), entry) for a in (entry.name, *entry.aliases)]
    return tuple(keys)


def _known(name: str) -> ProjectEntry | None:
    key = fold(name)
    best: tuple[float, ProjectEntry | None] = (0.0, None)
    for alias, entry in _known_keys():
        score = 100.0 if alias == key else fuzz.ratio(alias, key)
        if score > best[0]:
            best = (score, entry)
    return best[1] if best[0] >= _FUZZ else None


def resolve_project(mention: str) -> ProjectRef:
    """One mention -> canonical ProjectRef (a known project when the name is close enough)."""
    name = canonical_name(mention)
    entry = _known(name)
    if entry is not None:
        return ProjectRef(id=entry.id, name=entry.name, mention=nfc(mention))
    return ProjectRef(id=slug(name), name=name, mention=nfc(mention))


def find_projects(text: str) -> list[ProjectRef]:
    """Projects mentioned in `text`, canonical, deduplicated by id, in order of first mention."""
    text = nfc(text)
    folded, lowered = fold_keep(text), normalize_tones(text).lower()
    mentions = _da_mentions(text, lowered) + _infra_mentions(text, lowered)
    refs: dict[str, ProjectRef] = {}
    for m in _non_overlapping(mentions + _alias_mentions(folded)):
        ref = resolve_project(text[m.start : m.end])
        if ref.id and ref.id not in refs:
            refs[ref.id] = ref
    return list(refs.values())


def project_nodes(refs: Iterable[ProjectRef]) -> list[Project]:
    """Project nodes for `refs`: known aliases plus every distinct mention, one node per id."""
    nodes: dict[str, Project] = {}
    known = {p.id: p for p in project_entries()}
    for ref in refs:
        aliases = list(known[ref.id].aliases) if ref.id in known else []
        node = nodes.setdefault(ref.id, Project(id=ref.id, name=ref.name, aliases=aliases))
        if ref.mention != node.name and ref.mention not in node.aliases:
            node.aliases.append(ref.mention)
    return list(nodes.values())
