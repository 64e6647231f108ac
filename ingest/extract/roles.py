"""Lead (chủ trì) and support (phối hợp) agencies of one task, from mentions and cue words.

How Vietnamese administrations assign a task, and the rule each gives:
- "Giao / Yêu cầu / Đề nghị X ..." and "X chủ trì / làm đầu mối / đồng chủ trì ...": X leads (the
  bodies in subject position, joined by commas, "và" or ";"); "Đề nghị X" asks a body outside the
  issuer's command, so the task is flagged `requested`.
- "... phối hợp (với) Y, Z": Y and Z support.
- "X chỉ đạo Y (phối hợp với Z) ...": X leads; Y, the body X directs to do it, and Z support.
- "X lấy (thêm) ý kiến (của) Y ...": Y, the body X consults on the task, supports; a body X
  only guides ("X hướng dẫn Y thực hiện ...") has no role (the convention of every gold set).
- "báo cáo X", "gửi X", "trình X", "xin ý kiến X", "(qua X)", "theo hướng dẫn của X": X receives
  or guides, it is neither lead nor support.
- A collective followed by its members in brackets ("các cơ quan soạn thảo (Sở Tài chính, Sở Tư
  pháp)") names the members as leads.
- "Sở X: ..." (an agency heading before a colon) leads what follows the colon.
Lists ("các Sở: Tài chính, Xây dựng", "UBND các xã: A, B") are split into bodies by the resolver.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.extract.blocks import opens_with_body, starts_imperative, subject_end
from ingest.extract.person import assigned_person
from ingest.gazetteer.unknown import STOP
from ingest.model import AgencyRef
from ingest.resolve import AgencyMention, AgencyResolver, is_oversight
from ingest.text import fold_keep

# Words that may stand before the first assignee ("Giao", "Yêu cầu", "Thủ trưởng", ...).
_OPENERS = re.compile(r"^(?:\s|giao|cho|yeu cau|de nghi|dong thoi,?|thu truong|nguoi dung dau|"
                      r"lanh dao|chu tich|giam doc|cac|doi voi|rieng|ve phia)+")
_GAP = re.compile(r"^(?:[\s,;:/&.…]|va|cung|voi|cac|so|thu truong|chu tich|nguoi dung dau)*$")
_BEFORE_CUE = re.compile(r"^(?:[\s,;:/&.…(]|va|la|co quan|don vi|cung|deu)*$")
_LEAD_CUES = r"dong chu tri|chu tri|lam dau moi|chiu trach nhiem"
_SUPPORT_CUES = r"phoi hop|chi dao|lay (?:them )?y kien(?: cua)?"
_BY = r"(?:^|[,;(]\s*)do "  # "..., do X thực hiện": X leads
# A body right after one of these receives, guides or is directed: no role.
_NO_ROLE = re.compile(r"(?:bao cao|gui|trinh|xin y kien|\(qua|theo huong dan cua|huong dan cua)"
                      r"\s*(?:ve\s*)?$")
# The issuer or the chair as the subject of an assignment verb ("Chủ tịch UBND tỉnh yêu cầu ...").
_ISSUER_SPEAKS = re.compile(
    r"^(?:\s|dong chi|dong thoi,?)*(?:chu tich|pho chu tich|thu tuong|pho thu tuong|bo truong|"
    r"ubnd|uy ban nhan dan|tap the)\b[^,;:]{0,60}? (?:giao|yeu cau|de nghi|chi dao)(?: cho)? "
)
_REQUEST = re.compile(r"^(?:\s|dong thoi,?)*de nghi\b")
_MAX_HEAD_WORDS = 12
_MAX_NAME_WORDS = 10
_NAMED_SUPPORT = re.compile(r"\b(?:phối hợp(?: chặt chẽ)?(?: với)?|chỉ đạo"
                            r"|lấy (?:thêm )?ý kiến(?: của)?)\s+", re.IGNORECASE)
# "X theo chức năng, nhiệm vụ (được giao) ...": the scope of X's duty, not part of its name.
_SCOPE_TAIL = re.compile(r"\s+theo (?:chức năng|thẩm quyền|lĩnh vực)[^,;]*(?:,\s*nhiệm vụ[^,;]*)?$",
                         re.IGNORECASE)
_ASSIGN = re.compile(r"^(?:Giao|Yêu cầu|Đề nghị)\s+(?:cho\s+)?", re.IGNORECASE)


@dataclass
class Roles:
    lead: list[AgencyRef] = field(default_factory=list)
    support: list[AgencyRef] = field(default_factory=list)
    requested: bool = False


def _mentions(resolver: AgencyResolver, text: str) -> list[AgencyMention]:
    return [_clipped(resolver, m) for m in resolver.find_mentions(text) if not is_oversight(m.ref)]


def _clipped(resolver: AgencyResolver, m: AgencyMention) -> AgencyMention:
    """An unknown body's name that runs into the task verb ("Thanh tra Sở tiến hành thanh
    tra ...") ends before the verb."""
    end = subject_end(m.surface) if not m.ref.known else None
    if end is None:
        return m
    name = m.surface[:end].rstrip(" ,;")
    return AgencyMention(m.start, m.start + len(name), name, resolver.resolve(name))


