"""VB129 can-cu-format-wrong: real .docx examples (common mistake #18)."""

from __future__ import annotations

from linter.finding import Severity
from rules.elements.can_cu_format_wrong import CanCuFormatWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = CanCuFormatWrong


def test_clean():
    assert_clean(RULE, build.state_quyet_dinh())


def test_upright_can_cu_in_a_decision_is_an_error():
    spec = build.state_quyet_dinh().fmt("can_cu", italic=False)
    found = assert_flags(RULE, spec, severity=Severity.ERROR)
    assert len(found) == 2  # the two "Căn cứ" lines; "Theo đề nghị" is not a căn cứ line


def test_wrong_size_is_flagged():
    assert_flags(RULE, build.state_quyet_dinh().fmt("can_cu", size=12), count=2)


def test_upright_can_cu_in_a_plan_is_a_warning():
    spec = build.state_ke_hoach(
        can_cu=[
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "Căn cứ Quyết định số 58/QĐ-UBND ngày 08 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh.",
        ]
    ).fmt("can_cu", italic=False)
    assert_flags(RULE, spec, count=2, severity=Severity.WARNING)


SENTENCE = (
    "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013, Sở Nội vụ đề nghị các "
    "cơ quan, đơn vị rà soát, báo cáo số lượng cán bộ, công chức trước ngày 20 tháng 3 năm "
    "2026./."
)


def test_body_sentence_of_a_cong_van_is_not_a_can_cu_line():
    # A công văn has no căn cứ block (Mẫu 1.5): its "Căn cứ …, Sở … đề nghị …" is body text.
    assert_clean(RULE, build.state_cong_van(body=[build.p(SENTENCE)]))
    real_looking = build.state_cong_van(
        so_ky_hieu="Số: 412/SNV-CCVC",
        trich_yeu="V/v rà soát số lượng cán bộ, công chức năm 2026",
        kinh_gui=["Kính gửi:", "- Các sở, ban, ngành tỉnh;", "- Ủy ban nhân dân các xã, phường."],
        body=[
            build.p(
                "Căn cứ Nghị định số 62/2020/NĐ-CP ngày 01 tháng 6 năm 2020 của Chính phủ về vị "
                "trí việc làm và biên chế công chức, Sở Nội vụ đề nghị các cơ quan, đơn vị rà "
                "soát số lượng cán bộ, công chức hiện có."
            ),
            build.p("Báo cáo gửi về Sở Nội vụ trước ngày 20 tháng 3 năm 2026./."),
        ],
    )
    assert_clean(RULE, real_looking)


def test_closing_sentence_in_a_named_opening_is_not_a_can_cu_line():
    spec = build.state_ke_hoach(can_cu=[], body=[build.p(SENTENCE)])
    assert_clean(RULE, spec)
