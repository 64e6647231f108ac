"""Discovered themes in bounded windows (crossmonth/theme_windows.py): one window per
jurisdiction, kept until a notice of that window changes, a request for several answered with
what is known while the rest is computed in the background, paged (no store: a fake answering the
two reads)."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from search_api.api.errors import NotFound
from search_api.crossmonth import theme_windows
from search_api.crossmonth.theme_windows import discovered_themes, months_before, page, settle
from tests.unit.crossmonth.test_discover import _corpus


class _Store:
    """The meetings' versions and the directives of given meetings; counts directive reads."""

    def __init__(self, units: list[dict[str, Any]], shas: dict[str, str]) -> None:
        self.units, self.shas, self.reads, self.gen = units, shas, 0, 0

    def generation(self) -> int:
        return self.gen

    def execute(self, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        if "m.sha256" in query:
            return [{"id": m, "sha": sha, "province": self._province(m), "period": m[-7:]}
                    for m, sha in self.shas.items()]
        self.reads += 1
        rows = [u for u in self.units if u["meeting"] in params["meetings"]]
        rows.sort(key=lambda u: u["id"])
        rows.sort(key=lambda u: u["period"], reverse=True)
        return rows[:params["limit"]]

    def _province(self, meeting: str) -> str | None:
        return next((u["province"] for u in self.units if u["meeting"] == meeting), None)

    def change(self, meeting: str, units: list[dict[str, Any]]) -> None:
        """Another version of `meeting` (its directives now `units`)."""
        self.units = [u for u in self.units if u["meeting"] != meeting] + units
        self.shas = {**self.shas, meeting: self.shas[meeting] + "'"}
        self.gen += 1


def _two_provinces() -> _Store:
    """The recurring electricity task in Cao Bằng and again, under other ids, in Bắc Kạn."""
    cao = [{**u, "province": "Cao Bằng"} for u in _corpus()]
    bac = [{**u, "id": "b" + str(u["id"]), "meeting": "b" + str(u["meeting"]),
            "province": "Bắc Kạn"} for u in _corpus()]
    meetings = sorted({str(u["meeting"]) for u in cao + bac})
    return _Store(cao + bac, {m: "v1" for m in meetings})


def _ids(body: dict[str, Any]) -> list[str]:
    return [t["id"] for t in body["themes"]]


def test_each_jurisdiction_is_clustered_alone_and_the_union_keeps_their_ids() -> None:
    store = _two_provinces()
    union = discovered_themes(store, wait=True)  # type: ignore[arg-type]
    cao = discovered_themes(store, province="cao bang")  # type: ignore[arg-type]
    bac = discovered_themes(store, province="Bắc Kạn")  # type: ignore[arg-type]
    assert len(cao["themes"]) == len(bac["themes"]) == 1 and _ids(cao) != _ids(bac)
    assert sorted(_ids(union)) == sorted(_ids(cao) + _ids(bac))
    assert {m["id"][0] for m in cao["themes"][0]["members"]} == {"e"}  # no Bắc Kạn member
    assert cao["params"]["province"] == "Cao Bằng" and union["params"]["province"] is None
    assert union["params"]["windows"] == 2 and union["params"]["pending"] == []
    assert store.reads == 2  # the province requests read the union's answers
    with pytest.raises(NotFound):
        discovered_themes(store, province="Atlantis")  # type: ignore[arg-type]


def test_a_window_is_clustered_again_only_when_one_of_its_notices_changes() -> None:
    store = _two_provinces()
    first = discovered_themes(store, province="Cao Bằng")  # type: ignore[arg-type]
    first["themes"].clear()  # a caller mutating its answer does not touch the kept one
    first_bac = discovered_themes(store, province="Bắc Kạn")  # type: ignore[arg-type]
    store.change("bm-2025-06", [])  # a Bắc Kạn notice replaced: Cao Bằng's window stays
    again = discovered_themes(store, province="Cao Bằng")  # type: ignore[arg-type]
    assert store.reads == 2 and len(again["themes"]) == 1
    assert discovered_themes(store, province="Bắc Kạn")["themes"] != first_bac[  # type: ignore[arg-type]
        "themes"] and store.reads == 3
    discovered_themes(store, province="Cao Bằng", min_directives=4)  # type: ignore[arg-type]
    assert store.reads == 4


def test_a_request_for_every_jurisdiction_answers_what_is_known_and_the_rest_follows() -> None:
    store = _two_provinces()
    cold = discovered_themes(store)  # type: ignore[arg-type]
    assert cold["themes"] == [] and cold["params"]["pending"] == ["Bắc Kạn", "Cao Bằng"]
    settle(store)  # type: ignore[arg-type]
    warm = discovered_themes(store)  # type: ignore[arg-type]
    assert len(warm["themes"]) == 2 and warm["params"]["pending"] == []
    store.change("m-2025-06", [])  # Cao Bằng's task now recurs in two meetings only
    stale = discovered_themes(store)  # type: ignore[arg-type]
    assert stale["params"]["stale"] == ["Cao Bằng"] and _ids(stale) == _ids(warm)
    settle(store)  # type: ignore[arg-type]
    fresh = discovered_themes(store)  # type: ignore[arg-type]
    assert fresh["params"]["stale"] == [] and _ids(fresh) != _ids(warm)


def test_a_write_brings_its_jurisdiction_up_to_date_in_the_background(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(theme_windows, "QUIET_S", 0.0)
    store = _two_provinces()
    theme_windows.changed(store, "Cao Bằng")  # type: ignore[arg-type]
    settle(store)  # type: ignore[arg-type]
    reads = store.reads
    body = discovered_themes(store, province="Cao Bằng")  # type: ignore[arg-type]
    assert store.reads == reads == 1 and len(body["themes"]) == 1


def test_a_servers_start_warms_every_jurisdiction_in_the_start_up_thread() -> None:
    store = _two_provinces()
    steps = theme_windows.warm_steps(store)  # type: ignore[arg-type]
    names: list[str] = []
    while steps:  # what the start-up queue does, here in this thread
        step = steps.pop(0)
        names.append(getattr(step, "func", step).__name__)
        steps[:0] = step()
    body = discovered_themes(store)  # type: ignore[arg-type]
    assert store.reads == 2 and len(body["themes"]) == 2 and body["params"]["pending"] == []
    window = ["_drain_step", "_phrase", "_guard"]  # read, phrase its directives, cluster them
    assert names == ["_warm_start", *window, *window, "_drain_step"]
    assert theme_windows._state(store).worker is None  # type: ignore[arg-type]


def test_a_window_a_request_schedules_during_the_start_up_joins_its_queue() -> None:
    store = _two_provinces()
    steps = theme_windows.warm_steps(store)  # type: ignore[arg-type]
    steps[:0] = steps.pop(0)()  # the start-up thread (this one) now drains the windows
    cold = discovered_themes(store, min_directives=4)  # type: ignore[arg-type]
    state = theme_windows._state(store)  # type: ignore[arg-type]
    assert cold["params"]["pending"] == ["Bắc Kạn", "Cao Bằng"] and len(state.queued) == 4
    assert state.worker is threading.current_thread()  # no other thread was started
    while steps:
        steps[:0] = steps.pop(0)()
    assert not state.queued and state.worker is None and store.reads == 4
    assert discovered_themes(store, min_directives=4)["params"]["pending"] == []  # type: ignore[arg-type]


def test_the_default_window_is_the_24_months_up_to_the_jurisdictions_latest_meeting() -> None:
    store = _two_provinces()
    body = discovered_themes(store, province="Cao Bằng")  # type: ignore[arg-type]
    assert (body["params"]["since"], body["params"]["until"]) == ("2023-07", None)
    assert months_before("2025-01", 1) == "2024-12" and months_before("2025", 3) == "2025-01"
    recent = discovered_themes(store, province="Cao Bằng", since="2025-04")  # type: ignore[arg-type]
    assert recent["themes"] == [] and recent["params"]["directives"] < body["params"]["directives"]


def _theme(ident: str, meetings: int, directives: int) -> dict[str, Any]:
    return {"id": ident, "meetings": meetings, "directives": directives}


def test_themes_page_in_their_order_by_a_key_that_survives_a_changed_list() -> None:
    themes = sorted([_theme("a", 3, 9), _theme("b", 3, 4), _theme("c", 2, 9), _theme("d", 2, 9),
                     _theme("e", 1, 3)], key=theme_windows.order)
    assert [t["id"] for t in themes] == ["a", "b", "c", "d", "e"]
    seen, after = [], None
    while True:
        shown, after = page(themes, after, 2)
        seen += [t["id"] for t in shown]
        if after is None:
            break
    assert seen == ["a", "b", "c", "d", "e"]
    _, after = page(themes, None, 2)
    assert page([t for t in themes if t["id"] != "a"], after, 2)[0][0]["id"] == "c"
