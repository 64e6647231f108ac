"""The explorer's static files under versioned URLs, cached by the browser for good.

Every visit used to fetch the page's JS modules, Cytoscape (370 KB) and the CSS again, revalidated
or not at the browser's whim. Now `/static/<version>/…` serves the same files with `Cache-Control:
public, max-age=1 year, immutable`, <version> a hash of every file's path and bytes: a changed file
is a new URL, so a cached one is never stale. The page (`/`) names its assets by that URL and is
itself `no-cache` (revalidated each visit); its modules import each other by relative paths, so
they inherit the version. `/static/…` without a version still answers, revalidated each time.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

FOREVER = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
VERSION_CHARS = 12


@cache
def version(folder: Path) -> str:
    """A hash of every file under `folder`: its path and its bytes."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:VERSION_CHARS]


def prefix(folder: Path) -> str:
    """The URL path of the folder's current version."""
    return f"/static/{version(folder)}"


class Assets(StaticFiles):
    """StaticFiles whose answers say how long a browser keeps them."""

    def __init__(self, directory: Path, cache_control: str) -> None:
        super().__init__(directory=directory)
        self.cache_control = cache_control

    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        if response.status_code in (200, 304):
            response.headers["Cache-Control"] = self.cache_control
        return response


def page(html: Path, folder: Path) -> str:
    """The page with its `/static/` URLs pointing at the folder's current version."""
    return html.read_text(encoding="utf-8").replace('"/static/', f'"{prefix(folder)}/')
