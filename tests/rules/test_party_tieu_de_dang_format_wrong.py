"""VB602 tieu-de-dang-format-wrong: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from rules.party.party_tieu_de_dang_format_wrong import TieuDeDangFormatWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = TieuDeDangFormatWrong
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_compliant_heading_is_clean():
    assert_clean(RULE, build.party_ket_luan(date=D2017))
    assert_clean(RULE, build.party_cong_van(date=D2026_HD05))


def test_size_14_is_flagged():
    (f,) = assert_flags(RULE, build.party_ket_luan(date=D2017).fmt("tieu_de_dang", size=14))
    assert "14" in f.message and "15" in f.message and "Hướng dẫn 36" in (f.source or "")


def test_not_bold_is_flagged_under_hd05_with_hd05_source():
    spec = build.party_ket_luan(date=D2026_HD05).fmt("tieu_de_dang", bold=False)
    (f,) = assert_flags(RULE, spec)
    assert "Hướng dẫn 05" in (f.source or "") and "05-HD/VPTW" in f.message


def test_lower_case_is_flagged_but_caps_formatting_is_accepted():
    spec = build.party_ket_luan(date=D2017, tieu_de_dang="Đảng Cộng sản Việt Nam")
    assert_flags(RULE, spec, count=1)
    assert_clean(RULE, spec.fmt("tieu_de_dang", caps=True))
