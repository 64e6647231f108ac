"""create_app: routers, one error shape, the explorer at /, a lifespan owning one Chidao."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph.errors import StoreError
from graph.read import views
from ingest.errors import IngestError
from search_api.api import assets, idle, startup, store_errors
from search_api.api.errors import ChidaoError, error_body
from search_api.api.guards import Guards
from search_api.api.routes import api
from search_api.crossmonth import overview as summary
from search_api.crossmonth import project_keys, theme_windows, trends
from search_api.service import Chidao
from search_api.settings import Settings, get_settings

STATIC = Path(__file__).parent.parent / "static"
SWAGGER = "vendor/swagger-ui"  # swagger-ui-dist from npm (package.json), copied into STATIC
HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 408: "request_timeout",
              413: "payload_too_large"}
MULTIPART_OVERHEAD = 64 * 1024  # headers and boundaries around the one file field


class BodyLimit:
    """Cuts a request body off while it streams in: a declared Content-Length over the limit is
    refused at once, and the bytes actually received are counted too (the header may lie or be
    absent). The upload route then checks the file itself against max_upload_bytes exactly."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if _declared_length(scope) > self.limit:
            body = error_body("payload_too_large", f"request body larger than {self.limit} bytes")
            return await JSONResponse(body, status_code=413)(scope, receive, send)
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise HTTPException(413, f"request body larger than {self.limit} bytes")
            return message

        await self.app(scope, counted, send)


def _declared_length(scope: Scope) -> int:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            return int(value) if value.isdigit() else 0
    return 0


MESSAGE_CHARS = 300  # an error message quotes the input it refers to, never all of it


def _clip(message: str) -> str:
    return message if len(message) <= MESSAGE_CHARS else message[:MESSAGE_CHARS - 1] + "…"


def _handlers(app: FastAPI) -> None:
    def reply(status: int, code: str, message: str,
              headers: dict[str, str] | None = None) -> JSONResponse:
        return JSONResponse(error_body(code, _clip(message)), status_code=status,
                            headers=headers)

    @app.exception_handler(ChidaoError)
    async def chidao(_: Request, exc: ChidaoError) -> JSONResponse:
        return reply(exc.status, exc.code, exc.message)

    @app.exception_handler(IngestError)
    async def ingest(_: Request, exc: IngestError) -> JSONResponse:
        return reply(422, "invalid_document", str(exc))

    @app.exception_handler(StoreError)
    async def store(request: Request, exc: StoreError) -> JSONResponse:
        current: Settings = request.app.state.settings
        return reply(*store_errors.answer(exc, current.data_dir, current.min_free_disk_bytes))

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()))
        return reply(422, "invalid_parameter", f"{where}: {first.get('msg', 'invalid')}")

    @app.exception_handler(HTTPException)
    async def http(_: Request, exc: HTTPException) -> JSONResponse:
        code = HTTP_CODES.get(exc.status_code, f"http_{exc.status_code}")
        return reply(exc.status_code, code, str(exc.detail))

    @app.exception_handler(Exception)
    async def crash(_: Request, exc: Exception) -> JSONResponse:
        return reply(500, "internal_error", f"internal error: {type(exc).__name__}")


def _landing(service: Chidao) -> None:
    """What the landing waits for: the overview and the latest meeting's graph."""
    latest = summary.overview(service)["latest_meeting"]
    if latest:
        view = views.graph_with_periods(service.store, service.graph(latest["id"], 1, 60, None))
        views.graph_total(service.store, view, 1, None)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        service = app.state.service = Chidao(settings)
        queue = startup.Queue(lambda: _landing(service), [
            *trends.warm_steps(service.store), *theme_windows.warm_steps(service.store),
            *project_keys.warm_steps(service.store)]).start()
        yield
        queue.cancel()
        service.close()

    app = FastAPI(title="chidao", version="0.1.0", lifespan=lifespan, docs_url=None,
                  redoc_url=None)  # /docs below, from vendored assets (works offline)
    app.add_middleware(BodyLimit, limit=settings.max_upload_bytes + MULTIPART_OVERHEAD)
    app.add_middleware(Guards)  # outside BodyLimit: before the body
    app.add_middleware(idle.Requests)  # outermost: the background passes wait for a pause
    app.state.settings = settings
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins,
                           allow_methods=["GET"], allow_headers=["*"])
    _handlers(app)
    app.include_router(api)
    _pages(app)
    return app


def _pages(app: FastAPI) -> None:
    """The explorer's page and /docs, their assets under versioned URLs (api/assets.py)."""
    versioned = assets.prefix(STATIC)
    app.mount(versioned, assets.Assets(STATIC, assets.FOREVER), name="assets")
    app.mount("/static", assets.Assets(STATIC, assets.REVALIDATE), name="static")
    html = assets.page(STATIC / "index.html", STATIC)

    @app.get("/", include_in_schema=False)
    def index() -> HTMLResponse:
        return HTMLResponse(html, headers={"Cache-Control": assets.REVALIDATE})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        swagger = f"{versioned}/{SWAGGER}"
        return get_swagger_ui_html(openapi_url="/openapi.json", title="chidao — API",
                                   swagger_js_url=f"{swagger}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{swagger}/swagger-ui.css",
                                   swagger_favicon_url=f"{swagger}/favicon-32x32.png",
                                   swagger_ui_parameters={"validatorUrl": None})
