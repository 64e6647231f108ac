"""Cited legal documents: "Nghị quyết số 68-NQ/TW", "Quyết định số 933/QĐ-UBND ngày 27/6/2025",
"Nghị quyết 01/NQ-CP, số 25/NQ-CP, số 154/NQ-CP" (three documents), "Luật Bầu cử"...

id = the folded number as a slug ("933-qd-ubnd"); kind from the leading word, or from the number's
code when a list item has none (NQ -> Nghị quyết, QĐ -> Quyết định, ...); date when given.
"""

from __future__ import annotations

import re
from datetime import date

from ingest.model import LegalDocument
from ingest.text import LETTERS, fold_keep, nfc, slug


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_KINDS = {
    "thong bao ket luan": "Thông báo",
    "nghi quyet lien tich": "Nghị quyết liên tịch",
    "nghi quyet": "Nghị quyết",
    "quyet dinh": "Quyết định",
    "chi thi": "Chỉ thị",
    "ket luan": "Kết luận",
    "ke hoach": "Kế hoạch",
    "cong van": "Công văn",
    "van ban": "Văn bản",
    "thong bao": "Thông báo",
    "nghi dinh": "Nghị định",
    "thong tu lien tich": "Thông tư liên tịch",
    "thong tu": "Thông tư",
    "luat": "Luật",
    "phap lenh": "Pháp lệnh",
    "chuong trinh": "Chương trình",
    "de an": "Đề án",
    "to trinh": "Tờ trình",
    "huong dan": "Hướng dẫn",
    "quy dinh": "Quy định",
    "cong dien": "Công điện",
    "bao cao": "Báo cáo",
}
_CODES = {
    "nq": "Nghị quyết",
    "qd": "Quyết định",
    "ct": "Chỉ thị",
    "kl": "Kết luận",
    "kh": "Kế hoạch",
    "tb": "Thông báo",
    "nd": "Nghị định",
    "tt": "Thông tư",
    "qh": "Luật",
    "ttlt": "Thông tư liên tịch",
    "cd": "Công điện",
    "tb-vpcp": "Thông báo",
    "da": "Đề án",
    "tr": "Tờ trình",
    "bc": "Báo cáo",
    "hd": "Hướng dẫn",
    "qc": "Quy chế",
}
_KIND_RE = "|".join(sorted(_KINDS, key=len, reverse=True))
_NUM = rf"\d+(?:/\d{{4}})?[/-](?={LETTERS})[^\W_]+(?:[-/&.][^\W_]+)*"
_DATE = r"\s+ngay\s+(?:(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})"
_DATE += r"|(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>\d{4}))"
_HEAD = re.compile(rf"(?<![^\W_])(?P<kind>{_KIND_RE})\s+(?:so\s+)?(?P<num>{_NUM})", re.I)
_MORE = re.compile(rf"\s*(?:,|;|va)\s*(?:so\s+)?(?P<num>{_NUM})")
_BARE = re.compile(rf"(?<![^\W_])so\s+(?P<num>{_NUM})")
_DATE_RE = re.compile(_DATE)
_TITLE = re.compile(
    r"\s*(?:cua\s+[^,;.()\n]{2,60}?\s+)?(?P<t>(?:ve|ban hanh|quy dinh)\s[^;.()\n]{3,160})"
)
_LAW = re.compile(rf"(?<![^\W_])[Ll]uật\s+(?P<name>[A-ZĐ]{LETTERS}*(?:\s+{LETTERS}+){{0,5}})")
_LAW_STOP = _wordset("theo ve nam so va cua duoc tren da de trong cho tai voi khi thi nhu la co")


def _kind_from_code(number: str) -> str:
    code = fold_keep(number).split("/", 1)[-1] if "/" in number else number
    parts = [p for p in re.split(r"[-/]", fold_keep(code)) if p and not p.isdigit()]
    for part in parts:
        if part in _CODES:
            return _CODES[part]
    return "Công văn" if parts else "Văn bản"


def _date_after(folded: str, end: int) -> tuple[date | None, int]:
    m = _DATE_RE.match(folded, end)
    if not m:
        return None, end
    d, mo, y = (m["d"], m["m"], m["y"]) if m["d"] else (m["d2"], m["m2"], m["y2"])
    try:
        return date(int(y), int(mo), int(d)), m.end()
    except ValueError:
        return None, end


def _title_after(text: str, folded: str, end: int) -> str:
    m = _TITLE.match(folded, end)
    if not m:
        return ""
    title = text[m.start("t") : m.end("t")]
    if m.end("t") < len(text) and text[m.end("t")].isalnum():
        title = title.rsplit(" ", 1)[0]  # cut at the 160-character limit: drop the broken word
    return title.strip(" ,")


def _document(text: str, folded: str, kind: str, num: tuple[int, int]) -> tuple[LegalDocument, int]:
    number = nfc(text[num[0] : num[1]])
    when, end = _date_after(folded, num[1])
    title = _title_after(text, folded, end)
    doc = LegalDocument(id=slug(number), number=number, kind=kind, date=when, title=title)
    return doc, end


def _numbered(text: str, folded: str) -> list[tuple[int, LegalDocument]]:
    found: list[tuple[int, LegalDocument]] = []
    for head in _HEAD.finditer(folded):
        kind = _KINDS[head["kind"].lower()]
        doc, end = _document(text, folded, kind, head.span("num"))
        found.append((head.start(), doc))
        while more := _MORE.match(folded, end):
            doc, end = _document(text, folded, _kind_from_code(more["num"]), more.span("num"))
            found.append((more.start("num"), doc))
    return found


def _bare(text: str, folded: str, taken: set[int]) -> list[tuple[int, LegalDocument]]:
    found: list[tuple[int, LegalDocument]] = []
    for m in _BARE.finditer(folded):
        if m.start("num") not in taken:
            doc, _ = _document(text, folded, _kind_from_code(m["num"]), m.span("num"))
            found.append((m.start(), doc))
    return found


def _laws(text: str) -> list[tuple[int, LegalDocument]]:
    found: list[tuple[int, LegalDocument]] = []
    for m in _LAW.finditer(text):
        kept: list[str] = []
        for word in m["name"].split():
            if kept and fold_keep(word).lower() in _LAW_STOP:
                break
            kept.append(word)
        name = "Luật " + " ".join(kept)
        found.append((m.start(), LegalDocument(id=slug(name), number="", kind="Luật", title=name)))
    return found


def find_documents(text: str) -> list[LegalDocument]:
    """Cited documents in text order, one per id (the first mention, with its date if any)."""
    text = nfc(text)
    folded = fold_keep(text)
    numbered = _numbered(text, folded)
    taken = {pos for pos, _ in numbered} | {m.start("num") for m in _HEAD.finditer(folded)}
    found = sorted(numbered + _bare(text, folded, taken) + _laws(text), key=lambda p: p[0])
    unique: dict[str, LegalDocument] = {}
    for _, doc in found:
        if doc.id not in unique or (unique[doc.id].date is None and doc.date is not None):
            unique[doc.id] = doc
    return list(unique.values())
