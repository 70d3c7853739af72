"""The HTTP service: ``create_app(settings)`` builds it, ``run()`` serves it (``lint serve``).

    uvicorn api.main:app                       # settings from LINT_* environment variables
    uvicorn --factory api.main:create_app      # the same, built on start
    lint serve --host 0.0.0.0 --port 8443      # TLS and workers from LINT_TLS_*, LINT_WORKERS

Routes (design.md, HTTP API): ``POST /v1/lint``, ``/v1/inspect``, ``/v1/tasks``, ``/v1/fix``;
``GET /v1/rules``, ``/v1/rules/{code}``; ``GET|POST /v1/corpus``, ``DELETE /v1/corpus/{id}``;
``GET /healthz``; OpenAPI at ``/openapi.json``, ``/docs``, ``/redoc``; the Word add-in's static
files under ``/addin/`` (from ``word_addin/dist``, else ``word_addin/src``, else
``word_addin/public``, else ``word_addin`` itself when it holds an ``index.html`` or
``taskpane.html``).
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.responses import RedirectResponse
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api import errors
from api.service import Engine, ResultCache, Runner
from api.settings import Settings, SettingsError, get_settings
from api.state import AppState, require_key

log = logging.getLogger("api")

ADDIN_SUBDIRS = ("dist", "src", "public", ".")
ADDIN_PAGES = ("index.html", "taskpane.html")
CORS_HEADERS = ["X-API-Key", "Content-Type", "Accept", "Accept-Language"]
EXPOSED_HEADERS = ["Content-Disposition", "X-Fixes-Applied", "X-Fixes-Skipped", "Retry-After"]


def addin_root(base: Path | None) -> Path | None:
    """The folder of the add-in's static files, or None when there is none yet."""
    if base is None or not base.is_dir():
        return None
    for sub in ADDIN_SUBDIRS:
        folder = (base / sub).resolve()
        if folder.is_dir() and any((folder / page).is_file() for page in ADDIN_PAGES):
            return folder
    return None


# -- middleware -------------------------------------------------------------------------------


class CatchAll:
    """The last line of defence: an exception no handler took becomes a JSON 503, and is
    logged without its message (it might quote the draft). Never a 500 with a stack trace."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_wrapper(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        except Exception as exc:
            errors.log_unexpected(scope.get("path", ""), exc)
            if not started:
                await errors.internal_error().response()(scope, receive, send)


class JsonCORSMiddleware(CORSMiddleware):
    """Starlette's CORS, with a refused preflight answered in the API's JSON error shape."""

    def preflight_response(self, request_headers: Any) -> Response:
        response = super().preflight_response(request_headers)
        if response.status_code >= 400 and isinstance(response, PlainTextResponse):
            reason = bytes(response.body).decode("utf-8", "replace")
            body = {
                "error": {
                    "code": "cors_refused",
                    "message": "Yêu cầu CORS bị từ chối (nguồn gốc, phương thức hoặc tiêu đề "
                    f"không được phép): {reason}",
                    "message_en": f"CORS preflight refused: {reason}",
                }
            }
            return JSONResponse(body, status_code=response.status_code)
        return response


# -- start-up ---------------------------------------------------------------------------------


def load_engine(settings: Settings) -> Engine:
    """The service's engine: configuration (LINT_CONFIG) and, on first use, the corpus store."""
    return Engine(settings=settings, config=_load_config(settings))


def warm_engine(engine: Engine) -> bool:
    """Load what the first check would otherwise pay for, once per process that checks: the
    rule registry, the corpus store and (with LINT_PRELOAD) the NLP layer (spaCy + pyvi).
    True when the NLP model was loaded."""
    import rules  # noqa: F401  (the registry and every rule module)
    from linter import reader  # noqa: F401

    settings = engine.settings
    try:
        engine.store()
    except Exception as exc:
        log.error(
            "không mở được kho văn bản %s (%s): kiểm tra LINT_CORPUS",
            settings.corpus_path or "mặc định",
            type(exc).__name__,
        )
        raise
    if not settings.preload_nlp:
        return False
    try:
        from linter.content import nlp as nlp_layer
    except ImportError:  # no NLP layer in this installation: content rules load nothing
        log.warning("NLP layer not available; nothing preloaded")
        return False
    started = time.perf_counter()
    nlp_layer.analyse("Ủy ban nhân dân tỉnh chủ trì, phối hợp với Sở Nội vụ thực hiện.")
    log.info("worker %d: NLP model loaded in %.1f s", os.getpid(), time.perf_counter() - started)
    # The model and the rules live as long as the process: kept out of the garbage collector's
    # full passes, which otherwise walk them again and again while checks wait.
    import gc

    gc.collect()
    gc.freeze()
    return True


def warm_up(state: AppState) -> None:
    """At start-up: with one worker, warm this process; with several, start the pool's
    processes (each warms itself) and open the corpus store here for the corpus routes."""
    if state.runner.processes > 1:
        state.engine.store()
        state.runner.start_processes()
        state.nlp_loaded = state.settings.preload_nlp
    else:
        state.nlp_loaded = warm_engine(state.engine)


