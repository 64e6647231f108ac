""""No result" coverage is measured on the query's topic: the query less the assignee agencies
it names (search/topic.py); and which channel ranks make a hit "apart" (evidence.agree)."""

from search_api.search.evidence import IndexTerms, agree, of_terms, topical
from search_api.search.index import IndexUnit, unit_terms
from search_api.search.lexical import BM25
from search_api.search.topic import BREAK, without_agencies


def _units(*texts: str) -> list[IndexUnit]:
    return [IndexUnit(id=f"u{i}", kind="directive", text=t, meeting_id="m", period="2025-06")
            for i, t in enumerate(texts)]


UNITS = _units("Giao Sở Y tế khẩn trương tiêm vắc xin phòng bệnh sởi cho trẻ em",
               "Giao Sở Tài chính chủ trì theo dõi thu ngân sách",
               "Phòng chống buôn lậu qua biên giới")
TERMS = IndexTerms(BM25(unit_terms(UNITS)))


def test_an_assignee_agency_is_not_part_of_the_topic() -> None:
    assert without_agencies("Sở Y tế tiêm vắc xin sởi") == BREAK + " tiêm vắc xin sởi"
    assert without_agencies("tiêm vắc xin sởi") == "tiêm vắc xin sởi"


def test_the_issuer_and_the_bodies_above_it_stay_in_the_topic() -> None:
    """UBND tỉnh and HĐND assign nothing (is_oversight): their words stay, as in the graph."""
    assert "UBND tỉnh" in without_agencies("UBND tỉnh giao Sở Y tế tiêm vắc xin")
    assert "Sở Y tế" not in without_agencies("UBND tỉnh giao Sở Y tế tiêm vắc xin")


def test_a_query_that_is_only_an_agency_keeps_it_as_its_topic() -> None:
    assert topical("Sở Y tế làm những gì") == "Sở Y tế làm những gì"
    assert topical("Sở Y tế tiêm vắc xin") != "Sở Y tế tiêm vắc xin"


def test_a_held_agency_does_not_cover_a_task_it_was_not_given() -> None:
    """The agency's name matched the best hit word for word, so a question about a disease
    the notices never name looked half covered; on its topic alone it is barely covered."""
    asked = "Sở Y tế phòng chống dịch tay chân miệng"
    ev = of_terms(TERMS, asked, UNITS[:1], None)
    whole = of_terms(TERMS, "Sở Y tế tiêm vắc xin phòng bệnh sởi", UNITS[:1], None)
    assert ev.coverage < 0.25 and whole.coverage == 1.0


def test_a_query_without_an_agency_is_measured_as_before() -> None:
    assert of_terms(TERMS, "tiêm vắc xin sởi", UNITS[:1], None).coverage == 1.0


def test_a_channel_that_did_not_run_does_not_agree() -> None:
    """A bare query on the store backend has no dense rank: one channel is no corroboration,
    so the hit is apart (the store's apart floors were chosen so, session 15); a hit no
    ranked channel holds (graph or deadline alone) has nothing to disagree."""
    assert not agree({"lexical": 1})
    assert not agree({"lexical": 1, "graph": 1})
    assert agree({"lexical": 2, "dense": 1}) and agree({"deadline": 1})
