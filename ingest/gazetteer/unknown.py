"""Bodies the gazetteer does not list: where their names start (a head word: "Trung tâm", "Chi
cục", "UBND xã" ...) and where they end (a verb, a function word, a known body, punctuation, the
end of a place name). Used by ingest/resolve.py, which keeps such a body with known=False (or, in
a ministry's notice, as one of the ministry's departments)."""

from __future__ import annotations

from collections.abc import Callable

from ingest.gazetteer.match import Tok
from ingest.model import Agency, AgencyRef
from ingest.text import fold, normalize_tones


def _split(text: str, sep: str | None = None) -> tuple[str, ...]:
    return tuple(text.split(sep))


UNKNOWN_HEADS = _split(
    "Sở|Ban|Cục|Chi cục|Trung tâm|Văn phòng|Thanh tra|Công an|Bộ Chỉ huy|Ban Chỉ huy|Kho bạc"
    "|Ngân hàng|Đài|Báo|Bệnh viện|Trường|Hội|Tỉnh đoàn|Viện|Đại học|Công ty|Tổng công ty|Quỹ"
    "|Liên đoàn|Ủy ban|UBND xã|UBND phường|UBND huyện|UBND thành phố|UBND thị xã|UBND thị trấn"
    "|UBND quận|UBND đặc khu|Ủy ban nhân dân xã|Ủy ban nhân dân phường|Ủy ban nhân dân huyện"
    "|Ủy ban nhân dân thành phố|Ủy ban nhân dân thị xã|Ủy ban nhân dân đặc khu"
    "|Vụ|Tổng cục|Phòng|Đồn|Trạm|Hạt|Tòa án|Viện kiểm sát|Chi nhánh|Viễn thông|VNPT|Viettel"
    "|Hiệp hội|Tập đoàn|Cảng|Cảng vụ|Nhà máy|Bưu điện|Tổ giúp việc|Tổ công tác|Tổ chuyên gia"
    "|Hội đồng|Chi bộ|Đảng ủy|Vườn quốc gia|Liên danh|Khoa|Tổ",
    "|",
)
# Heads of a ministry's departments: in a ministry's notice, "Cục X" it does not list is its own.
DEPARTMENT_HEADS = {"cuc": "cục", "vu": "vụ", "ban": "ban", "tong cuc": "tổng cục",
                    "trung tam": "trung tâm", "vien": "viện"}
# Heads of a provincial department's units: in a Sở's notice, "Phòng X", "Chi cục X" are its own.
UNIT_HEADS = {"phong": "phòng", "chi cuc": "chi cục", "trung tam": "trung tâm", "ban": "ban"}
# First syllables of verbs and function words: a lower-case one ends a name.
STOP = frozenset(_split(
    "chủ phối tổ triển thực tăng rà tham khẩn tiếp chịu báo theo với của tại trong để về đã "
    "đang được có là các cho khi từ đến nhằm bảo đôn hướng kiểm xây nghiên chỉ hoàn đề tập "
    "giải quản phải cần sớm trực thường nắm duy ban tổng lập xử đẩy làm đánh tuyên phát nâng tiến "
    "ứng và lãnh"
))
# Two-syllable verbs whose first syllable also opens name words ("Tiêu chuẩn", "Quỹ Hỗ trợ ...",
# "Hội đồng"): written lower-case after a name, they end it ("... Doanh nghiệp công nghệ chuẩn
# bị", "... Trung tâm Phát triển quỹ đất huyện đồng chủ trì").
STOP_PAIRS = frozenset({
    "chuan bi", "ho tro", "tham dinh", "dong chu", "van dong", "van hanh", "pho bien", "cung cap",
    "giam sat", "yeu cau", "cap nhat", "bo tri", "huy dong", "cong khai", "dieu chinh", "phan bo",
    "ban giao", "thu hoi", "dam bao", "tich cuc", "quyet liet", "khan truong", "lua chon",
})
# Name words whose second syllable is a verb's first ("Phòng Hậu cần - Kỹ thuật", "Ban Tuyên
# giáo"), folded.
NAME_WORDS = frozenset({"hau can", "tuyen giao"})
_MAX_TOKENS = 10
_BOARD_WORDS = frozenset({"ban chi dao", "ban chi huy"})


