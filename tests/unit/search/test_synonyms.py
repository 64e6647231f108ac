"""Near-synonyms of administrative Vietnamese in the lexical channel (search/synonyms.py)."""

import numpy as np

from search_api.search.index import IndexUnit, unit_terms
from search_api.search.lexical import BM25
from search_api.search.synonyms import alternatives, groups, parse, rewrites

TABLE = (("khởi công", "động thổ"), ("quyên góp", "ủng hộ", "đóng góp"),
         ("đường cao tốc", "cao tốc"))


def test_the_other_phrases_of_a_group_the_query_touches() -> None:
    assert alternatives("chuẩn bị lễ động thổ", TABLE) == ["khởi công"]
    assert alternatives("tiền quyên góp cho vùng bão", TABLE) == ["ủng hộ", "đóng góp"]
    assert alternatives("báo cáo kết quả", TABLE) == []


def test_whole_words_and_tones_are_compared() -> None:
    """"cao tốc" is not in "báo cáo tốc độ", nor "góp" in "gộp": a marked query is matched
    tone-exact; a bare one folded."""
    assert alternatives("báo cáo tốc độ", TABLE) == []
    assert alternatives("gộp dữ liệu", TABLE) == []
    assert alternatives("le dong tho", TABLE) == ["khởi công"]
    assert alternatives("Lễ Động Thổ", TABLE) == ["khởi công"]


def test_a_phrase_the_query_already_has_is_not_repeated() -> None:
    assert alternatives("đường cao tốc", TABLE) == []


def test_the_file_parses_into_groups_with_comments_and_rationale_dropped() -> None:
    text = "# header\nkhởi công | động thổ\tceremony\n\nđơn | \tone phrase: no group\n"
    assert parse(text) == [("khởi công", "động thổ")]
    assert len(groups()) >= 50 and all(len(g) > 1 for g in groups())


def test_a_paragraph_in_the_notices_words_is_found_for_the_users_words() -> None:
    units = [IndexUnit(id=f"u{i}", kind="directive", text=t, meeting_id="m", period="2025-06")
             for i, t in enumerate(["Chuẩn bị chu đáo lễ khởi công dự án đường sắt",
                                    "Tổ chức lễ hội mừng Xuân"])]
    bm = BM25(unit_terms(units))
    query = "lễ động thổ tuyến tàu"
    plain = bm.scores(query)
    more = bm.scores(" ; ".join(alternatives(query, TABLE)))
    assert plain[0] <= plain[1]  # "lễ" alone: the festival ties or wins
    assert int(np.argmax(plain + 0.5 * more)) == 0


def test_rewrites_replace_one_phrase_by_another_of_its_group() -> None:
    assert rewrites("lễ động thổ tuyến tàu", TABLE) == ["lễ khởi công tuyến tàu"]
    assert rewrites("báo cáo tốc độ", TABLE) == []