def _members(folded: str, pos: int, ms: list[AgencyMention]) -> list[AgencyMention]:
    """Mentions inside a bracket that opens right at `pos` ("(Sở Tài chính, Sở Tư pháp)")."""
    opened = re.match(r"\s*\(", folded[pos:])
    if not opened:
        return []
    close = folded.find(")", pos)
    end = close if close >= 0 else len(folded)
    return [m for m in ms if pos < m.start and m.end <= end]


def _subject(folded: str, ms: list[AgencyMention], at: int = 0) -> list[AgencyMention]:
    """Mentions at the start of the paragraph (or at `at`), joined only by commas/"và"/";"."""
    start = _OPENERS.match(folded, at)
    pos = start.end() if start else at
    out: list[AgencyMention] = []
    for m in ms:
        if not _GAP.match(folded[pos:m.start]):
            break
        out.append(m)
        pos = m.end
    members = _members(folded, pos, ms)
    if members and out and all(m.ref.collective or not m.ref.known for m in out):
        return members
    return out


# A task that names its bodies last, in a bracket: "... *(Sở Tài chính; thời hạn: ...)*".
_CLOSING = re.compile(r"\(([^()]*)\)[\s*_.]*$")


def _closing_bracket(folded: str, ms: list[AgencyMention]) -> list[AgencyMention]:
    """The bodies a closing bracket opens with, when nothing follows them but ";" or the end:
    "(Sở X; thời hạn: ...)", "(Sở X, Sở Y)" (with "chủ trì" they are found by its cue)."""
    bracket = _CLOSING.search(folded)
    if bracket is None:
        return []
    named = _subject(folded, [m for m in ms if m.start > bracket.start()], bracket.start(1))
    after = folded[named[-1].end:bracket.end(1)].lstrip() if named else ""
    return named if named and (not after or after.startswith(";")) else []


def _has_role(folded: str, m: AgencyMention) -> bool:
    return not _NO_ROLE.search(folded[max(0, m.start - 24):m.start].rstrip(" ,"))


def _walk_back(folded: str, ms: list[AgencyMention], cue: str) -> list[AgencyMention]:
    """The mentions right before each cue, joined by commas/"và" ("X, Y đồng chủ trì", "Phòng
    A, Phòng B (phối hợp)")."""
    out: list[AgencyMention] = []
    for found in re.finditer(cue, folded):
        pos = found.start()
        for m in reversed([m for m in ms if m.end <= found.start()]):
            if not _BEFORE_CUE.match(folded[m.end:pos]) or not _has_role(folded, m):
                break
            out.insert(0, m)
            pos = m.start
    return out


def _before_cues(folded: str, ms: list[AgencyMention]) -> list[AgencyMention]:
    """Mentions right before "chủ trì" / "đồng chủ trì" / "làm đầu mối" (X, Y đồng chủ trì)."""
    return _walk_back(folded, ms, _LEAD_CUES)


