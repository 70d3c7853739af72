"""VB627 party-kinh-gui-format: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from linter.finding import Severity
from rules.party.party_kinh_gui_format import PartyKinhGuiFormat
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartyKinhGuiFormat
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_italic_label_with_colon_is_clean():
    assert_clean(RULE, build.party_cong_van(date=D2017))
    assert_clean(RULE, build.party_cong_van(date=D2026_HD05))


def test_upright_label_is_flagged():
    spec = build.party_cong_van(date=D2017).fmt("kinh_gui_label", italic=False)
    (f,) = assert_flags(RULE, spec)
    assert "nghiêng" in f.message


def test_missing_colon_is_flagged():
    spec = build.party_cong_van(
        date=D2026, kinh_gui=["Kính gửi", "- Các chi bộ trực thuộc,", "- Các cơ quan thuộc phường."]
    )
    found = assert_flags(RULE, spec)
    assert any("hai chấm" in f.message for f in found)


def test_to_trinh_wording_follows_the_guidance():
    hd05 = build.party_doc(
        "to_trinh",
        date=D2026_HD05,
        number_text="Số 30-TTr/ĐU",
        kinh_gui=["Kính gửi: Ban Thường vụ Tỉnh ủy Lâm Đồng"],
        noi_nhan=["- Như trên;", "- Lưu Văn phòng Đảng ủy."],
    )
    assert_flags(RULE, hd05, count=1, severity=Severity.WARNING)
    assert_clean(RULE, hd05.replace(kinh_gui=["Kính trình: Ban Thường vụ Tỉnh ủy Lâm Đồng"]))
