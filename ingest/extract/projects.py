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
from itertools import chain, islice, pairwise

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
    r"|đường\s+sắt(?:\s+đô\s+thị|\s+tốc\s+độ\s+cao)?|metro|cảng\s+hàng\s+không(?:\s+quốc\s+tế)?"
    r"|sân\s+bay|trung\s+tâm\s+hội\s+nghị(?:\s+quốc\s+tế)?"
    r"|cao\s+tốc|quốc\s+lộ|đường\s+tỉnh|tỉnh\s+lộ|đường|cầu|hồ\s+chứa(?:\s+nước)?|đập|hầm|nhà\s+máy(?:\s+thủy\s+điện)?|thủy\s+điện"
    r"|bến\s+xe|khu\s+tái\s+định\s+cư|khu\s+công\s+nghiệp)(?![^\W_])"
)
_STOP = _wordset(
    "đã đang được phải chưa sẽ cần bảo đảm theo với và nhằm để trong do thì là còn gặp chậm "
    "thuộc hoàn không cùng như giao chủ trì phối hợp từ đến của bị có về này khác mới trọng "
    "điểm nêu trên đó trước"
)
_JOINERS = {"với"}
_PLURAL = {"các", "những", "mọi", "nhiều", "số"}
# "quản lý đường sắt" (Ban Quản lý ...), "công ty Cảng hàng không" name a body, not a project.
_BAD_BEFORE_INFRA = {"yêu", "nhu", "điểm", "cung", "kích", "toàn", "con", "đường", "cầu", "thỉnh",
                     "lý", "ty", "phần", "tnhh"}  # "Công ty (Cổ phần|TNHH) Cầu X": a firm
# Heads whose name may start after lower-case words of kind ("đường sắt đô thị thí điểm Nhổn"):
# the specific ones only; after a bare "đường" or "khu" such words are a description.
_KIND_WORD_HEADS = ("đường sắt", "metro", "cảng hàng không", "sân bay", "trung tâm hội nghị")
_AGENCY_WORDS = {"sở", "ban", "ubnd", "bộ", "cục", "chi", "ủy", "hội", "đảng", "tỉnh", "nhà"}
_PREFIXES = ("du an", "cong trinh", "dau tu", "xay dung", "tuyen", "thanh phan")
_MAX_WORDS = 16
_ROAD_BEFORE_EXPRESSWAY = re.compile(r"^(?:tuyến\s+)?đường(?:\s+bộ)?\s+(?=cao\s+tốc)", re.I)
_FUZZ = 92.0
_ROAD_CODE = re.compile(r"(?:ĐT|QL|TL|ĐH|DT)\.?\d{1,4}[A-Z]?")
_ROAD_CODE_IN = re.compile(r"(?<![^\W_])(?:ĐT|QL|TL|ĐH)\.?\d{1,4}[A-Z]?(?![^\W_])")


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
    end, words, prev, link = pos, 0, "", False
    for tok, nxt in pairwise(chain(_tokens(text, pos), [None])):
        assert tok is not None
        value = tok.group(0)
        if value[0] == "(" or (value in "-–—" and words):
            end = tok.end() if value[0] == "(" else end
            continue
        if not value[0].isalnum() or words >= _MAX_WORDS:
            break
        low = _low(value)
        if low in _STOP and not _continues(low, prev, link, nxt) and not _in_proper(value, nxt):
            break
        end, words, prev, link = tok.end(), words + 1, low, link or low == "nối"
    return end


def _continues(low: str, prev: str, link: bool, nxt: re.Match[str] | None) -> bool:
    """A stop word inside a project's name: "với" (and "đến" after "nối") before a proper name
    ("... Vân Đồn với Quốc lộ 18", "đường nối Cảng hàng không X với Khu kinh tế Y"; before a
    common noun the far end is a project of its own: "... với cầu Mã Đà"), "không" of "hàng
    không" ("Cảng hàng không Thọ Xuân")."""
    if low in _JOINERS or (link and low == "đến"):
        return _proper_next(nxt)
    return low == "không" and prev == "hàng"


