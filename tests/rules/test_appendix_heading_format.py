"""VB170 appendix-heading-format: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.elements.appendix_heading_format import AppendixHeadingFormat
from tests import build
from tests.rules._layout_support import with_appendix
from tests.ruletest import assert_clean, assert_flags


def test_label_in_capitals_and_12_pt():
    data = with_appendix(build.state_quyet_dinh(), label="PHỤ LỤC I", label_size=12)
    found = assert_flags(AppendixHeadingFormat, data, count=1)
    assert "in hoa" in found[0].message and "cỡ 12 pt" in found[0].message


def test_title_not_bold():
    data = with_appendix(build.state_quyet_dinh(), title_bold=False)
    assert_flags(
        AppendixHeadingFormat, data, count=1, excerpts=["DANH SÁCH THÀNH VIÊN TỔ CÔNG TÁC"]
    )


def test_prescribed_appendix_passes():
    assert_clean(AppendixHeadingFormat, with_appendix(build.state_quyet_dinh()))
