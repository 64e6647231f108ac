"""The query's words to mark in a notice: content words apart from the stop words."""

from search_api.search.highlight import is_stop, query_marks


def test_stop_words_are_told_apart_from_content_words() -> None:
    assert query_marks("các dự án giao thông và các cây xanh") == {
        "words": ["dự", "án", "thông", "cây", "xanh"], "stop": ["các", "giao", "và"]}


def test_a_word_typed_with_diacritics_is_a_stop_word_only_tone_exactly() -> None:
    assert is_stop("các") and not is_stop("cắc")
    assert is_stop("cac")  # typed bare: any tone
    assert query_marks("") == {"words": [], "stop": []}
