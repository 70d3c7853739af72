"""VB167 noi-nhan-item-punctuation: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.elements.noi_nhan_item_punctuation import NoiNhanItemPunctuation
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_comma_at_line_end_is_fixed():
    spec = build.state_cong_van(
        noi_nhan=["- Như trên;", "- Thường trực Tỉnh ủy,", "- Lưu: VT, VP."]
    )
    found = assert_flags(NoiNhanItemPunctuation, spec, count=1, excerpts=[","])
    assert found[0].fix.replacement == ";"


def test_missing_dash():
    spec = build.state_cong_van(noi_nhan=["- Như trên;", "Sở Tài chính;", "- Lưu: VT, VP."])
    assert_flags(NoiNhanItemPunctuation, spec, count=1)


def test_prescribed_list_passes():
    assert_clean(NoiNhanItemPunctuation, build.state_cong_van())
    assert_clean(NoiNhanItemPunctuation, build.state_quyet_dinh(signature_layout="paragraphs"))
