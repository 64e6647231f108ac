"""The hand-written 12-month series of tasks (Lai Châu, thường kỳ tháng 1-12/2024) and its gold.

Every directive sentence below was written by hand for this series (none is drawn from a pool),
each with the task it belongs to, BEFORE any linker ran on it. `python eval/tasks/render.py`
renders the twelve notices (samples' layout: roman sections, "1.", "a)", "- " bullets) and
`links.gold.json`: per directive (month + an exact substring) the earlier directive it continues
(the previous occurrence of the same task) or none, plus the findings that report a task done.

Task labels: T* recur (rewording, moved deadlines, re-assignment to another agency), O* occur
once. Deliberate near-duplicates that are DIFFERENT tasks: T2/T3/T3b/T3c (same project, same
agency for three of them), T1/T19/T16/T18 (planning department, public investment), T5/T6/T6b/
T10 (agriculture department), T9/T9b (exams vs new school year), Tết 2024 vs Tết 2025 (T12a/
T12b, O-police), food safety for Tết vs Mid-Autumn (O1c/O8b), conscription 2024 vs 2025; and
(session 7, `STOCK` at the end) one-offs sharing stock wording S1-S4 (each once) and tasks
restated with other specifics R1/R2.

The sentences are in `findings.py` (each month's assessment), `first_half.py` and
`second_half.py` (the directives of January-June and July-December, by section) and `stock.py`
(the stock-wording directives of session 7); the names they share in `names.py`. This module
puts them together as MONTHS: month -> {"findings": [...], "sections": [...]}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from findings import FINDINGS
from first_half import SECTIONS as FIRST
from names import Section
from second_half import SECTIONS as SECOND
from stock import OTHER, STOCK

HERE = Path(__file__).parent


def _sections(month: int) -> list[Section]:
    return [*{**FIRST, **SECOND}[month], *([(OTHER, STOCK[month])] if month in STOCK else [])]


MONTHS: dict[int, dict[str, list]] = {
    m: {"findings": FINDINGS[m], "sections": _sections(m)} for m in range(1, 13)}
