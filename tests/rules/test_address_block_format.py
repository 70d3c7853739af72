"""VB173 address-block-format: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.elements.address_block_format import AddressBlockFormat
from tests import build
from tests.ruletest import assert_clean, assert_flags

ADDRESS = "Địa chỉ: 36 Trần Phú, phường Xuân Hương, Lâm Đồng; ĐT: 0263 3822 000"


def test_address_in_body_size_is_flagged():
    # The address block sits at the foot of page 1, after the signature band.
    spec = build.state_cong_van(
        noi_nhan=["- Như trên;", "- Lưu: VT, VP."], ho_ten_ky="Trần Thị Bình\n" + ADDRESS
    ).fmt("ho_ten_ky", size=14)
    found = assert_flags(AddressBlockFormat, spec, count=1)
    assert "14 pt" in found[0].message


def test_address_in_11_pt_passes():
    spec = build.state_cong_van(ho_ten_ky="Trần Thị Bình\n" + ADDRESS).fmt("ho_ten_ky", size=11)
    assert_clean(AddressBlockFormat, spec)
    assert_clean(AddressBlockFormat, build.state_cong_van())
