"""`chidao serve`: uvicorn, and a SIGTERM (or Ctrl-C) that always stops the process: requests
in flight get a grace period, then the server stops; if the shutdown itself hangs (a stuck
store call, a half-sent body), the process exits anyway."""

from __future__ import annotations

import os
import threading
from types import FrameType

import uvicorn

from search_api.api.app import create_app
from search_api.settings import Settings

GRACE_S = 10  # for requests in flight
HARD_EXIT_S = 40  # after the signal, whatever still runs (a clean stop takes ~15 s)


class Server(uvicorn.Server):
    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        if not self.should_exit:
            timer = threading.Timer(HARD_EXIT_S, os._exit, args=(1,))
            timer.daemon = True
            timer.start()
        super().handle_exit(sig, frame)


def serve(settings: Settings, host: str, port: int) -> None:
    config = uvicorn.Config(create_app(settings), host=host, port=port, log_level="warning",
                            timeout_graceful_shutdown=GRACE_S)
    Server(config).run()
