"""Regression tests from patterns of real drafts that the task rules used to misread.

Each pattern is quoted or adapted from the real corpus (a Kế hoạch thực hiện Chương trình MTQG
phòng, chống ma túy, Hướng dẫn 36-HD/VPTW, thông báo kết luận, công văn triển khai); each test
has a counterpart where the same rule does report, so that it can fail.
"""

from __future__ import annotations

from linter.anatomy import analyse
from linter.content.tasks import extract_tasks
from rules.content.sentence_too_long import SentenceTooLong
from rules.content.task_missing_deadline import TaskMissingDeadline
from rules.content.task_missing_lead import TaskMissingLead
from rules.content.task_missing_product import TaskMissingProduct
from rules.content.task_multiple_leads import TaskMultipleLeads
from tests import build
from tests.rules._task_fixtures import plan
from tests.ruletest import assert_clean, assert_flags, findings_of

DUTY = (
    "Phối hợp chặt chẽ với Công an tỉnh nâng cao hiệu quả áp dụng các biện pháp xử lý hành "
    "chính, báo cáo kết quả trước ngày 30/6/2026."
)


def _tasks(spec):  # type: ignore[no-untyped-def]
    doc = build.read(spec)
    return extract_tasks(doc, analyse(doc))


def _excerpts(rule, spec) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.location.excerpt for f in findings_of(rule, spec)]


# -- an actor-only heading line, its duties in the next lines ------------------------------


def test_actor_heading_is_not_a_task_and_its_duty_inherits_the_leads() -> None:
    spec = plan("2. Đề nghị Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh", DUTY)
    assert_clean(TaskMissingLead, spec)
    assert not any(e.startswith("Đề nghị Viện") for e in _excerpts(TaskMissingDeadline, spec))
    duty = [t for t in _tasks(spec) if t.text.startswith("Phối hợp chặt chẽ")]
    assert len(duty) == 1
    assert duty[0].leads == ("Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh")
    assert duty[0].deadline.concrete
    assert not [t for t in _tasks(spec) if t.text.startswith("Đề nghị")]


def test_the_same_duty_without_its_heading_has_no_lead() -> None:
    assert_flags(TaskMissingLead, plan("2. " + DUTY), count=1)


def test_de_nghi_heading_with_dashed_duties() -> None:
    spec = plan(
        "2. Đề nghị Chi cục Hải quan khu vực XIII",
        "- Quản lý chặt chẽ các hoạt động xuất khẩu, nhập khẩu tiền chất, báo cáo kết quả "
        "trước ngày 30/6/2026.",
    )
    assert_clean(TaskMissingLead, spec)
    assert_clean(TaskMissingDeadline, spec)
    (duty,) = [t for t in _tasks(spec) if t.text.startswith("Quản lý")]
    assert duty.leads == ("Chi cục Hải quan khu vực XIII",)


def test_lead_heading_with_co_workers_gives_one_lead_to_its_items() -> None:
    spec = plan(
        "2. Sở Tài chính chủ trì, phối hợp các sở, ban, ngành",
        "- Tham mưu Ủy ban nhân dân tỉnh phân bổ kinh phí thực hiện Chương trình trước ngày "
        "31/3/2026.",
    )
    assert_clean(TaskMissingLead, spec)
    assert_clean(TaskMultipleLeads, spec)
    (duty,) = [t for t in _tasks(spec) if t.text.startswith("Tham mưu")]
    assert duty.leads == ("Sở Tài chính",)
    assert not [t for t in _tasks(spec) if t.text.startswith("Sở Tài chính")]


def test_unit_class_heading_without_colon() -> None:
    spec = plan(
        "2. Ủy ban nhân dân các địa phương",
        "- Xây dựng Kế hoạch tổ chức triển khai thực hiện Chương trình trước ngày 31/3/2026.",
    )
    assert_clean(TaskMissingLead, spec)


# -- a topic heading whose items carry the work --------------------------------------------


def test_topic_heading_with_items_is_not_a_task() -> None:
    heading = "2. Tăng cường công tác tuyên truyền, giáo dục, phòng ngừa tội phạm và tệ nạn ma túy"
    spec = plan(
        heading,
        "a) Sở Văn hóa, Thể thao và Du lịch",
        "- Tổ chức 03 lớp tập huấn về phòng, chống ma túy trước ngày 30/9/2026.",
    )
    assert_clean(TaskMissingLead, spec)
    assert_clean(TaskMissingDeadline, spec)
    assert_clean(TaskMissingProduct, spec)


def test_the_same_line_as_a_last_item_is_still_a_task() -> None:
    line = "2. Tăng cường công tác tuyên truyền, giáo dục, phòng ngừa tội phạm và tệ nạn ma túy."
    assert_flags(TaskMissingLead, plan(line), count=1)


# -- lines that are not tasks --------------------------------------------------------------


def test_legal_basis_effect_clause_and_example_are_not_tasks() -> None:
    spec = plan(
        "Căn cứ Quy chế làm việc của Ủy ban nhân dân tỉnh, Văn phòng Ủy ban nhân dân tỉnh kính "
        "đề nghị các đồng chí Thành viên Ủy ban nhân dân tỉnh tham gia ý kiến.",
        "Ví dụ 2: Văn bản của các cơ quan tham mưu, giúp việc cấp ủy cấp tỉnh",
        "Kế hoạch này có hiệu lực từ ngày ký, thay thế Kế hoạch số 05/KH-SNV.",
    )
    assert_clean(TaskMissingDeadline, spec)
    assert_clean(TaskMissingLead, spec)


