"""The `chidao` command line. Errors: one line on stderr and a non-zero exit, no traceback.

Only the standard library is imported at module level: `chidao search` with a running `chidao
serve` is answered by `remote.try_search` before pydantic, numpy or the Neo4j driver load."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from search_api import remote

if TYPE_CHECKING:
    from search_api.service import IngestReport
    from search_api.settings import Settings

Handler = Callable[[argparse.Namespace], int]


def get_settings() -> Settings:
    from search_api.settings import get_settings as settings

    return settings()


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _service() -> Any:
    from search_api.service import Chidao

    return Chidao(get_settings())


@contextmanager
def _engine_meanwhile(args: argparse.Namespace) -> Iterator[None]:
    """For a command that opens the embedded store: its JVM starts in the background while this
    process imports the service (and, for a search, loads the query encoder), instead of after."""
    if getattr(args, "func", None) not in STORE_COMMANDS:
        yield
        return
    cfg = get_settings().store_config()
    if cfg.kind != "embedded":
        yield
        return
    from graph.engines.embedded import started_early

    with started_early(cfg.data_dir, cfg.engine_linger_s, cfg.arcadedb_heap):
        yield


def _warm_encoder(preset: str, query: str) -> None:
    """Load the query encoder (and encode once) while the engine starts: a preset without the
    dense channel never needs it; an unknown preset is refused later, by the search."""
    from search_api.search import embed, fusion

    config = fusion.PRESETS.get(preset)
    if config is not None and "dense" in config.channels:
        embed.get_embedder(get_settings().embed_model).embed_query(query)


def cmd_parse(args: argparse.Namespace) -> int:
    from ingest.contract import coverage_warning, parse_json
    from ingest.formats import load
    from search_api.ingestion import bounds

    path = Path(args.file)  # parsed within the bounds of the settings, as an upload is
    ng = bounds.parse_bounded(str(path), load(path), bounds.limits_of(get_settings()))
    data = parse_json(ng)
    warning = coverage_warning(ng)
    if warning:
        print(f"warning: {warning}", file=sys.stderr)
    if args.json:
        _print_json(data)
        return 0
    m = data["meeting"]
    print(f"{m['id']}: {m['title']}\n  period {m['period']}, held {m['date']}, chair {m['chair']}")
    for d in data["directives"]:
        deadline = d["deadline"]["date"] if d["deadline"] else "-"
        print(f"  [{d['section']}] lead={', '.join(d['lead']) or '-'} "
              f"support={', '.join(d['support']) or '-'} deadline={deadline}")
    for u in data["unclassified"]:
        print(f"  not understood [{u['section']}] {u['span']}: {u['text'][:100]}")
    print(f"{len(data['directives'])} directives, {len(data['findings'])} findings, "
          f"{len(data['unclassified'])} unclassified")
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    """One line per file as soon as it is stored (stdout) or refused (stderr), with its seconds
    and its place in the run; the summary last (stderr)."""
    from search_api.service import expand_paths

    svc = _service()
    files = expand_paths(Path(p) for p in args.paths)
    ingested = failed = 0
    try:
        started = time.monotonic()
        for i, (name, outcome) in enumerate(svc.ingest_each(files, args.replace), 1):
            seconds, started = time.monotonic() - started, time.monotonic()
            if isinstance(outcome, str):
                failed += 1
                print(f"{name}: {outcome}", file=sys.stderr, flush=True)
            else:
                ingested += 1
                print(f"{_ingested_line(outcome)} in {seconds:.1f} s [{i}/{len(files)}]",
                      flush=True)
    finally:
        svc.close()
    print(f"{ingested} ingested, {failed} failed", file=sys.stderr)
    return 0 if not failed and ingested else 1


def _ingested_line(r: IngestReport) -> str:
    return (f"{r.source}: {r.status} {r.meeting_id} ({r.directives} directives, "
            f"{r.findings} findings, {r.unclassified} unclassified, {r.repeats} repeats)")


def cmd_serve(args: argparse.Namespace) -> int:
    from search_api.serve import serve

    print(f"chidao explorer and API: http://{args.host}:{args.port}/  (OpenAPI: /docs)", flush=True)
    settings = get_settings()
    if args.host not in ("0.0.0.0", "::", ""):  # the name it is served on is a valid Host
        settings = settings.model_copy(
            update={"allowed_hosts": [*settings.allowed_hosts, args.host]})
    record = remote.record(settings, args.host, args.port)  # `chidao search` asks it
    try:
        serve(settings, args.host, args.port)
    finally:
        record.unlink(missing_ok=True)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """In this process: `main` has already asked a running server (`remote.try_search`)."""
    params = remote.search_params(args)
    filters = {k: params[k] for k in remote.FILTERS if k in params}
    _warm_encoder(args.preset, args.query)
    svc = _service()
    try:
        out = svc.search(args.query, args.k, filters, args.preset, args.offset, args.group)
    finally:
        svc.close()
    remote.print_search(out, args.json)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    svc = _service()
    try:
        _print_json(svc.stats())
    finally:
        svc.close()
    return 0


def cmd_themes(args: argparse.Namespace) -> int:
    svc = _service()
    try:
        out = (svc.discovered_themes(args.min_directives, wait=True) if args.discovered
               else svc.themes())
    finally:
        svc.close()
    if args.json:
        _print_json(out)
    elif args.discovered:
        for t in out["themes"]:
            print(f"{t['id']}: {t['label']} ({t['directives']} directives, "
                  f"{t['meetings']} meetings, {t['first_seen']}..{t['last_seen']})")
    else:
        for t in out:
            print(f"{t['id']}: {t['units']} paragraphs in {t['meetings']} meetings")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Each question set asked of the store (a folder of gold files: of its own notices), one
    table; the unanswerable sets give their no-result rate."""
    from search_api.search.embed import get_embedder
    from search_api.search.evaluate import format_sets, gold_set, set_table

    svc = _service()
    try:
        def ask(q: str, preset: str) -> list[str]:
            return [r["text"] for r in svc.search(q, 10, {}, preset)["results"]]

        embedder = get_embedder(get_settings().embed_model)
        tables = {str(p): set_table(Path(p), ask, lambda f: gold_set(f, embedder))
                  for p in args.questions}
    finally:
        svc.close()
    print(format_sets(tables))
    return 0