def _heads_by_first(heads: tuple[str, ...]) -> dict[str, list[tuple[list[str], bool]]]:
    """Heads by first word (lower-case, one tone style), with whether the head is itself
    written in capitals ("UBND xã": an ALL-CAPS "UBND" is not a heading)."""
    index: dict[str, list[tuple[list[str], bool]]] = {}
    for head in sorted(heads, key=len, reverse=True):
        words = normalize_tones(head).lower().split()
        index.setdefault(words[0], []).append((words, head.split()[0].isupper()))
    return index


_HEADS_BY_FIRST = _heads_by_first(UNKNOWN_HEADS)


def unknown_head(toks: list[Tok], i: int) -> int | None:
    """Index after an agency-like head word ("Trung tâm", "Chi cục"...) at i, if any."""
    for words, capitals in _HEADS_BY_FIRST.get(toks[i].low, ()):
        window = toks[i : i + len(words)]
        same = len(window) == len(words) and all(
            t.low == w for t, w in zip(window, words, strict=True)
        )
        heading = toks[i].raw.isupper() and not capitals
        if same and toks[i].raw[:1].isupper() and not heading:
            return i + len(words)
    return None


def after_place(toks: list[Tok], h: int, k: int) -> bool:
    """A lower-case word at k right after a place name: two capitalised words that follow the
    head (h) or a lower-case word ("VNPT Thái Nguyên | hợp nhất", "Y tế khu vực Hòa An")."""
    if " ".join(t.key for t in toks[max(0, k - 2) : k + 1]) in _BOARD_WORDS:
        return False  # "... Ban Chỉ đạo", "... Ban Chỉ huy": a body's name, not a place's end
    caps = [t.raw[:1].isupper() for t in toks[max(h, k - 3) : k + 1]]
    word = toks[k].raw[:1].isalpha()
    if len(caps) < 3 or not word or caps[-1] or not (caps[-2] and caps[-3]):
        return False
    # place words are title case: an abbreviation ("Công ty TNHH Xây dựng") starts none
    first = toks[k - 2].raw
    if len(first) > 1 and first.isupper():
        return False
    return k - 2 == h or not caps[0]


def _ends_at(toks: list[Tok], h: int, k: int, starts_body: Callable[[int], bool]) -> bool:
    tok, nxt = toks[k], toks[k + 1].raw if k + 1 < len(toks) else ""
    if after_place(toks, h, k):
        return True
    joins = tok.key in ("va", "-") and nxt[:1].isupper() and not starts_body(k + 1)
    # a verb written capitalised is a name word ("Cục Phát triển", "Vụ Tổ chức cán bộ")
    compound = k > h and toks[k - 1].raw[:1].isupper() and toks[k - 1].low in STOP
    compound = compound or (k > h and unknown_head(toks, k - 1) == k + 1)  # "Văn phòng Ủy ban"
    compound = compound or (k > h and f"{toks[k - 1].key} {tok.key}" in NAME_WORDS)
    lower = not tok.raw[:1].isupper()
    verb = tok.low in STOP and not (joins or compound or not lower)
    pair = lower and f"{tok.key} {toks[k + 1].key if k + 1 < len(toks) else ''}" in STOP_PAIRS
    return not (tok.raw[:1].isalnum() or joins or field_list(toks, h, k)) or verb or pair


def field_list(toks: list[Tok], h: int, k: int) -> bool:
    """A comma inside a name that lists fields ("Vụ Khoa học Xã hội, Nhân văn và Tự nhiên",
    "Cục Thông tin, Thống kê", "Phòng Kinh tế, Hạ tầng và Đô thị"): after the comma a
    capitalised word followed by a lower-case one or "và" (a field, sentence case), not a
    place name ("Tam Hiệp, Long Hưng": every syllable capitalised) or another body's head."""
    if toks[k].raw != "," or k <= h or k + 2 >= len(toks):
        return False
    first, second = toks[k + 1], toks[k + 2]
    field = first.raw[:1].isupper() and first.raw[:1].isalpha() and not second.raw[:1].isupper()
    return field and second.raw[:1].isalpha() and unknown_head(toks, k + 1) is None


