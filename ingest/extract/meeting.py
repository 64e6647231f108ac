"""The Meeting of a notice, each field from where Decree-30 notices put it (docs/anatomy.md):
number, issue date, issuer/parent/level/jurisdiction from the header block; kind, period and
chair from the subject line and the opening paragraph; the held date from the opening
paragraph; signer and capacity from the signature block; a deterministic id."""

from __future__ import annotations

import re
from datetime import date

from ingest.anatomy import DATED, Anatomy, Piece, pieces, recipient_item
from ingest.errors import IngestError
from ingest.extract import held as held_date
from ingest.extract.issuer import (
    Issuer,
    canonical,
    from_header,
    header_lines,
    named_home,
    placed,
    province_in,
)
from ingest.extract.kind import kind_of, period_of
from ingest.extract.person import name_after, name_before
from ingest.extract.signature import signer_of
from ingest.model import Meeting
from ingest.structure import clean
from ingest.text import fold, slug

_NUMBER = re.compile(r"Số\s*:?\s*(\d+)\s*([-/]\s*[\w./-]*\w)?", re.IGNORECASE)  # 58-TB/ĐU
_ISSUED = re.compile(r"([^\W\d_][^,\n\t]{0,40}),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+"
                     r"(\d{4})", re.IGNORECASE)
_OPENING = re.compile(r"^\s*(?:[IVX]+\.|\d+\.\s)", re.MULTILINE)


def extract_meeting(name: str, text: str, anatomy: Anatomy, sha256: str) -> Meeting:
    if not anatomy.is_notice:
        raise IngestError(name, "not a meeting-conclusion notice (no THÔNG BÁO title and no "
                                "Decree-30 header)")
    header = _part_pieces(text, anatomy.header)
    subject, intro = _subject(text, anatomy), _intro(text, anatomy)
    issued_m = next((m for p in header if (m := _ISSUED.search(p.text))), None)
    issued = _day(issued_m)
    held = held_date.find(intro, issued)
    kind = kind_of(subject, intro)
    period = period_of(kind, subject, intro, held, issued)
    issuer = _issuer(header, subject, intro, issued_m)
    if issuer.level in ("commune", "district") and not issuer.province:
        issuer = _superior(issuer, _part_text(text, anatomy.recipients), intro, text)
    signer, capacity = signer_of(_signature_text(text, anatomy))
    return Meeting(
        id=meeting_id(issuer, period, kind, held), title=subject, province=issuer.province,
        period=period, date=held, issued=issued, kind=kind, extended="mo rong" in fold(subject),
        chair=chair(intro, subject), signer=signer, signer_title=capacity,
        number=_number(header), issuer=issuer.name, parent=issuer.parent, level=issuer.level,
        source=name, sha256=sha256)


def _part_pieces(text: str, part: tuple[int, int] | None) -> list[Piece]:
    if part is None:
        return []
    offset = part[0]
    return [Piece(p.start + offset, p.end + offset, p.text, p.bare, p.row)
            for p in pieces(text[part[0]:part[1]])]


def _part_text(text: str, part: tuple[int, int] | None) -> str:
    return "" if part is None else re.sub(r"\s+", " ", text[part[0]:part[1]]).strip()


def _subject(text: str, anatomy: Anatomy) -> str:
    """The subject line as read: markdown marks and a leading "THÔNG BÁO" off."""
    raw = clean(_part_text(text, anatomy.subject))
    return re.sub(r"^[#>\s]+|^THÔNG BÁO\s+(?=\S)", "", raw, flags=re.IGNORECASE)


def _signature_text(text: str, anatomy: Anatomy) -> str:
    """The signature block's lines; recipients interleaved with it (a PDF's two columns read
    line by line) left out."""
    sig = _part_pieces(text, anatomy.signature)
    return " ".join(p.text for p in sig if not recipient_item(p))


def _intro(text: str, anatomy: Anatomy) -> str:
    """The opening paragraphs of the body, up to the first numbered heading (at most 2500
    characters): where the held date, the chair and the kind are told."""
    body = text[anatomy.body[0]:anatomy.body[1]]
    cut = _OPENING.search(body)
    return re.sub(r"[*_]+", "", body[: cut.start() if cut else 2500][:2500])


def _day(m: re.Match[str] | None) -> date | None:
    if not m:
        return None
    try:
        return date(int(m.group(4)), int(m.group(3)), int(m.group(2)))
    except ValueError:
        return None


def _number(header: list[Piece]) -> str:
    m = next((m for p in header if (m := _NUMBER.search(p.text))), None)
    return (m.group(1) + re.sub(r"\s+", "", m.group(2) or "")) if m else ""


