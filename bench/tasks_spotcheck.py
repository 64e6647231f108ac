"""The tasks spot check of docs/cross-month.md (run by hand): one province's generated series plus
the two samples, ingested by the product with the real embedder, then looked at as a user would.

    python -m bench.tasks_spotcheck --series DIR [--samples data/samples] [--as-of 2027-06-01]
                                    [--cache vectors.pkl] [--out result.json]

DIR is `python -m bench.gold --province "Cao Bằng" --months 24 --out DIR`; the samples stand in
for the generated notices of their months (June 2025, January 2026: the same meeting ids, so
the store would hold one of each pair anyway). Reported: tasks of
two or more occurrences and how many mix gold tasks (the samples' directives have no gold and
are listed instead); the Đồng Đăng - Trà Lĩnh project page (its tasks, and any occurrence not
about the project); Sở Tài chính's obligations (tasks per state next to the paragraphs'
own deadline status, and that no superseded paragraph counts as an overdue task); and the pairs
of directives about two different projects that the wording alone would have linked.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from bench.common import write_result

if TYPE_CHECKING:
    from search_api.search.embed import Embedder

PROJECT = "cao-toc-dong-dang-tra-linh"


class CachedEmbedder:
    """The configured embedder's passage vectors, kept on disk by text (re-runs are quick)."""

    def __init__(self, path: Path | None) -> None:
        self.path, self.inner = path, cast("Embedder | None", None)
        self.memo: dict[str, np.ndarray] = (pickle.loads(path.read_bytes())
                                            if path and path.exists() else {})

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        from search_api.search.embed import get_embedder
        from search_api.settings import get_settings

        keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
        todo = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in self.memo}
                      .items())
        if todo:
            self.inner = self.inner or get_embedder(get_settings().embed_model)
            vecs = self.inner.embed_passages([t for _, t in todo])
            self.memo.update({k: np.asarray(v, np.float32) for (k, _), v in zip(todo, vecs,
                                                                                 strict=True)})
            if self.path:
                self.path.write_bytes(pickle.dumps(self.memo))
        return np.vstack([self.memo[k] for k in keys])


def ingest(svc: Any, files: list[Path], embedder: CachedEmbedder) -> list[str]:
    """Parse and ingest the files in order; a file whose meeting a later file also holds (a
    generated month that a sample covers: the same meeting id) is left out, so the sample
    stands in for it. Returns the files ingested."""
    from ingest.pipeline import parse_file
    from search_api.search.index import unit_passage, units_from_notice

    parsed = [(f, parse_file(f)) for f in files]
    last = {ng.meeting.id: f for f, ng in parsed}
    kept = [(f, ng) for f, ng in parsed if last[ng.meeting.id] == f]
    for f, ng in kept:
        units = units_from_notice(ng)
        vecs = embedder.embed_passages([unit_passage(u) for u in units])
        svc.ingest_graph(str(f), ng, {u.id: v.tolist() for u, v in zip(units, vecs, strict=True)})
    return [f.name for f, _ in kept]


def gold_of(series: Path) -> tuple[dict[str, str], set[str]]:
    """Directive id -> gold task for the series' directives, and the directives the gold says
    a later directive continues."""
    from ingest.pipeline import parse_file
    from search_api.crossmonth.tasks import gold

    data = gold.load(series / "links.gold.json")
    notices = {ng.meeting.period: ng for ng in (parse_file(series / n) for n in data["notices"])}
    g = gold.resolve(data, notices)
    return g.task_of, {earlier for _, earlier in g.links}


def threads_check(svc: Any, task_of: dict[str, str]) -> dict[str, Any]:
    """Tasks of 2+ occurrences in the store, mixed ones by the gold, those holding samples."""
    rows = svc.store.execute("MATCH (d:Directive) WHERE d.task IS NOT NULL "
                             "RETURN d.id AS id, d.task AS task", {})
    members: dict[str, list[str]] = {}
    for r in rows:
        members.setdefault(r["task"], []).append(r["id"])
    multi = {t: ids for t, ids in members.items() if len(ids) > 1}
    mixed = {t: ids for t, ids in multi.items()
             if len({task_of[i] for i in ids if i in task_of}) > 1}
    samples = {t: ids for t, ids in multi.items() if any(i not in task_of for i in ids)}
    return {"tasks_repeated": len(multi), "largest": max(map(len, multi.values()), default=0),
            "mixed": len(mixed), "mixed_tasks": {t: [task_of.get(i, i) for i in ids]
                                                 for t, ids in mixed.items()},
            "with_sample_directives": {t: sorted(ids) for t, ids in samples.items()}}


