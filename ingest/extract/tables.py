"""Task tables ("Phụ lục nhiệm vụ"): one directive per row, columns found by their header names.

Readers render a table one row per line, cells joined by TAB (the text contract). A header row
names the columns: content ("Nội dung", "Nhiệm vụ", "Công việc"), lead ("Cơ quan chủ trì",
"Đơn vị thực hiện", "Đơn vị chủ trì"), support ("Cơ quan phối hợp", "Đơn vị phối hợp"), deadline
("Thời hạn", "Thời gian hoàn thành", "Tiến độ") and order ("TT", "STT"). A row with one filled cell
(a merged group row such as "I. Lĩnh vực giao thông"), or a Roman numeral / capital letter in the
first cell and one title ("II" | "DỰ ÁN ..."), is a heading. A cell may name several
bodies, one per line/item (joined by "; "). A bare date in the deadline column is the deadline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ingest.extract.deadlines import read_deadline
from ingest.model import AgencyRef, Deadline
from ingest.resolve import AgencyResolver, is_oversight
from ingest.structure import Block, clean
from ingest.text import LETTERS, fold

# Checked in this order: "Đơn vị phối hợp" is support and "Thời gian thực hiện" a deadline
# before either is a unit ("đơn vị", "thực hiện").
_COLUMNS = (
    ("support", re.compile(r"phoi hop")),
    ("deadline", re.compile(r"thoi han|thoi gian|tien do|han hoan thanh|thoi diem")),
    ("lead", re.compile(r"chu tri|thuc hien|dau moi|chiu trach nhiem|don vi|co quan")),
    ("order", re.compile(r"^(?:s?tt|so tt|so thu tu)$")),
    ("content", re.compile(r"noi dung|nhiem vu|cong viec|van de|ten de an|yeu cau")),
)
_ITEM_MARK = re.compile(r"^[\s\-+•–]+|[\s;,.]+$")
_GROUP_MARK = re.compile(r"^(?P<m>[IVX]{1,5}|[A-ZĐ]|\d{1,2})[.)]\s+")


@dataclass
class Columns:
    content: int
    lead: int | None = None
    support: int | None = None
    deadline: int | None = None
    order: int | None = None


def cell_texts(text: str, b: Block) -> list[str]:
    return [clean(text[s:e]) for s, e in b.cells]


def header(cells: list[str]) -> Columns | None:
    """The column roles of a header row, or None when the row is not a task-table header."""
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        f = fold(cell)
        role = next((name for name, rx in _COLUMNS if rx.search(f)), None)
        if role and role not in found and len(f.split()) <= 8:
            found[role] = i
    if "content" not in found or len(found) < 2:
        return None
    return Columns(found["content"], found.get("lead"), found.get("support"),
                   found.get("deadline"), found.get("order"))


_GROUP_ORDER = re.compile(r"^(?:[IVX]{1,5}|[A-ZĐ])[.)]?$")


def group_title(cells: list[str]) -> str | None:
    """The text of a merged group row, else None: one filled cell ("A. Lĩnh vực đường bộ"),
    or a group marker in the order column and one title ("I" | "DỰ ÁN ĐƯỜNG ..." spanning the
    other columns), given as "I. DỰ ÁN ĐƯỜNG ..."."""
    filled = [c for c in cells if c]
    if len(filled) == 1 and re.search(LETTERS, filled[0]):
        return filled[0]
    if len(filled) == 2 and cells[0] == filled[0] and _GROUP_ORDER.match(filled[0]) and \
            re.search(LETTERS, filled[1]):
        return f"{filled[0].rstrip('.)')}. {filled[1]}"
    return None


def group_marker(title: str, n: int) -> str:
    m = _GROUP_MARK.match(title)
    return m.group("m") if m else f"g{n}"


def cell(cells: list[str], i: int | None) -> str:
    return cells[i] if i is not None and i < len(cells) else ""


def cell_agencies(resolver: AgencyResolver, text: str) -> list[AgencyRef]:
    """The bodies a cell names: each item (line, "; "-joined) is one or more bodies; an item
    the gazetteer does not know is kept as an unknown body."""
    out: dict[str, AgencyRef] = {}
    for raw in _CELL_ITEM.split(text):
        item = _ITEM_MARK.sub("", raw)
        if not re.search(LETTERS, item):
            continue
        found = [m for m in resolver.find_mentions(item) if not is_oversight(m.ref)]
        covered = sum(m.end - m.start for m in found)
        if found and covered >= 0.6 * len(item):
            refs = [m.ref for m in found]
        elif any(is_oversight(m.ref) for m in resolver.find_mentions(item)):
            refs = []
        else:
            refs = [resolver.resolve(item)]
        for r in refs:
            out.setdefault(r.id, r)
    return list(out.values())


# Items of a roles cell: lines, "; "-joined items, and a capitalised "Các"/"Những" inside a line
# (two paragraphs of one cell read as one line: "Công ty Điện lực X Các doanh nghiệp viễn
# thông"; no body's name has a capitalised "Các" inside it).
_CELL_ITEM = re.compile(r";|\n|\s+(?=(?:Các|Những)\s)")
_START_ONLY = re.compile(r"^\s*(?:bat dau\s+)?tu\s+(?!.*\b(?:den|toi)\b)")
_ROLE_LABEL = re.compile(r"(chủ trì|phối hợp)\s*:", re.IGNORECASE)


def labelled_roles(resolver: AgencyResolver, text: str) -> tuple[list[AgencyRef], list[AgencyRef]]:
    """A cell holding both roles, "Chủ trì: X; Phối hợp: Y; Z" -> ([X], [Y, Z]); ([], [])
    when the cell has no such labels."""
    parts = _ROLE_LABEL.split(text)
    if len(parts) < 3:
        return [], []
    lead: list[AgencyRef] = []
    support: list[AgencyRef] = []
    for label, body in zip(parts[1::2], parts[2::2], strict=True):
        (lead if fold(label) == "chu tri" else support).extend(cell_agencies(resolver, body))
    return lead, support


def cell_deadline(text: str, ref: date, issued: date | None = None) -> Deadline | None:
    """A deadline cell: a phrase ("Trước 15/11/2025") or a bare date, month or quarter
    ("31/12/2025", "Tháng 12/2025", "Quý I/2026"), the last day allowed. A start alone ("Từ ngày
    11/02/2026", "Bắt đầu từ tháng 3") sets none; a range ("Từ 01/3 đến 15/3/2026") ends at its
    end."""
    if _START_ONLY.match(fold(text)):
        return None
    found = read_deadline(text, ref, issued)  # ingest/extract/deadlines.py: cells need no cue
    return found.model_copy(update={"text": text}) if found is not None else None
