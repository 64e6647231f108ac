"""The extraction yardstick in `make test`: the parser may not fall below the numbers it has
reached on the project's own corpus (eval/notices/) and on ../shared/corpus-dev/ (when present).
Floors are raised as the parser improves, never lowered to let a change pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.yardstick.report import rates, total
from ingest.yardstick.score import score_folder

ROOT = Path(__file__).parents[3]
# folder -> (directive recall, assertion accuracy, meeting fields, notices refused at most,
#            the assertion accuracy of the weakest notice)
# Measured 2026-12-01 (session 5): eval/notices 1.000 / 0.889 / 0.995, weakest 0.667 (hung-yen);
# eval/holdout 1.000 / 0.875 / 1.000, weakest 0.667; corpus-dev 1.000 / 1.000 / 1.000.
# Session 6 (x16, after the eval/notices gold took the corpus-dev ';' convention; 27 notices):
# eval/notices 1.000 / 0.972 / 0.991, weakest 0.875 (ha-noi); eval/holdout 1.000 / 0.884,
# weakest 0.667.
# Session 7 (x16, 32 notices: five new layouts whose gold was written before any parse):
# eval/notices 1.000 / 0.978 / 0.992 (32), weakest 0.875 (ha-noi); eval/holdout 1.000 /
# 0.938 / 1.000, weakest 0.833 (its misses were read this session, see docs/directives.md).
# Session 9 (x16, 34 notices): eval/notices 1.000 / 0.984 / 0.989, weakest 0.875. The meeting
# floor goes 0.99 -> 0.985 because the set grew, not because a notice got worse (every old
# notice's meeting fields are unchanged): the new quận notice names no province anywhere and the
# gazetteer has no list of pre-2025 districts (docs/agencies.md), so its province is a miss. The
# assertion floor goes up 0.97 -> 0.98.
# Session 15: eval/holdout-2 (6 blind notices, 60/76 at the first parse) after its rules: 1.000 /
# 0.908 / 0.938, weakest 0.769 (ha-tinh's Steering Committee).
# Session 16 (x45): eval/holdout-3 (6 blind notices, 32/63 = 0.508 at the first parse) after its
# rules: 0.984 / 0.857 (54/63) / 0.938, weakest 0.636 (nhnn: names with a comma or a range as
# agency headings); the other sets unchanged. With x49's comma names and 2025 Party bodies:
# 0.984 / 0.889 (56/63) / 0.938, weakest 0.636; the assertion floor 0.82 -> 0.88.
# Session 20: eval/holdout-5 (blind 41/61, session 18) after sessions 19-20's rules 1.000 / 0.869
# (53/61) / 0.938, weakest 0.600 (bql-kkt); eval/holdout-6 (blind 21/29) 1.000 / 0.966 / 1.000,
# weakest 0.900; eval/holdout-7 (blind 32/59) 0.983 / 0.847 (50/59) / 0.896, weakest 0.667.
FLOORS = {
    ROOT / "eval" / "notices": (1.0, 0.98, 0.985, 0, 0.87),
    ROOT / "eval" / "holdout": (1.0, 0.93, 1.0, 0, 0.83),
    ROOT / "eval" / "holdout-2": (1.0, 0.9, 0.93, 0, 0.76),
    ROOT / "eval" / "holdout-3": (0.98, 0.88, 0.93, 0, 0.6),
    ROOT / "eval" / "holdout-5": (1.0, 0.86, 0.93, 0, 0.6),
    ROOT / "eval" / "holdout-6": (1.0, 0.96, 0.99, 0, 0.88),
    ROOT / "eval" / "holdout-7": (0.98, 0.84, 0.89, 0, 0.66),
    ROOT.parent / "shared" / "corpus-dev": (1.0, 1.0, 1.0, 0, 1.0),
}


@pytest.mark.parametrize("folder", list(FLOORS), ids=lambda p: p.name)
def test_extraction_stays_above_its_floors(folder: Path) -> None:
    if not folder.is_dir():
        pytest.skip(f"{folder} not present")
    scores = score_folder(folder)
    r = rates(total(scores))
    recall, assertions, meeting, refused, weakest = FLOORS[folder]
    assert (r["recall"] or 0) >= recall, r
    assert (r["assertions"] or 0) >= assertions, r
    assert (r["meeting"] or 0) >= meeting, r
    assert sum(bool(s.error) for s in scores) <= refused, [s.error for s in scores if s.error]
    low = {s.file: a for s in scores if (a := rates(s)["assertions"] or 0.0) < weakest}
    assert not low, low
