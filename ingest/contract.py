"""The ⚓ `chidao parse FILE --json` shape (DESIGN.md), extended with a few extra keys."""

from __future__ import annotations

from typing import Any

from ingest.model import Deadline, Directive, Finding, NoticeGraph, Unclassified

# A notice where more than this share of its body paragraphs was not understood is flagged.
WARN_SHARE = 0.2


def _deadline(d: Deadline | None) -> dict[str, Any] | None:
    return None if d is None else {"date": d.date.isoformat(), "precision": d.precision,
                                   "text": d.text}


def _unit(u: Directive | Finding) -> dict[str, Any]:
    return {"id": u.id, "text": u.text, "section": u.section, "headings": u.headings,
            "projects": [p.name for p in u.projects], "themes": u.themes,
            "documents": u.documents, "span": list(u.span)}


def _directive(d: Directive) -> dict[str, Any]:
    return {**_unit(d), "lead": [a.name for a in d.lead], "support": [a.name for a in d.support],
            "lead_ids": [a.id for a in d.lead], "support_ids": [a.id for a in d.support],
            "deadline": _deadline(d.deadline), "requested": d.requested}


def _unclassified(u: Unclassified) -> dict[str, Any]:
    return {"text": u.text, "section": u.section, "headings": u.headings, "span": list(u.span)}


def coverage_warning(ng: NoticeGraph) -> str | None:
    """One line when many body paragraphs could not be classified, else None."""
    n = len(ng.unclassified)
    total = n + len(ng.directives) + len(ng.findings)
    if n == 0 or n / total <= WARN_SHARE:
        return None
    return f"{ng.meeting.source}: {n} of {total} body paragraphs not understood (see unclassified)"


def parse_json(ng: NoticeGraph) -> dict[str, Any]:
    m = ng.meeting
    return {
        "meeting": {"id": m.id, "title": m.title, "period": m.period,
                    "date": m.date.isoformat() if m.date else None,
                    "issued": m.issued.isoformat() if m.issued else None,
                    "kind": m.kind, "extended": m.extended, "chair": m.chair, "signer": m.signer,
                    "signer_title": m.signer_title, "number": m.number, "issuer": m.issuer,
                    "parent": m.parent, "level": m.level,
                    "province": m.province, "source": m.source, "sha256": m.sha256},
        "directives": [_directive(d) for d in ng.directives],
        "findings": [{**_unit(f), "kind": f.kind} for f in ng.findings],
        "indicators": [i.model_dump(mode="json") for i in ng.indicators],
        "documents": [d.model_dump(mode="json") for d in ng.documents],
        "unclassified": [_unclassified(u) for u in ng.unclassified],
    }
