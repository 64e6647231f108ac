"""A task's state as of a date and its deadline history (search_api.crossmonth.tasks.state)."""

from datetime import date

from search_api.crossmonth.tasks.state import deadline_history, reassigned, task_state, visible


def _occ(ident: str, period: str, held: str, deadline: str | None,
         lead: list[str]) -> dict[str, object]:
    return {"id": ident, "lead": lead, "deadline": {"date": deadline} if deadline else None,
            "meeting": {"id": f"m{period}", "period": period, "date": held}}


OCC = [_occ("a", "2024-03", "2024-04-05", "2024-04-30", ["BQLDA"]),
       _occ("b", "2024-04", "2024-05-05", "2024-05-31", ["BQLDA"]),
       _occ("c", "2024-06", "2024-07-05", "2024-08-31", ["Sở Tài nguyên và Môi trường"])]


def test_state_is_the_latest_occurrences_deadline_state() -> None:
    assert task_state(OCC, date(2024, 8, 1)) == "open"
    assert task_state(OCC, date(2024, 9, 1)) == "overdue"
    assert task_state(OCC, date(2024, 9, 1), reported=True) == "reported_done"
    assert task_state(OCC, date(2024, 9, 1), done=True) == "done"


def test_a_repeated_task_without_deadline_is_recurring_a_single_one_no_deadline() -> None:
    weekly = [_occ("w1", "2024-01", "2024-02-05", None, ["VP"]),
              _occ("w2", "2024-02", "2024-03-05", None, ["VP"])]
    assert task_state(weekly, date(2024, 4, 1)) == "recurring"
    assert task_state(weekly[:1], date(2024, 4, 1)) == "no_deadline"


def test_occurrences_after_as_of_are_not_known_yet() -> None:
    assert [o["id"] for o in visible(OCC, date(2024, 5, 10))] == ["a", "b"]


def test_deadline_moves_and_reassignment() -> None:
    moves = deadline_history(OCC)
    assert [(m["from"], m["to"]) for m in moves] == [("2024-04-30", "2024-05-31"),
                                                     ("2024-05-31", "2024-08-31")]
    assert [(r["from"], r["to"]) for r in reassigned(OCC)] == [
        (["BQLDA"], ["Sở Tài nguyên và Môi trường"])]
