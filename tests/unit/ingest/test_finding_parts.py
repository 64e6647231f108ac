"""The parts of an assessment paragraph (extract/findings.py): a contrast cue inside a paragraph
turns it to limitations, a background sentence (merger, hazard, forecast) is context, and each
part is a finding of its own with its exact span. Own short example texts."""

from ingest.extract.findings import finding_parts, is_background
from ingest.model import NoticeGraph
from tests.unit.ingest.notice_text import notice


def _kinds(ng: NoticeGraph) -> list[tuple[str, str]]:
    return [(f.kind, f.text.split(",")[0]) for f in ng.findings]


def _spans_exact(ng: NoticeGraph) -> bool:
    return all(ng.text[f.span[0]:f.span[1]] == f.text for f in ng.findings)


def test_a_turn_inside_an_assessment_paragraph_splits_it() -> None:
    """"... tăng 9%. Tuy nhiên, ..." inside one paragraph: results, then limitations."""
    ng = notice("I. ĐÁNH GIÁ TÌNH HÌNH\n\nThu ngân sách đạt 1.200 tỷ đồng, tăng 9%. Tuy nhiên, "
                "giải ngân vốn đầu tư công mới đạt 31% kế hoạch.\n\nII. NHIỆM VỤ\n\n"
                "1. Giao Sở Tài chính rà soát kế hoạch vốn trước ngày 30/4/2025.")
    assert _kinds(ng) == [("achievement", "Thu ngân sách đạt 1.200 tỷ đồng"),
                          ("limitation", "Tuy nhiên")]
    assert _spans_exact(ng)
    assert [f.section for f in ng.findings] == ["I.p1.h1", "I.p1.h2"]
    assert all(f.headings == ng.findings[0].headings for f in ng.findings)
    assert ng.findings[0].order < ng.findings[1].order


def test_a_turn_after_a_semicolon_and_its_cues() -> None:
    """"...; tuy vậy, ..." turns too; "Song,", "Mặc dù vậy,", "Nguyên nhân chủ yếu do" open
    limitations; "Bên cạnh đó" at a paragraph's start keeps its old meaning."""
    raw = "Đã cấp 40 mã số vùng trồng; tuy vậy, kho lạnh còn thiếu."
    parts = finding_parts(raw, 100, "achievement")
    assert [(p.kind, p.span[0]) for p in parts] == [("achievement", 100), ("limitation", 128)]
    for cue in ("Song, ", "Mặc dù vậy, ", "Nguyên nhân chủ yếu do "):
        kinds = [p.kind for p in finding_parts(f"Đã cấp 40 mã số. {cue}kho lạnh thiếu.", 0,
                                               "achievement")]
        assert kinds == ["achievement", "limitation"], cue


def test_no_turn_no_split() -> None:
    """A paragraph of results only, or one already a limitation, stays one finding; "Sông"
    at a sentence start is a river, not "Song,"."""
    assert len(finding_parts("Đã nạo vét 12 km kênh. Sông Cái được kè 3 km.", 0,
                             "achievement")) == 1
    assert len(finding_parts("Tuy nhiên, còn chậm. Tuy vậy, đã khắc phục.", 0,
                             "limitation")) == 1


def test_results_before_a_turn_outside_an_assessment_section() -> None:
    """A notice without section titles: the paragraph a "Tuy vậy, ..." paragraph answers
    reports results, not context."""
    ng = notice("Trong tháng 3, xã đã tiếp nhận 820 hồ sơ, đạt 97% đúng hạn; thu ngân sách đạt "
                "4,2 tỷ đồng.\n\nTuy vậy, còn 12 hồ sơ đất đai giải quyết trễ hạn; tình trạng "
                "trộm cắp vặt có dấu hiệu gia tăng.\n\n"
                "Giao Văn phòng HĐND và UBND xã theo dõi, đôn đốc thực hiện.")
    assert [f.kind for f in ng.findings] == ["achievement", "limitation"]


def test_background_sentences_are_context() -> None:
    """The period's situation in a sentence's opening: a merger, the month of a new model, a
    hazard suffered, a forecast; not a merger named late in a result, nor merged bodies."""
    assert is_background("Sau hợp nhất với tỉnh Hòa Bình, tỉnh có 41.000 ha rừng trồng.")
    assert is_background("Tháng 9 là tháng thứ ba chính quyền xã vận hành theo mô hình mới.")
    assert is_background("Trong tháng 7, huyện chịu ảnh hưởng của hai đợt lũ quét.")
    assert is_background("Từ đầu năm, trên địa bàn đã xảy ra 23 trận mưa lớn.")
    assert is_background("Tuy nhiên, theo dự báo, mùa khô năm nay có thể đến sớm.")
    assert not is_background("Sở đã biểu dương các đơn vị đã nỗ lực trong bối cảnh vừa sắp "
                             "xếp bộ máy sau hợp nhất với tỉnh Bắc Kạn.")
    assert not is_background("Một số sở sau hợp nhất còn lúng túng trong phân công nhiệm vụ.")


def test_a_concessive_opening_is_context_its_main_clause_is_not() -> None:
    """"Năm 2025, dù ... hai cấp, tỉnh đã hoàn thành ..."; a forecast clause after a turn cue
    is context, the limitations after its ';' are not."""
    parts = finding_parts("Năm 2025, dù là năm đầu tiên vận hành sau hợp nhất với tỉnh Ninh "
                          "Thuận, tỉnh đã hoàn thành 20/24 chỉ tiêu.", 0, "achievement")
    assert [(p.kind, p.text[:8]) for p in parts] == [("context", "Năm 2025"),
                                                     ("achievement", "tỉnh đã ")]
    parts = finding_parts("Tuy nhiên, dự báo triều cường có thể đạt 1,7 m; nhiều đê bao đã "
                          "xuống cấp.", 0, "achievement")
    assert [p.kind for p in parts] == ["context", "limitation"]