def _in_proper(value: str, nxt: re.Match[str] | None) -> bool:
    """A stop word written capitalised before another capitalised word is a syllable of a
    proper name, not the word itself: "Bảo" of "Bảo Lâm" (not "bảo đảm"), "Cần" of "Cần Thơ",
    "Hoàn" of "Hoàn Kiếm" ("Dự án đường nối Bảo Lâm với …" was cut to "đường nối")."""
    following = nxt.group(0) if nxt else ""
    return _title(value) and _title(following)


def _title(word: str) -> bool:
    """Written capitalised and not in capitals ("Bảo", not "BẢO": in a heading set in capitals
    every word is, and its stop words still end the name)."""
    return word[:1].isupper() and word[1:].islower()


def _proper_next(token: re.Match[str] | None) -> bool:
    nxt = token.group(0) if token else ""
    head = _low(nxt) in _AGENCY_WORDS or _low(nxt) in ("dự", "công")
    return bool(nxt) and nxt[0].isalnum() and _is_name_word(nxt) and not head


def _scan_proper(text: str, pos: int) -> int:
    """End of a proper name after an infrastructure head: capitalised words, numbers, dashes;
    up to two lower-case words may come first when a capitalised one follows ("đường sắt đô thị
    thí điểm Nhổn - ga Hà Nội")."""
    end, words = pos, 0
    start = _after_kind_words(text, pos) if _kind_head(text, pos) else pos
    for tok in _tokens(text, start):
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


def _kind_head(text: str, pos: int) -> bool:
    before = normalize_tones(text[max(0, pos - 24):pos]).lower()
    return before.rstrip().endswith(_KIND_WORD_HEADS) or "đường sắt" in before[-24:]


def _after_kind_words(text: str, pos: int) -> int:
    """Where the proper name starts after at most two lower-case words of kind ("thí điểm")."""
    toks = list(islice(_tokens(text, pos), 3))
    for k, tok in enumerate(toks[:2]):
        value = tok.group(0)
        if not value[0].isalpha() or value[0].isupper() or _low(value) in _STOP:
            break
        nxt = toks[k + 1].group(0) if k + 1 < len(toks) else ""
        numbered = _low(value) == "số" and nxt[:1].isdigit()  # "tuyến metro số 1"
        if numbered or (nxt[:1].isupper() and nxt[:1].isalpha() and _low(nxt) not in _AGENCY_WORDS):
            return toks[k + 1].start()
    return pos


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
    code = any(_ROAD_CODE.fullmatch(t) for t in tokens)  # "Dự án ĐT606"
    return proper or number or code


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


def _link_road(text: str, lowered: str, head: re.Match[str]) -> _Mention | None:
    """ "đường nối trung tâm huyện X đến cửa khẩu Y": a link road is named by what it links,
    in lower-case words too; read like a "Dự án ..." name (both ends kept)."""
    if not re.match(r"\s+nối\s", lowered[head.end():]) or "đường" not in head.group(0):
        return None
    end = _scan_da(text, head.end())
    return _Mention(head.start(), end) if _specific(canonical_name(text[head.start():end])) \
        else None


def _code_mentions(text: str) -> list[_Mention]:
    """Road codes standing alone: "ĐT606", "QL1A", "ĐT.741" (đường tỉnh, quốc lộ ...)."""
    return [_Mention(m.start(), m.end()) for m in _ROAD_CODE_IN.finditer(text)]


def _infra_mentions(text: str, lowered: str) -> list[_Mention]:
    found = _code_mentions(text)
    for head in _INFRA_HEAD.finditer(lowered):
        link = _link_road(text, lowered, head)
        if link is not None and _previous_word(lowered, head.start()) not in _PLURAL:
            found.append(link)
            continue
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