def _issuer(header: list[Piece], subject: str, intro: str,
            issued: re.Match[str] | None) -> Issuer:
    """From the header; a copy without the issuer lines falls back on the body naming the
    province ("UBND tỉnh X tổ chức"), or on the place of the date line."""
    found = from_header(header_lines([p for p in header if not DATED.match(p.bare)]))
    place = issued.group(1).strip(" *_") if issued else ""
    if found and found.name:
        return placed(found, place)
    province = province_in(intro[:600]) or province_in(subject) or province_in("tỉnh " + place)
    if not province:
        return Issuer("", "", "unknown", "")
    return Issuer(canonical(f"Ủy ban nhân dân tỉnh {province}"), "", "province", province)


def _superior(issuer: Issuer, recipients: str, intro: str, text: str) -> Issuer:
    """A commune or district that names no parent: the province it reports to, from the
    recipients ("UBND tỉnh X (b/c)") or the opening; else, of the provinces that have a commune
    of its name, the one the notice names ("Thuế cơ sở 7 tỉnh Đồng Nai")."""
    province = province_in(recipients) or province_in(intro) or named_home(issuer.name, text)
    return Issuer(issuer.name, issuer.parent, issuer.level, province)


_CHAIR_LEAD = re.compile(r"(?:\bdo|dưới sự chủ trì của)\s+(?:đồng chí|ông|bà)?\s*", re.IGNORECASE)
_COMRADE = re.compile(r"(?:[Đđ]ồng chí|\b[Ôô]ng|\b[Bb]à)\s+")
_PRESIDED = re.compile(r"\s+(?:đã\s+|đồng\s+)?chủ trì")


def chair(intro: str, subject: str) -> str:
    """Who chaired: "do đồng chí X ... chủ trì", "dưới sự chủ trì của đồng chí X", "Đồng chí X -
    <title> chủ trì", "<title> X chủ trì"; else the person the subject names ("Kết luận của
    Chủ tịch UBND tỉnh X tại ...")."""
    for sentence in re.split(r"(?<=[.;])\s+", intro):
        found = _chair_in(sentence)
        if found:
            return found
    comrade = _COMRADE.search(subject)
    if comrade and name_after(subject[comrade.end():]):
        return name_after(subject[comrade.end():])
    m = re.search(r"\s+tại\b", subject)
    return name_before(subject[: m.start()]) if m else ""


def _chair_in(sentence: str) -> str:
    if "chủ trì" not in sentence.lower():
        return ""
    for m in _CHAIR_LEAD.finditer(sentence):
        found = name_after(sentence[m.end():]) or _titled(sentence[m.end():])
        if found:
            return found
    for m in _PRESIDED.finditer(sentence):
        found = name_before(sentence[: m.start()])
        if found:
            return found
    for m in _COMRADE.finditer(sentence):
        found = name_after(sentence[m.end():])
        if found:
            return found
    return ""


def _titled(text: str) -> str:
    """A name after its title: "Phó Thủ tướng Chính phủ Trần Văn B ..." -> that name."""
    m = re.match(r"[^,;]{0,60}?\s(?=[A-ZĐ])", text)
    return name_after(text[m.end():]) if m else ""


def meeting_id(issuer: Issuer, period: str, kind: str, held: date | None) -> str:
    """issuer key + period + kind (+ the held date unless a regular meeting). A province's own
    UBND keys by the bare province slug ("cao-bang"); other bodies by their name, prefixed by the
    jurisdiction where the name lacks it ("cao-bang-xa-tra-linh", "bo-xay-dung")."""
    mid = f"{issuer_key(issuer)}-{period or 'unknown'}-{slug(kind)}"
    return mid + (f"-{held:%Y%m%d}" if kind != "thường kỳ" and held else "")


def issuer_key(issuer: Issuer) -> str:
    """The office of a UBND ("Văn phòng Ủy ban nhân dân tỉnh X") notifies that UBND's meetings:
    it keys as the UBND itself."""
    where = slug(issuer.province)
    name = re.sub(r"^văn phòng\s+(?=(?:ủy|uỷ) ban nhân dân)", "", issuer.name, flags=re.IGNORECASE)
    short = slug(re.sub(r"^(?:ủy ban nhân dân|uỷ ban nhân dân)\s+", "", name,
                        flags=re.IGNORECASE))
    if not short or (issuer.level == "province" and short in (where, f"tinh-{where}",
                                                              f"thanh-pho-{where}")):
        return where or "unknown"
    return short if not where or where in short else f"{where}-{short}"
