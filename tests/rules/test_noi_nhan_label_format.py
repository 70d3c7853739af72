"""VB165 noi-nhan-label-format: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.elements.noi_nhan_label_format import NoiNhanLabelFormat
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_label_14_pt_not_italic():
    spec = build.state_cong_van().fmt("noi_nhan_label", size=14, italic=False)
    found = assert_flags(NoiNhanLabelFormat, spec, count=1)
    assert "cỡ 14 pt" in found[0].message and "không nghiêng" in found[0].message


def test_label_without_colon_is_fixed():
    spec = build.state_cong_van(noi_nhan_label="Nơi nhận")
    found = assert_flags(NoiNhanLabelFormat, spec, count=1, excerpts=["Nơi nhận"])
    assert found[0].fix is not None and found[0].fix.replacement == "Nơi nhận:"


def test_prescribed_label_passes():
    assert_clean(NoiNhanLabelFormat, build.state_cong_van())
    assert_clean(NoiNhanLabelFormat, build.state_quyet_dinh(signature_layout="paragraphs"))
