"""The issuing body of a notice, from its header block (Decree 30: the parent body's name on the
first line where there is one, the issuing body's below it): canonical name, parent, level and
jurisdiction ("province": the province; "Chính phủ" for the Government Office; the ministry)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ingest.anatomy import MOTTO, Piece
from ingest.gazetteer import provinces
from ingest.model import Level
from ingest.text import fold, normalize_tones

_ABBR = [(re.compile(r"\bUBND\b", re.IGNORECASE), "Ủy ban nhân dân"),
         (re.compile(r"\bHĐND\b", re.IGNORECASE), "Hội đồng nhân dân"),
         (re.compile(r"\bTP\.\s*", re.IGNORECASE), "thành phố ")]
_NUMBER_TAIL = re.compile(r"\bSố\s*:.*$|\bSố\s+\d+\s*[-/].*$", re.IGNORECASE)
_DATE_TAIL = re.compile(r"[^\W\d_][^,]{0,40},\s*ngày\s+\d.*$", re.IGNORECASE)
_DECOR = re.compile(r"[-_–—=~*#]{2,}|^[-_–—=~*#\s]+$|[*_#]")
TERRITORY = r"(?:tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong|dac khu)"
# A local People's Committee or Council, or the Party committee of a commune or district
# ("ĐẢNG ỦY XÃ PHÚ LÝ" under "ĐẢNG BỘ TỈNH ĐỒNG NAI").
_FRONT = r"uy ban mat tran to quoc(?: viet nam)?"  # the Fatherland Front's committee of a place
_FRONT_NAME = "Ủy ban Mặt trận Tổ quốc Việt Nam"
_LOCAL = re.compile(r"^(?:uy ban nhan dan|hoi dong nhan dan|dang uy|" + _FRONT + r")\s+("
                    + TERRITORY + r")\s+(.+)$")
_TOP = re.compile(r"^(?:bo\s+\S.*|(?:uy ban nhan dan|hoi dong nhan dan|dang bo|" + _FRONT + r")\s+"
                  + TERRITORY
                  + r"\s+\S.*|(?:tinh|thanh pho)\s+\S.*|van phong chinh phu|chinh phu|"
                  r"so\s+\S.*|quan khu\s+\S+)$")
# A public institution under a ministry or a department (a hospital, a school, an academy).
_INSTITUTION = r"(?:benh vien|hoc vien|truong (?:dai hoc|cao dang|trung cap|chinh tri))"
# Bodies under a ministry named "Bộ ..." that are not ministries (the military's commands).
_NOT_MINISTRY = re.compile(r"^bo (?:chi huy|tu lenh|doi)\b")
# A ministry's own departments: they act for the ministry.
_DEPARTMENT = re.compile(r"^(?:cuc|vu|tong cuc|van phong|thanh tra|ban)\b")
_SUB = re.compile(r"^(?:so|ban|cuc|tong cuc|vu|van phong|uy ban nhan dan|hoi dong nhan dan|dang uy|"
                  r"thuong truc|"
                  r"thanh tra|cong an|trung tam|vien|bo chi huy|chi cuc|"
                  r"tinh uy|thanh uy|huyen uy|quan uy|thi uy|" + _INSTITUTION + r")\b")
# The Party committee of a province or district, named in its header under its Đảng bộ
# ("ĐẢNG BỘ TỈNH ĐỒNG THÁP / TỈNH ỦY"): "Tỉnh ủy Đồng Tháp".
_PARTY_COMMITTEE = re.compile(r"^(?:tinh|thanh|huyen|quan|thi) uy$")
# Ministerial-level agencies (cơ quan ngang bộ) other than the ministries themselves.
_MINISTERIAL = ("ngan hang nha nuoc viet nam", "thanh tra chinh phu", "uy ban dan toc")
_TWO_WORD_HEADS = {"van phong", "tong cuc", "chi cuc", "thanh tra", "trung tam", "ngan hang",
                   "thuong truc", "benh vien", "hoc vien", "cong an"}
# Issuing bodies named only by their parent: its office, inspectorate, standing committee.
_OF_PARENT = ("van phong", "ban", "thanh tra", "thuong truc", "ban thuong truc", "ban thuong vu",
              "ban chap hanh", "doan chu tich")
_KEEP_CAPS = ("Việt Nam", "Chính phủ", "Nhà nước", "Quốc hội", "Trung ương")


@dataclass(frozen=True)
class Issuer:
    name: str  # canonical
    parent: str  # as written in the header ("BỘ XÂY DỰNG"), "" when none
    level: Level
    province: str  # jurisdiction


def header_lines(header: list[Piece]) -> list[str]:
    """The issuer column of a header: its lines, motto, number, date and rules left out."""
    out: list[str] = []
    for p in header:
        column = _issuer_column(p.text) if MOTTO.search(p.bare) else p.text
        if not column:
            continue
        text = _DATE_TAIL.sub("", _NUMBER_TAIL.sub("", column))
        text = re.sub(r"\s+", " ", _DECOR.sub(" ", text)).strip(" ,")
        if text and re.search(r"[^\W\d_]{2}", text):
            out.append(text)
    return out


def _issuer_column(line: str) -> str:
    """A fixed-width copy's line holding both columns ("HĐND TỈNH LAI CHÂU      CỘNG HÒA XÃ HỘI
    ..."): the issuer column left of a wide gap, when the motto is right of it; else ""."""
    columns = re.split(r"\s{3,}|\t", line.strip())
    if len(columns) < 2 or MOTTO.search(fold(columns[0])):
        return ""
    return columns[0]


