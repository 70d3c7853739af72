"""VB304 mixed-tone-placement: real .docx examples (failing and passing)."""

from __future__ import annotations

from linter.finding import Severity
from rules.orthography.mixed_tone_placement import MixedTonePlacement
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_hoa_and_hoa_mixed():
    spec = build.state_cong_van(
        body=[build.p("Đẩy mạnh chuyển đổi số, đơn giản hoá thủ tục, số hóa hồ sơ./.")]
    )
    found = assert_flags(MixedTonePlacement, spec, count=1, severity=Severity.INFO)
    assert "hoá" in found[0].message or "hóa" in found[0].message


def test_one_placement_passes():
    assert_clean(MixedTonePlacement, build.state_cong_van())
    spec = build.state_cong_van(body=[build.p("Đơn giản hóa thủ tục, số hóa hồ sơ./.")])
    assert_clean(MixedTonePlacement, spec)
