"""A scanned PDF (no text layer) read by OCR where Tesseract with its Vietnamese data is
installed (`apt-get install tesseract-ocr tesseract-ocr-vie`): each page rendered at 300 dpi
(pypdfium2, which pdfplumber brings), its words and their boxes read by `tesseract ... tsv`,
the words regrouped into visual lines (a gap wider than three word heights is a TAB, as for a
text PDF's side-by-side columns), and those lines made paragraphs by the PDF reader's own rules
(`pdf.paragraphs`: line gaps, short lines, markers; running page numbers dropped). A ruled
table (`ocr_grid`: its long horizontal and vertical rules) is erased before the OCR and its
words placed in the cells the rules draw: one TAB row per ruled row. Without Tesseract the PDF
is refused as before, saying what to install; a scan of over MAX_PAGES pages, or one whose OCR
would take over DOCUMENT_SECONDS in all, is refused naming the page it stopped at."""

from __future__ import annotations

import io
import itertools
import shutil
import statistics
import subprocess
import time
from dataclasses import dataclass, field

from ingest.readers.ocr_grid import Grid, find_grid
from ingest.readers.pdf import Line, drop_running, paragraphs

DPI = 300
MAX_PAGES = 30
MIN_CONFIDENCE = 30.0  # Tesseract's word confidence (0-100); below it a word is noise
PAGE_SECONDS = 120
DOCUMENT_SECONDS = 600  # one scan's OCR in all (pages and ruled rows): ~10 s a page here


class NoOcr(RuntimeError):
    """No OCR engine is installed; the message says what to install."""


@dataclass
class Clock:
    """The time one document's OCR may still take; each Tesseract call waits at most that."""

    seconds: float = field(default_factory=lambda: DOCUMENT_SECONDS)
    start: float = field(default_factory=time.monotonic)

    def left(self, page: int) -> float:
        left = self.seconds - (time.monotonic() - self.start)
        if left <= 0:
            raise ValueError(f"OCR stopped at page {page + 1}: a scan may take at most "
                             f"{self.seconds:.0f} s")
        return min(left, PAGE_SECONDS)


@dataclass(frozen=True)
class Word:
    text: str
    left: float
    top: float
    right: float
    height: float


def available() -> bool:
    if not shutil.which("tesseract"):
        return False
    done = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True,
                          timeout=30, check=False)
    return "vie" in done.stdout.split()


def read_scanned(data: bytes) -> str:
    """The text of a PDF without a text layer, by OCR of every page."""
    import pypdfium2 as pdfium

    if not available():
        raise NoOcr("PDF has no text layer (scanned?); to read it install Tesseract with its "
                    "Vietnamese data (apt-get install tesseract-ocr tesseract-ocr-vie)")
    pdf = pdfium.PdfDocument(data)
    if len(pdf) > MAX_PAGES:
        raise ValueError(f"a scanned PDF of {len(pdf)} pages: OCR reads at most {MAX_PAGES}")
    clock = Clock()
    return paragraphs(drop_running([_page(pdf[i], i, clock) for i in range(len(pdf))]))


def _page(page: object, index: int, clock: Clock) -> list[Line]:
    image = page.render(scale=DPI / 72).to_pil().convert("L")  # type: ignore[attr-defined]
    grid, image = find_grid(image, 72 / DPI)
    if grid is None:
        return _lines(_words(_encoded(image), clock.left(index)), index)
    rows = _table_rows(grid, image, index, clock)
    blank = image.copy()
    blank.paste(255, tuple(round(v / (72 / DPI)) for v in (grid.left, grid.ys[0], grid.right,
                                                          grid.ys[-1])))
    words = [w for w in _words(_encoded(blank), clock.left(index)) if not grid.holds(w)]
    return sorted(_lines(words, index) + rows, key=lambda ln: ln.top)


