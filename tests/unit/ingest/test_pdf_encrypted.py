"""Encrypted PDFs: owner-password-only (no copy/edit restrictions, common for official documents)
are read; ones that need a password to open are refused in one line."""

import pytest

from ingest.errors import IngestError
from ingest.pipeline import parse_bytes
from tests.unit.ingest.test_other_shapes import FONT
from tests.unit.ingest.test_other_shapes import lang_son_pdf as _pdf


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf not installed (fonts-dejavu-core)")
def test_owner_password_only_pdf_is_read() -> None:
    ng = parse_bytes("restricted.pdf", _pdf(""))
    assert ng.meeting.province == "Lạng Sơn" and len(ng.directives) >= 3


@pytest.mark.skipif(not FONT.exists(), reason="DejaVuSans.ttf not installed (fonts-dejavu-core)")
def test_pdf_needing_a_password_is_refused() -> None:
    with pytest.raises(IngestError, match="password-protected") as exc:
        parse_bytes("locked.pdf", _pdf("secret"))
    assert str(exc.value).startswith("locked.pdf") and "\n" not in str(exc.value)
