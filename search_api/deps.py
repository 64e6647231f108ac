"""FastAPI dependencies as Annotated aliases."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Header, Request

from search_api.errors import Forbidden, Unauthorized, WritesDisabled
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


def require_api_key(settings: SettingsDep,
                    x_api_key: Annotated[str | None, Header()] = None) -> None:
    """Writes need X-API-Key equal to CHIDAO_API_KEY (constant-time); no key set = no writes."""
    if settings.api_key is None or not settings.api_key.get_secret_value():
        raise WritesDisabled("writes are disabled: set CHIDAO_API_KEY on the server")
    if not x_api_key:
        raise Unauthorized("missing X-API-Key header")
    if not hmac.compare_digest(x_api_key.encode(), settings.api_key.get_secret_value().encode()):
        raise Forbidden("wrong API key")


ApiKeyDep = Depends(require_api_key)
