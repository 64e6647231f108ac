import pytest

from ingest.text import canon, fold, normalize_tones, slug, words


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Hoà", "Hòa"),
        ("Uỷ ban", "Ủy ban"),
        ("thuỷ lợi", "thủy lợi"),
        ("khoẻ", "khỏe"),
        ("HOÀ", "HÒA"),
    ],
)
def test_tone_styles_converge(old: str, new: str) -> None:
    assert normalize_tones(old) == new
    assert normalize_tones(new) == new
    assert len(normalize_tones(old)) == len(old)


@pytest.mark.parametrize("word", ["quý", "Hoàng", "thuế", "toán", "quỷ"])
def test_tone_untouched_where_styles_agree(word: str) -> None:
    assert normalize_tones(word) == word


def test_fold_strips_all_marks_and_d() -> None:
    assert fold("Đồng  Đăng – Trà Lĩnh") == "dong dang – tra linh"
    assert fold("Sở Nông nghiệp và Môi trường") == "so nong nghiep va moi truong"


def test_canon_keeps_tones_distinct() -> None:
    assert canon("bão") != canon("bảo")
    assert canon("Lê Hải Hoà") == canon("lê hải hòa")


def test_words_keep_vietnamese_letters() -> None:
    assert words("Giao Sở Tài chính, 933/QĐ-UBND") == [
        "Giao",
        "Sở",
        "Tài",
        "chính",
        "933",
        "QĐ",
        "UBND",
    ]
    assert slug("Sở Kế hoạch và Đầu tư") == "so-ke-hoach-va-dau-tu"
