"""A minimal notice around a body, for tests of the parser on short example texts."""

from ingest.model import NoticeGraph
from ingest.pipeline import parse_bytes
from ingest.structure import clean

HEAD = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI

THÔNG BÁO

Kết luận của Chủ tịch UBND tỉnh tại Phiên họp UBND tỉnh thường kỳ tháng 3 năm 2025

Ngày 05/4/2025, UBND tỉnh Lào Cai tổ chức Phiên họp thường kỳ tháng 3 năm 2025. Đồng chí Chủ \
tịch UBND tỉnh chủ trì Phiên họp.

Sau khi nghe các sở báo cáo, Chủ tịch UBND tỉnh kết luận như sau:

"""
CLOSING = "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./."
TAIL = f"\n\n{CLOSING}\n"


def notice(body: str, tail: str = TAIL) -> NoticeGraph:
    return parse_bytes("notice.txt", (HEAD + body.strip() + tail).encode())


def leads(ng: NoticeGraph) -> list[list[str]]:
    return [[a.name for a in d.lead] for d in ng.directives]


def spans_exact(ng: NoticeGraph) -> bool:
    """Every directive's text is its span's text (markers and emphasis aside)."""
    return all(d.text in clean(ng.text[d.span[0]:d.span[1]]) or
               clean(ng.text[d.span[0]:d.span[1]]).endswith(d.text) for d in ng.directives)
