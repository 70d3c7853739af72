"""VB151 structure-heading-format: real .docx examples (failing and passing)."""

from __future__ import annotations

from linter.finding import Severity
from rules.elements.structure_heading_format import StructureHeadingFormat
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = StructureHeadingFormat
END = build.p("Quy chế này có hiệu lực kể từ ngày ký./.")


def test_chapter_label_in_upper_case():
    spec = build.state_doc(
        "quy_che", body=[build.center("CHƯƠNG I"), build.center("QUY ĐỊNH CHUNG"), END]
    )
    found = assert_flags(RULE, spec, count=1, severity=Severity.ERROR)
    assert "in hoa" in found[0].message


def test_chapter_title_not_upper_case():
    spec = build.state_doc(
        "quy_che", body=[build.center("Chương I"), build.center("Quy định chung"), END]
    )
    assert_flags(RULE, spec, count=1, excerpts=["Quy định chung"])


def test_article_with_a_colon_is_fixed():
    spec = build.state_doc("quy_che", body=[build.p("Điều 1: Phạm vi điều chỉnh", bold=True), END])
    found = assert_flags(RULE, spec, count=1, excerpts=[":"])
    assert found[0].fix is not None and found[0].fix.replacement == "."


def test_article_label_not_bold():
    spec = build.state_doc("quy_che", body=[build.p("Điều 1. Phạm vi điều chỉnh"), END])
    assert_flags(RULE, spec, count=1, excerpts=["Điều 1"])


def test_lower_case_roman_section_is_a_warning():
    spec = build.state_bao_cao(
        body=[build.heading("I. Kết quả thực hiện"), build.p("Đạt kết quả tốt./.")]
    )
    assert_flags(RULE, spec, count=1, severity=Severity.WARNING)


def test_prescribed_headings_pass():
    spec = build.state_doc(
        "quy_che",
        body=[
            build.center("Chương I"),
            build.center("QUY ĐỊNH CHUNG"),
            build.dieu(1, "Phạm vi điều chỉnh", title=True),
            END,
        ],
    )
    assert_clean(RULE, spec)
    assert_clean(RULE, build.state_quyet_dinh())
    assert_clean(RULE, build.state_ke_hoach())


def test_chapter_without_title_is_reported_as_such():
    spec = build.state_doc(
        "quy_che",
        body=[
            build.center("Chương I"),
            build.dieu(1, "Phạm vi điều chỉnh", title=True),
            build.p("Quy chế này quy định việc quản lý văn bản đi, văn bản đến."),
            END,
        ],
    )
    (f,) = assert_flags(RULE, spec, excerpts=["Chương I"], severity=Severity.ERROR)
    assert "không có tiêu đề" in f.message and "Điều 1. Phạm vi điều chỉnh" in f.message
    assert "không in hoa" not in f.message  # the Điều line is not judged as a title
    (en,) = assert_flags(RULE, spec, lang="en")
    assert en.message.startswith("Chapter “Chương I” has no title")


def test_section_label_followed_by_a_numbered_item_has_no_title():
    spec = build.state_bao_cao(
        body=[
            build.center("Phần I"),
            build.heading("I. KẾT QUẢ THỰC HIỆN"),
            build.p("Đạt kết quả tốt./."),
        ]
    )
    assert_flags(RULE, spec, count=1, excerpts=["Phần I"])


def test_titled_labels_pass_in_a_report():
    spec = build.state_bao_cao(
        body=[
            build.center("Phần I"),
            build.center("TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2025"),
            build.heading("I. KẾT QUẢ THỰC HIỆN"),
            build.p("Đạt kết quả tốt./."),
        ]
    )
    assert_clean(RULE, spec)


def _articles(second: build.Item) -> list[build.Item]:
    return [
        build.dieu(1, "Phạm vi điều chỉnh"),
        build.p("Quy chế này quy định việc quản lý văn bản đi, văn bản đến."),
        second,
        build.p("1. Văn bản đi được đăng ký vào sổ."),
        END,
    ]


def test_article_without_title_is_an_error():
    spec = build.state_doc("quy_che", body=_articles(build.p("Điều 2.", bold=True)))
    (f,) = assert_flags(RULE, spec, severity=Severity.ERROR, excerpts=["Điều 2"])
    assert "“Điều 2.” không có tiêu đề" in f.message and "II.6.d" in f.message


def test_article_without_title_english():
    spec = build.state_doc("quy_che", body=_articles(build.p("Điều 2", bold=True)))
    (f,) = assert_flags(RULE, spec, lang="en")
    assert f.message.startswith("“Điều 2.” has no title")


def test_bare_article_in_a_quyet_dinh_is_a_warning():
    body = [
        build.dieu(1, "Thành lập Tổ công tác rà soát thủ tục hành chính."),
        build.p("Điều 2.", bold=True),
        build.p("1. Tổ công tác làm việc theo chế độ kiêm nhiệm."),
        build.dieu(3, "Quyết định này có hiệu lực kể từ ngày ký./."),
    ]
    (f,) = assert_flags(
        RULE, build.state_quyet_dinh(body=body), severity=Severity.WARNING, excerpts=["Điều 2"]
    )
    assert "mẫu 1.1, 1.2" in f.message


def test_articles_with_titles_or_content_pass():
    assert_clean(RULE, build.state_doc("quy_che", body=_articles(build.dieu(2, "Văn bản đi"))))
    assert_clean(RULE, build.state_quyet_dinh())
