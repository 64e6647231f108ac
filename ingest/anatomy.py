"""The anatomy of a notice (Decree 30/2020/NĐ-CP): header block (issuing body and its parent,
national motto, "Số: 245/TB-UBND", "<place>, ngày ... tháng ... năm ..."), title ("THÔNG BÁO" +
subject lines), body, "Nơi nhận" list, signature block (TM./KT./TL./Q. + title + name) and
appendices ("PHỤ LỤC ... Kèm theo Thông báo số ...", often after the signature).

Parts are [start, end) spans into the text. Header, recipients and signature are never tasks;
the body and the appendices are. Text is read as pieces: each line, and each TAB-separated cell
of a table row (a header or signature laid out as a table), so layouts read alike."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.person import is_name
from ingest.text import fold

Part = tuple[int, int]
# The national motto; a Party committee's notice writes "ĐẢNG CỘNG SẢN VIỆT NAM" in its place.
MOTTO = re.compile(r"cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc"
                   r"|^dang cong san viet nam$")
NUMBER = re.compile(r"\bso\s*:\s*[\w./-]*\d|\bso\s+\d+\s*[-/]\s*[^\W\d_]")  # "Số 58-TB/ĐU"
DATED = re.compile(r"[^\W\d_][^,\n]{0,40},\s*ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}")
ISSUER = re.compile(r"^(?:uy ban nhan dan|ubnd|uy ban mat tran|ubmttq|thuong truc|"
                    r"bo|van phong|so|ban|cuc|tong cuc|hoi dong|"
                    r"chinh phu|thu tuong|tinh|thanh pho|xa|phuong|dac khu|huyen|quan|thi xa|"
                    r"dang uy|tinh uy|thanh uy|dang bo|ngan hang nha nuoc|thanh tra)\b")
CAPACITY = re.compile(r"^(?:tm|kt|tl|tuq|q)\s*\.\s*[^\W\d_]")
OFFICE = re.compile(r"^(?:pho )?(?:chu tich|bo truong|thu truong|thu tuong|giam doc|chanh van "
                    r"phong|chu nhiem|truong ban|cuc truong|tong cuc truong|vu truong)\b")
SIGNED = re.compile(r"^\(?\s*da ky(?: va dong dau)?\s*\)?$")
NAME = re.compile(r"^[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){1,4}$")
_DECOR = re.compile(r"^(?:&nbsp;|[\s\-_–—=*~.·•#>])*$")
_MD = re.compile(r"^[\s#>*_]+|[\s*_]+$")
_OPENS_BODY = re.compile(r"^(?:ngay|sang|chieu|toi|vao|hom nay|can cu|thuc hien|trong|tai|"
                         r"theo|[ivx]+\.|\d+[.)])\s")
_TITLE = re.compile(r"^thong bao(?:\s+(?:ket luan|y kien)|$)")
_SUBJECT = re.compile(r"^(?:ket luan|y kien ket luan|y kien chi dao)\b")


@dataclass(frozen=True)
class Piece:
    start: int
    end: int
    text: str  # as written
    bare: str  # folded, markdown marks stripped (for matching only)
    row: int  # index of the line it stands on


@dataclass(frozen=True)
class Anatomy:
    header: Part | None
    title: Part | None  # "THÔNG BÁO" and the subject lines
    subject: Part | None  # the subject lines alone ("Kết luận của ... tại ...")
    body: Part
    recipients: Part | None
    signature: Part | None
    appendices: tuple[Part, ...] = ()

    @property
    def is_notice(self) -> bool:
        return self.header is not None or self.title is not None

    def in_body(self, pos: int) -> bool:
        """Does offset `pos` lie in the body or an appendix (where tasks may stand)?"""
        return any(s <= pos < e for s, e in (self.body, *self.appendices))


def pieces(text: str) -> list[Piece]:
    out: list[Piece] = []
    for row, line in enumerate(re.finditer(r"[^\n]+", text)):
        for cell in re.finditer(r"[^\t]+", line.group(0)):
            raw = cell.group(0)
            if raw.strip():
                s = line.start() + cell.start()
                bare = fold(_MD.sub("", raw))
                out.append(Piece(s, s + len(raw), raw.strip(), bare, row))
    return out


def decorative(p: Piece) -> bool:
    return bool(_DECOR.match(p.text))


def header_mark(p: Piece) -> bool:
    return bool(MOTTO.search(p.bare) or NUMBER.match(p.bare) or DATED.match(p.bare)
                or (ISSUER.match(p.bare) is not None and _caps_start(p)))


def anatomy(text: str) -> Anatomy:
    ps = pieces(text)
    t = _title_index(ps)
    header = _header(ps, t if t is not None else min(len(ps), 12))
    subject, after = _subject(ps, t) if t is not None else (None, _after_header(ps, header))
    body_start = ps[after].start if after < len(ps) else len(text)
    closing, recipients, signature = _closing(ps, after)
    apps = _appendices(ps, closing[1] if closing else None, after, len(text))
    body_end = closing[0] if closing else (apps[0][0] if apps else len(text))
    title = (ps[t].start, subject[1] if subject else ps[t].end) if t is not None else None
    return Anatomy(header, title, subject, (body_start, max(body_start, body_end)), recipients,
                   signature, tuple(apps))


def _title_index(ps: list[Piece]) -> int | None:
    head = ps[:60]
    found = next((i for i, p in enumerate(head) if _TITLE.match(p.bare)), None)
    if found is None:
        found = next((i for i, p in enumerate(head) if _SUBJECT.match(p.bare)
                      and len(p.text) < 300), None)
    return found


def _header(ps: list[Piece], before: int) -> Part | None:
    marks = [p for p in ps[:before] if header_mark(p)]
    if not any(MOTTO.search(p.bare) or NUMBER.match(p.bare) or DATED.match(p.bare) for p in marks):
        return None
    return marks[0].start, max(p.end for p in ps[:before] if p.start >= marks[0].start)


def _after_header(ps: list[Piece], header: Part | None) -> int:
    if header is None:
        return 0
    return next((i for i, p in enumerate(ps) if p.start >= header[1]), len(ps))


def _subject(ps: list[Piece], t: int) -> tuple[Part | None, int]:
    """The subject lines after "THÔNG BÁO" (or in its own line), and the first body piece."""
    i = t + 1
    if len(ps[t].bare) > len("thong bao") + 3 or _SUBJECT.match(ps[t].bare):
        first = ps[t]
    else:
        while i < len(ps) and decorative(ps[i]):
            i += 1
        if i >= len(ps):
            return None, i
        first, i = ps[i], i + 1
    end = first.end
    while i < len(ps) and _continues_subject(ps[i], ps[i - 1]):
        end, i = ps[i].end, i + 1
    while i < len(ps) and decorative(ps[i]):
        i += 1
    return (first.start, end), i


def _continues_subject(p: Piece, prev: Piece) -> bool:
    if decorative(p) or _OPENS_BODY.match(p.bare) or re.search(r"[.:;]$", prev.text):
        return False
    return len(p.text) < 200 and (p.text[:1].islower() or p.text.upper() == p.text)


def _closing(ps: list[Piece], after: int) -> tuple[Part | None, Part | None, Part | None]:
    """(closing region, recipients, signature): from the first of "Nơi nhận" and the signature
    (or the start of its row) through the last piece that belongs to either."""
    recip, sig = _closing_marks(ps, after)
    if recip is None and sig is None:
        return None, None, None
    start = min(i for i in (recip, sig) if i is not None)
    start = next(i for i in range(after, start + 1) if ps[i].row == ps[start].row)
    last_recip, last_sig, i = recip, sig, start
    while i < len(ps) and _closing_piece(ps[i]):
        if recip is not None and recipient_item(ps[i]):
            last_recip = i
        elif sig is not None and i >= sig:
            last_sig = i
        i += 1
    recipients = _span(ps, recip, last_recip)
    return (ps[start].start, ps[i - 1].end), recipients, _span(ps, sig, last_sig)


def _closing_marks(ps: list[Piece], after: int) -> tuple[int | None, int | None]:
    """Where "Nơi nhận" and the signature start: a capacity line (TM./KT./TL./Q.), else an office
    in capitals after the list, else the signer's name alone after it."""
    rest = range(after, len(ps))
    recip = next((i for i in rest if re.match(r"noi nhan\b", ps[i].bare)), None)
    tail = list(rest)[-25:] if recip is None else list(range(recip, len(ps)))
    sig = next((i for i in tail if CAPACITY.match(ps[i].bare) and _caps_start(ps[i])), None)
    if sig is None and recip is not None:
        sig = next((i for i in tail if OFFICE.match(ps[i].bare) and _caps_start(ps[i])), None)
    if sig is None and recip is not None:  # a copy that kept only the signer's name
        sig = next((i for i in tail if i > recip and _name(ps[i])), None)
    return recip, sig


