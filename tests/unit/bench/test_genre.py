"""The genre vocabulary's builder (bench/genre.py): document frequency and word fragments."""

from bench.genre import Counts, fragment, phrases, pool_documents


def test_a_phrase_needs_enough_documents() -> None:
    docs = ["Xây dựng nhà máy nước", "Di dời nhà máy gạch", "Kiểm tra bãi rác"]
    assert "nhà máy" in phrases(docs, min_df=2) and "bãi rác" not in phrases(docs, min_df=2)
    assert phrases(docs, min_df=4) == []


def test_a_pair_inside_a_longer_word_is_a_fragment() -> None:
    """"khu công" is always "khu công nghiệp", and "công nghiệp" is the more frequent pair; "nhà
    máy" is followed by different words."""
    c = Counts()
    for d in ["thu hút đầu tư khu công nghiệp", "phát triển công nghiệp", "khu công nghiệp mới",
              "nhà máy nước", "nhà máy gạch", "nhà máy điện"]:
        c.add(d)
    assert fragment(c, ("khu", "công")) and not fragment(c, ("công", "nghiệp"))
    assert not fragment(c, ("nhà", "máy"))


def test_the_generator_pools_are_documents() -> None:
    docs = pool_documents()
    assert len(docs) == 11 and any("giải ngân vốn đầu tư công" in d for d in docs)