def _before_support(folded: str, ms: list[AgencyMention]) -> list[AgencyMention]:
    """"..., giao X chủ trì thực hiện, Y phối hợp.", "X (chủ trì), Y, Z (phối hợp):": the
    bodies right before a closing or bracketed "phối hợp"."""
    return _walk_back(folded, ms, r"(?<![^\W_])phoi hop\s*(?=[.;)]|$)")


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


def _after_giao(folded: str, ms: list[AgencyMention]) -> list[AgencyMention]:
    """"... . Giao X ...", "Về ...: yêu cầu X ...": the assignee of a clause that opens with an
    assignment verb."""
    out: list[AgencyMention] = []
    for cue in re.finditer(r"(?:^|[.;:,(]\s*)(?:giao|yeu cau|de nghi) (?:cho )?", folded):
        pos = cue.end()
        for m in (m for m in ms if m.start >= pos):
            if not _GAP.match(folded[pos:m.start]):
                break
            out.append(m)
            pos = m.end
        if out:
            return out
    return out


def _named_subject(resolver: AgencyResolver, text: str) -> list[AgencyRef]:
    """A body the gazetteer does not know, named as the subject ("Giao Phòng Kinh tế chủ trì",
    "Công an xã bố trí ..."): kept as an unknown body."""
    opener = _ASSIGN.match(text)
    rest = text[opener.end():] if opener else text
    end = subject_end(rest)
    if end is None:
        return []
    name = _SCOPE_TAIL.sub("", rest[:end]).strip(" ,;")
    if not 2 <= len(name.split()) <= _MAX_NAME_WORDS:
        return []
    return [r for r in map(resolver.resolve, _list_names(name)) if not is_oversight(r)]


def _named_after(resolver: AgencyResolver, text: str, ms: list[AgencyMention]) -> list[AgencyRef]:
    """"phối hợp với Cảng Vũng Rô khảo sát ...", "chỉ đạo Tập đoàn Điện lực di dời ...": a named
    body (capitalised head) the gazetteer does not know after a support cue is kept as an unknown
    supporter; generic "các cơ quan, địa phương", "... liên quan" are not."""
    out: list[AgencyRef] = []
    for cue in _NAMED_SUPPORT.finditer(text):
        if any(cue.end() <= m.start <= cue.end() + 1 for m in ms):
            continue
        rest = text[cue.end():]
        end = subject_end(rest)
        name = rest[:end].strip(" ,;") if end is not None else ""
        if not re.search(r"liên quan$", name) and len(name.split()) <= _MAX_NAME_WORDS:
            if _proper(name):
                out.extend(resolver.resolve(n) for n in _list_names(name))
            elif _kind_collective(name):
                out.append(resolver.resolve(name))
    return out


# Words of a generic partner ("các cơ quan, đơn vị chức năng", "các địa phương"): no body.
_GENERIC = frozenset({"cac", "nhung", "co", "quan", "don", "vi", "dia", "phuong", "nganh", "so",
                      "ban", "chuc", "nang", "lien", "tren", "tinh", "xa", "luc", "luong"})


def _kind_collective(name: str) -> bool:
    """"các doanh nghiệp thành viên", "các đơn vị quản lý đường bộ": a collective of a named
    kind (the head noun of a body and words that say which) is kept as a collective supporter;
    a generic partner ("các cơ quan, đơn vị chức năng") is not, nor is a force ("lực lượng
    quản lý thị trường": pinned so in the January sample)."""
    words = fold_keep(name).lower().replace(",", " ").split()
    return len(words) >= 3 and words[:1] in (["cac"], ["nhung"]) and \
        not all(w in _GENERIC for w in words)


def _proper(name: str) -> bool:
    """A name whose head word (after "các") is capitalised: "Cảng Vũng Rô", "các Cục"."""
    head = re.sub(r"^(?:các|những)\s+", "", name)
    return head[:1].isupper()


