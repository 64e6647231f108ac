"""Which projects a directive is about, for telling tasks apart: the projects it names, or, when
it names none but speaks of a class of projects ("các dự án trọng điểm", "những công trình chậm
giải ngân"), that class. A task about a class of projects is not a task of each project of the
class: "rà soát, quy hoạch các mỏ vật liệu xây dựng bảo đảm nguồn cung cho các dự án trọng điểm"
does not continue "rà soát, quy hoạch các mỏ vật liệu xây dựng … dọc tuyến" under the heading of
one expressway, however alike the wording (`chain` keeps two scopes apart as it keeps two
projects apart). A directive that names neither (a task restated without its project's name)
has no scope and may continue either."""

from __future__ import annotations

import re
from typing import Any

from ingest.extract.documents import find_documents

Row = dict[str, Any]
CLASS = "*class*"  # not a project id: ids are slugs of names, without "*"
# A plural determiner before the head noun of a project: a class, not one named project.
_CLASS_RE = re.compile(r"(?<![^\W\d_])(?i:các|những|mọi)\s+(?i:dự án|công trình)(?![^\W\d_])")


def scope(unit: Row) -> frozenset[str]:
    """The unit's project ids; else {CLASS} when it speaks of a class of projects; memoised in the
    unit (key "scope")."""
    found: frozenset[str] | None = unit.get("scope")
    if found is None:
        named = frozenset(unit["projects"])
        generic = not named and _CLASS_RE.search(unit["text"] or "") is not None
        found = unit["scope"] = frozenset({CLASS}) if generic else named
    return found


def documents(unit: Row) -> frozenset[str]:
    """Ids of the legal documents the unit's text names ("Nghị quyết số 57-NQ/TW" -> "57-nq-tw"):
    a task to implement one document is not a task about another, nor a plan of the lead's own
    on the same subject; memoised in the unit (key "named_documents")."""
    found: frozenset[str] | None = unit.get("named_documents")
    if found is None:
        found = unit["named_documents"] = frozenset(d.id for d in find_documents(
            unit["text"] or ""))
    return found
