""""No result": the lexical and semantic evidence of a query's best hits, and the floors."""

from search_api.search.evidence import (
    Evidence,
    absent_names,
    agree,
    answered,
    coverage,
    required_names,
)
from search_api.search.index import IndexUnit, unit_terms
from search_api.search.lexical import BM25


def _units(*texts: str) -> list[IndexUnit]:
    return [IndexUnit(id=f"u{i}", kind="directive", text=t, meeting_id="m", period="2025-06")
            for i, t in enumerate(texts)]


UNITS = _units("Giao Sở Y tế tiêm vắc xin phòng bệnh sởi cho trẻ em",
               "Đẩy nhanh giải ngân vốn đầu tư công", "Phòng chống buôn lậu qua biên giới")
BM = BM25(unit_terms(UNITS))


def test_a_question_the_hit_answers_is_covered() -> None:
    assert coverage(BM, "tiêm vắc xin sởi", UNITS[:1]) == 1.0
    assert coverage(BM, "tiem vac xin soi", UNITS[:1]) == 1.0  # folded alike


def test_punctuation_next_to_a_word_does_not_hide_it() -> None:
    """Words are read as BM25 reads them: "chính," and "(GRDP)" are the words chính and grdp."""
    unit = _units("Sở Tài chính, chủ trì; tăng trưởng (GRDP) đạt 6,56%")
    assert coverage(BM, "tài chính chủ trì grdp", unit) == 1.0


def test_words_the_index_never_saw_weigh_like_the_rarest() -> None:
    partial = coverage(BM, "quy hoạch sân golf", UNITS)
    assert 0 <= partial < 0.5
    assert coverage(BM, "qwzx plmokn", UNITS) == 0.0


def test_pairs_need_the_words_side_by_side() -> None:
    assert coverage(BM, "công vốn ngân", UNITS, pairs=True) == 0.0
    assert coverage(BM, "giải ngân vốn", UNITS, pairs=True) == 1.0


def test_either_evidence_answers_and_zero_floors_turn_the_check_off() -> None:
    weak, lexical, semantic = Evidence(0.1, 0.80), Evidence(0.6, 0.80), Evidence(0.1, 0.9)
    assert not answered(weak, 0.4, 0.85)
    assert answered(lexical, 0.4, 0.85) and answered(semantic, 0.4, 0.85)
    assert answered(weak, 0.0, 0.0)
    assert not answered(Evidence(0.1, None), 0.4, 0.85)  # no dense channel: lexical only


def test_a_query_typed_with_marks_is_covered_tone_exact() -> None:
    """ "sân bay" is not "sản" + "bảy": with marks typed, the marks must match."""
    unit = _units("Sản lượng bảy tháng đầu năm tăng")
    assert coverage(BM, "sân bay", unit) == 0.0
    assert coverage(BM, "san bay", unit) == 1.0  # bare: folded, as before
    assert coverage(BM, "sản lượng", unit) == 1.0


def test_required_names_are_capitalised_runs_acronyms_and_codes() -> None:
    assert required_names("tiến độ sân bay ở Nghệ An") == [("Nghệ", "An")]
    assert required_names("Quyết định số 4567/QĐ-UBND phê duyệt") == [("4567/QĐ-UBND",)]
    assert required_names("chuẩn bị hội nghị APEC") == [("APEC",)]
    assert required_names("Hà Nội có gì mới") == [("Hà", "Nội")]


def test_sentence_case_dates_abbreviations_and_title_case_name_nothing() -> None:
    assert required_names("Phòng chống buôn lậu") == []  # the first word of a sentence
    assert required_names("việc phải xong trước ngày 27/7 và quý III/2025") == []
    assert required_names("UBND tỉnh giao Sở NN&MT") == []  # known abbreviations: long forms
    assert required_names("cấp CCCD cho người dân") == []
    assert required_names("Tăng Cường Quản Lý Thuế") == []


def test_a_name_no_unit_holds_is_absent() -> None:
    assert absent_names(BM, "Sở Y tế ở Nghệ An tiêm vắc xin") == ("Nghệ An",)
    assert absent_names(BM, "tiêm vắc xin cho trẻ em Sở Y tế") == ()
    assert absent_names(BM, "Quyết định 12/QĐ-UBND về buôn lậu") == ("12/QĐ-UBND",)


def test_an_absent_name_raises_the_floors() -> None:
    """ "EVN dời đường điện" may be answered by "Tập đoàn Điện lực": only a strong match does."""
    fair = Evidence(0.5, 0.88, absent=("Nghệ An",))
    assert answered(Evidence(0.5, 0.88), 0.4, 0.85)
    assert not answered(fair, 0.4, 0.85, (0.6, 0.9))
    assert answered(Evidence(0.7, 0.8, absent=("EVN",)), 0.4, 0.85, (0.6, 0.9))
    assert answered(Evidence(0.1, 0.91, absent=("EVN",)), 0.4, 0.85, (0.6, 0.9))
    assert answered(fair, 0.0, 0.0, (0.6, 0.9))  # floors off: every check off


def test_names_side_by_side_are_held_one_by_one() -> None:
    """ "vụ Đông Xuân Bắc Bộ" is two names; the pair across them need not occur anywhere."""
    bm = BM25(unit_terms(_units("Gieo cấy vụ Đông Xuân đúng lịch", "Các tỉnh Bắc Bộ lấy nước")))
    assert absent_names(bm, "lấy nước vụ Đông Xuân Bắc Bộ") == ()
    assert absent_names(bm, "lấy nước vụ Đông Xuân Nam Bộ") == ("Đông Xuân Nam Bộ",)


def test_channels_that_disagree_on_the_best_hit_raise_the_floors() -> None:
    """A hit only one channel ranks high is weaker evidence than one both rank high."""
    assert agree({"lexical": 1, "dense": 3}) and agree({"graph": 1})
    assert not agree({"lexical": 1, "dense": 4}) and not agree({"dense": 1})
    fair = Evidence(0.45, 0.855, agree=False)
    assert answered(Evidence(0.45, 0.855), 0.4, 0.85, apart=(0.52, 0.86))
    assert not answered(fair, 0.4, 0.85, apart=(0.52, 0.86))
    assert answered(Evidence(0.6, 0.8, agree=False), 0.4, 0.85, apart=(0.52, 0.86))


def test_a_synonym_of_the_query_covers_its_words() -> None:
    """"tiêm phòng" in the question, "tiêm chủng" in the unit (search/synonyms.tsv)."""
    unit = _units("Đẩy mạnh tiêm chủng mở rộng cho trẻ em")
    bm = BM25(unit_terms(unit))
    assert coverage(bm, "tiêm phòng cho trẻ em", unit) == 1.0