def from_header(lines: list[str]) -> Issuer | None:
    if not lines:
        return None
    words = " ".join(lines).split()
    parent_raw, body_raw = _split(words)
    name = canonical(body_raw)
    parent = canonical(parent_raw) if parent_raw else ""
    if fold(body_raw) in _OF_PARENT and parent:
        name = f"{name} {parent}"
    elif _PARTY_COMMITTEE.match(fold(body_raw)) and parent:
        name = f"{name[:1]}{name[1:].lower()} {_place(parent)}".strip()
    elif parent and _SUB.match(fold(name)) and not _LOCAL.match(fold(name)):
        name = _with_territory(name, parent)
    return resolve(name, parent_raw)  # the parent as the header writes it


def _place(parent: str) -> str:
    """The place a Đảng bộ is of ("Đảng bộ tỉnh Đồng Tháp" -> "Đồng Tháp")."""
    m = re.match(r"^(?:dang bo)\s+" + TERRITORY + r"\s+", fold(parent))
    return " ".join(parent.split()[len(m.group(0).split()):]) if m else ""


def _with_territory(name: str, parent: str) -> str:
    """A province's department is named with its province: "Sở Y tế tỉnh Quảng Trị"."""
    local = _LOCAL.match(fold(parent))
    if not local or local.group(1) not in ("tinh", "thanh pho"):
        return name
    size = len(local.group(2).split()) + len(local.group(1).split())
    territory = " ".join(parent.split()[-size:])
    return name if fold(territory) in fold(name) else f"{name} {territory}"


def _split(words: list[str]) -> tuple[str, str]:
    """(parent, issuing body): the first split whose left part is a whole superior body and whose
    right part starts a body name (BỘ XÂY DỰNG | CỤC ĐƯỜNG BỘ VIỆT NAM)."""
    for i in range(2, len(words) - 1):
        left, right = " ".join(words[:i]), " ".join(words[i:])
        top, sub = fold(expand(left)), fold(expand(right))
        if _TOP.match(top) and _SUB.match(sub) and not _local_tail(top):
            return left, right
    return "", " ".join(words)


def _local_tail(top: str) -> bool:
    """A left part "ỦY BAN NHÂN DÂN" without its territory is no whole body."""
    return bool(re.match(r"^(?:uy ban|hoi dong)\b", top)) and not _LOCAL.match(top)