def _span(ps: list[Piece], first: int | None, last: int | None) -> Part | None:
    return None if first is None or last is None else (ps[first].start, ps[last].end)


def _caps_start(p: Piece) -> bool:
    letters = [c for c in p.text[:30] if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def recipient_item(p: Piece) -> bool:
    return bool(re.match(r"^[-+•–]\s*|luu\s*:", p.bare) or p.bare.startswith("noi nhan")
                or p.text.endswith(";"))


def _closing_piece(p: Piece) -> bool:
    if re.match(r"phu luc\b", p.bare):
        return False
    return (recipient_item(p) or decorative(p) or bool(CAPACITY.match(p.bare))
            or bool(SIGNED.match(p.bare)) or _name(p)
            or (_caps_start(p) and len(p.text) < 80))


def _name(p: Piece) -> bool:
    """A person's name standing alone (2-5 capitalised words), as a signer's is."""
    text = _MD.sub("", p.text)
    return bool(NAME.match(text)) and is_name(text) and len(text) < 50


def _appendices(ps: list[Piece], closing_end: int | None, after: int, n: int) -> list[Part]:
    """Appendices: from each "PHỤ LỤC" heading after the signature to the next one or the end."""
    if closing_end is None:
        return []
    starts = [p.start for p in ps[after:] if p.start >= closing_end
              and re.match(r"phu luc\b", p.bare) and len(p.text) < 200]
    return list(zip(starts, [*starts[1:], n], strict=False))
