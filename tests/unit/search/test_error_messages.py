"""API error messages are Vietnamese (the code stays English), names and values kept."""

import pytest

from search_api.api.errors import error_body, vietnamese


@pytest.mark.parametrize("code,english,expected", [
    ("not_found", "no agency matches 'sở xyz'", "Không có cơ quan nào khớp với 'sở xyz'"),
    ("not_found", "no meeting 'abc'", "Không tìm thấy phiên họp 'abc'"),
    ("not_found", "no task 't1' as of 2025-03-01",
     "Không tìm thấy nhiệm vụ 't1' tính đến ngày 2025-03-01"),
    ("invalid_parameter", "query.k: Input should be less than or equal to 100",
     "Tham số query.k không hợp lệ: phải nhỏ hơn hoặc bằng 100"),
    ("invalid_parameter", "query.role: Input should be 'lead' or 'support'",
     "Tham số query.role không hợp lệ: phải là 'lead' hoặc 'support'"),
    ("invalid_parameter", "query.as_of: Input should be a valid date or datetime, day value is "
     "outside expected range",
     "Tham số query.as_of không hợp lệ: phải là ngày (YYYY-MM-DD) hợp lệ"),
    ("unauthorized", "missing X-API-Key header", "Thiếu khóa API (tiêu đề X-API-Key)"),
    ("http_404", "Not Found", "Không tìm thấy đường dẫn này"),
])
def test_known_messages_are_translated(code: str, english: str, expected: str) -> None:
    assert vietnamese(code, english) == expected


def test_unknown_message_keeps_its_text_after_a_vietnamese_head() -> None:
    assert vietnamese("invalid_document", "x.txt: no paragraphs") == (
        "Tài liệu không đọc được: x.txt: no paragraphs")
    assert vietnamese("weird_code", "something odd") == "Lỗi: something odd"
    assert vietnamese("invalid_parameter", "cursor không hợp lệ") == "cursor không hợp lệ"


def test_error_body_keeps_the_english_code() -> None:
    assert error_body("not_found", "no project 'p'") == {
        "error": {"code": "not_found", "message": "Không tìm thấy dự án 'p'"}}