def field_tail(
    toks: list[Tok], h: int, j: int, starts_body: Callable[[int], bool],
    known_at: Callable[[int], bool],
) -> int:
    """End of a field list that goes on a known body's name ending at j ("Phòng Kinh tế" +
    ", Hạ tầng và Đô thị", the 2025 "X, Y và Z" names), or j: the fields after the comma must
    be closed by "và" + a capitalised word (one name, not a list of bodies: "Sở Tài chính, Sở
    Xây dựng"; a list head's short names are its caller's to rule out)."""
    if j >= len(toks) or not field_list(toks, h, j):
        return j
    end = _end_from(toks, j + 1, starts_body, known_at)
    pairs = zip(toks[j:end], toks[j + 1 : end], strict=False)
    closed = any(t.key == "va" and n.raw[:1].isupper() for t, n in pairs)
    return end if closed else j


# Kinds of public units written in lower case after their head ("Bệnh viện đa khoa tỉnh X",
# "Trường trung học phổ thông Y"): the name goes on as usual after them.
_LOWER_KINDS = {
    "benh vien": ("da khoa", "y hoc co truyen", "phuc hoi chuc nang", "san nhi", "tam than",
                  "lao va benh phoi"),
    "truong": ("trung hoc pho thong", "trung hoc co so", "tieu hoc", "mam non",
               "pho thong dan toc noi tru", "pho thong dan toc ban tru", "cao dang"),
    "trung tam": ("y te", "kiem soat benh tat", "van hoa", "khuyen nong", "dich vu viec lam"),
}


def _lower_kind(toks: list[Tok], i: int, h: int) -> int:
    """Index after a lower-case unit kind right after the head at i..h, or h."""
    head = " ".join(t.key for t in toks[i:h])
    for kind in _LOWER_KINDS.get(head, ()):
        words = kind.split()
        window = toks[h : h + len(words)]
        if [t.key for t in window] == words and not window[0].raw[:1].isupper():
            return h + len(words)
    return h


def unknown_end(
    toks: list[Tok], i: int, h: int, starts_body: Callable[[int], bool],
    known_at: Callable[[int], bool],
) -> int:
    """End of an unknown body's name whose head runs from i to h: capitalised words (or a
    lower-case unit kind, "Bệnh viện đa khoa ..."), then lower-case words until a verb; a place
    name, a known body (`known_at`) or punctuation ends it."""
    start = _lower_kind(toks, i, h)
    capital = h < len(toks) and toks[h].raw[:1].isupper() and toks[h].raw[:1].isalpha()
    if start == h and not capital:
        return h
    return _end_from(toks, start, starts_body, known_at, lenient=start > h)


def _end_from(
    toks: list[Tok], h: int, starts_body: Callable[[int], bool], known_at: Callable[[int], bool],
    lenient: bool = False,
) -> int:
    k = h
    while k < len(toks) and k - h < _MAX_TOKENS:
        known = (k > h or lenient) and known_at(k) and not _party_owner(toks, k)
        if _ends_at(toks, h, k, starts_body) or known:
            break
        k += 1
    return k


def _party_owner(toks: list[Tok], k: int) -> bool:
    """A Party committee closing a unit's name: "Ủy ban Kiểm tra Đảng ủy xã", "Ban Tổ chức Tỉnh
    ủy" (a Party committee's units are named with it, unlike "Sở X và UBND xã")."""
    pair = " ".join(t.key for t in toks[k:k + 2])
    return toks[k].raw[:1].isupper() and pair in ("dang uy", "tinh uy", "huyen uy", "thanh uy")


def head_kind(name: str) -> str:
    """The kind of an unknown body from its head ("Trung tâm Y tế X" -> "trung tâm")."""
    head = next((h for h in UNKNOWN_HEADS if fold(name).startswith(fold(h) + " ")), "")
    return normalize_tones(head).lower() or "khác"


def unknown_node(ref: AgencyRef, province: str) -> Agency:
    """A body no gazetteer lists, as the graph's Agency node: kept as written, its kind read
    from its head word."""
    aliases = [ref.mention] if ref.mention != ref.name else []
    return Agency(
        id=ref.id, name=ref.name, province=province, aliases=aliases,
        kind=head_kind(ref.name), known=False, collective=ref.collective,
    )
