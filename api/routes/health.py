"""GET /healthz: the service is up (and how busy it is)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from api.schemas import Health
from api.state import get_state

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health, summary="Service health")
async def healthz(request: Request) -> dict[str, Any]:
    from linter import __version__
    from rules import ALL_RULES

    st = get_state(request)
    return {
        "status": "ok",
        "version": __version__,
        "rules": len(ALL_RULES),
        "nlp_loaded": st.nlp_loaded,
        "workers": st.settings.workers,
        "concurrency": st.settings.concurrency,
        "running": st.runner.running,
        "waiting": st.runner.waiting,
        "cache_entries": len(st.cache),
    }
