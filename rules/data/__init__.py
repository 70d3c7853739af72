"""Regime data: the numbers of each regime, one TOML file per regime (design.md, Regimes)."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent

_FILES = {"nd30": "nd30.toml", "party-2017": "party_2017.toml", "party-2026": "party_2026.toml"}


@cache
def load_regime(regime: str) -> dict[str, Any]:
    """The data of a regime; an empty dict while its file does not exist yet."""
    path = DATA_DIR / _FILES[regime]
    if not path.exists():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


@cache
def load_table(name: str) -> dict[str, Any]:
    """Any other data file in this folder by stem, e.g. ``load_table("legacy_fonts")``."""
    with (DATA_DIR / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)
