"""The explorer's assets under versioned URLs the browser keeps for good, the page itself
revalidated (search_api/api/assets.py): a revisit downloads none of them again."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from search_api.api import assets
from search_api.api.app import STATIC, create_app
from search_api.settings import Settings


def _client(tmp_path: Path) -> TestClient:
    return TestClient(create_app(Settings(data_dir=tmp_path)))  # no lifespan: no store


def test_the_page_names_its_assets_by_versioned_urls_cached_for_good(tmp_path: Path) -> None:
    client = _client(tmp_path)
    page = client.get("/")
    assert page.status_code == 200 and page.headers["cache-control"] == "no-cache"
    urls = re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text)
    assert len(urls) == 3 and all(u.startswith(assets.prefix(STATIC)) for u in urls)
    for url in [*urls, urls[-1].replace("main.js", "graph.js")]:  # a module's own import too
        r = client.get(url)
        assert r.status_code == 200 and r.headers["cache-control"] == assets.FOREVER, url
    plain = client.get("/static/js/main.js")  # an unversioned URL: revalidated each time
    assert plain.status_code == 200 and plain.headers["cache-control"] == "no-cache"
    assert assets.prefix(STATIC) + "/vendor/swagger-ui" in client.get("/docs").text


def test_the_version_changes_with_any_files_bytes(tmp_path: Path) -> None:
    (tmp_path / "js").mkdir()
    (tmp_path / "js" / "main.js").write_text("one")
    first = assets.version(tmp_path)
    assets.version.cache_clear()
    (tmp_path / "js" / "main.js").write_text("two")
    assert assets.version(tmp_path) != first and len(first) == assets.VERSION_CHARS
