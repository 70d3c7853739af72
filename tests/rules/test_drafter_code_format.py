"""VB172 drafter-code-format: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.elements.drafter_code_format import DrafterCodeFormat
from tests import build
from tests.ruletest import assert_clean, assert_flags

NOI_NHAN = ["- Như trên;", "- Lưu: VT, VP."]


def test_drafter_code_in_lower_case():
    spec = build.state_cong_van(noi_nhan=[*NOI_NHAN, "pl.(300)"])
    assert_flags(DrafterCodeFormat, spec, count=1, excerpts=["pl.(300)"])


def test_prescribed_drafter_code_passes():
    assert_clean(DrafterCodeFormat, build.state_cong_van(noi_nhan=[*NOI_NHAN, "PL.(300)"]))
    assert_clean(DrafterCodeFormat, build.state_cong_van())
