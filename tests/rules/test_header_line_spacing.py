"""VB217 header-line-spacing: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.layout.header_line_spacing import HeaderLineSpacing
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_header_block_at_1_15_lines_is_one_warning() -> None:
    spec = (
        build.state_cong_van()
        .fmt("quoc_hieu", line_spacing=1.15, line_rule="auto")
        .fmt("tieu_ngu", line_spacing=1.15, line_rule="auto")
    )
    (found,) = assert_flags(HeaderLineSpacing, spec)
    assert "Quốc hiệu, Tiêu ngữ" in found.message and "1,15 dòng" in found.message
    assert found.severity.value == "warning"


def test_issuer_exactly_24_pt_is_reported() -> None:
    spec = build.state_cong_van().fmt("co_quan_ban_hanh", line_spacing=24, line_rule="exact")
    (found,) = assert_flags(HeaderLineSpacing, spec)
    assert "tên cơ quan ban hành" in found.message and "chính xác 24 pt" in found.message


def test_single_and_small_fixed_spacing_pass() -> None:
    assert_clean(HeaderLineSpacing, build.state_cong_van())
    spec = (
        build.state_cong_van()
        .fmt("quoc_hieu", line_spacing=5, line_rule="atLeast")
        .fmt("co_quan_ban_hanh", line_spacing=16, line_rule="exact")
    )
    assert_clean(HeaderLineSpacing, spec)
