"""VB166 noi-nhan-list-format: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.elements.noi_nhan_list_format import NoiNhanListFormat
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_list_in_13_pt():
    spec = build.state_cong_van().fmt("noi_nhan", size=13)
    found = assert_flags(NoiNhanListFormat, spec, count=1)
    assert "cỡ 13 pt (3/3 dòng)" in found[0].message


def test_list_in_11_pt_passes():
    assert_clean(NoiNhanListFormat, build.state_cong_van())