def cmd_eval_extraction(args: argparse.Namespace) -> int:
    from ingest.yardstick.report import Thresholds, as_json, failures, table
    from ingest.yardstick.score import score_folder

    scores = score_folder(Path(args.folder))
    if args.json:
        _print_json(as_json(scores))
    else:
        print(table(scores, misses=not args.no_misses))
    if args.questions:
        _print_search_eval(Path(args.folder))
    below = failures(scores, Thresholds(args.min_recall, args.min_assertions, args.min_meeting,
                                        args.min_notice_assertions))
    for line in below:
        print(f"below threshold: {line}", file=sys.stderr)
    return 1 if below else 0


def _print_search_eval(folder: Path) -> None:
    from search_api.search.embed import get_embedder
    from search_api.search.evaluate import format_table, gold_questions

    print(f"\nsearch, the gold files' questions over {folder}'s notices as parsed:")
    print(format_table(gold_questions(folder, get_embedder(get_settings().embed_model))))


def cmd_eval_links(args: argparse.Namespace) -> int:
    from search_api.crossmonth.tasks import score, series
    from search_api.search.embed import get_embedder

    out = series.evaluate(Path(args.folder), get_embedder(get_settings().embed_model))
    results = {k: out[k] for k in ("pairwise", "chains")}
    if args.json:
        _print_json({**{k: score.as_json(v) for k, v in results.items()},
                     "reports": vars(out["reports"])})
    else:
        print(score.report(results, out["gold"].task_of, args.misses))
        print(score.report_table(out["reports"]))
        for f, d in (out["reports"].wrong + out["reports"].missed) if args.misses else ():
            print(f"  report {f} -> {d}")
    return 0