def _co_named(resolver: AgencyResolver, text: str, lead: list[AgencyRef]) -> list[AgencyRef]:
    """"X và Y đồng chủ trì" where the gazetteer knows X but not Y: Y is kept as unknown."""
    cue = re.search(r"\s(?:đồng chủ trì|chủ trì|làm đầu mối)\b", text)
    last = max((text.find(a.mention) + len(a.mention) for a in lead if a.mention in text),
               default=-1)
    if cue is None or last < 0 or last >= cue.start():
        return []
    between = re.sub(r"^[\s,;]*(?:và\s+)?", "", text[last:cue.start()])
    return [resolver.resolve(between)] if between and opens_with_body(between) and \
        len(between.split()) <= _MAX_NAME_WORDS else []


def _list_names(name: str) -> list[str]:
    """"Các thôn: Bản Mài, Nà Lỳ và Lũng Tao" -> "thôn Bản Mài", "thôn Nà Lỳ", "thôn Lũng Tao";
    "Các bệnh viện và Trung tâm Y tế khu vực" -> both, when each part names a body."""
    head, sep, items = name.partition(":")
    if not sep:
        parts = [p for p in re.split(r",\s*|\s+và\s+", name) if p]
        return parts if len(parts) > 1 and all(opens_with_body(p) for p in parts) else [name]
    head = re.sub(r"^(?:các|những)\s+", "", head.strip(), flags=re.IGNORECASE)
    if head.lower() in _UNIT_WORDS:  # "Các xã: A, B": the communes' People's Committees
        head = f"UBND {head.lower()}"
    return [f"{head} {item.strip()}" for item in re.split(r",|\bvà\b", items) if item.strip()]


_UNIT_WORDS = frozenset({"xã", "phường", "huyện", "quận", "thị xã", "thị trấn", "đặc khu"})


def _unique(ms: list[AgencyMention]) -> list[AgencyRef]:
    seen: dict[str, AgencyRef] = {}
    for m in ms:
        seen.setdefault(m.ref.id, m.ref)
    return list(seen.values())


def roles(resolver: AgencyResolver, text: str) -> tuple[list[AgencyRef], list[AgencyRef]]:
    """(lead, support) named in `text` itself; empty lead means: inherit from the context.
    "Chủ tịch UBND tỉnh yêu cầu / giao X ...": the chair speaks, X is the subject."""
    folded = fold_keep(text).lower()
    issuer = _ISSUER_SPEAKS.match(folded)
    at = issuer.end() if issuer else 0
    ms = [m for m in _mentions(resolver, text) if m.start >= at]
    if not ms:  # no body the gazetteer knows: named ones ("Trưởng các xóm") may still lead and
        named = _named_subject(resolver, text[at:])  # support; collectives only beside known ones
        ids = {a.id for a in named}
        return named, [a for a in _named_after(resolver, text, []) if a.id not in ids and
                       _proper(a.name)]
    lead = (_subject(folded, ms, at) or _after_giao(folded, ms) or _after(folded, ms, _BY, set())
            ) + _before_cues(folded, ms)
    lead = lead or _closing_bracket(folded, ms)
    lead_ids = {m.ref.id for m in lead}
    support = [m for m in _after(folded, ms, _SUPPORT_CUES, lead_ids) +
               _before_support(folded, ms) if _has_role(folded, m) and m.ref.id not in lead_ids]
    named = _unique(lead)
    named = [*named, *_co_named(resolver, text, named)] if named else \
        _named_subject(resolver, text[at:])
    ids = {a.id for a in named}
    return named, [a for a in _unique(support) + _named_after(resolver, text, ms) if
                   a.id not in ids]


def heading_agencies(resolver: AgencyResolver, head: str) -> list[AgencyRef]:
    """Agencies named by a heading ("Sở Nông nghiệp và Môi trường:", "Các sở; UBND cấp xã:")."""
    return _unique(_subject(fold_keep(head).lower(), _mentions(resolver, head)))


def names_only(resolver: AgencyResolver, text: str) -> list[AgencyRef]:
    """The bodies a heading consists of ("Sở Kế hoạch và Đầu tư", "Công an tỉnh và Bộ Chỉ huy
    Quân sự tỉnh"), or [] when it says more than names."""
    ms = _mentions(resolver, text)
    covered = sum(m.end - m.start for m in ms)
    bare = len(re.sub(r"[\s,;:.]|\bvà\b", "", text))
    named = len(re.sub(r"[\s,;:.]", "", "".join(m.surface for m in ms)))
    if not ms or covered < 0.5 * len(text.strip()) or named < 0.8 * bare:
        return []
    return _unique(_subject(fold_keep(text).lower(), ms))


