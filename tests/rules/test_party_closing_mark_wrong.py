"""VB630 party-closing-mark-wrong: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from linter.finding import Severity
from rules.party.party_closing_mark_wrong import PartyClosingMarkWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartyClosingMarkWrong
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_full_stop_is_clean():
    assert_clean(RULE, build.party_bao_cao(date=D2017))
    assert_clean(RULE, build.party_ke_hoach(date=D2026_HD05))


def test_state_closing_mark_is_info():
    spec = build.party_thong_bao(
        date=D2017, body=[build.p("Văn phòng Đảng ủy theo dõi, báo cáo kết quả./.")]
    )
    assert_flags(RULE, spec, excerpts=["./."], severity=Severity.INFO)


def test_no_full_stop_is_a_warning():
    spec = build.party_thong_bao(
        date=D2026, body=[build.p("Văn phòng Đảng ủy theo dõi, báo cáo kết quả")]
    )
    assert_flags(RULE, spec, count=1, severity=Severity.WARNING)
