"""VB161 signature-block-format: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.elements.signature_block_format import SignatureBlockFormat
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_name_not_bold():
    spec = build.state_cong_van().fmt("ho_ten_ky", bold=False)
    found = assert_flags(SignatureBlockFormat, spec, count=1, excerpts=["Trần Thị Bình"])
    assert "không đậm" in found[0].message


def test_authority_in_11_pt():
    spec = build.state_cong_van().fmt("quyen_han_ky", size=11)
    found = assert_flags(SignatureBlockFormat, spec, count=1, excerpts=["KT. GIÁM ĐỐC"])
    assert "cỡ 11 pt" in found[0].message


def test_prescribed_block_passes():
    assert_clean(SignatureBlockFormat, build.state_cong_van())
    assert_clean(SignatureBlockFormat, build.state_quyet_dinh(signature_layout="paragraphs"))
