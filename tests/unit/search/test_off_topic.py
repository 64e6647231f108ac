""""No result" when a semantic-only answer has no lexical evidence of the question's topic:
no top hit holds a content phrase of the query's own, one that is not the genre's common wording
(evidence.off_topic, SearchConfig.topic_floors; docs/search.md, Session 18)."""

from search_api.search import fusion
from search_api.search.evidence import Evidence, IndexTerms, answered, of_terms, off_topic
from search_api.search.genre import Vocabulary
from search_api.search.index import IndexUnit, unit_terms
from search_api.search.lexical import BM25


def _units(*texts: str) -> list[IndexUnit]:
    return [IndexUnit(id=f"u{i}", kind="directive", text=t, meeting_id="m", period="2026-01")
            for i, t in enumerate(texts)]


STATION = _units("Rà soát, hoàn thiện hệ thống bến xe khách, điểm dừng đỗ")
BUS = _units("Đề xuất phát triển tuyến xe buýt nội tỉnh")
GENRE = Vocabulary.of(["kiểm soát", "gia súc", "dịp tết", "phát triển"])


def test_a_topic_phrase_no_top_hit_holds_is_off_topic() -> None:
    """"xe buýt" asked, "bến xe" found: the one syllable they share is not the topic."""
    assert off_topic("Sở Xây dựng mở tuyến xe buýt nội tỉnh", STATION, GENRE)
    assert not off_topic("Sở Xây dựng mở tuyến xe buýt nội tỉnh", BUS, GENRE)
    assert off_topic("so xay dung mo tuyen xe buyt noi tinh", STATION, GENRE)  # folded alike
    assert not off_topic("so xay dung mo tuyen xe buyt noi tinh", BUS, GENRE)


def test_phrases_of_the_genre_are_not_evidence_of_the_topic() -> None:
    """Only the genre's wording ("kiểm soát", "gia súc", "dịp Tết") is shared: off topic; the
    same hit for a query that is one genre phrase has nothing to judge."""
    hit = _units("Tăng cường kiểm soát dịch bệnh trên gia súc trong dịp Tết")
    assert off_topic("kiểm soát giết mổ gia súc dịp Tết", hit, GENRE)
    assert not off_topic("kiểm soát", hit, GENRE)
    assert not off_topic("kiểm soát giết mổ gia súc dịp Tết", hit, Vocabulary.of([]))


def test_a_phrase_held_through_the_thesaurus_is_evidence() -> None:
    """"động thổ" / "tuyến tàu" asked, "khởi công" / "đường sắt" written (synonyms.tsv)."""
    hit = _units("Tổ chức lễ khởi công dự án đường sắt")
    assert not off_topic("chuẩn bị lễ động thổ tuyến tàu mới", hit, GENRE)
    assert off_topic("chuẩn bị lễ động thổ tuyến tàu mới", STATION, GENRE)


def test_a_hit_due_on_the_named_deadline_is_evidence() -> None:
    terms = IndexTerms(BM25(unit_terms(STATION)))
    query = "Sở Xây dựng mở tuyến xe buýt nội tỉnh"
    assert of_terms(terms, query, STATION, 0.87, vocab=GENRE).topicless
    assert not of_terms(terms, query, STATION, 0.87, vocab=GENRE, dated=True).topicless


def test_an_off_topic_answer_needs_a_strong_cosine() -> None:
    """Coverage under its floor, cosine 0.87: answered unless off topic; then 0.88 is needed,
    and coverage over its floor still answers alone."""
    assert answered(Evidence(0.3, 0.87), 0.4, 0.85, topic=(0.0, 0.88))
    assert not answered(Evidence(0.3, 0.87, topicless=True), 0.4, 0.85, topic=(0.0, 0.88))
    assert answered(Evidence(0.3, 0.885, topicless=True), 0.4, 0.85, topic=(0.0, 0.88))
    assert answered(Evidence(0.45, 0.8, topicless=True), 0.4, 0.85, topic=(0.0, 0.88))


def test_hybrid_refuses_an_off_topic_answer_and_says_why() -> None:
    """The memory backend's hybrid preset applies the topic floors; the store's does not (not
    measured there)."""
    ev = Evidence(0.3, 0.87, topicless=True)
    assert not fusion.decided(ev, fusion.HYBRID)
    assert fusion.decided(ev, fusion.STORE_PRESETS["hybrid"])
    assert "topic" in fusion.why(True, True, ev)
