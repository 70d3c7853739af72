"""VB168 noi-nhan-luu-line: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.elements.noi_nhan_luu_line import NoiNhanLuuLine
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_missing_luu_line():
    spec = build.state_cong_van(noi_nhan=["- Như trên;", "- Sở Tài chính."])
    assert_flags(NoiNhanLuuLine, spec, count=1)


def test_luu_without_colon_and_final_period_is_fixed():
    spec = build.state_cong_van(noi_nhan=["- Như trên;", "- Lưu VT, VP;"])
    found = assert_flags(NoiNhanLuuLine, spec, count=2, excerpts=["Lưu", ";"])
    assert [f.fix.replacement for f in found] == ["Lưu:", "."]


def test_luu_without_vt():
    spec = build.state_cong_van(noi_nhan=["- Như trên;", "- Lưu: Văn phòng."])
    assert_flags(NoiNhanLuuLine, spec, count=1)


def test_prescribed_last_line_and_drafter_code_pass():
    assert_clean(NoiNhanLuuLine, build.state_cong_van())
    spec = build.state_cong_van(noi_nhan=["- Như trên;", "- Lưu: VT, VP (02).", "PL.(300)"])
    assert_clean(NoiNhanLuuLine, spec)