def agency_head(resolver: AgencyResolver, text: str) -> tuple[list[AgencyRef], str]:
    """An agency heading before a colon ("Sở Y tế: ...", "Đối với Sở X: ...") and the text
    after it; ([], text) when the text does not open so. A colon followed by names is a list
    ("UBND các huyện: Đồng Văn, Mèo Vạc ..."), not a heading."""
    head, sep, rest = text.partition(":")
    if not sep or len(head.split()) > _MAX_HEAD_WORDS or _lists_names(rest):
        return [], text
    found = heading_agencies(resolver, head)
    return (found, rest) if found else ([], text)


def _lists_names(rest: str) -> bool:
    """After a colon: capitalised names, not a task ("Đồng Văn, Mèo Vạc" vs "Chủ trì, ...")."""
    t = rest.strip()
    return bool(t) and t[:1].isupper() and not starts_imperative(t)


def is_request(text: str) -> bool:
    """"Đề nghị X ...": a request to a body outside the issuer's command."""
    return bool(_REQUEST.match(fold_keep(text).lower()))


def assignment(resolver: AgencyResolver, text: str) -> Roles:
    """Lead, support and the request flag of one task text."""
    head, rest = agency_head(resolver, text)
    if head:
        marked = _marked_support(resolver, text[:len(text) - len(rest)])
        head = [a for a in head if a.id not in {s.id for s in marked}] or head
        _, support = roles(resolver, rest)
        ids = {a.id for a in head}
        return Roles(head, [s for s in marked + support if s.id not in ids], is_request(text))
    lead, support = roles(resolver, text)
    if not lead:
        lead = _person(resolver, text)
    return Roles(lead, support, is_request(text) and bool(lead))


def _marked_support(resolver: AgencyResolver, head: str) -> list[AgencyRef]:
    """The bodies a heading marks "(phối hợp)": "Phòng A (chủ trì), Phòng B (phối hợp):"."""
    return _unique(_before_support(fold_keep(head).lower(), _mentions(resolver, head)))


def _person(resolver: AgencyResolver, text: str) -> list[AgencyRef]:
    """"Giao đồng chí Đinh Văn Hạ - Phó Chủ tịch UBND tỉnh trực tiếp chỉ đạo ...": the office
    holder leads, as "<office> <name>" (an unknown body: a person is in no gazetteer), though
    the office itself is above the issuer's departments."""
    found = assigned_person(text)
    if found is None:
        return []
    name, after = found
    office = next((m for m in resolver.find_mentions(after) if m.start == 0), None)
    if office is not None:
        return [resolver.resolve(f"{office.surface} {name}".strip())]
    title = _title(after)  # an office the gazetteer does not list: kept as written
    return [resolver.unknown(title)] if title else []


_TITLE_HEAD = re.compile(r"^(?:Phó|Ủy viên|Uỷ viên|Bí thư|Chủ tịch|Trưởng|Giám đốc)\s")
_TITLE_WORDS = 12


def _title(text: str) -> str:
    """A leader's title ("Phó Bí thư Thường trực Đảng ủy xã", "Ủy viên Ban Thường vụ Tỉnh ủy"):
    its words up to the task verb (a lower-case verb syllable, unknown.STOP: "chỉ đạo", "trực
    tiếp"; "Thường trực" stays, its verb syllable follows a capitalised one); "" when the text
    does not open with a title."""
    if not _TITLE_HEAD.match(text):
        return ""
    words: list[str] = []
    for w in text.split()[:_TITLE_WORDS]:
        low = w.lower().strip(",;:.")
        after_cap = bool(words) and words[-1][:1].isupper() and words[-1].lower() in STOP
        if (w[:1].islower() and low in STOP and not after_cap) or not low:
            break
        words.append(w)
    return " ".join(words).rstrip(" ,;:.")
