"""FastAPI dependencies as Annotated aliases."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Header, Request

from search_api.api.errors import ChidaoError, Forbidden, Unauthorized, WritesDisabled
from search_api.service import Chidao
from search_api.settings import Settings


def get_service(request: Request) -> Chidao:
    service: Chidao = request.app.state.service
    return service


def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


ServiceDep = Annotated[Chidao, Depends(get_service)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]


def key_problem(settings: Settings, x_api_key: str | None) -> ChidaoError | None:
    """Why a write may not go on, or None: writes need X-API-Key equal to CHIDAO_API_KEY
    (constant-time); no key set = no writes. Checked by search_api.api.guards before the body is
    read, and again by the routes (their OpenAPI names the header)."""
    if settings.api_key is None or not settings.api_key.get_secret_value():
        return WritesDisabled("writes are disabled: set CHIDAO_API_KEY on the server")
    if not x_api_key:
        return Unauthorized("missing X-API-Key header")
    if not hmac.compare_digest(x_api_key.encode(), settings.api_key.get_secret_value().encode()):
        return Forbidden("wrong API key")
    return None


def require_api_key(settings: SettingsDep,
                    x_api_key: Annotated[str | None, Header()] = None) -> None:
    problem = key_problem(settings, x_api_key)
    if problem is not None:
        raise problem


ApiKeyDep = Depends(require_api_key)
