"""VB402 cited-part-capitalisation: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.capitalization.cited_part_capitalisation import CitedPartCapitalisation
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_capital_khoan_and_lower_dieu_are_fixed():
    spec = build.state_cong_van(
        body=[
            build.p("Thực hiện theo Khoản 2 Điều 5 của Luật Cán bộ, công chức./."),
            build.p("Áp dụng điều 256a Bộ luật Hình sự năm 2015."),
        ]
    )
    found = assert_flags(CitedPartCapitalisation, spec, count=2, excerpts=["Khoản", "điều"])
    assert [f.fix.replacement for f in found] == ["khoản", "Điều"]


def test_prescribed_citation_passes():
    spec = build.state_cong_van(
        body=[build.p("Căn cứ điểm a khoản 2 Điều 103 Mục 5 Chương XII của Bộ luật Hình sự./.")]
    )
    assert_clean(CitedPartCapitalisation, spec)