def project_check(svc: Any, as_of: date) -> dict[str, Any]:
    about = {r["id"] for r in svc.store.execute(
        "MATCH (d:Directive)-[:CONCERNS]->(:Project {id: $id}) RETURN d.id AS id",
        {"id": PROJECT})}
    tasks = svc.project_tasks(PROJECT, as_of)["tasks"]
    occ = [o for t in tasks for o in t["occurrences"]]
    return {"tasks": len(tasks), "occurrences": len(occ),
            "not_about_the_project": [o["id"] for o in occ if o["id"] not in about],
            "leads": sorted({a for t in tasks for a in t["lead"]}),
            "states": dict(Counter(t["state"] for t in tasks)),
            "each": [{"id": t["id"], "occurrences": len(t["occurrences"]),
                      "about": sum(1 for o in t["occurrences"] if o["id"] in about),
                      "state": t["state"], "lead": t["lead"],
                      "texts": sorted({str(o["text"])[:90] for o in t["occurrences"]})[:4]}
                     for t in tasks]}


def obligations_check(svc: Any, agency: str, as_of: date, continued: set[str]
                      ) -> dict[str, Any]:
    """`continued`: directives that the gold says a later one continues; an overdue task whose
    latest occurrence is one of them is overdue only because a link was missed."""
    out = svc.obligations(agency, as_of)
    paragraphs = out["obligations"]
    by_deadline = [o for o in paragraphs if o["status"] == "overdue"]
    return {"paragraphs": len(paragraphs),
            "paragraphs_by_own_deadline": dict(Counter(o["status"] for o in paragraphs)),
            "paragraph_states": dict(Counter(o["state"] for o in paragraphs)),
            "tasks": len(out["tasks"]), "task_counts": out["counts"],
            "past_deadline_but_superseded": sum(1 for o in by_deadline
                                                if o["state"] == "superseded"),
            "overdue_tasks_with_a_superseded_latest": sum(
                1 for t in out["tasks"] if t["state"] == "overdue"
                and t["occurrences"][-1].get("state") == "superseded"),
            "overdue_tasks_the_gold_continues": sorted(
                t["occurrences"][-1]["id"] for t in out["tasks"] if t["state"] == "overdue"
                and t["occurrences"][-1]["id"] in continued),
            "overdue": [{"id": t["id"], "occurrences": len(t["occurrences"]),
                         "text": str(t["occurrences"][-1].get("text", ""))[:100]}
                        for t in out["tasks"] if t["state"] == "overdue"]}


def kept_apart(svc: Any, province: str) -> dict[str, Any]:
    """Pairs of directives of successive periods about two different projects that pass the
    wording rule (cosine, shared bigrams, score) and are refused only because the projects differ;
    with one example."""
    from search_api.crossmonth import linking
    from search_api.crossmonth.province_units import ProvinceUnits
    from search_api.crossmonth.tasks import chain
    from search_api.crossmonth.tasks.evidence import content_grams

    cache = ProvinceUnits()
    units, vecs = cache.units(svc.store, province, cache.meetings(svc.store, province))
    idx = [i for i, u in enumerate(units) if u["projects"]]
    found = []
    for i in idx:
        for k in idx:
            a, b = units[i], units[k]
            if not (b["period"] < a["period"]) or not chain._apart(a["projects"], b["projects"]):
                continue
            cos, ga, gb = float(vecs[i] @ vecs[k]), content_grams(a), content_grams(b)
            score = linking.pair_score(cos, linking.containment(ga, gb),
                                       linking.shared_lead(a, b), False)
            if (cos >= linking.MIN_COSINE and len(ga & gb) >= chain.MIN_SHARED
                    and score is not None and score >= chain.THRESHOLD):
                found.append((round(score, 3), a, b))
    found.sort(key=lambda f: -f[0])
    example = ({"score": found[0][0], "later": _short(found[0][1]),
                "earlier": _short(found[0][2])} if found else None)
    return {"directives_with_projects": len(idx), "pairs_kept_apart": len(found),
            "example": example}


def _short(u: dict[str, Any]) -> dict[str, Any]:
    return {"id": u["id"], "period": u["period"], "projects": u["projects"],
            "text": str(u["text"])[:160]}


def main(argv: list[str] | None = None) -> int:
    from search_api.service import Chidao
    from search_api.settings import Settings

    parser = argparse.ArgumentParser(description="Tasks spot check on a series + the samples.")
    parser.add_argument("--series", type=Path, required=True)
    parser.add_argument("--samples", type=Path, default=Path("data/samples"))
    parser.add_argument("--province", default="Cao Bằng")
    parser.add_argument("--agency", default="cao-bang:so-tai-chinh")
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2027, 6, 1))
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    files = sorted(args.series.glob("*.txt")) + sorted(args.samples.glob("*.txt"))
    # the embedded engine may still be closing its files when the folder goes: not an error
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        svc = Chidao(Settings(data_dir=Path(tmp)))
        try:
            kept = ingest(svc, files, CachedEmbedder(args.cache))
            task_of, continued = gold_of(args.series)
            result = {"notices": len(kept), "as_of": args.as_of.isoformat(),
                      "left_out": sorted(f.name for f in files if f.name not in kept),
                      "threads": threads_check(svc, task_of),
                      "project": project_check(svc, args.as_of),
                      "obligations": obligations_check(svc, args.agency, args.as_of,
                                                       continued),
                      "kept_apart": kept_apart(svc, args.province)}
        finally:
            svc.close()
    write_result(args.out, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