def expand(text: str) -> str:
    for pattern, full in _ABBR:
        text = pattern.sub(full, text)
    return re.sub(r"\s+", " ", text).strip()


def canonical(raw: str) -> str:
    """One written form: "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG" -> "Ủy ban nhân dân tỉnh Hà Giang",
    "BỘ XÂY DỰNG" -> "Bộ Xây dựng"; a name already in mixed case keeps its capitals."""
    letters = [c for c in raw if c.isalpha()]
    text = normalize_tones(expand(raw))
    if letters and sum(c.isupper() for c in letters) < 0.7 * len(letters):
        return text[:1].upper() + text[1:]
    local = _LOCAL.match(fold(text))
    if local:
        head_words = len(text.split()) - len(local.group(2).split())
        head = " ".join(text.split()[:head_words]).lower()
        head = _front_cased(head)
        return head[:1].upper() + head[1:] + " " + _proper(" ".join(text.split()[head_words:]))
    return _keep_caps(_institution(text) or _sentence(text))


# Heads of institution names as written: the name after them is a proper name.
_INSTITUTION_HEADS = ("Trường Đại học", "Trường Cao đẳng", "Trường Trung cấp", "Học viện",
                      "Bệnh viện Đa khoa", "Bệnh viện")


def _institution(text: str) -> str:
    """"TRƯỜNG ĐẠI HỌC QUY NHƠN" -> "Trường Đại học Quy Nhơn": a place name after the head
    title-cased; any other name in sentence case."""
    for head in _INSTITUTION_HEADS:
        n = len(head.split())
        if fold(" ".join(text.split()[:n])) == fold(head) and len(text.split()) > n:
            rest = " ".join(text.split()[n:])
            return f"{head} {_place_cased(rest)}"
    return ""


def _place_cased(rest: str) -> str:
    if provinces.find(rest) or any(provinces.provinces_of_commune(f"{unit} {rest}")
                                   for unit in ("xã", "phường")):
        return rest.title()
    return rest[:1].upper() + rest[1:].lower()


def _front_cased(head: str) -> str:
    """"ủy ban mặt trận tổ quốc việt nam tỉnh" -> "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"."""
    m = re.match(_FRONT, fold(head))
    if not m:
        return head
    n = len(m.group(0).split())
    return " ".join(_FRONT_NAME.split()[:n] + head.split()[n:])


def _proper(name: str) -> str:
    found = provinces.find(name)
    return found.name if found else name.title()


def _sentence(text: str) -> str:
    """Vietnamese body names: the head and the first word of each coordinated part capitalised
    ("Bộ Văn hóa, Thể thao và Du lịch")."""
    words = text.lower().split()
    name_at = 2 if fold(" ".join(words[:2])) in _TWO_WORD_HEADS else 1
    out: list[str] = []
    for i, w in enumerate(words):
        cap = i == 0 or (i == name_at and not re.match(TERRITORY + "$", fold(w))) \
            or out[-1].endswith(",") or out[-1] == "và"
        out.append(w[:1].upper() + w[1:] if cap else w)
    return " ".join(out)


def _keep_caps(text: str) -> str:
    for phrase in _KEEP_CAPS:
        text = re.sub(re.escape(phrase), phrase, text, flags=re.IGNORECASE)
    for name in provinces.names():
        text = re.sub(r"(?<=\s)" + re.escape(name) + r"\b", name, text, flags=re.IGNORECASE)
    return text


def resolve(name: str, parent: str) -> Issuer:
    level = level_of(name, parent)
    return Issuer(name, parent, level, jurisdiction(name, parent, level))


