"""Errors that carry their HTTP status; one JSON shape `{"error": {"code", "message"}}`: the code
stays English (what programs test), the message is Vietnamese (what people read), translated here
at the boundary from the English text raised inside, names and values kept as given."""

from __future__ import annotations

import re
from typing import Any


class ChidaoError(Exception):
    status = 500
    code = "internal_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadRequest(ChidaoError):
    status, code = 422, "invalid_parameter"


class Unauthorized(ChidaoError):
    status, code = 401, "unauthorized"


class Forbidden(ChidaoError):
    status, code = 403, "forbidden"


class NotFound(ChidaoError):
    status, code = 404, "not_found"


class PayloadTooLarge(ChidaoError):
    status, code = 413, "payload_too_large"


class VersionConflict(ChidaoError):
    """Another version of a stored meeting, sent without replace=true (or a version changed
    under a client that named the one it meant to replace)."""

    status, code = 409, "version_conflict"


class WritesDisabled(ChidaoError):
    status, code = 503, "writes_disabled"


NOUNS = {"agency": "cơ quan", "project": "dự án", "meeting": "phiên họp", "task": "nhiệm vụ",
         "directive": "chỉ đạo", "node": "nút", "theme": "chủ đề"}
_NOUN = "(" + "|".join(NOUNS) + ")"
# (English pattern, Vietnamese template with the pattern's groups); the first match wins
MESSAGES: tuple[tuple[str, str], ...] = (
    (rf"no {_NOUN} matches (.+)", "Không có {n1} nào khớp với {2}"),
    (rf"no {_NOUN} (.+?) as of (\S+)", "Không tìm thấy {n1} {2} tính đến ngày {3}"),
    (rf"no {_NOUN} (.+)", "Không tìm thấy {n1} {2}"),
    (r"q must not be empty", "Nội dung tìm kiếm (q) không được để trống"),
    (r"who must not be empty", "Cần ghi người đánh dấu (who)"),
    (r"until \((.+)\) is before since \((.+)\)",
     "Khoảng thời gian không hợp lệ: until ({1}) trước since ({2})"),
    (r"unknown preset (.+?); one of (.+)",
     "Kiểu xếp hạng (preset) {1} không có; chọn một trong {2}"),
    (r"missing X-API-Key header", "Thiếu khóa API (tiêu đề X-API-Key)"),
    (r"wrong API key", "Khóa API không đúng"),
    (r"writes are disabled: (.+)", "Chức năng ghi đang tắt trên máy chủ (cần đặt CHIDAO_API_KEY)"),
    (r"(?:upload|request body) larger than (\d+) bytes", "Tệp tải lên vượt quá giới hạn {1} byte"),
    (r"the upload needs a file name", "Tệp tải lên cần có tên tệp"),
    (r"internal error: (.+)", "Lỗi nội bộ máy chủ: {1}"),
    (r"Not Found", "Không tìm thấy đường dẫn này"),
    (r"Method Not Allowed", "Phương thức này không được hỗ trợ ở đường dẫn này"),
    (r"([\w.\[\]]+): (.+)", "Tham số {1} không hợp lệ: {v2}"),
)
VALIDATION: tuple[tuple[str, str], ...] = (  # pydantic's messages (validation errors)
    (r"Field required", "bắt buộc phải có"),
    (r"Input should be less than or equal to (.+)", "phải nhỏ hơn hoặc bằng {1}"),
    (r"Input should be greater than or equal to (.+)", "phải lớn hơn hoặc bằng {1}"),
    (r"String should match pattern (.+)", "sai định dạng (mẫu {1})"),
    (r"String should have at least (\d+) characters?", "phải có ít nhất {1} ký tự"),
    (r"String should have at most (\d+) characters?", "chỉ được tối đa {1} ký tự"),
    (r"Input should be a valid (date|integer|number|boolean).*",
     "phải là {t1} hợp lệ"),
    (r"Input should be (.+ or .+)", "phải là {o1}"),
)
VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
                        re.IGNORECASE)
TYPES = {"date": "ngày (YYYY-MM-DD)", "integer": "số nguyên", "number": "số",
         "boolean": "true/false"}
PREFIX = {"invalid_document": "Tài liệu không đọc được", "store_error": "Lỗi kho dữ liệu",
          "not_found": "Không tìm thấy", "invalid_parameter": "Tham số không hợp lệ",
          "payload_too_large": "Tệp quá lớn", "method_not_allowed": "Phương thức không hỗ trợ"}


def _fill(template: str, match: re.Match[str]) -> str:
    def one(ref: re.Match[str]) -> str:
        kind, value = ref.group(1), match.group(int(ref.group(2)))
        if kind == "n":
            return NOUNS[value]
        if kind == "t":
            return TYPES[value]
        if kind == "o":
            return value.replace(" or ", " hoặc ")
        return _translate(VALIDATION, value) or value if kind == "v" else value
    return re.sub(r"\{([ntvo]?)(\d)\}", one, template)


def _translate(table: tuple[tuple[str, str], ...], message: str) -> str | None:
    for pattern, template in table:
        found = re.fullmatch(pattern, message, flags=re.DOTALL)
        if found:
            return _fill(template, found)
    return None


def vietnamese(code: str, message: str) -> str:
    """The Vietnamese text of an error raised with an English `message`; one of no known form
    keeps its text after the Vietnamese name of its code (a document's own reason, a store's)."""
    if code in {"invalid_document", "store_error"}:
        return f"{PREFIX[code]}: {message}"
    known = _translate(MESSAGES, message)
    if known is not None:
        return known
    if VIETNAMESE.search(message):  # raised in Vietnamese already
        return message
    return f"{PREFIX.get(code, 'Lỗi')}: {message}"


def error_body(code: str, message: str) -> dict[str, Any]:
    """The one error shape, used by every handler: the message in Vietnamese."""
    return {"error": {"code": code, "message": vietnamese(code, message)}}
