"""The issuing body under a ministry, a military command or a department (Decree 30: the parent
line above the issuing body's): its own name, and the province it stands in."""

import pytest

from ingest.extract.issuer import from_header


@pytest.mark.parametrize(("lines", "name", "level", "province"), [
    (["SỞ Y TẾ TỈNH AN GIANG", "BỆNH VIỆN ĐA KHOA AN GIANG"], "Bệnh viện Đa khoa An Giang",
     "province", "An Giang"),
    (["BỘ CÔNG AN", "CÔNG AN TỈNH HÀ TĨNH"], "Công an tỉnh Hà Tĩnh", "province", "Hà Tĩnh"),
    (["BỘ XÂY DỰNG", "CỤC ĐƯỜNG BỘ VIỆT NAM"], "Cục Đường bộ Việt Nam", "ministry",
     "Bộ Xây dựng"),
])
def test_a_body_under_a_parent_is_the_issuer(lines: list[str], name: str, level: str,
                                             province: str) -> None:
    found = from_header(lines)
    assert found is not None
    assert (found.name, found.level, found.province) == (name, level, province)
