"""VB722 cited-document-not-in-corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.finding import Severity
from rules.content.cited_document_not_in_corpus import CitedDocumentNotInCorpus
from tests import build
from tests.rules._copy_fixtures import OWN_WORK
from tests.ruletest import assert_clean, assert_flags

CITING_649 = (
    "Thực hiện Công văn số 649-CV/ĐU ngày 31/12/2025 của Đảng ủy Ủy ban nhân dân tỉnh về việc "
    "triển khai Kết luận số 226-KL/TW ngày 11/12/2025 của Ban Bí thư, Ban Thường vụ Đảng ủy yêu "
    "cầu các chi bộ thực hiện tốt các nội dung sau:"
)


@pytest.fixture(autouse=True)
def _no_user_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINT_CORPUS", str(tmp_path / "absent" / "corpus.sqlite"))


def test_flags_cited_document_missing_from_corpus() -> None:
    spec = build.party_cong_van(body=[build.p(CITING_649), build.p(OWN_WORK)])
    found = assert_flags(CitedDocumentNotInCorpus, spec, count=1, severity=Severity.INFO)
    assert "649-CV/ĐU" in found[0].message and "lint corpus add" in found[0].message
    assert found[0].location.excerpt.startswith("Công văn số 649-CV/ĐU")


def test_accepts_citations_found_in_corpus() -> None:
    # The default công văn cites only Kết luận 226-KL/TW, which the corpus ships with.
    assert_clean(CitedDocumentNotInCorpus, build.party_cong_van())
