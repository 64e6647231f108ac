"""Consistency check of a held-out gold set (never runs the parser); eval/holdout-2/check.py runs
it on its own folder.

    python3 eval/holdout/check.py [FOLDER]

Text of a notice: the file for .txt/.md (CRLF read as is), tags stripped for .html, for .docx the
paragraph and table-cell text read straight from word/document.xml (zipfile; w:br and w:tab read
as whitespace), for .odt the same from content.xml (text:p, text:h,
text:line-break), for .pdf the text pdfplumber extracts (pypdf as a fallback; the only non-stdlib
need, for a folder with a .pdf). Each directive's `contains` must occur exactly once;
deadline_text/project/finding/question fragments at least once.
"""
from __future__ import annotations

import datetime
import glob
import html
import json
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def docx_text(path: str) -> str:
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>|</w:tc>|<w:br/>|<w:tab/>", "\n", xml)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


def odt_text(path: str) -> str:
    xml = zipfile.ZipFile(path).read("content.xml").decode("utf-8")
    xml = re.sub(r"</text:p>|</text:h>|<text:line-break/>|<text:tab/>|<text:s[^>]*/>", "\n", xml)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


def pdf_text(path: str) -> str:
    try:
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    except ImportError:
        pass
    try:
        from pypdf import PdfReader
    except ImportError:
        raise SystemExit("check.py: reading a .pdf needs pdfplumber or pypdf: run it with the "
                         "project's .venv/bin/python") from None
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def text_of(folder: str, name: str) -> str:
    path = os.path.join(folder, name)
    if name.endswith(".docx"):
        return docx_text(path)
    if name.endswith(".pdf"):
        return pdf_text(path)
    if name.endswith(".odt"):
        return odt_text(path)
    raw = open(path, encoding="utf-8", newline="").read()
    if name.endswith(".html"):
        raw = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw


def check(path: str) -> list[str]:
    g = json.load(open(path, encoding="utf-8"))
    t = norm(text_of(os.path.dirname(path), g["file"]))
    m = g["meeting"]
    errs = [f"meeting {k} not in text" for k in ("number", "chair") if norm(m[k]) not in t]
    for k in ("date", "issued"):
        datetime.date.fromisoformat(m[k])
    if m["date"] > m["issued"]:
        errs.append("held after issued")
    lo, hi = g["n_directives"]
    if not lo <= len(g["directives"]) <= hi:
        errs.append("n_directives range")
    for d in g["directives"]:
        n = t.count(norm(d["contains"]))
        if n != 1:
            errs.append(f"contains x{n}: {d['contains']}")
        if not d.get("lead"):
            errs.append(f"no lead: {d['contains']}")
        for day in d.get("deadline", []):
            datetime.date.fromisoformat(day)
        for k in ("deadline_text", "project"):
            if k in d and norm(d[k]) not in t:
                errs.append(f"{k} not in text: {d[k]}")
        for a in d["lead"] + d["support"]:
            if norm(a) not in t:
                print(f"    note: name not verbatim in text: {a}")
    for f in g["findings"]:
        if norm(f["contains"]) not in t or f["kind"] not in ("achievement", "limitation", "context"):
            errs.append(f"finding: {f['contains']}")
    for q in g["questions"]:
        errs += [f"relevant not in text: {r}" for r in q["relevant"] if norm(r) not in t]
    return errs


def main(folder: str = HERE) -> int:
    bad = 0
    for p in sorted(glob.glob(os.path.join(folder, "*.gold.json"))):
        errs = check(p)
        print(("BAD " if errs else "ok  ") + os.path.basename(p))
        for e in errs:
            print("    " + e)
        bad += len(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