def _eval_extraction_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("folder", help="a folder of notices with NAME.gold.json beside them")
    p.add_argument("--json", action="store_true")
    p.add_argument("--no-misses", action="store_true", help="the table only")
    p.add_argument("--questions", action="store_true",
                   help="also ask the gold files' search questions (Recall@k, MRR@10)")
    for name, what in (("recall", "directive recall"), ("assertions", "assertion accuracy"),
                       ("meeting", "meeting-field accuracy"),
                       ("notice-assertions", "assertion accuracy of every notice")):
        p.add_argument(f"--min-{name}", type=float, default=0.0,
                       help=f"exit 1 when the {what} is below this")
    p.set_defaults(func=cmd_eval_extraction)


def cmd_export(args: argparse.Namespace) -> int:
    from graph.export import export

    svc = _service()
    try:
        export(svc.store, args.format, Path(args.out) if args.out else sys.stdout)
    finally:
        svc.close()
    return 0


def cmd_relink(args: argparse.Namespace) -> int:
    svc = _service()
    try:
        provinces = svc.relink()
    finally:
        svc.close()
    print(f"{provinces} provinces relinked")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    svc = _service()
    try:
        svc.delete(args.meeting_id)
    finally:
        svc.close()
    print(f"deleted {args.meeting_id}")
    return 0


# the commands that open the store (`serve` opens its own, once, and stays)
STORE_COMMANDS = frozenset({cmd_ingest, cmd_search, cmd_stats, cmd_themes, cmd_eval, cmd_export,
                            cmd_relink, cmd_delete})


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="chidao", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse one notice and print what was extracted")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_parse)
    p = sub.add_parser("ingest", help="ingest files or folders into the store")
    p.add_argument("paths", nargs="+")
    p.add_argument("--replace", action="store_true",
                   help="let another version of a stored meeting replace it (the old one is kept)")
    p.set_defaults(func=cmd_ingest)
    p = sub.add_parser("serve", help="serve the API and the explorer")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=cmd_serve)
    p = sub.add_parser("search", help="search directives and findings")
    remote.search_args(p)
    p.set_defaults(func=cmd_search)
    sub.add_parser("stats", help="node and edge counts").add_argument("--json", action="store_true")
    sub.choices["stats"].set_defaults(func=cmd_stats)
    p = sub.add_parser("themes", help="theme counts, or themes discovered from the data")
    p.add_argument("--discovered", action="store_true", help="clusters the taxonomy does not name")
    p.add_argument("--min-directives", type=int, default=3)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_themes)
    p = sub.add_parser("eval", help="Recall@k / MRR@10 (or no-result rate) per set and preset",
                       description="Recall@k / MRR@10 (or the no-result rate) per set and "
                       "preset. Question sets are asked of the store in the data dir, which "
                       "comes from CHIDAO_DATA_DIR (default ./.chidao; e.g. CHIDAO_DATA_DIR=/tmp/x "
                       "chidao ingest data/samples first); folders of gold files are asked of "
                       "their own notices, parsed in memory.")
    p.add_argument("questions", nargs="+",
                   help="question sets (.jsonl, asked of the store) or folders of gold files")
    p.set_defaults(func=cmd_eval)
    _eval_extraction_args(sub.add_parser(
        "eval-extraction", help="score the parser against gold files (*.gold.json)"))
    p = sub.add_parser("eval-links", help="score task links against DIR/links.gold.json")
    p.add_argument("folder")
    p.add_argument("--json", action="store_true")
    p.add_argument("--misses", action="store_true", help="list wrong and missed links")
    p.set_defaults(func=cmd_eval_links)
    p = sub.add_parser("export", help="export the graph")
    p.add_argument("--format", choices=["graphml", "csv", "cypher"], required=True)
    p.add_argument("--out")
    p.set_defaults(func=cmd_export)
    sub.add_parser("relink", help="recompute every province's tasks").set_defaults(
        func=cmd_relink)
    p = sub.add_parser("delete", help="delete one notice's subgraph")
    p.add_argument("meeting_id")
    p.set_defaults(func=cmd_delete)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    fast = remote.try_search(argv)  # a running server answers: nothing else is imported
    if fast is not None:
        return fast
    from graph.errors import StoreError
    from ingest.errors import IngestError
    from search_api.api.errors import ChidaoError

    args = build_parser().parse_args(argv)
    func: Handler = args.func
    try:
        with _engine_meanwhile(args):
            return func(args)
    except (IngestError, StoreError, ChidaoError, OSError) as exc:
        print(f"chidao: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
