"""A notice page saved from a portal (.html/.htm): the main content only. Menus, breadcrumbs,
page header/footer, sidebars, scripts and styles are dropped; the content container is the
smallest element holding the notice's marks ("THÔNG BÁO", "Số: ...") and most of the text, else
the element with the most paragraph text. <p>/<div>/<br> become paragraphs, <table> TAB rows."""

from __future__ import annotations

import re

from ingest.readers.cells import cell_text, render_rows
from ingest.readers.dom import Element, parse_html
from ingest.text import fold

_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "nav", "header", "footer",
              "aside", "form", "iframe", "button", "select", "object", "canvas", "title"}
_SKIP_CLASS = {"nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "footer", "sidebar",
               "related", "share", "social", "banner", "comment", "comments", "toolbar", "tags",
               "pagination", "advert", "ads", "cookie", "print"}
_BLOCK = {"p", "div", "section", "article", "main", "li", "ul", "ol", "blockquote", "h1", "h2",
          "h3", "h4", "h5", "h6", "pre", "center", "dd", "dt", "dl", "figure", "figcaption"}
_MARKS = re.compile(r"thong bao|\bso:\s*\d|ket luan")
_WS = re.compile(r"[ \t\r\n\u00a0\u200b]+")


def read_html(markup: str) -> str:
    root = _pruned(parse_html(markup))
    main = _content(root)
    return _render(main)


def _pruned(el: Element) -> Element:
    kept: list[Element | str] = []
    for child in el.children:
        if isinstance(child, str):
            kept.append(child)
        elif not _boilerplate(child):
            kept.append(_pruned(child))
    return Element(el.tag, el.attrs, kept)


def _boilerplate(el: Element) -> bool:
    if el.tag in _SKIP_TAGS or el.attrs.get("role") in ("navigation", "banner", "contentinfo"):
        return True
    names = f"{el.attrs.get('class', '')} {el.attrs.get('id', '')}".lower()
    return any(part in _SKIP_CLASS for part in re.split(r"[\s_-]+", names) if part)


def _content(root: Element) -> Element:
    """The deepest element that holds the notice's marks and at least 60% of the page text."""
    total = len(_WS.sub(" ", root.text()).strip()) or 1
    best = root
    frontier = root.elements()
    while frontier:
        el = frontier.pop()
        text = _WS.sub(" ", el.text()).strip()
        if len(text) >= 0.6 * total and _MARKS.search(fold(text[:3000])):
            if _depth_better(el, best):
                best = el
            frontier.extend(el.elements())
    if best is root:
        best = max(root.elements() or [root], key=_paragraph_text, default=root)
    return best


def _depth_better(el: Element, best: Element) -> bool:
    return len(_WS.sub(" ", el.text())) <= len(_WS.sub(" ", best.text()))


def _paragraph_text(el: Element) -> int:
    return sum(len(e.text()) for e in _walk(el) if e.tag == "p")


def _walk(el: Element) -> list[Element]:
    out = [el]
    for child in el.elements():
        out.extend(_walk(child))
    return out


def _render(el: Element) -> str:
    parts: list[str] = []
    _emit(el, parts, pre=el.tag == "pre")
    paragraphs = (_WS.sub(" ", p).strip() if "\t" not in p else p for p in "".join(parts)
                  .split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p and p != "\u00a0")


def _emit(el: Element, out: list[str], pre: bool = False) -> None:
    for child in el.children:
        if isinstance(child, str):
            out.append(child.replace("\n", "\n\n" if pre else " "))
        elif child.tag == "pre":
            out.append("\n\n")
            _emit(child, out, pre=True)
            out.append("\n\n")
        elif child.tag == "table" and not _layout(child):
            out.append("\n\n" + render_rows(_rows(child)) + "\n\n")
        elif child.tag in ("br", "hr"):
            out.append("\n\n")
        elif child.tag in _BLOCK or child.tag in ("table", "tr", "td", "th"):
            out.append("\n\n")
            _emit(child, out, pre)
            out.append("\n\n")
        else:
            _emit(child, out, pre)


def _layout(table: Element) -> bool:
    """A table that lays out the page (old portals put the whole article in one): a cell holding
    several paragraphs or a table, or a single cell. Its cells are read as ordinary flow."""
    cells = [c for tr in _table_rows(table) for c in tr.elements() if c.tag in ("td", "th")]
    if len(cells) == 1:
        return True
    return any(sum(1 for e in _walk(c)[1:] if e.tag in _BLOCK or e.tag == "table") >= 3
               for c in cells)


def _rows(table: Element) -> list[list[str]]:
    """Rows of a table; a cell spanning rows (rowspan) repeats its text in each row it covers."""
    rows: list[list[str]] = []
    pending: dict[int, tuple[str, int]] = {}  # column -> (text, rows still covered)
    for tr in _table_rows(table):
        row: list[str] = []
        for td in (c for c in tr.elements() if c.tag in ("td", "th")):
            _fill(row, pending)
            text = cell_text(_cell_lines(td))
            span = _int(td.attrs.get("rowspan"))
            if span > 1:
                pending[len(row)] = (text, span - 1)
            row.append(text)
        _fill(row, pending)
        rows.append(row)
    return rows


def _table_rows(el: Element) -> list[Element]:
    """The <tr> of this table (through thead/tbody/tfoot), not those of a table in a cell."""
    out: list[Element] = []
    for child in el.elements():
        if child.tag == "tr":
            out.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            out.extend(_table_rows(child))
    return out


def _fill(row: list[str], pending: dict[int, tuple[str, int]]) -> None:
    while len(row) in pending:
        text, left = pending.pop(len(row))
        if left > 1:
            pending[len(row)] = (text, left - 1)
        row.append(text)


def _int(value: str | None) -> int:
    return int(value) if value and value.strip().isdigit() else 1


def _cell_lines(td: Element) -> list[str]:
    parts: list[str] = []
    _emit(td, parts)
    return [ln.replace("\t", " ") for ln in re.split(r"\n+", "".join(parts))]
