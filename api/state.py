"""The per-app objects the routes share (kept on ``app.state.lint``)."""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from fastapi import Request

from api import errors
from api.service import Engine, ResultCache, Runner
from api.settings import Settings


@dataclass
class AppState:
    settings: Settings
    engine: Engine
    runner: Runner
    cache: ResultCache
    nlp_loaded: bool = False


def get_state(request: Request) -> AppState:
    return request.app.state.lint


def check_key(request: Request, *, scope: str) -> None:
    """401 unless the request carries the configured key (when one is set for ``scope``)."""
    settings = get_state(request).settings
    key = settings.api_key
    if not key:
        return
    if scope != "corpus" and settings.api_key_scope != "all":
        return
    given = request.headers.get("x-api-key", "")
    if not hmac.compare_digest(given.encode("utf-8"), key.encode("utf-8")):
        raise errors.unauthorised()


# The dependencies are ``async``: FastAPI runs a plain ``def`` dependency in a worker thread,
# a hop to another thread and back (and a wait for the GIL) on every request for a comparison
# of two short strings.


async def require_key(request: Request) -> None:
    """Dependency: every /v1 call when ``LINT_API_KEY_SCOPE=all``."""
    check_key(request, scope="v1")


async def require_corpus_key(request: Request) -> None:
    """Dependency: the corpus endpoints, whenever a key is set."""
    check_key(request, scope="corpus")
