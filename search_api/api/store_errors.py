"""A store error as the API answers it: its status, a Vietnamese message a user can act on, and
never the engine's own text (ports, paths, class names), which goes to the server log."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from graph.errors import Kind, StoreError

log = logging.getLogger("chidao.store")
RETRY_AFTER_S = 5
# kind -> (status, code, message)
ANSWERS: dict[Kind, tuple[int, str, str]] = {
    "conflict": (409, "store_conflict",
                 "Dữ liệu trùng với dữ liệu đã lưu (một thao tác khác vừa ghi cùng mục); "
                 "thử lại."),
    "invalid": (422, "store_invalid", "Kho dữ liệu từ chối giá trị được gửi; kiểm tra lại."),
    "unavailable": (503, "store_unavailable",
                    "Kho dữ liệu tạm thời không phản hồi; thử lại sau ít giây."),
    "timeout": (503, "store_timeout",
                "Kho dữ liệu không trả lời kịp; thao tác đã bị hủy, dữ liệu không đổi. "
                "Thử lại sau."),
    "disk_full": (507, "disk_full",
                  "Ổ đĩa của kho dữ liệu đã đầy; thao tác không được thực hiện. Giải phóng dung "
                  "lượng rồi thử lại."),
    "failed": (503, "store_error",
               "Kho dữ liệu gặp lỗi; thao tác không được thực hiện, dữ liệu không đổi."),
}


def disk_full(data_dir: Path, min_free_bytes: int) -> bool:
    """The data dir's disk has less than `min_free_bytes` free (unknown: False)."""
    try:
        return shutil.disk_usage(data_dir).free < min_free_bytes
    except OSError:
        return False


def answer(exc: StoreError, data_dir: Path, min_free_bytes: int
           ) -> tuple[int, str, str, dict[str, str]]:
    """(status, code, message, headers) for a store error; a full disk is told as such whatever
    the engine said (ArcadeDB reports it as a lost transaction)."""
    kind: Kind = "disk_full" if disk_full(data_dir, min_free_bytes) else exc.kind
    log.warning("store error (%s): %s", kind, exc)
    status, code, message = ANSWERS[kind]
    headers = {"Retry-After": str(RETRY_AFTER_S)} if status == 503 else {}
    return status, code, message, headers
