"""VB720 parent-content-copied."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.finding import Severity
from rules.content.parent_content_copied import ParentContentCopied
from tests import build
from tests.rules._copy_fixtures import COPY_21, COPY_23, OWN_WORK, copying_cong_van
from tests.ruletest import assert_clean, assert_flags


@pytest.fixture(autouse=True)
def _no_user_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINT_CORPUS", str(tmp_path / "absent" / "corpus.sqlite"))


def test_flags_item_copied_from_kl226() -> None:
    found = assert_flags(
        ParentContentCopied, copying_cong_van(COPY_21, OWN_WORK), count=1, severity=Severity.ERROR
    )
    assert "mục 2.1 của Kết luận 226-KL/TW" in found[0].message
    assert found[0].location.excerpt.startswith("Tập trung đổi mới")
    assert found[0].location.part == "noi_dung"


def test_names_each_copied_clause() -> None:
    found = assert_flags(ParentContentCopied, copying_cong_van(COPY_21, COPY_23), count=2)
    assert ["mục 2.1" in found[0].message, "mục 2.3" in found[1].message] == [True, True]


def test_english_message() -> None:
    found = assert_flags(ParentContentCopied, copying_cong_van(COPY_21), lang="en")
    assert "section 2.1 of" in found[0].message and "without concretising" in found[0].message


def test_accepts_own_tasks() -> None:
    assert_clean(ParentContentCopied, copying_cong_van(OWN_WORK))
    assert_clean(ParentContentCopied, build.party_cong_van())


def test_accepts_copied_wording_made_concrete() -> None:
    """Copied wording plus a lead, a deadline and a product of its own is concretisation."""
    concrete = (
        "1. Giao Văn phòng Đảng ủy chủ trì tăng cường rà soát, bảo đảm tính nhất quán trong nội "
        "dung của các văn bản đã ban hành, hoàn thành và trình Thường trực báo cáo rà soát trước "
        "ngày 30/6/2026."
    )
    assert_clean(ParentContentCopied, copying_cong_van(concrete))


def test_title_quote_and_citation_are_not_copies() -> None:
    quote = (
        "(Gửi kèm Công văn này là Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư về việc chấn "
        "chỉnh lề lối làm việc, nâng cao hiệu quả hoạt động của hệ thống chính trị)./."
    )
    assert_clean(ParentContentCopied, copying_cong_van(OWN_WORK, quote))