def _load_config(settings: Settings) -> Any:
    from linter.config import Config, ConfigError, load_config

    if settings.config_path is None:
        return Config()
    try:
        return load_config(settings.config_path)
    except ConfigError as exc:
        raise SettingsError(
            f"LINT_CONFIG: {exc.message}", f"LINT_CONFIG: {exc.message_en}"
        ) from None


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the service. Tests pass their own :class:`Settings`; ``None`` reads LINT_*."""
    from linter import __version__

    settings = settings or get_settings()
    engine = load_engine(settings)
    state = AppState(
        settings=settings,
        engine=engine,
        runner=Runner(
            settings.concurrency,
            settings.queue,
            settings.timeout_s,
            # an in-memory corpus lives in this process only: the checks must run here too
            processes=1 if str(settings.corpus_path) == ":memory:" else settings.workers,
            settings=settings,
        ),
        cache=ResultCache(settings.cache_size),
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await asyncio.to_thread(warm_up, state)
        try:
            yield
        finally:
            await asyncio.to_thread(state.runner.shutdown, wait=True)
            state.cache.clear()

    app = FastAPI(
        title="vblint",
        version=__version__,
        summary="Kiểm tra thể thức văn bản hành chính và văn bản của Đảng (.docx)",
        description=(
            "The checks of `lint` over HTTP, for the Word add-in and document systems. Errors "
            'are `{"error": {"code", "message"}}` with a Vietnamese message.'
        ),
        lifespan=lifespan,
    )
    app.state.lint = state
    errors.install(app)

    from api.routes import corpus, documents, health, lint, rules

    v1 = [Depends(require_key)]
    app.include_router(health.router)
    app.include_router(lint.router, prefix="/v1", dependencies=v1)
    app.include_router(documents.router, prefix="/v1", dependencies=v1)
    app.include_router(rules.router, prefix="/v1", dependencies=v1)
    app.include_router(corpus.router, prefix="/v1")

    root = addin_root(settings.addin_dir)
    if root is not None:
        app.mount("/addin", StaticFiles(directory=root, html=True), name="addin")

    @app.get("/", include_in_schema=False)
    async def index() -> RedirectResponse:
        return RedirectResponse("/addin/" if root is not None else "/docs")

    app.add_middleware(CatchAll)
    if settings.cors_origins:
        app.add_middleware(
            JsonCORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST", "DELETE", "OPTIONS"],
            allow_headers=CORS_HEADERS,
            expose_headers=EXPOSED_HEADERS,
            max_age=600,
        )
    return app


def run(host: str | None = None, port: int | None = None) -> int:
    """Serve with uvicorn (``lint serve``): settings from LINT_*, host/port from the arguments."""
    import dataclasses
    import sys

    import uvicorn

    try:
        settings = get_settings()
    except SettingsError as exc:
        sys.stderr.write(f"lint serve: lỗi: {exc.message}\n")
        return 2
    changes: dict[str, Any] = {}
    if host is not None:
        changes["host"] = host
    if port is not None:
        changes["port"] = port
    settings = dataclasses.replace(settings, **changes) if changes else settings
    logging.basicConfig(
        level=settings.log_level.upper(), format="%(levelname)s %(name)s: %(message)s"
    )
    options: dict[str, Any] = {
        "host": settings.host,
        "port": settings.port,
        "log_level": settings.log_level,
        "log_config": _log_config(settings.log_level),
        "timeout_graceful_shutdown": 10,
        "server_header": False,
    }
    if settings.tls:
        options["ssl_certfile"] = str(settings.tls_cert)
        options["ssl_keyfile"] = str(settings.tls_key)
    # One process serves HTTP; with LINT_WORKERS > 1 the checks run in a pool of that many
    # processes (api.service.Runner), each loading the NLP model once, at start-up.
    uvicorn.run(create_app(settings), **options)
    return 0


def _log_config(level: str) -> dict[str, Any]:
    """uvicorn's logging, plus the service's own logger (``api``) at ``level``; the pool's
    processes configure their logging from this dict too (see ``configure_process_logging``)."""
    import copy

    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["api"] = {"handlers": ["default"], "level": level.upper(), "propagate": False}
    return config


def configure_process_logging(level: str) -> None:
    """Logging of a pool process (started fresh: it has none of the service's handlers)."""
    import logging.config

    logging.config.dictConfig(_log_config(level))


def _module_app() -> FastAPI | None:
    try:
        return create_app()
    except SettingsError as exc:  # importing must not fail; ``run`` reports it
        log.error("settings: %s", exc.message_en)
        return None


def __getattr__(name: str) -> Any:
    # ``uvicorn api.main:app``: built on first access, so importing the module stays cheap.
    if name == "app":
        app = _module_app()
        globals()["app"] = app
        return app
    raise AttributeError(name)


__all__ = ["addin_root", "create_app", "run"]
