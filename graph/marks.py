"""Task marks (done / reopened by a user): an append-only audit trail of `Meta` nodes
{key: "taskmark:<task id>:<n>", task, state, who, at, note}, never attached to a directive, so
re-ingesting notices leaves them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from graph.contract import Store
from graph.rows import MarkRow

PREFIX = "taskmark:"
_MARK_ROWS = ("MATCH (g:Meta) WHERE {where}g.key STARTS WITH 'taskmark:' "
              "RETURN g.key AS key, g.task AS task, g.state AS state, g.who AS who, "
              "g.at AS at, g.note AS note")


def mark_rows(store: Store, tasks: Sequence[str] | None = None) -> list[MarkRow]:
    """Every mark of these tasks (of all tasks when None), in no order."""
    if tasks is None:
        rows = store.execute(_MARK_ROWS.format(where=""), {})
    else:
        rows = store.execute(_MARK_ROWS.format(where="g.task IN $tasks AND "),
                             {"tasks": list(tasks)})
    return cast("list[MarkRow]", rows)


def append_mark(store: Store, row: MarkRow) -> None:
    """Write one mark (key, task, state, who, at, note) in its own transaction."""
    with store.transaction() as tx:
        tx.run("CREATE (g:Meta {key: $key, task: $task, state: $state, who: $who, at: $at, "
               "note: $note})", row)