def level_of(name: str, parent: str) -> Level:
    f, fp = fold(expand(name)), fold(expand(parent))
    local = _LOCAL.match(f)
    if f in ("van phong chinh phu", "chinh phu", "thu tuong chinh phu"):
        return "central"
    if _under_ministry(f, fp) or fp.startswith("so "):  # a unit a ministry or a Sở runs
        return "province" if province_in(name) or province_in(parent) else "unknown"
    if _ministry(f) or _ministry(fp) or f in _MINISTERIAL:
        return "ministry"
    if re.match(r"^(?:tinh|thanh) uy ", f):
        return "province"
    if local:
        return _local_level(local.group(1), local.group(2))
    return "province" if _LOCAL.match(fp) or fp.startswith(("tinh ", "thanh pho ")) else "unknown"


def _ministry(f: str) -> bool:
    return f.startswith("bo ") and not _NOT_MINISTRY.match(f)


def _under_ministry(f: str, fp: str) -> bool:
    """A body a ministry or a military command runs that is none of the ministry's own
    departments: "Bộ Công an / Công an tỉnh X", "Bộ Giáo dục và Đào tạo / Trường Đại học Y"."""
    return fp.startswith(("bo ", "quan khu ")) and not _DEPARTMENT.match(f) and not _ministry(f)


def placed(issuer: Issuer, place: str) -> Issuer:
    """A unit under a ministry whose name and parent name no province: the place of its date
    line ("Gia Lai, ngày ...")."""
    f, fp = fold(expand(issuer.name)), fold(expand(issuer.parent))
    if issuer.province or not _under_ministry(f, fp):
        return issuer
    words = place.split()  # a joined header line: "... Hạnh phúc Gia Lai"
    found = next((p.name for n in (3, 2, 1) if (p := provinces.find(" ".join(words[-n:])))), "")
    return Issuer(issuer.name, issuer.parent, issuer.level, found)


def _local_level(territory: str, place: str) -> Level:
    if territory in ("xa", "phuong", "dac khu", "thi tran"):
        return "commune"
    if territory == "tinh" or (territory == "thanh pho" and provinces.find(place)):
        return "province"
    return "district"


def jurisdiction(name: str, parent: str, level: Level) -> str:
    if level == "central":
        return "Chính phủ"
    if level == "ministry":
        return name if _ministry(fold(name)) or fold(name) in _MINISTERIAL \
            else canonical(parent)
    for text in (parent, name) if level in ("commune", "district") else (name, parent):
        found = province_in(text)
        if found:
            return found
    return _commune_province(name) if level == "commune" else ""


def _homes(name: str) -> tuple[str, ...]:
    """The provinces that have a commune of a local body's name ("Ủy ban nhân dân xã Tân Phú")."""
    local = _LOCAL.match(fold(expand(name)))
    words = len(local.group(1).split()) + len(local.group(2).split()) if local else 0
    unit = " ".join(name.split()[-words:]) if local else ""  # "đặc khu Phú Quốc": two unit words
    return provinces.provinces_of_commune(unit) if unit else ()


def _commune_province(name: str) -> str:
    """A commune whose header names no parent: its province when its name is unique."""
    found = _homes(name)
    return found[0] if len(found) == 1 else ""


def named_home(name: str, text: str) -> str:
    """Of the provinces that have a commune of this name, the one `text` names ("tỉnh X"), when
    it names one only."""
    named = set(provinces_in(text)) & set(_homes(name))
    return named.pop() if len(named) == 1 else ""


def province_in(text: str) -> str:
    """The province a body name or line names ("UBND TỈNH CAO BẰNG", "thành phố Đà Nẵng")."""
    return next(provinces_in(text), "")


def provinces_in(text: str) -> Iterator[str]:
    """Every province the text names after "tỉnh" / "thành phố", in order."""
    f = fold(expand(text))
    for m in re.finditer(r"\b(?:tinh|thanh pho)\s+", f):
        words = f[m.end():].split()[:4]
        found = next((p for n in range(len(words), 0, -1)
                      if (p := provinces.find(" ".join(words[:n]).strip(",.;:()")))), None)
        if found:
            yield found.name
