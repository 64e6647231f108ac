"""Consistency check of the extraction corpus's gold files (stdlib only; never runs the parser).

    python3 eval/notices/check_gold.py [DIR]

For every NAME.gold.json: the keys of the format, ISO dates, n_directives containing the number of
listed directives, each directive's `contains` found exactly once in the notice's text, findings,
deadline texts, projects and question fragments found in it. The text is the file itself for
.txt/.md, the page without tags and entities for .html, and the generator's data
(binary_data.py via make_binary.plain_text) for .docx/.pdf. Whitespace is collapsed before
matching. If pdfplumber is importable, PDF fragments are also checked to lie inside one extracted
line (text crossing a line wrap is fragile for any reader). Exit status 1 on any problem.
"""
from __future__ import annotations

import datetime
import glob
import html
import importlib.util
import json
import os
import re
import sys
import unicodedata

KEYS = ("file", "layout", "meeting", "n_directives", "directives", "findings", "questions")
MEETING = ("period", "date", "issued", "number", "issuer", "province", "chair", "kind")
DIRECTIVE = {"contains", "lead", "support", "deadline", "deadline_text", "project"}
KINDS = {"achievement", "limitation", "context"}


def norm(s: str) -> str:
    """NFC (readers normalise at the boundary) and collapsed whitespace."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def html_text(raw: str) -> str:
    raw = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", raw)
    raw = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|td|th|li|h\d)>", "\n", raw)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def generated_text(folder: str, name: str) -> str:
    script = os.path.join(folder, "make_binary.py")
    spec = importlib.util.spec_from_file_location("make_binary", script)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return str(mod.plain_text(name))


def notice_text(folder: str, name: str) -> str:
    ext = name.rsplit(".", 1)[-1]
    if ext in ("docx", "pdf"):
        return generated_text(folder, name)
    with open(os.path.join(folder, name), encoding="utf-8") as fh:
        raw = fh.read()
    return html_text(raw) if ext == "html" else raw


def pdf_lines(path: str) -> list[str] | None:
    try:
        import pdfplumber
    except ImportError:
        return None
    with pdfplumber.open(path) as pdf:
        return [ln for page in pdf.pages for ln in (page.extract_text() or "").split("\n")]


def fragments(gold: dict) -> list[str]:  # type: ignore[type-arg]
    out = [d["contains"] for d in gold["directives"]] + [f["contains"] for f in gold["findings"]]
    return out + [r for q in gold["questions"] for r in q["relevant"]]


def check_directive(d: dict, text: str) -> list[str]:  # type: ignore[type-arg]
    errs = [f"unknown key {k}" for k in d if k not in DIRECTIVE]
    n = text.count(norm(d["contains"]))
    if n != 1:
        errs.append(f"contains found {n} times: {d['contains']}")
    if "deadline" in d:
        if not d["deadline"]:
            errs.append(f"empty deadline list: {d['contains']}")
        for day in d["deadline"]:
            datetime.date.fromisoformat(day)
    for key in ("deadline_text", "project"):
        if key in d and norm(d[key]) not in text:
            errs.append(f"{key} not in text: {d[key]}")
    if not d["lead"]:
        errs.append(f"no lead: {d['contains']}")
    return errs


def check(folder: str, path: str) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        gold = json.load(fh)
    errs = [f"missing {k}" for k in KEYS if k not in gold]
    errs += [f"meeting missing {k}" for k in MEETING if k not in gold["meeting"]]
    meeting = gold["meeting"]
    held = datetime.date.fromisoformat(meeting["date"])
    if held > datetime.date.fromisoformat(meeting["issued"]):
        errs.append("held after issued")
    text = norm(notice_text(folder, gold["file"]))
    for key in ("number", "chair"):
        if norm(meeting[key]) not in text:
            errs.append(f"meeting {key} not in text")
    lo, hi = gold["n_directives"]
    if not lo <= len(gold["directives"]) <= hi:
        errs.append(f"n_directives {lo}-{hi} excludes the {len(gold['directives'])} listed")
    for d in gold["directives"]:
        errs += check_directive(d, text)
    errs += [f"finding kind {f['kind']}" for f in gold["findings"] if f["kind"] not in KINDS]
    errs += [f"fragment not in text: {s}" for s in fragments(gold) if norm(s) not in text]
    if not 4 <= len(gold["questions"]) <= 8:
        errs.append("4-8 questions expected")
    lines = pdf_lines(os.path.join(folder, gold["file"])) if gold["file"].endswith(".pdf") else None
    if lines is not None:
        for s in fragments(gold):
            if not any(norm(s) in norm(ln) for ln in lines):
                errs.append(f"crosses a PDF line: {s}")
    return errs


def main() -> int:
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    bad = 0
    for path in sorted(glob.glob(os.path.join(folder, "*.gold.json"))):
        errs = check(folder, path)
        print(("BAD " if errs else "ok  ") + os.path.basename(path))
        for e in errs:
            print("    " + e)
        bad += len(errs)
    print(f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