def _encoded(image: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")  # type: ignore[attr-defined]
    return out.getvalue()


def _table_rows(grid: Grid, image: object, page: int, clock: Clock) -> list[Line]:
    """One TAB row per ruled row: the row read on its own (a uniform block of text), each word
    in the column its middle falls in."""
    px = DPI / 72
    out = []
    for r in range(len(grid.ys) - 1):
        top, bottom = grid.ys[r], grid.ys[r + 1]
        crop = image.crop((round(grid.left * px), round(top * px),  # type: ignore[attr-defined]
                           round(grid.right * px), round(bottom * px)))
        words = [Word(w.text, w.left + grid.left, w.top + top, w.right + grid.left, w.height)
                 for w in _words(_encoded(crop), clock.left(page), block=True)]
        cells: dict[int, list[Word]] = {}
        for w in words:
            cells.setdefault(grid.cell(w)[1], []).append(w)
        texts = [" ".join(ln.text for ln in _lines(cells.get(c, []), page))
                 for c in range(grid.columns)]
        if any(texts):
            out.append(Line("\t".join(texts), grid.left, grid.right, top, page, table=True))
    return out


def _words(png: bytes, seconds: float, block: bool = False) -> list[Word]:
    """The image's words in points (1/72 inch), as `tesseract - - -l vie tsv` reads them in at
    most `seconds` (a `block`: one uniform block of text, `--psm 6`)."""
    mode = ["--psm", "6"] if block else []
    try:
        done = subprocess.run(["tesseract", "-", "-", "-l", "vie", *mode, "tsv"], input=png,
                              capture_output=True, timeout=seconds, check=False)
    except subprocess.TimeoutExpired as exc:
        raise ValueError(f"OCR of one image took over {seconds:.0f} s") from exc
    if done.returncode != 0:
        raise ValueError(f"OCR failed: {done.stderr.decode(errors='replace')[:120]}")
    k = 72 / DPI
    found: list[tuple[float, Word]] = []
    for row in done.stdout.decode("utf-8", errors="replace").splitlines()[1:]:
        f = row.split("\t")
        if len(f) == 12 and f[0] == "5" and f[11].strip() and float(f[10]) >= MIN_CONFIDENCE:
            left, top, width, height = (float(v) * k for v in f[6:10])
            found.append((float(f[10]), Word(f[11].strip(), left, top, left + width, height)))
    return _distinct([w for _, w in sorted(found, key=lambda cw: -cw[0])])


def _distinct(words: list[Word]) -> list[Word]:
    """Words read twice over one another (Tesseract's overlapping layout blocks in a table:
    "Hoàn" and "oàn") once: a word mostly inside a surer one is dropped."""
    kept: list[Word] = []
    for w in words:
        if not any(_overlap(w, k) > 0.4 for k in kept):
            kept.append(w)
    return kept


def _overlap(a: Word, b: Word) -> float:
    """The share of `a`'s box that lies inside `b`'s."""
    dx = min(a.right, b.right) - max(a.left, b.left)
    dy = min(a.top + a.height, b.top + b.height) - max(a.top, b.top)
    area = (a.right - a.left) * a.height
    return dx * dy / area if dx > 0 and dy > 0 and area > 0 else 0.0


def _lines(words: list[Word], page: int) -> list[Line]:
    """Words on one visual line (their middles within half a word height) as a Line."""
    rows: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.top + w.height / 2):
        mid = w.top + w.height / 2
        last = rows[-1] if rows else None
        if last and abs(mid - statistics.median(x.top + x.height / 2 for x in last)) \
                < 0.5 * max(w.height, statistics.median(x.height for x in last)):
            last.append(w)
        else:
            rows.append([w])
    return [_line(sorted(r, key=lambda w: w.left), page) for r in rows]


def _line(row: list[Word], page: int) -> Line:
    size = statistics.median(w.height for w in row)
    text, cells = row[0].text, False
    for prev, w in itertools.pairwise(row):
        wide = w.left - prev.right > 3 * size
        text += ("\t" if wide else " ") + w.text
        cells = cells or wide
    # the median top: a word's box rises with its marks ("Ế", "ộ"), the line's does not
    return Line(text, row[0].left, row[-1].right, statistics.median(w.top for w in row), page,
                table=cells)
