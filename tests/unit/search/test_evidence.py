""""No result": the lexical and semantic evidence of a query's best hits, and the floors."""

import math

from search_api.search.evidence import (
    Evidence,
    IndexTerms,
    absent_names,
    agree,
    answered,
    content_pairs,
    coverage,
    foreign,
    of_terms,
    required_names,
    unwritten,
)
from search_api.search.genre import Vocabulary, vocabulary
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


def test_a_query_none_of_whose_phrases_any_unit_holds_is_unwritten() -> None:
    """"học bổng cho sinh viên" shares words with the units ("sinh", "cho") but no two-word
    phrase; a phrase of stop or question words ("của các") or with a number does not count,
    and a query with no content phrase at all ("của các xã 2025", a generic "kiểm tra") is not
    judged by this rule (its coverage decides); a marked syllable must be held tone-exact
    ("sản bảy" is not "sân bay"), a bare query is read folded, and the thesaurus's rewrite
    counts ("tiêm phòng" for "tiêm chủng")."""
    bm = BM25(unit_terms(_units("Hỗ trợ sinh kế cho hộ nghèo", "Đẩy mạnh tiêm chủng cho trẻ em",
                                "sản bảy tháng của các xã")))
    assert unwritten(bm, "học bổng cho sinh viên nghèo") and unwritten(bm, "học bổng của xã 2025")
    assert not unwritten(bm, "của các xã 2025") and not unwritten(bm, "kiểm tra")
    assert not unwritten(bm, "sinh kế của hộ nghèo") and not unwritten(bm, "sinh ke ho ngheo")
    assert unwritten(bm, "sân bay") and not unwritten(bm, "san bay")
    assert not unwritten(bm, "tiêm phòng bệnh sởi")
    assert content_pairs("giá điện tăng bao nhiêu", True) == [("giá", "điện"), ("điện", "tăng")]


def test_an_unwritten_query_raises_the_floors() -> None:
    fair = Evidence(0.5, 0.855, unwritten=True)
    assert answered(Evidence(0.5, 0.855), 0.4, 0.85, unwritten=(0.6, 0.86))
    assert not answered(fair, 0.4, 0.85, unwritten=(0.6, 0.86))
    assert answered(Evidence(0.62, 0.8, unwritten=True), 0.4, 0.85, unwritten=(0.6, 0.86))
    assert answered(Evidence(0.3, 0.87, unwritten=True), 0.4, 0.85, unwritten=(0.6, 0.86))


def test_a_genre_phrase_no_unit_holds_is_foreign() -> None:
    """"nhà máy" is a phrase of the genre (genre.json) these units never write: foreign, typed
    with marks or without; "vắc xin" they write, and a phrase outside the vocabulary ("ì ạch")
    is never foreign. A phrase held through the thesaurus ("cảng hàng không" for "sân bay") or
    by the best hit is not foreign either."""
    assert {"nhà máy", "xuất khẩu", "cao tốc"} <= {" ".join(p) for p in vocabulary().exact}
    vocab = Vocabulary.of(["nhà máy", "vắc xin", "sân bay", "xuất khẩu"])
    bm = BM25(unit_terms(UNITS))
    assert foreign(bm, "xây dựng nhà máy tiêm vắc xin", vocab=vocab) == ("nhà máy",)
    assert foreign(bm, "ho tro xuat khau", vocab=vocab) == ("xuat khau",)
    assert foreign(bm, "nhà đầu tư ì ạch", vocab=Vocabulary.of(["nhà máy"])) == ()
    airport = _units("Mở rộng cảng hàng không Điện Biên")
    assert foreign(BM25(unit_terms(airport)), "sân bay Điện Biên", vocab=vocab) == ()
    factory = _units("Di dời nhà máy ra khỏi khu dân cư")[0]  # counts that miss what the hit has
    assert foreign(_CountedTerms({}, 3), "nhà máy", factory, vocab) == ()
    assert foreign(_CountedTerms({}, 3), "nhà máy", UNITS[0], vocab) == ("nhà máy",)
    ev = of_terms(IndexTerms(bm), "xây dựng nhà máy xử lý rác", UNITS[1:2], 0.855, vocab=vocab)
    assert ev.foreign == ("nhà máy",)


def test_a_foreign_phrase_raises_the_floors() -> None:
    """"xây dựng nhà máy xử lý nước thải" matches a unit on the common words (coverage 0.51,
    cosine 0.855): enough for the other floors, not when the store never writes "nhà máy"."""
    fair = Evidence(0.51, 0.855, foreign=("nhà máy",))
    assert answered(Evidence(0.51, 0.855), 0.4, 0.85, domain=(0.7, 0.86))
    assert not answered(fair, 0.4, 0.85, domain=(0.7, 0.86))
    assert answered(Evidence(0.72, 0.8, foreign=("nhà máy",)), 0.4, 0.85, domain=(0.7, 0.86))
    assert answered(Evidence(0.3, 0.87, foreign=("nhà máy",)), 0.4, 0.85, domain=(0.7, 0.86))


def test_a_synonym_of_the_query_covers_its_words() -> None:
    """"tiêm phòng" in the question, "tiêm chủng" in the unit (search/synonyms.tsv)."""
    unit = _units("Đẩy mạnh tiêm chủng mở rộng cho trẻ em")
    bm = BM25(unit_terms(unit))
    assert coverage(bm, "tiêm phòng cho trẻ em", unit) == 1.0


class _CountedTerms:
    """Terms from unit counts, as the store's full-text index gives them (folded only)."""

    def __init__(self, df: dict[str, int], n: int) -> None:
        self.df, self._n = df, n
        self.asked: list[str] = []

    @property
    def n(self) -> int:
        return self._n

    def idf(self, key: str) -> float | None:
        self.asked.append(key)
        c = self.df.get(key.lstrip("~"), 0)
        return math.log(1 + (self._n - c + 0.5) / (c + 0.5)) if c else None


def test_the_evidence_reads_any_terms_as_it_reads_the_index() -> None:
    """of_terms (the store backend's): the same coverage and names from counted terms as from
    the in-memory BM25 whose counts they are; a name no count holds is absent."""
    counts = _CountedTerms({"tiem": 1, "vac": 1, "xin": 1, "soi": 1, "giai": 1, "ngan": 1,
                            "tiem_vac": 1, "vac_xin": 1, "xin_soi": 1}, 3)
    ev = of_terms(counts, "tiêm vắc xin sởi Nghệ An", UNITS[:1], 0.9)
    assert ev.coverage == coverage(counts, "tiêm vắc xin sởi Nghệ An", UNITS[:1]) > 0.5
    assert ev.absent == ("Nghệ An",) and ev.cosine == 0.9
    assert "~tiêm" in counts.asked  # a marked syllable is asked tone-exact, the store folds it
    assert of_terms(IndexTerms(BM), "tiêm vắc xin sởi", UNITS[:1], None) == \
        measure_like(BM, "tiêm vắc xin sởi")


def measure_like(bm: BM25, query: str) -> Evidence:
    return Evidence(coverage(bm, query, UNITS[:1]), None, coverage(bm, query, UNITS[:1], True),
                    absent_names(bm, query))
