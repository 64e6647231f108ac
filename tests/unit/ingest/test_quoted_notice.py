"""A notice forwarded or quoted in an e-mail ("> " before every line): the marks are dropped
before parsing; a text that only quotes a line or two keeps them (ingest/readers/plain.py)."""

from ingest.pipeline import parse_bytes
from ingest.readers.plain import unquote
from tests.unit.ingest.notice_text import CLOSING, HEAD


def _quoted(body: str) -> str:
    lines = (HEAD + body + "\n\n" + CLOSING).splitlines()
    return "Kính gửi các phòng,\n\n---------- Forwarded message ---------\n\n" + "\n".join(
        "> " + line if line else ">" for line in lines) + "\n"


def test_a_quoted_notice_is_parsed_as_the_notice() -> None:
    body = ("1. Giao Sở Tài chính chủ trì rà soát nguồn vốn, báo cáo trước ngày 20/4/2025.\n\n"
            "2. Giao Sở Xây dựng kiểm tra tiến độ các công trình trước ngày 30/4/2025.")
    ng = parse_bytes("notice.txt", _quoted(body).encode())
    assert [[a.name for a in d.lead] for d in ng.directives] == [["Sở Tài chính"], ["Sở Xây dựng"]]
    assert not any(">" in d.text for d in ng.directives)


def test_a_reply_quoting_a_few_lines_keeps_its_marks() -> None:
    text = "Đồng ý.\n\n> Anh xem giúp số liệu\n> quý III.\n\nCảm ơn anh.\n"
    assert unquote(text) == text
