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


def test_italic_name_and_title_are_flagged():
    # Table V row 7: quyền hạn, chức vụ and họ tên are all "đứng, đậm".
    spec = build.state_cong_van().fmt("ho_ten_ky", italic=True)
    (f,) = assert_flags(SignatureBlockFormat, spec, excerpts=["Trần Thị Bình"])
    assert "in nghiêng" in f.message and "đứng" in f.message
    spec = build.state_cong_van().fmt("chuc_vu_ky", italic=True)
    (f,) = assert_flags(SignatureBlockFormat, spec, excerpts=["PHÓ GIÁM ĐỐC"], lang="en")
    assert "italic" in f.message and "upright" in f.message


def test_upright_block_in_paragraph_layout_passes():
    assert_clean(SignatureBlockFormat, build.state_cong_van(signature_layout="paragraphs"))


def test_name_with_a_lower_case_syllable_is_flagged():
    # PL II, II.1.a: every syllable of a Vietnamese person's name is capitalised
    spec = build.state_cong_van(ho_ten_ky="Trần thị Bình")
    (f,) = assert_flags(SignatureBlockFormat, spec, excerpts=["Trần thị Bình"])
    assert "“thị” không viết hoa chữ đầu" in f.message and "“Trần Thị Bình”" in f.message
    assert "Phụ lục II, mục II.1.a" in (f.source or "")
