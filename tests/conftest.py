"""Shared pytest fixtures (kept small: the .docx builder lives in tests/build.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests import build

SHARED_DIR = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only specs and corpus next to the repository (../shared)."""
    return SHARED_DIR


@pytest.fixture
def write_docx(tmp_path: Path) -> Callable[..., Path]:
    """Write a DocSpec to a .docx file in tmp_path: ``write_docx(spec, "name.docx")``."""

    def _write(spec: build.DocSpec, name: str = "fixture.docx") -> Path:
        return build.write(spec, tmp_path / name)

    return _write


@pytest.fixture
def read_spec() -> Callable[..., Any]:
    """Build a DocSpec and read it back with linter.reader: ``read_spec(spec)``."""
    return build.read
