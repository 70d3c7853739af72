"""VB721 copied-share-too-high."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.config import Config
from linter.finding import Severity
from rules.content.copied_share_too_high import CopiedShareTooHigh
from tests import build
from tests.rules._copy_fixtures import COPY_21, COPY_22, COPY_23, OWN_WORK, copying_cong_van
from tests.ruletest import assert_clean, assert_flags, lint_docx


@pytest.fixture(autouse=True)
def _no_user_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINT_CORPUS", str(tmp_path / "absent" / "corpus.sqlite"))


def test_flags_mostly_copied_body() -> None:
    found = assert_flags(
        CopiedShareTooHigh,
        copying_cong_van(COPY_21, COPY_22, COPY_23),
        count=1,
        severity=Severity.WARNING,
    )
    assert "Kết luận 226-KL/TW" in found[0].message and "vượt ngưỡng 30 %" in found[0].message
    assert found[0].location.paragraph is None


def test_accepts_body_of_own_tasks() -> None:
    assert_clean(CopiedShareTooHigh, copying_cong_van(OWN_WORK))
    assert_clean(CopiedShareTooHigh, build.party_cong_van())


def test_threshold_is_an_option() -> None:
    spec = copying_cong_van(COPY_21, OWN_WORK)
    assert_clean(CopiedShareTooHigh, spec)  # one copied item of three: below 30 %
    strict = Config(options={"VB721": {"max_share": 0.1}})
    result = lint_docx(spec, CopiedShareTooHigh, config=strict)
    assert [f.code for f in result.findings] == ["VB721"]
