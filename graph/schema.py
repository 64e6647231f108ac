"""Labels, relationship types (allow-lists), constraints and indexes common to every engine."""

from __future__ import annotations

from graph.errors import StoreError

LABELS: tuple[str, ...] = (
    "Meeting",
    "Directive",
    "Finding",
    "Passage",
    "Agency",
    "Project",
    "Theme",
    "Indicator",
    "LegalDocument",
)
REL_TYPES: tuple[str, ...] = (
    "ISSUED",
    "NEXT",
    "ASSIGNED_TO",
    "CONCERNS",
    "ABOUT",
    "REPEATS",
    "REPORTED",
    "CITES",
    "SUCCEEDED_BY",
)
UNIT_LABELS: tuple[str, ...] = ("Directive", "Finding", "Passage")
NAMED_LABELS: tuple[str, ...] = ("Agency", "Project", "Theme", "Indicator")
VERSION_INDEXES = (("NoticeVersion", "key"), ("NoticeVersion", "meeting"),
                   ("NoticeVersionPart", "version"), ("NoticeVersionPart", "meeting"))
EMBEDDING_PROPERTY = "embedding"
TEXT_PROPERTY = "folded"  # units: folded headings + paragraph, full-text indexed


def label(name: str) -> str:
    """Return `name` if it is an allowed node label, else raise StoreError."""
    if name not in LABELS:
        raise StoreError(f"unknown node label {name!r} (allowed: {', '.join(LABELS)})")
    return name


def constraint_statements() -> list[str]:
    """Neo4j-5 Cypher unique constraints on `id` (accepted by ArcadeDB too)."""
    return [
        f"CREATE CONSTRAINT {lab.lower()}_id IF NOT EXISTS FOR (n:{lab}) REQUIRE n.id IS UNIQUE"
        for lab in LABELS
    ]


def index_statements() -> list[str]:
    """Range indexes on folded names, meeting period and province (linking reads a province's
    meetings for every notice: a scan of every meeting without it, ~0.1-0.8 s at 10 k), and a
    directive's task (search_api.crossmonth.tasks)."""
    out = [
        f"CREATE INDEX {lab.lower()}_folded IF NOT EXISTS FOR (n:{lab}) ON (n.folded)"
        for lab in NAMED_LABELS
    ]
    out.append("CREATE INDEX meeting_period IF NOT EXISTS FOR (n:Meeting) ON (n.period)")
    out.append("CREATE INDEX meeting_province IF NOT EXISTS FOR (n:Meeting) ON (n.province)")
    out.append("CREATE INDEX meta_key IF NOT EXISTS FOR (n:Meta) ON (n.key)")
    out.append("CREATE INDEX directive_task IF NOT EXISTS FOR (n:Directive) ON (n.task)")
    for lab, prop in VERSION_INDEXES:  # graph.versions: kept versions of a notice
        out.append(f"CREATE INDEX {lab.lower()}_{prop} IF NOT EXISTS FOR (n:{lab}) ON (n.{prop})")
    return out
