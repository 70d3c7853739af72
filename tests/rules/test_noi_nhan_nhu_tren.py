"""VB169 noi-nhan-nhu-tren: real .docx examples (failing and passing)."""

from __future__ import annotations

from linter.finding import Severity
from rules.elements.noi_nhan_nhu_tren import NoiNhanNhuTren
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_cong_van_without_nhu_tren():
    spec = build.state_cong_van(noi_nhan=["- Ủy ban nhân dân tỉnh;", "- Lưu: VT, VP."])
    assert_flags(NoiNhanNhuTren, spec, count=1, severity=Severity.ERROR)


def test_nhu_tren_without_kinh_gui_is_a_warning():
    spec = build.state_thong_bao(noi_nhan=["- Như trên;", "- Lưu: VT, VP."])
    assert_flags(NoiNhanNhuTren, spec, count=1, severity=Severity.WARNING)


def test_prescribed_forms_pass():
    assert_clean(NoiNhanNhuTren, build.state_cong_van())
    assert_clean(NoiNhanNhuTren, build.state_quyet_dinh())
