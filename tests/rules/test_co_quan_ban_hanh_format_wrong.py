"""VB108 co-quan-ban-hanh-format-wrong: real .docx examples."""

from __future__ import annotations

from linter.finding import Severity
from rules.elements.co_quan_ban_hanh_format_wrong import CoQuanBanHanhFormatWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = CoQuanBanHanhFormatWrong


def test_compliant_is_clean():
    assert_clean(RULE, build.state_cong_van())
    assert_clean(RULE, build.state_quyet_dinh().fmt("co_quan_ban_hanh", size=12))


def test_not_bold_is_flagged():
    (f,) = assert_flags(RULE, build.state_cong_van().fmt("co_quan_ban_hanh", bold=False))
    assert f.severity is Severity.ERROR and "không in đậm" in f.message


def test_size_14_is_flagged():
    (f,) = assert_flags(RULE, build.state_cong_van().fmt("co_quan_ban_hanh", size=14))
    assert "12–13" in f.message


def test_abbreviated_own_name_is_info():
    spec = build.state_cong_van(co_quan_chu_quan="BỘ NỘI VỤ", co_quan_ban_hanh="UBND XÃ AN BÌNH")
    assert_flags(RULE, spec, count=1, severity=Severity.INFO)


def test_left_aligned_issuer_is_flagged():
    # PL I, II.2.b: "được đặt canh giữa dưới tên cơ quan, tổ chức chủ quản trực tiếp".
    spec = build.state_cong_van().fmt("co_quan_ban_hanh", alignment="left")
    (f,) = assert_flags(RULE, spec, severity=Severity.ERROR)
    assert "căn lề “left”" in f.message and "canh giữa" in f.message
    (en,) = assert_flags(RULE, spec, lang="en")
    assert en.message.startswith("The issuing body's name is aligned “left”")


def test_centred_issuer_and_tab_laid_out_header_pass():
    assert_clean(RULE, build.state_cong_van(co_quan_chu_quan="ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"))
    # Columns made with tabs: the paragraph's alignment says nothing about the issuer's place.
    assert_clean(RULE, build.state_cong_van(header_layout="paragraphs"))


def test_left_aligned_issuer_without_governing_body_is_a_warning():
    spec = build.state_cong_van(co_quan_chu_quan=None).fmt("co_quan_ban_hanh", alignment="left")
    (f,) = assert_flags(RULE, spec, severity=Severity.WARNING)
    assert "nên canh giữa" in f.message


def test_issuer_pushed_over_with_spaces_is_not_judged_for_alignment():
    spec = build.state_cong_van(co_quan_ban_hanh="   SỞ NỘI VỤ").fmt(
        "co_quan_ban_hanh", alignment="left"
    )
    assert_clean(RULE, spec)
