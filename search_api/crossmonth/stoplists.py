"""Stop lists: wording that says how a task is given, not what it is about. Two lists, one
machinery: the linking list (REPEATS evidence, crossmonth/linking.py and crossmonth/tasks/) and the
longer label list (discovered themes' labels, crossmonth/discover.py). Compared tone-exactly
(canon), not folded: folded "tinh" would also stop "tình", "giao" "giáo"."""

from __future__ import annotations

from ingest.text import canon

StopLists = tuple[frozenset[tuple[str, ...]], frozenset[str]]


def stop_lists(phrases_text: str, words_text: str) -> StopLists:
    """Tone-exact stop phrases (", "-separated) and stop syllables (space-separated)."""
    phrases = frozenset(tuple(canon(p).split()) for p in phrases_text.split(", "))
    return phrases, frozenset(canon(w) for w in words_text.split())


def stop_positions(exact: list[str], phrases: frozenset[tuple[str, ...]],
                   single: frozenset[str]) -> set[int]:
    """Positions of canon-form tokens that are numbers, stop words or inside a stop phrase
    (longest phrase first)."""
    out = {i for i, w in enumerate(exact) if w in single or w.isdigit()}
    longest = max((len(p) for p in phrases), default=0)
    for i in range(len(exact)):
        for n in range(longest, 1, -1):
            if tuple(exact[i:i + n]) in phrases:
                out.update(range(i, i + n))
                break
    return out


# Wording that says how a task is given, not what it is: dropped before the bigrams are formed.
# Matched tone-exactly (canon) as whole phrases, so "đơn vị" does not also drop "đôn" (đôn đốc) and
# "tỉnh" does not drop "tình" as folded syllables would.
_LINK_PHRASES_TEXT = (
    "tiếp tục, tăng cường, đẩy mạnh, thực hiện, triển khai, bảo đảm, đảm bảo, chủ trì, phối hợp, "
    "cơ quan, đơn vị, liên quan, kịp thời, quy định, trách nhiệm, nhiệm vụ, tổ chức, nội dung, "
    "tham mưu, chỉ đạo, xử lý, kiểm tra, thẩm quyền"
)


_LINK_WORDS_TEXT = (
    "và các của cho với trong theo để được có là đến từ tại trên việc những này đó một giao sở ban "
    "ngành tỉnh ubnd xã phường"
)
LINK_STOP_PHRASES, LINK_STOP_WORDS = stop_lists(_LINK_PHRASES_TEXT, _LINK_WORDS_TEXT)

# Label stop words: phrases (matched on folded syllables, longest first) and single syllables that
# say how a task is given, not what it is about.
_LABEL_PHRASES_TEXT = (
    "tiếp tục, tăng cường, đẩy mạnh, thực hiện, triển khai, bảo đảm, đảm bảo, chủ trì, phối hợp, "
    "cơ quan, đơn vị, liên quan, kịp thời, quy định, nhiệm vụ, giải pháp, báo cáo, tham mưu, "
    "đề xuất, hoàn thành, trước ngày, chỉ đạo, đôn đốc, kiểm tra, rà soát, khẩn trương, "
    "nghiêm túc, hiệu quả, tổ chức, nội dung, chủ động, tập trung, hướng dẫn, kết quả, kết luận, "
    "đồng chí, chủ tịch, phó chủ tịch, lãnh đạo, văn bản, ủy ban nhân dân, theo dõi, các cấp, "
    "trách nhiệm, chịu trách nhiệm, theo quy định, có liên quan, xây dựng kế hoạch, kế hoạch, "
    "địa bàn, trên địa bàn, thời gian, thời gian tới, cụ thể, phù hợp, xử lý, vướng mắc, khó khăn, "
    "đồng thời"
)
_LABEL_WORDS_TEXT = (
    "và các của cho với trong theo để được có là đến từ tại trên việc những này đó một giao sở ban "
    "ngành tỉnh ubnd xã phường huyện năm tháng quý ngày số về như khi đã đang sẽ cần phải nhằm"
)
LABEL_STOP_PHRASES, LABEL_STOP_WORDS = stop_lists(_LABEL_PHRASES_TEXT, _LABEL_WORDS_TEXT)