def test_escalation_formula_is_not_a_task_but_a_real_request_is() -> None:
    escalation = (
        "Trong quá trình triển khai thực hiện, nếu có phát sinh khó khăn, vướng mắc, đề nghị "
        "các cơ quan, đơn vị đề xuất Ủy ban nhân dân tỉnh (qua Sở Nội vụ) xem xét, chỉ đạo./."
    )
    assert_clean(TaskMissingDeadline, plan(escalation))
    request = "Đề nghị các phòng, đơn vị rà soát, cập nhật danh mục thủ tục hành chính."
    assert_flags(TaskMissingDeadline, plan(request), count=1)


def test_thong_bao_narrative_intro_is_not_a_task() -> None:
    spec = build.state_thong_bao(
        body=[
            build.p(
                "Phó Chủ tịch UBND tỉnh tại cuộc họp nghe báo cáo tình hình thực hiện nhiệm vụ "
                "cải cách hành chính của các sở, ngành và địa phương."
            ),
            build.p(
                "Ngày 18/7/2025, đồng chí Phó Chủ tịch UBND tỉnh tại buổi kiểm tra về tình hình "
                "hoạt động của bộ máy chính quyền tại xã Hàm Liêm."
            ),
            build.p("Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:"),
            build.p(
                "1. Giao Sở Nội vụ tham mưu kiện toàn tổ chức bộ máy, báo cáo Ủy ban nhân dân tỉnh."
            ),
            build.p("Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./."),
        ]
    )
    excerpts = _excerpts(TaskMissingDeadline, spec)
    assert len(excerpts) == 1 and excerpts[0].startswith("Giao Sở Nội vụ"), excerpts


def test_quoted_passage_of_another_document_is_not_a_task() -> None:
    spec = plan(
        "Bộ Nội vụ có ý kiến như sau:",
        "“1. Các hội do Đảng, Nhà nước giao nhiệm vụ báo cáo Ban Thường trực Ủy ban Mặt trận "
        "Tổ quốc Việt Nam tỉnh.",
        "2. Đề nghị các hội thực hiện theo hướng dẫn của Ủy ban Trung ương Mặt trận Tổ quốc "
        "Việt Nam”.",
    )
    assert_clean(TaskMissingDeadline, spec)


def test_items_of_a_dossier_list_are_not_tasks() -> None:
    spec = plan(
        "3.2. Hồ sơ đề nghị khen thưởng gồm:",
        "a) Tờ trình đề nghị khen thưởng.",
        "b) Báo cáo thành tích của tập thể, cá nhân đề nghị khen thưởng.",
    )
    assert_clean(TaskMissingDeadline, spec)


def test_counted_output_is_a_product() -> None:
    line = (
        "2. Sở Nội vụ định kỳ phát sóng mỗi tháng 02 chuyên mục “Đối thoại về cải cách hành "
        "chính” trên Đài Phát thanh, Truyền hình tỉnh."
    )
    assert_clean(TaskMissingProduct, plan(line))
    without = "2. Sở Nội vụ định kỳ phối hợp tuyên truyền về cải cách hành chính hằng tháng."
    assert_flags(TaskMissingProduct, plan(without), count=1)


# -- a guide of rules assigns work only in its "Tổ chức thực hiện" part ----------------------


def _guide(*body: str):  # type: ignore[no-untyped-def]
    return build.party_doc("huong_dan", body=[build.p(x) for x in body])


def test_format_guide_rules_are_not_tasks() -> None:
    spec = _guide(
        "I- HƯỚNG DẪN CHUNG",
        "- Chỉ viết tắt những từ, cụm từ thông dụng.",
        "4.3. Định lề trang văn bản",
        "- Văn bản của Đảng trình bày theo chiều dọc của trang giấy.",
        "III- TỔ CHỨC THỰC HIỆN",
        "1. Hướng dẫn này có hiệu lực từ ngày ký.",
        "2. Văn phòng cấp ủy các cấp tổ chức tập huấn hướng dẫn này cho cán bộ làm công tác "
        "văn thư.",
    )
    assert _excerpts(TaskMissingLead, spec) == []
    deadlines = _excerpts(TaskMissingDeadline, spec)
    assert len(deadlines) == 1 and deadlines[0].startswith("Văn phòng cấp ủy"), deadlines


# -- VB709: a few long sentences per document, then a count ------------------------------


LONG = (
    "{n}. Văn phòng Sở chủ trì, phối hợp với các phòng chuyên môn, các đơn vị sự nghiệp trực "
    "thuộc và các cơ quan có liên quan tổ chức rà soát, đánh giá toàn diện việc thực hiện các "
    "nhiệm vụ cải cách hành chính, cải cách thủ tục hành chính, chuyển đổi số, xây dựng chính "
    "quyền số, nâng cao chất lượng phục vụ người dân và doanh nghiệp, trên cơ sở đó đề xuất các "
    "giải pháp khắc phục những tồn tại, hạn chế, bảo đảm hoàn thành các chỉ tiêu đã đề ra, tổng "
    "hợp báo cáo Giám đốc Sở trước ngày 30/6/2026."
)


def test_long_sentences_are_capped_per_document() -> None:
    spec = plan(*(LONG.format(n=n) for n in range(2, 8)))  # six long sentences
    found = assert_flags(SentenceTooLong, spec, count=3)
    assert found[-1].message.endswith("(và 3 câu khác)")
    assert "câu khác" not in found[0].message
    assert_flags(SentenceTooLong, plan(LONG.format(n=2), LONG.format(n=3)), count=2)
