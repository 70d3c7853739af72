"""Task extraction: deadlines, the worked example of the spec, the task table, the JSON contract."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from linter.anatomy import analyse
from linter.content import nlp
from linter.content.deadlines import best_deadline, find_deadlines
from linter.content.tasks import Task, extract, extract_tasks, render
from linter.engine import lint_document
from linter.lru import LRU
from linter.textreader import read_text
from rules import ALL_RULES
from tests import build

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLE = SHARED / "samples" / "cong-van_dang-uy-van-phong-ubnd-tinh_trien-khai-226.txt"
SCHEMA = SHARED / "schemas" / "lint" / "tasks-output.schema.json"
CONTENT_RULES = [r for r in ALL_RULES if "VB701" <= r.code <= "VB719"]


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        ("gửi Sở Tư pháp trước ngày 25/11/2025 để tổng hợp", "date", "2025-11-25"),
        ("chậm nhất là ngày 23 tháng 01 năm 2026", "date", "2026-01-23"),
        ("báo cáo UBND tỉnh trong quý I/2026", "period", "2026-03-31"),
        ("hoàn thành trong tháng 01/2026", "period", "2026-01-31"),
        ("hoàn thành trong 6 tháng đầu năm 2026", "period", "2026-06-30"),
        ("báo cáo trước ngày 20 của tháng cuối quý", "recurring", None),
        ("định kỳ hằng quý, 6 tháng, hằng năm báo cáo kết quả", "recurring", None),
        ("hằng tháng gửi báo cáo về Sở Nội vụ", "recurring", None),
        ("thường xuyên theo dõi, đôn đốc", "vague", None),
        ("kịp thời báo cáo những khó khăn, vướng mắc", "vague", None),
        ("khẩn trương hoàn thiện hồ sơ", "vague", None),
        ("theo Công văn số 1128/STP-BTTP ngày 16/10/2025 của Sở Tư pháp", "none", None),
        ("kỷ niệm 96 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2026)", "none", None),
        ("báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026", "none", None),
        ("hằng năm lấy kết quả thực hiện là tiêu chí đánh giá", "none", None),
        ("Tổ chức quán triệt nội dung Kết luận", "none", None),
        # a term counted from an event: concrete, no calendar date (labelled "recurring")
        ("Trong thời hạn 7 ngày làm việc kể từ ngày bế mạc đại hội, cấp ủy báo cáo", "recurring",
         None),
        ("hồ sơ gửi về trước 30 ngày làm việc của các đợt trao tặng", "recurring", None),
        ("tổng hợp danh sách sau mỗi đợt để quản lý", "recurring", None),
        ("Hội nghị diễn ra trong 02 ngày tại Hà Nội", "none", None),
        ("gửi văn bản cho Bộ Công an theo thời gian quy định", "vague", None),
        ("phòng ngừa từ sớm, từ xa các loại tội phạm", "none", None),
        ("Quý I/2027, các cơ quan đánh giá kết quả thực hiện phong trào", "period", "2027-03-31"),
        ("các cơ quan đánh giá kết quả thực hiện quý I/2027, xét khen thưởng", "none", None),
        # a bracket that gives the item's time
        ("tổ chức tập huấn (Quý IV/2026, Quý I/2027 và thường xuyên)", "period", "2026-12-31"),
        ("báo cáo kết quả tại kỳ họp thứ Sáu (dự kiến tháng 12/2026)", "period", "2026-12-31"),
        ("tổng hợp số liệu (theo mẫu quý IV/2026 của Bộ)", "none", None),
        ("trước 15 giờ, ngày 11 tháng 01 năm 2026", "date", "2026-01-11"),
        ("tổ chức sự kiện nhân ngày Chuyển đổi số Quốc gia 10/10/2026", "date", "2026-10-10"),
        # the day the work is held on; a day with no year in a yearly duty; a term opening its
        # clause; the time "quy định" sets elsewhere; a term counted in days, "chậm nhất"
        ("tổ chức đại hội vào ngày 09/5/2027 tại hội trường tỉnh", "date", "2027-05-09"),
        ("Hằng năm, tổng hợp, báo cáo Bộ Nội vụ trước ngày 15 tháng 4", "recurring", None),
        ("Hằng năm, các cơ quan thực hiện tinh giản văn bản hành chính", "recurring", None),
        # a work done every year: every labelled set reads it as recurring
        ("hằng năm tổ chức gặp mặt các đồng chí nguyên lãnh đạo", "recurring", None),
        ("phối hợp với phòng Y tế hàng năm tổ chức mít-tinh", "recurring", None),
        ("xác định nhu cầu kinh phí hàng năm để lập dự toán", "none", None),
        # a report due at a sitting
        ("báo cáo kết quả thực hiện tại Kỳ họp thứ Sáu, Hội đồng nhân dân tỉnh", "recurring",
         None),
        ("đại biểu thảo luận tại kỳ họp thứ năm", "none", None),
        ("các đại biểu dự họp đúng thành phần và thời gian quy định", "vague", None),
        ("bảo đảm hoàn thành trong thời hạn quy định", "vague", None),
        ("trả lời bằng văn bản chậm nhất 15 ngày", "recurring", None),
        ("Hội nghị tổ chức trong 02 ngày, từ ngày 10/12/2026", "none", None),
        # "đến (ngày) … phải/hoàn thành": the day by which; "gia hạn … đến ngày …" is a span
        ("phấn đấu đến ngày 30/6/2026 hoàn thành chi trả tiền bồi thường", "date", "2026-06-30"),
        ("yêu cầu đến 30/5/2026 phải bàn giao toàn bộ mặt bằng", "date", "2026-05-30"),
        ("gia hạn thời gian tổ chức đại hội đến ngày 30/9/2025", "none", None),
    ],
)  # fmt: skip
def test_deadline_normaliser(text: str, kind: str, date: str | None) -> None:
    d = best_deadline(text)
    assert (d.kind, d.date.isoformat() if d.date else None) == (kind, date)


def test_a_date_beats_a_period_and_the_year_completes_short_dates() -> None:
    text = "quán triệt trong tháng 02/2026; báo cáo trước ngày 28/02/2026"
    assert best_deadline(text).date == dt.date(2026, 2, 28)
    assert [d.kind for d in find_deadlines(text)] == ["period", "date"]
    assert best_deadline("gửi trước ngày 15/8", year=2025).date == dt.date(2025, 8, 15)


def test_a_month_or_quarter_without_its_year_takes_the_documents_year() -> None:
    assert best_deadline("hoàn thành trong quý III", year=2026).date == dt.date(2026, 9, 30)
    assert best_deadline("trình UBND tỉnh trong tháng 4", year=2026).date == dt.date(2026, 4, 30)
    # no year to take, or no marker: not a deadline
    assert best_deadline("hoàn thành trong quý III").kind == "none"
    assert best_deadline("báo cáo tình hình quý III", year=2026).kind == "none"


def _sample():
    doc = read_text(SAMPLE.read_text(encoding="utf-8"), name=SAMPLE.name)
    return doc, analyse(doc)


def _paragraph_starting(doc, prefix: str) -> int:
    return next(p.index for p in doc.paragraphs if p.text.strip().startswith(prefix))


def test_sample_cong_van_matches_the_worked_example() -> None:
    doc, anatomy = _sample()
    ex = extract(doc, anatomy)
    by_para: dict[int, list] = {}
    for t in ex.tasks:
        by_para.setdefault(t.paragraph, []).append(t)
    item = {k: _paragraph_starting(doc, k) for k in ("1.", "2.1.", "2.2.", "2.3.", "3.")}
    closing = _paragraph_starting(doc, "Ban Thường vụ Đảng uỷ Văn phòng Uỷ ban nhân dân tỉnh yêu")
    # Item 1 (a slogan) and 2.1–2.3: led only by the addressees; no deadline, no product.
    for key in ("1.", "2.1.", "2.2.", "2.3."):
        first = by_para[item[key]][0]
        assert first.lead_role == "addressee", key
        assert "Chi bộ" in first.leads[0]
        assert "deadline" in first.missing and "product" in first.missing, key
    assert by_para[item["1."]][0].slogan
    # Item 2 introduces 2.1–2.3: it is not a task of its own.
    assert _paragraph_starting(doc, "2. Tổ chức thực hiện") not in by_para
    # Item 3: a reporting duty with a recurring deadline, recipient and channel; accepted.
    three = by_para[item["3."]][0]
    assert three.deadline.kind == "recurring"
    assert three.product and three.product.startswith("báo cáo")
    assert three.report is not None and three.report.recipient and three.report.channel
    assert [m for m in three.missing if m != "resources"] == []
    # Closing: "Giao Văn phòng Đảng uỷ phối hợp với Phòng Hành chính- Tổ chức thường xuyên …".
    giao = [t for t in by_para[closing] if t.text.startswith("Giao")]
    assert len(giao) == 1
    g = giao[0]
    assert g.leads == ("Văn phòng Đảng uỷ",)
    assert g.co_workers == ("Phòng Hành chính- Tổ chức",)
    assert g.deadline.kind == "vague" and g.deadline.text == "thường xuyên"
    assert g.product is None
    # The document names no resource at all.
    assert ex.resources is None


def test_sample_cong_van_findings() -> None:
    doc, anatomy = _sample()
    result = lint_document(doc, rules=CONTENT_RULES, anatomy=anatomy)
    found = {(f.code, f.location.paragraph) for f in result.findings}
    item = {k: _paragraph_starting(doc, k) for k in ("1.", "2.1.", "2.2.", "2.3.", "3.")}
    closing = _paragraph_starting(doc, "Ban Thường vụ Đảng uỷ Văn phòng Uỷ ban nhân dân tỉnh yêu")
    for key in ("1.", "2.1.", "2.2.", "2.3."):
        assert ("VB703", item[key]) in found and ("VB704", item[key]) in found, key
    assert ("VB706", item["1."]) in found
    assert not [c for c, p in found if p == item["3."] and c != "VB709"]
    assert ("VB703", closing) in found and ("VB704", closing) in found
    vague = [f for f in result.findings if f.code == "VB703" and f.location.paragraph == closing]
    assert any("thường xuyên" in f.message for f in vague)
    assert ("VB705", None) in found
    assert not [c for c, _ in found if c in ("VB701", "VB702", "VB707", "VB708")]
    assert all(f.severity.value in ("warning", "info") for f in result.findings)


def test_tasks_json_validates_against_the_contract() -> None:
    doc, anatomy = _sample()
    tasks = extract_tasks(doc, anatomy)
    data = json.loads(render(tasks, "json"))
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert len(data) == len(tasks) >= 6
    assert data[0]["leads"] and data[0]["deadline"] == {"kind": "none", "text": None, "date": None}


def test_table_and_csv_have_the_vietnamese_columns() -> None:
    doc, anatomy = _sample()
    tasks = extract_tasks(doc, anatomy)
    table = render(tasks, "table")
    header = table.splitlines()[0]
    for col in ("Việc", "Chủ trì", "Phối hợp", "Thời hạn", "Sản phẩm", "Nguồn lực", "Thiếu"):
        assert col in header
    assert len(table.splitlines()) == len(tasks) + 2
    rows = list(csv.reader(io.StringIO(render(tasks, "csv"))))
    assert rows[0][1:] == [
        "Việc",
        "Chủ trì",
        "Phối hợp",
        "Thời hạn",
        "Sản phẩm",
        "Nguồn lực",
        "Thiếu",
    ]
    assert len(rows) == len(tasks) + 1
    # People count paragraphs from 1 (as the lint report does); the JSON stays 0-based.
    assert [int(r[0]) for r in rows[1:]] == [t.paragraph + 1 for t in tasks]
    assert [int(line.split("|")[0]) for line in table.splitlines()[2:]] == [
        t.paragraph + 1 for t in tasks
    ]
    assert "thời hạn" in rows[1][-1]
    with pytest.raises(ValueError):
        render(tasks, "xml")
    assert "Không tìm thấy" in render([], "table")


def test_docx_auto_numbered_items_under_heading_actors() -> None:
    spec = build.state_ke_hoach(
        body=[
            build.p("Sở Nội vụ ban hành Kế hoạch thực hiện như sau:"),
            build.heading("I. TỔ CHỨC THỰC HIỆN"),
            build.p("1. Phòng Cải cách hành chính:"),
            build.auto(
                "Chủ trì, phối hợp với Văn phòng Sở xây dựng dự thảo Quy chế, trình "
                "trước ngày 30/6/2026;",
                2,
            ),
            build.auto("Báo cáo kết quả về Giám đốc Sở định kỳ hằng quý.", 2),
            build.p("2. Văn phòng Sở:"),
            build.auto("Bố trí kinh phí thực hiện Kế hoạch từ nguồn chi thường xuyên.", 2),
        ]
    )
    doc = build.read(spec)
    tasks = extract_tasks(doc, analyse(doc))
    assert [t.leads for t in tasks] == [
        ("Phòng Cải cách hành chính",),
        ("Phòng Cải cách hành chính",),
        ("Văn phòng Sở",),
    ]
    assert tasks[0].label and tasks[0].co_workers == ("Văn phòng Sở",)
    assert tasks[0].deadline.date == dt.date(2026, 6, 30)
    assert tasks[1].deadline.kind == "recurring"
    assert tasks[2].resources and tasks[2].resources.startswith("kinh phí")
    assert doc.paragraphs[tasks[0].paragraph].text.startswith("Chủ trì")


def _tasks_by_start(spec: object) -> tuple[list[Task], Callable[[str], Task]]:
    """The tasks of a built draft, and a function that finds the one task whose text starts with
    a prefix (it fails when there is none or more than one)."""
    doc = build.read(spec)
    tasks = extract_tasks(doc, analyse(doc))

    def task(start: str) -> Task:
        found = [t for t in tasks if t.text.startswith(start)]
        assert len(found) == 1, (start, [t.text for t in tasks])
        return found[0]

    return tasks, task


def test_leads_of_real_sentence_forms() -> None:
    """Lead forms met in real State and Party documents (the development set's misses)."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("IV. TỔ CHỨC THỰC HIỆN"),
            # a class that runs on into named bodies, split where each body starts
            build.p(
                "1. Các sở, ban, ngành, UBND các xã, phường định kỳ hằng tháng báo cáo tiến độ "
                "thực hiện về Sở Nội vụ."
            ),
            build.p(
                "2. Các cơ quan chuyên môn thuộc UBND tỉnh, Ban Quản lý các khu công nghiệp "
                "chủ động rà soát danh mục thủ tục hành chính."
            ),
            # "hồ sơ đề nghị" is a document: the subject is the lead, not the Chủ tịch
            build.p(
                "3. Các cơ quan, đơn vị, địa phương lập hồ sơ đề nghị Chủ tịch UBND tỉnh tặng "
                "Bằng khen gửi về Sở Nội vụ trước ngày 15/02/2027."
            ),
            # "Đối với X: <verb>"
            build.p(
                "4. Đối với Nhà đầu tư Dự án cao tốc Tân Phú - Bảo Lộc: Khẩn trương nộp hồ sơ "
                "thiết kế kỹ thuật trước ngày 28/4/2026."
            ),
            # a lower-case Party heading after "Đối với", then its item
            build.p("5. Đối với ban tổ chức tỉnh ủy, thành ủy và tương đương:"),
            build.p(
                "- Hằng năm tổ chức đối khớp hồ sơ đảng viên và báo cáo Ban Tổ chức Trung ương."
            ),
            # an assessment is not a task
            build.p(
                "6. Nhà đầu tư triển khai công tác lập hồ sơ thiết kế vẫn còn chậm, chưa đúng "
                "cam kết."
            ),
        ]
    )
    tasks, task = _tasks_by_start(spec)

    assert task("Các sở, ban").leads == ("Các sở, ban, ngành", "UBND các xã, phường")
    assert task("Các sở, ban").deadline.kind == "recurring"
    assert task("Các cơ quan chuyên").leads == (
        "Các cơ quan chuyên môn thuộc UBND tỉnh",
        "Ban Quản lý các khu công nghiệp",
    )
    assert task("Các cơ quan, đơn vị").leads == ("Các cơ quan, đơn vị, địa phương",)
    assert task("Đối với Nhà").leads == ("Nhà đầu tư Dự án cao tốc Tân Phú - Bảo Lộc",)
    assert task("Đối với Nhà").deadline.date == dt.date(2026, 4, 28)
    assert task("Hằng năm").leads == ("ban tổ chức tỉnh ủy, thành ủy và tương đương",)
    assert not [t for t in tasks if t.text.startswith("Nhà đầu tư triển khai")]


def test_subjects_in_lower_case_after_openings_and_in_heading_lists() -> None:
    """Subject forms of Party and State sentences: a noun phrase headed by a class or Party
    noun up to its duty, in any case; a subject after an opening clause; "X xét, đề nghị Y";
    heading actor lists split on ";" and "và"; "X: <opening clause>, <verb>"."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("IV. TỔ CHỨC THỰC HIỆN"),
            build.p("1. Đảng viên được phân công có trách nhiệm báo cáo với chi bộ hằng quý."),
            build.p(
                "2. Chánh văn phòng hoặc người được giao phụ trách công tác văn phòng chịu "
                "trách nhiệm rà soát thể thức văn bản trước khi trình ký."
            ),
            # "chủ trì" inside the subject, the duty after it
            build.p(
                "3. Cơ quan chủ trì tổ chức hội nghị có trách nhiệm phân công lãnh đạo dự họp."
            ),
            build.p(
                "4. Căn cứ Kế hoạch này, các cơ quan, đơn vị, địa phương trên địa bàn tỉnh xây "
                "dựng Kế hoạch thực hiện trong Quý I/2027."
            ),
            build.p(
                "5. Trong thời hạn 10 ngày làm việc kể từ ngày kết thúc hội nghị, Ban Chủ nhiệm "
                "Hội Luật gia tỉnh có trách nhiệm báo cáo kết quả về Sở Nội vụ."
            ),
            build.p(
                "6. Sau khi có quyết định phát thẻ của cấp ủy có thẩm quyền, chi bộ tổ chức phát "
                "thẻ đảng viên tại cuộc họp chi bộ."
            ),
            # the request is the subject's own act, not an address to the body after it
            build.p(
                "7. Ban thường vụ đảng ủy xét, đề nghị Ban Thường vụ Tỉnh ủy tặng Huy hiệu Đảng."
            ),
            build.p("8. Các sở, ban, ngành; UBND các xã, phường; các cơ quan, đơn vị có liên quan"),
            build.p("a) Xây dựng kế hoạch tuyên truyền, hoàn thành trước ngày 30/01/2027."),
            build.p(
                "9. Thủ trưởng các cơ quan chuyên môn thuộc UBND tỉnh, Trưởng Ban Quản lý các "
                "khu công nghiệp và Chủ tịch UBND các xã, phường"
            ),
            build.p("a) Chủ động rà soát thủ tục hành chính thuộc thẩm quyền."),
            build.p(
                "10. Sở Tài chính: Trên cơ sở đề xuất của các đơn vị, thẩm định và tham mưu bố "
                "trí kinh phí."
            ),
            # a preamble recounting the higher body's instruction is not a task
            build.p(
                "11. Thực hiện Công văn số 4377/UBND-NC ngày 30/9/2026 của UBND tỉnh, trong đó "
                "UBND tỉnh giao Sở Nội vụ nghiên cứu, đề xuất."
            ),
        ]
    )
    tasks, task = _tasks_by_start(spec)

    assert task("Đảng viên").leads == ("Đảng viên được phân công",)
    assert task("Đảng viên").deadline.kind == "recurring"
    assert task("Chánh văn phòng").leads == (
        "Chánh văn phòng hoặc người được giao phụ trách công tác văn phòng",
    )
    assert task("Cơ quan chủ trì").leads == ("Cơ quan chủ trì tổ chức hội nghị",)
    four = task("Căn cứ Kế hoạch này")
    assert four.leads == ("các cơ quan, đơn vị, địa phương trên địa bàn tỉnh",)
    assert four.deadline.date == dt.date(2027, 3, 31) and four.product
    five = task("Trong thời hạn")
    assert five.leads == ("Ban Chủ nhiệm Hội Luật gia tỉnh",) and five.deadline.kind == "recurring"
    six = task("Sau khi có")
    assert six.leads == ("chi bộ",) and six.product is None  # the decision it starts from
    assert task("Ban thường vụ").leads == ("Ban thường vụ đảng ủy",)
    assert task("Xây dựng kế hoạch").leads == (
        "Các sở, ban, ngành",
        "UBND các xã, phường",
        "các cơ quan, đơn vị có liên quan",
    )
    assert task("Chủ động rà soát").leads == (
        "Thủ trưởng các cơ quan chuyên môn thuộc UBND tỉnh",
        "Trưởng Ban Quản lý các khu công nghiệp",
        "Chủ tịch UBND các xã, phường",
    )
    assert task("Sở Tài chính").leads == ("Sở Tài chính",)
    assert not [t for t in tasks if t.text.startswith("Thực hiện Công văn")]


def test_names_are_not_cut_at_a_verb_and_passives_assign_nothing() -> None:
    """ "cơ quan đăng ký" is one name (no lead "cơ quan"); "người được giao" is no assignment."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("IV. TỔ CHỨC THỰC HIỆN"),
            build.p(
                "1. Trường hợp hồ sơ nộp trực tuyến, cơ quan đăng ký tiếp nhận hồ sơ qua hệ thống."
            ),
            build.p(
                "2. Đơn vị hoặc cá nhân được giao chủ trì soạn thảo văn bản có trách nhiệm lấy "
                "ý kiến các cơ quan liên quan."
            ),
        ]
    )
    doc = build.read(spec)
    tasks = extract_tasks(doc, analyse(doc))
    assert not any(lead == "cơ quan" for t in tasks for lead in t.leads)
    second = [t for t in tasks if t.text.startswith("Đơn vị hoặc")]
    assert second and second[0].leads == (
        "Đơn vị hoặc cá nhân được giao chủ trì soạn thảo văn bản",
    )
    assert second[0].lead_role == "subject"


def test_aims_section_items_are_not_tasks() -> None:
    spec = build.state_ke_hoach()  # "I. MỤC ĐÍCH, YÊU CẦU" items state aims
    doc = build.read(spec)
    texts = [t.text for t in extract_tasks(doc, analyse(doc))]
    assert not any(t.startswith("Nâng cao nhận thức") for t in texts)
    assert any(t.startswith("Văn phòng Sở chủ trì") for t in texts)


def test_sample_cong_van_as_docx_gives_the_same_findings() -> None:
    from linter.reader import read_path

    path = Path(__file__).resolve().parents[1] / "corpus" / "samples"
    doc = read_path(path / "party_cong_van_trien_khai_226.docx")
    anatomy = analyse(doc)
    result = lint_document(doc, rules=CONTENT_RULES, anatomy=anatomy)
    by_code: dict[str, list[int | None]] = {}
    for f in result.findings:
        by_code.setdefault(f.code, []).append(f.location.paragraph)
    labels = {p.index: (p.label or p.text.split(" ", 1)[0]) for p in doc.paragraphs}
    flagged = {labels.get(p) for p in by_code["VB704"] if p is not None}
    assert {"1.", "2.1.", "2.2.", "2.3."} <= flagged
    assert "3." not in {labels.get(p) for codes in by_code.values() for p in codes if p}
    assert by_code["VB705"] == [None]
    closing = [t for t in extract_tasks(doc, anatomy) if t.text.startswith("Giao Văn phòng")]
    assert closing and closing[0].deadline.kind == "vague" and closing[0].product is None


def test_rules_and_copy_check_share_one_task_list() -> None:
    from linter.content.tasks import extraction_for
    from linter.rule import Context

    doc, anatomy = _sample()
    ctx = Context(doc, anatomy)
    first = ctx.memo("tasks", lambda: extract_tasks(doc, anatomy))  # as the copy check does
    ex = extraction_for(ctx)
    assert ex.tasks is first and ctx.memo("tasks", list) is first
    ctx2 = Context(doc, anatomy)
    ex2 = extraction_for(ctx2)
    assert ctx2.memo("tasks", list) is ex2.tasks
    everything = [r for r in ALL_RULES if r.code.startswith(("VB7", "VB8"))]
    result = lint_document(doc, rules=everything, anatomy=anatomy)
    assert not [f for f in result.findings if f.code == "VB002"]


def test_subjects_found_by_the_shape_of_the_clause() -> None:
    """A subject the lexicon does not name, found by its shape: the noun phrase before the
    clause's first predicate, headed by an actor noun in any case; after "Giao" when pyvi took
    the verb into the next word; under a heading "Trách nhiệm của X"; lists split where a new
    head starts. Not a subject: "Trường hợp …", "Các hội nghị …", an item that opens with its
    verb under a heading that names the actor."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("IV. TỔ CHỨC THỰC HIỆN"),
            build.p("1. Cấp ủy cấp trên trực tiếp thường xuyên kiểm tra việc quản lý hồ sơ."),
            build.p(
                "2. Hằng năm, các cơ quan, đơn vị, địa phương rà soát danh mục văn bản hết "
                "hiệu lực."
            ),
            build.p(
                "3. Đảng ủy Công an tỉnh, Đảng ủy Quân sự tỉnh cụ thể hóa một số nội dung cho "
                "phù hợp với đặc điểm của lực lượng vũ trang."
            ),
            build.p(
                "4. Khi nhận được báo cáo của chi bộ, cấp ủy cơ sở có trách nhiệm trả lời chậm "
                "nhất 15 ngày làm việc."
            ),
            build.p("5. Chi ủy, chi bộ quản lý sổ theo dõi đảng viên."),
            build.p("6. Trường hợp hồ sơ chưa đầy đủ, bộ phận một cửa hướng dẫn bổ sung ngay."),
            build.p("7. Các hội nghị sơ kết tổ chức theo hình thức trực tuyến."),
            build.p("8. Sở Y tế:"),
            build.p("- Hướng dẫn, kiểm tra các cơ sở, đơn vị thực hiện quy trình tiếp nhận."),
            build.p("Điều 9. Trách nhiệm của Trung tâm Dữ liệu tỉnh"),
            build.p("1. Vận hành hệ thống, định kỳ hằng quý báo cáo Sở Khoa học và Công nghệ."),
        ]
    )
    tasks, task = _tasks_by_start(spec)

    one = task("Cấp ủy cấp trên")
    assert one.leads == ("Cấp ủy cấp trên trực tiếp",) and one.deadline.kind == "vague"
    two = task("Hằng năm")
    assert two.leads == ("các cơ quan, đơn vị, địa phương",)
    assert two.deadline.kind == "recurring"
    assert task("Đảng ủy Công an").leads == ("Đảng ủy Công an tỉnh", "Đảng ủy Quân sự tỉnh")
    four = task("Khi nhận được")
    assert four.leads == ("cấp ủy cơ sở",) and four.deadline.kind == "recurring"
    assert four.product is None  # the report it starts from, named in the opening clause
    assert task("Chi ủy").leads == ("Chi ủy, chi bộ",)
    assert task("Trường hợp").leads == ("bộ phận một cửa",)
    assert not any(lead.startswith("Các hội nghị") for t in tasks for lead in t.leads)
    assert task("Hướng dẫn, kiểm tra").leads == ("Sở Y tế",)
    assert task("Vận hành").leads == ("Trung tâm Dữ liệu tỉnh",)


def test_a_sentence_that_draws_the_consequence_goes_on_with_the_task() -> None:
    """A sentence "Do vậy đề nghị từng cơ quan …" carries the item's task on (a real thông báo
    kết luận): one task, its lead from the first sentence, its deadline from the second; a
    consequence that names a body of its own is a task of its own."""
    spec = build.state_thong_bao(
        body=[
            build.p(
                "1. Yêu cầu Sở Xây dựng, các sở, ngành và UBND các xã liên quan xác định trách "
                "nhiệm lập quy hoạch chung xã là nhiệm vụ chính trị quan trọng. Do vậy đề nghị "
                "từng cơ quan, đơn vị, địa phương phải tập trung, hoàn thành việc lập quy hoạch "
                "chung xã trong năm 2026."
            ),
            build.p(
                "2. Sở Nội vụ rà soát biên chế các đơn vị sự nghiệp. Do đó, giao Sở Tài chính "
                "bố trí kinh phí thực hiện trước ngày 30/6/2026."
            ),
        ]
    )
    tasks, task = _tasks_by_start(spec)
    first = task("Yêu cầu Sở Xây dựng")
    assert first.leads[0] == "Sở Xây dựng"
    assert first.deadline.kind == "period" and first.deadline.date == dt.date(2026, 12, 31)
    assert not [t for t in tasks if t.text.startswith("Do vậy")]
    assert task("Do đó, giao Sở Tài chính").leads == ("Sở Tài chính",)


def test_subjects_behind_a_copula_a_scope_an_address_or_the_next_sentence() -> None:
    """Round four: forms of Vietnamese administrative sentences the shape finder did not read.
    "X là cơ quan …, có trách nhiệm …" (the subject before the copula); "X trong phạm vi …
    có trách nhiệm:" and "Chỉ đạo X:" introducing items; "Kính đề xuất X …"; a proper name
    with a function word in it ("Ban Vì sự tiến bộ …"); "A hoặc B" as one lead; "… nhất là …"
    singling out part of the subject; an item that opens with its work and names who does it
    in its next sentence; a passive with its agent ("được các Hội … gửi"); a term counted
    from the day the decision takes effect; a request followed by the escalation formula.
    Not a task: a duty quoted from another document; the contents listed under an
    introduction ("… công khai theo các nội dung sau:" then "a) Danh sách …")."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("IV. TỔ CHỨC THỰC HIỆN"),
            build.p(
                "1. Sở Tư pháp là cơ quan thường trực của Ban Chỉ đạo, có trách nhiệm tổng hợp "
                "kết quả thực hiện Kế hoạch."
            ),
            build.p(
                "2. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường trong phạm vi chức năng, "
                "nhiệm vụ của mình có trách nhiệm:"
            ),
            build.p("a) Bố trí kinh phí cho công tác chuyển đổi số."),
            build.p("3. Chỉ đạo Sở Khoa học và Công nghệ:"),
            build.p("a) Rà soát danh mục dịch vụ công trực tuyến toàn trình."),
            build.p("4. Kính đề xuất UBND tỉnh chỉ đạo tổ chức hội nghị đối thoại doanh nghiệp."),
            build.p("5. Trưởng ban Vì sự tiến bộ của phụ nữ tỉnh ban hành Quy chế làm việc."),
            build.p(
                "6. Hằng quý, chi nhánh hoặc văn phòng đại diện của doanh nghiệp báo cáo Sở "
                "Tài chính về tình hình hoạt động."
            ),
            build.p(
                "7. Chính quyền các cấp, nhất là người đứng đầu ở cơ sở cần nâng cao trách "
                "nhiệm trong công tác phòng cháy."
            ),
            build.p(
                "8. Đẩy mạnh cải cách thủ tục hành chính. Các cơ quan, đơn vị phải công khai "
                "thủ tục trên Cổng dịch vụ công."
            ),
            build.p(
                "9. Báo cáo kết quả được các Hội nông dân cấp xã gửi về Hội Nông dân tỉnh "
                "trước ngày 15/12/2026."
            ),
            build.p(
                "10. Trong thời hạn 15 ngày kể từ ngày Quyết định này có hiệu lực, Hội Cựu "
                "chiến binh xã có trách nhiệm bàn giao hồ sơ."
            ),
            build.p(
                "11. Đề nghị Ban Chấp hành Hội Luật gia tỉnh khẩn trương kiện toàn tổ chức, "
                "trong quá trình thực hiện nếu có khó khăn, vướng mắc kịp thời phản ánh về "
                "Sở Nội vụ."
            ),
            build.p(
                "12. Công văn số 15/BNV hướng dẫn: “Trường hợp hồ sơ chưa đầy đủ thì Ủy ban "
                "nhân dân cấp tỉnh có trách nhiệm trả lại hồ sơ”."
            ),
            build.p("13. Ban Quản lý quỹ có trách nhiệm công khai theo các nội dung sau:"),
            build.p("a) Danh sách, số tiền đóng góp của các tổ chức, cá nhân;"),
        ]
    )
    tasks, task = _tasks_by_start(spec)

    assert task("Sở Tư pháp là").leads == ("Sở Tư pháp",)
    assert task("Bố trí kinh phí").leads == ("Các sở, ban, ngành, Ủy ban nhân dân các xã, phường",)
    assert task("Rà soát danh mục").leads == ("Sở Khoa học và Công nghệ",)
    assert task("Kính đề xuất").leads == ("UBND tỉnh",)
    assert task("Trưởng ban Vì").leads == ("Trưởng ban Vì sự tiến bộ của phụ nữ tỉnh",)
    six = task("Hằng quý")
    assert six.leads == ("chi nhánh hoặc văn phòng đại diện của doanh nghiệp",)
    assert six.deadline.kind == "recurring"
    assert task("Chính quyền các cấp").leads == ("Chính quyền các cấp",)
    assert task("Đẩy mạnh cải cách").leads == ("Các cơ quan, đơn vị",)
    nine = task("Báo cáo kết quả được")
    assert nine.leads == ("các Hội nông dân cấp xã",)
    assert nine.deadline.date == dt.date(2026, 12, 15)
    ten = task("Trong thời hạn 15 ngày")
    assert ten.leads == ("Hội Cựu chiến binh xã",) and ten.deadline.kind == "recurring"
    assert task("Đề nghị Ban Chấp hành").leads == ("Ban Chấp hành Hội Luật gia tỉnh",)
    assert not [t for t in tasks if t.text.startswith(("Công văn số 15", "Danh sách"))]


def test_slash_numbers_spelled_out_requests_and_duties_before_the_escalation() -> None:
    """Round twelve: "1/" numbering; a numbered request ending with a stop whose sub-items
    spell it out; "… cụ thể như sau:" after a subject and its duty; the Front as "MTTQ"; a
    duty before "; trong quá trình thực hiện, nếu có khó khăn …" is a task, an effect clause
    before it is not."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("III. TỔ CHỨC THỰC HIỆN"),
            build.p("1/ Các Cục Thuế rà soát lại kế hoạch thanh tra năm 2026."),
            build.p(
                "2. Yêu cầu các cấp ủy, tổ chức đảng, các cơ quan chức năng khẩn trương, chủ "
                "động, không để chậm trễ bất cứ công việc nào."
            ),
            build.p("2.1. Tập trung lãnh đạo việc chuẩn bị đại hội."),
            build.p(
                "3. Đảng ủy Chính phủ khẩn trương triển khai thực hiện, bảo đảm tiến độ cụ thể "
                "như sau:"
            ),
            build.p("- Báo cáo Bộ Chính trị chậm nhất ngày 09/3/2026."),
            build.p("4. MTTQ xã phối hợp với UBND xã tổ chức hội nghị tiếp xúc cử tri."),
            build.p(
                "5. Thủ trưởng các sở, ban, ngành có trách nhiệm triển khai thực hiện Kế hoạch "
                "này; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo "
                "Ủy ban nhân dân tỉnh."
            ),
            build.p(
                "6. Kế hoạch này thay thế Kế hoạch số 08/KH-UBND ngày 16/8/2024; trong quá trình "
                "thực hiện nếu có vướng mắc, báo cáo về Sở Nội vụ."
            ),
        ]
    )
    tasks, task = _tasks_by_start(spec)

    one = task("Các Cục Thuế")
    assert one.label == "1/" and one.leads == ("Các Cục Thuế",)
    assert task("Tập trung lãnh đạo").leads == ("các cấp ủy, tổ chức đảng, các cơ quan",)
    dang_uy = task("Báo cáo Bộ Chính trị")
    assert dang_uy.leads == ("Đảng ủy Chính phủ",) and dang_uy.deadline.date == dt.date(2026, 3, 9)
    assert task("MTTQ xã").leads == ("MTTQ xã",)
    assert task("Thủ trưởng các sở").leads == ("Thủ trưởng các sở, ban, ngành",)
    assert not [t for t in tasks if t.text.startswith("Kế hoạch này thay thế")]


def test_heading_actors_directed_bodies_and_lists_the_rules_stop_reading() -> None:
    """Round thirteen: an item under a heading actor that opens with its work is the heading
    actor's even when it names a body it helps or asks ("Là cơ quan thường trực giúp Ủy ban
    nhân dân tỉnh chỉ đạo …"), not when it opens with a request ("Kính đề nghị …"); "Đề nghị
    A chỉ đạo B:" gives its items to B; a list of leads the rules stop reading goes on where
    the lead tagger reads more of it before the duty."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("III. TỔ CHỨC THỰC HIỆN"),
            build.p("1. Sở Xây dựng:"),
            build.p(
                "- Là cơ quan thường trực giúp Ủy ban nhân dân tỉnh chỉ đạo, đôn đốc việc thực "
                "hiện Đề án."
            ),
            build.p("- Kính đề nghị Ủy ban nhân dân tỉnh xem xét, bố trí kinh phí."),
            build.p("2. Về lĩnh vực tư pháp: Đề nghị UBND tỉnh chỉ đạo Công an tỉnh:"),
            build.p("- Tăng cường kỷ luật, kỷ cương trong toàn ngành."),
            build.p(
                "3. Giao Văn phòng Ủy ban nhân dân tỉnh, các Ban Hội đồng nhân dân tỉnh tiếp tục "
                "xem xét các kiến nghị của cử tri."
            ),
        ]
    )
    _, task = _tasks_by_start(spec)

    assert task("Là cơ quan thường trực").leads == ("Sở Xây dựng",)
    assert task("Kính đề nghị").leads == ("Ủy ban nhân dân tỉnh",)
    assert task("Tăng cường kỷ luật").leads == ("Công an tỉnh",)
    assert task("Giao Văn phòng").leads == (
        "Văn phòng Ủy ban nhân dân tỉnh",
        "các Ban Hội đồng nhân dân tỉnh",
    )


def test_an_article_titled_with_a_body_and_enterprises_as_leads() -> None:
    """An article whose title is a body's name alone ("Điều 7. Sở Thông tin và Truyền thông",
    "Điều 8. Ủy ban nhân dân quận, huyện, thị xã") gives its clauses to that body; an
    enterprise is a body ("Công ty Cổ phần …", "Viễn thông Lâm Đồng"). An article titled with
    its subject matter gives nothing."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("Điều 7. Sở Thông tin và Truyền thông"),
            build.p("1. Chủ trì, phối hợp với các cơ quan có liên quan kiểm tra các đại lý."),
            build.heading("Điều 8. Ủy ban nhân dân quận, huyện, thị xã"),
            build.p("1. Kiểm tra việc thực hiện Quy định này ít nhất 01 lần/năm."),
            build.heading("Điều 9. Điều khoản thi hành"),
            build.p("1. Rà soát các đại lý Internet trên địa bàn trong năm 2027."),
            build.p(
                "Công ty Cổ phần Công nghệ Tin học EFY Việt Nam phối hợp với Phòng Công nghệ "
                "thông tin chuẩn bị tài liệu tập huấn."
            ),
        ]
    )
    _, task = _tasks_by_start(spec)

    assert task("Chủ trì, phối hợp").leads == ("Sở Thông tin và Truyền thông",)
    assert task("Kiểm tra việc").leads == ("Ủy ban nhân dân quận, huyện, thị xã",)
    assert task("Rà soát các đại lý").leads == ()
    assert task("Công ty Cổ phần").leads == ("Công ty Cổ phần Công nghệ Tin học EFY Việt Nam",)


def test_heading_lines_whose_numbers_were_lost_give_their_bodies_to_the_items() -> None:
    """A text converted from another format loses its numbering: a short line with no stop
    that names the bodies it addresses ("Đề nghị Ủy ban nhân dân các huyện, thành phố", "Sở
    Thông tin và Truyền thông (Giao Phòng Bưu chính Viễn thông)") still heads the sentences
    below it."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("IV. TỔ CHỨC THỰC HIỆN"),
            build.p("Sở Thông tin và Truyền thông (Giao Phòng Bưu chính Viễn thông)"),
            build.p("Tham mưu cho Ủy ban nhân dân tỉnh ban hành quy hoạch hạ tầng viễn thông."),
            build.p("Đề nghị Ủy ban nhân dân các huyện, thành phố"),
            build.p("Hỗ trợ các doanh nghiệp viễn thông triển khai thực hiện kế hoạch."),
        ]
    )
    tasks, task = _tasks_by_start(spec)

    assert task("Tham mưu cho").leads == ("Sở Thông tin và Truyền thông",)
    assert task("Hỗ trợ các doanh nghiệp").leads == ("Ủy ban nhân dân các huyện, thành phố",)
    assert not [t for t in tasks if t.text.startswith(("Sở Thông tin", "Đề nghị Ủy ban"))]


def test_co_workers_run_on_over_a_bracket_and_a_class() -> None:
    """After "phối hợp với" every name is a co-worker: one with a bracket naming its part ("Bộ
    Tài chính (Kho bạc Nhà nước)"), and a class after a named body ("…, các cơ quan, đơn vị
    liên quan")."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("III. TỔ CHỨC THỰC HIỆN"),
            build.p(
                "1. Sở Nội vụ chủ trì, phối hợp với Bộ Tài chính (Kho bạc Nhà nước), Sở Lao động "
                "- Thương binh và Xã hội và các cơ quan liên quan chuẩn bị phương án thí điểm."
            ),
            build.p(
                "2. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính, các cơ quan, đơn vị liên quan "
                "rà soát định mức."
            ),
        ]
    )
    _, task = _tasks_by_start(spec)

    assert task("Sở Nội vụ").co_workers == (
        "Bộ Tài chính (Kho bạc Nhà nước)",
        "Sở Lao động - Thương binh và Xã hội",
        "các cơ quan liên quan",
    )
    assert task("Sở Xây dựng").co_workers == ("Sở Tài chính", "các cơ quan, đơn vị liên quan")


def test_a_person_and_a_class_after_it_are_two_leads() -> None:
    spec = build.state_ke_hoach(
        body=[
            build.heading("III. TỔ CHỨC THỰC HIỆN"),
            build.p(
                "Ủy ban nhân dân quận đề nghị Thủ trưởng các đơn vị và các đoàn thể quận triển "
                "khai thực hiện nghiêm túc Kế hoạch này, báo cáo kết quả trước ngày 15/12/2027."
            ),
        ]
    )
    _, task = _tasks_by_start(spec)

    assert task("Ủy ban nhân dân quận").leads == ("Thủ trưởng các đơn vị", "các đoàn thể quận")


def test_a_heading_that_states_a_time_gives_it_to_its_items() -> None:
    """A step of a timeline ("Trước ngày 12 tháng cuối quý", "… đầu kỳ (Trong 05 ngày làm việc
    đầu quý)") dates the items below it that name no time of their own, up to the next step."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("III. TRÌNH TỰ THỰC HIỆN"),
            build.p("Giao, nhận nhiệm vụ đầu kỳ (Trong 05 ngày làm việc đầu quý)"),
            build.p("- Phòng Tổ chức xác định nhiệm vụ, sản phẩm của từng công chức."),
            build.p("Trước ngày 12 tháng cuối quý"),
            build.p("- Các phòng tự đánh giá kết quả thực hiện nhiệm vụ trong quý."),
            build.p("- Văn phòng Sở tổng hợp kết quả, hoàn thành trước ngày 10/12/2027."),
            build.heading("IV. TỔ CHỨC THỰC HIỆN"),
            build.p("Văn phòng Sở theo dõi việc thực hiện Kế hoạch này."),
        ]
    )
    _, task = _tasks_by_start(spec)

    assert task("Phòng Tổ chức").deadline.kind == "recurring"
    assert task("Các phòng tự đánh giá").deadline.kind == "recurring"
    assert task("Văn phòng Sở tổng hợp").deadline.date == dt.date(2027, 12, 10)  # its own
    assert task("Văn phòng Sở theo dõi").deadline.kind == "none"  # under another heading


def test_an_appendix_table_of_tasks_gives_the_items_it_names_their_lead_and_time() -> None:
    """The "bảng phân công" after the body (Tên nhiệm vụ | Chủ trì | Phối hợp | Thời gian):
    an item of the body it names takes the lead, co-workers and time of its row; an item it
    does not name keeps what it had."""
    import io

    import docx

    from linter.reader import read_docx

    spec = build.state_ke_hoach(
        body=[
            build.heading("II. NHIỆM VỤ, GIẢI PHÁP"),
            build.p(
                "- Tổ chức quán triệt sâu rộng Chỉ thị số 11-CT/TU của Ban Thường vụ Tỉnh ủy "
                "đến cán bộ, công chức và Nhân dân."
            ),
            build.p("- Rà soát, điều chỉnh phương án quản lý khoáng sản của tỉnh."),
            build.p("- Đẩy mạnh chuyển đổi số trong quản lý khoáng sản."),
        ]
    )
    d = docx.Document(io.BytesIO(build.to_bytes(spec)))
    d.add_paragraph("PHỤ LỤC: PHÂN CÔNG NHIỆM VỤ")
    rows = [
        ("TT", "Tên nhiệm vụ", "Sở, ngành chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"),
        ("1", "Tổ chức quán triệt sâu rộng Chỉ thị của Ban Thường vụ Tỉnh ủy",
         "Sở Nông nghiệp và Môi trường", "Sở Tư pháp", "Xong trong Quý II/2027"),
        ("2", "Rà soát, điều chỉnh phương án quản lý khoáng sản", "Sở Xây dựng", "",
         "Trong tháng 5/2027"),
    ]  # fmt: skip
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    buf = io.BytesIO()
    d.save(buf)
    doc = read_docx(buf.getvalue())
    tasks = extract_tasks(doc, analyse(doc))

    def task(start: str) -> Task:
        (found,) = [t for t in tasks if t.text.startswith(start)]
        return found

    one = task("Tổ chức quán triệt")
    assert one.leads == ("Sở Nông nghiệp và Môi trường",) and one.co_workers == ("Sở Tư pháp",)
    assert one.deadline.date == dt.date(2027, 6, 30) and "lead" not in one.missing
    two = task("Rà soát, điều chỉnh")
    assert two.leads == ("Sở Xây dựng",) and two.deadline.date == dt.date(2027, 5, 31)
    three = task("Đẩy mạnh chuyển đổi số")
    assert three.leads == () and "lead" in three.missing
    assert not [t for t in tasks if t.text.startswith(("Tên nhiệm vụ", "Sở Xây dựng"))]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("khắc phục ngay trong năm 2026 và những năm tiếp theo", "none"),
        ("hoàn thành trong năm 2026", "period"),
        ("hoàn thành trong năm 2026, các năm sau tiếp tục duy trì", "period"),
    ],
)
def test_a_period_that_opens_an_open_ended_span_is_no_term(text: str, kind: str) -> None:
    assert best_deadline(text).kind == kind


def test_a_proper_name_with_no_actor_head_before_a_duty_and_a_designated_alternative() -> None:
    """A body named by a proper name alone ("Quỹ Bảo trợ trẻ em tỉnh", "Viettel Lâm Đồng")
    is the lead when a duty follows it, also after an opening clause; a document's name is
    not ("Kế hoạch này phải được …"). "X hoặc người được ủy quyền" is one lead."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("IV. TỔ CHỨC THỰC HIỆN"),
            build.p("1. Quỹ Bảo trợ trẻ em tỉnh có trách nhiệm tổng hợp danh sách trẻ em."),
            build.p("2. Hằng quý, Viettel Lâm Đồng phải báo cáo chất lượng đường truyền."),
            build.p("3. Kế hoạch Phòng chống thiên tai phải được công khai trên Cổng thông tin."),
            build.p(
                "4. Giám đốc Sở hoặc người được ủy quyền có trách nhiệm ký xác nhận hồ sơ "
                "trước ngày 30/6/2026."
            ),
        ]
    )
    tasks, task = _tasks_by_start(spec)
    assert task("Quỹ Bảo trợ").leads == ("Quỹ Bảo trợ trẻ em tỉnh",)
    two = task("Hằng quý")
    assert two.leads == ("Viettel Lâm Đồng",) and two.deadline.kind == "recurring"
    assert not any(lead.startswith("Kế hoạch") for t in tasks for lead in t.leads)
    assert task("Giám đốc Sở").leads == ("Giám đốc Sở hoặc người được ủy quyền",)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("tổ chức Đại hội đảm bảo thời gian tại Công văn số 545/HD-BTV", "vague"),
        ("bảo đảm thời hạn theo quy định của Bộ Nội vụ", "vague"),
        ("bảo đảm tiến độ, chất lượng, hiệu quả công trình", "none"),
    ],
)
def test_a_term_kept_by_reference_to_another_text_is_vague(text: str, kind: str) -> None:
    assert best_deadline(text).kind == kind


def test_a_draft_checked_again_keeps_its_unchanged_tasks_and_redoes_the_edited_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Finished tasks are kept between checks (the add-in sends a draft again while it is
    edited): an unchanged item gives the same task, an edited one is read anew, and an item
    that moved to another paragraph says where it is now."""
    head = "KẾ HOẠCH\nTriển khai công tác năm 2026\n"
    one = "1. Sở Nội vụ chủ trì rà soát các thủ tục, báo cáo trước ngày 30/6/2026."
    two = "2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch."
    edited = "2. Sở Tư pháp bố trí kinh phí thẩm định quy chế, hoàn thành trong quý III/2026."

    def tasks(text: str) -> list[Task]:
        doc = read_text(text)
        return extract_tasks(doc, analyse(doc))

    from linter.content import tasks as module

    read: list[str] = []
    uncached = module._finish_uncached

    def counting(cur: dict, year: int | None) -> Task | None:
        task = uncached(cur, year)
        read.append(task.text if task else "")
        return task

    monkeypatch.setattr(module, "_finish_uncached", counting)
    monkeypatch.setattr(module, "_FINISHED", LRU(1024))
    first = tasks(head + one + "\n" + two)
    assert len(read) == 2
    again = tasks(head + one + "\n" + edited)
    assert again[0] == first[0]
    assert read[2:] == [edited[3:]]  # only the edited item was read again
    assert again[1].leads == ("Sở Tư pháp",) and again[1].deadline.kind == "period"
    moved = tasks(head + "Căn cứ tình hình thực tế.\n" + one + "\n" + two)
    assert moved[0].paragraph == first[0].paragraph + 1
    assert moved[0].text == first[0].text and moved[0].leads == first[0].leads


def test_the_leads_of_a_sentence_are_kept_by_its_text_as_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A sentence checked again is not searched for its leads again; the same sentence with the
    old tone placement ("Uỷ ban") keeps its own spelling in the lead."""
    from linter.content import tasks as module

    searched: list[str] = []
    uncached = module._find_leads_uncached

    def counting(a: nlp.Analysis) -> tuple[list[nlp.Actor], str | None, int]:
        searched.append(a.text)
        return uncached(a)

    monkeypatch.setattr(module, "_find_leads_uncached", counting)
    monkeypatch.setattr(module, "_LEADS", LRU(4096))
    monkeypatch.setattr(module, "_FINISHED", LRU(1024))
    head = "KẾ HOẠCH\nTriển khai công tác năm 2026\n"
    new = "1. Ủy ban nhân dân huyện Tân Châu rà soát các thủ tục, báo cáo trước ngày 30/6/2026."
    old = new.replace("Ủy ban", "Uỷ ban")

    def leads(text: str) -> list[tuple[str, ...]]:
        doc = read_text(head + text)
        return [t.leads for t in extract_tasks(doc, analyse(doc))]

    assert leads(new) == [("Ủy ban nhân dân huyện Tân Châu",)]
    found = len(searched)
    assert found >= 1
    assert leads(new) == [("Ủy ban nhân dân huyện Tân Châu",)]
    assert len(searched) == found  # kept
    assert leads(old) == [("Uỷ ban nhân dân huyện Tân Châu",)]  # as written
    module.clear_caches()
    assert leads(new) == [("Ủy ban nhân dân huyện Tân Châu",)]
    assert len(searched) > found + 1  # searched again after the caches were emptied


def test_round_five_sentence_forms() -> None:
    """Sentences the rules skipped before looking for a lead: a term counted from receipt, an
    item naming the document to issue, an executing article's long list, a line ending with
    ":" that introduces nothing."""
    spec = build.state_quyet_dinh(
        body=[
            build.p(
                "Điều 1. Trong thời hạn 30 ngày làm việc, kể từ ngày nhận được quyết định này, "
                "Sở Nội vụ phải tổ chức kiểm tra hồ sơ của các hội."
            ),
            build.p(
                "Điều 2. Văn bản yêu cầu các hội: Hội Nghề cá, Hội Tin học và Hiệp hội Nhà thầu "
                "xây dựng hoàn thành tổ chức đại hội nhiệm kỳ chậm nhất ngày 31/12/2026."
            ),
            build.p(
                "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ; Chủ tịch các Hội do "
                "Đảng, Nhà nước giao nhiệm vụ của tỉnh và các cơ quan, đơn vị có liên quan chịu "
                "trách nhiệm thi hành Quyết định này./."
            ),
        ]
    )
    _, task = _tasks_by_start(spec)
    received = task("Trong thời hạn 30 ngày")
    assert received.leads == ("Sở Nội vụ",) and received.deadline.kind == "recurring"
    issued = task("Văn bản yêu cầu")
    assert issued.leads[:2] == ("Hội Nghề cá", "Hội Tin học") and len(issued.leads) == 3
    assert issued.deadline.date == dt.date(2026, 12, 31)
    assert issued.product != "Văn bản"
    executing = task("Chánh Văn phòng")
    assert executing.leads == (
        "Chánh Văn phòng UBND tỉnh",
        "Giám đốc Sở Nội vụ",
        "Chủ tịch các Hội do Đảng, Nhà nước giao nhiệm vụ của tỉnh",
        "các cơ quan, đơn vị có liên quan",
    )
    # the same line with its items after it introduces them; alone it is a sentence
    intro = "2. Báo Lâm Đồng chủ trì xây dựng chương trình thực tế năm 2026, cụ thể:"
    alone = build.state_ke_hoach(body=[build.heading("II. TỔ CHỨC THỰC HIỆN"), build.p(intro),
                                       build.p("3. Sở Nội vụ tổng hợp kết quả.")])  # fmt: skip
    assert _tasks_by_start(alone)[1]("Báo Lâm Đồng").leads == ("Báo Lâm Đồng",)
    listed = build.state_ke_hoach(
        body=[build.heading("II. TỔ CHỨC THỰC HIỆN"), build.p(intro),
              build.p("a) Xây dựng chuyên mục về chuyển đổi số trước ngày 30/6/2026.")]
    )  # fmt: skip
    tasks, task = _tasks_by_start(listed)
    assert not any(t.text.startswith("Báo Lâm Đồng") for t in tasks)
    assert task("Xây dựng chuyên mục").deadline.date == dt.date(2026, 6, 30)


def test_round_six_sentence_forms() -> None:
    """The subject of the main clause after a condition closed by "thì", duty headings naming
    any actor, a heading that only names its addressees, a list of bodies after "phối hợp với"
    (objects, not the subject of a verb inside a name)."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("II. TỔ CHỨC THỰC HIỆN"),
            build.p(
                "1. Nếu sao nhiều bản thì cơ quan, tổ chức thực hiện nhân bản từ bản sao đầu tiên "
                "đã đóng dấu."
            ),
            build.p(
                "2. Đối với chi bộ không có con dấu riêng thì bí thư hoặc phó bí thư (nếu được "
                "phân công) thay mặt chi bộ ký các văn bản của chi bộ."
            ),
            build.p(
                "3. Trường hợp có căn cứ từ chối đăng ký thì cơ quan đăng ký thực hiện việc từ "
                "chối trong ngày làm việc."
            ),
            build.p("4. Nghĩa vụ của quỹ:"),
            build.p("a) Hằng năm, công khai các khoản đóng góp trước ngày 31 tháng 3;"),
            build.p("5. Nhà đầu tư của 02 dự án đường bộ cao tốc:"),
            build.p(
                "a) Thực hiện rà soát khối lượng đổ thải; chủ động phối hợp với Sở Xây dựng, Sở "
                "Nông nghiệp và Môi trường, Ban Quản lý dự án đầu tư xây dựng số 1 để xác định "
                "bãi đổ thải."
            ),
            build.p("6. Đề nghị Hội Cựu chiến binh tỉnh, Tỉnh đoàn"),
            build.p(
                "Chỉ đạo tuyên truyền nâng cao nhận thức cho hội viên, đoàn viên về phòng, chống "
                "ma túy."
            ),
        ]
    )
    _, task = _tasks_by_start(spec)
    assert task("Nếu sao nhiều bản").leads == ("cơ quan, tổ chức",)
    assert task("Đối với chi bộ").leads == ("bí thư hoặc phó bí thư (nếu được phân công)",)
    # the clause's own shape still names "cơ quan đăng ký", not the bare head
    assert task("Trường hợp có căn cứ").leads == ("cơ quan đăng ký",)
    assert task("Hằng năm, công khai").leads == ("quỹ",)
    assert task("Thực hiện rà soát").leads == ("Nhà đầu tư",)
    assert task("Chỉ đạo tuyên truyền").leads == ("Hội Cựu chiến binh tỉnh", "Tỉnh đoàn")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("tổ chức huấn luyện, diễn tập tối thiểu 01 lần/năm đối với hệ thống", "recurring"),
        ("kiểm tra ít nhất 2 lần mỗi quý", "recurring"),
        ("thực hiện nghiêm túc, kịp thời, toàn diện các nội dung của Kết luận", "none"),
        ("bảo đảm thực hiện nhiệm vụ thông suốt, liên tục, không gián đoạn", "none"),
        ("giải quyết các công việc thường xuyên của Tổ giúp việc", "none"),
        ("bảo đảm huy động đầy đủ, kịp thời theo quy định", "vague"),
        ("báo cáo kịp thời những khó khăn, vướng mắc", "vague"),
    ],
)
def test_a_frequency_recurs_and_a_quality_is_no_term(text: str, kind: str) -> None:
    assert best_deadline(text).kind == kind


def test_round_seven_sentence_forms() -> None:
    """A subject before a duty whatever its head, a list of classes before a verb the lexicon
    lacks, "các cấp" as a class, "quỹ" as a body, the agent of a passive duty, a qualifier
    word that ends in "bị" ("dự bị") inside a subject."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("II. TỔ CHỨC THỰC HIỆN"),
            build.p(
                "1. Lưu trữ cơ quan có trách nhiệm kiểm tra, nhận hồ sơ theo Danh mục; tiếp "
                "nhận hồ sơ lưu trữ điện tử trên Hệ thống."
            ),
            build.p(
                "2. Người được giao nhiệm vụ văn thư cơ quan chịu trách nhiệm kiểm tra thể thức "
                "văn bản trước khi trình ký."
            ),
            build.p(
                "3. Lưu trữ và có trách nhiệm cung cấp đầy đủ hồ sơ cho cơ quan có thẩm quyền."
            ),
            build.p(
                "4. Các bộ, tỉnh đăng nhập phần mềm và lựa chọn chức năng Khảo sát để theo dõi "
                "tiến độ trả lời phiếu."
            ),
            build.p(
                "5. Bên cạnh đó, các cấp, các ngành cần quan tâm bố trí nguồn lực tài chính cho "
                "cải cách hành chính."
            ),
            build.p(
                "6. Bộ Nội vụ, Ủy ban nhân dân cấp tỉnh, xã và quỹ có trách nhiệm thường xuyên "
                "cập nhật thông tin trong cơ sở dữ liệu về quỹ theo thẩm quyền và quy định pháp "
                "luật."
            ),
            build.p(
                "7. Văn bản phải được Văn thư cơ quan trình trong ngày, chậm nhất là trong ngày "
                "làm việc tiếp theo đến người có thẩm quyền."
            ),
            build.p(
                "8. Chi ủy có đảng viên dự bị tổng hợp ý kiến nhận xét của đoàn thể để báo cáo "
                "chi bộ."
            ),
            build.p("9. Tinh thần làm việc có trách nhiệm là tiêu chí đánh giá cán bộ."),
        ]
    )
    tasks, task = _tasks_by_start(spec)
    assert task("Lưu trữ cơ quan").leads == ("Lưu trữ cơ quan",)
    assert task("Người được giao").leads == ("Người được giao nhiệm vụ văn thư cơ quan",)
    # verbs joined by "và": no subject; "làm việc có trách nhiệm": a manner, no duty
    assert not [t.leads for t in tasks if t.text.startswith(("Lưu trữ và", "Tinh thần"))]
    assert task("Các bộ, tỉnh").leads == ("Các bộ, tỉnh",)
    assert task("Bên cạnh đó").leads == ("các cấp, các ngành",)
    six = task("Bộ Nội vụ")
    assert six.leads == ("Bộ Nội vụ", "Ủy ban nhân dân cấp tỉnh, xã", "quỹ")
    assert six.product is None  # "theo … quy định pháp luật": what the work follows
    seven = task("Văn bản phải được")
    assert seven.leads == ("Văn thư cơ quan",)
    assert seven.deadline.kind == "recurring"
    assert task("Chi ủy có đảng viên").leads == ("Chi ủy có đảng viên dự bị",)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Hàng năm, quỹ phải báo cáo tình hình; báo cáo kiểm toán trước ngày 31 tháng 3.",
            "recurring",
        ),
        ("thông báo ngay trong ngày cho cơ quan gửi", "recurring"),
        ("trình trong ngày, chậm nhất là trong ngày làm việc tiếp theo", "recurring"),
        ("công khai tình hình tài chính quỹ hàng quý, năm", "recurring"),
        ("tổ chức trong ngày 15/3/2026", "date"),
        ("tham gia các hoạt động trong ngày hội", "none"),
        (
            "Để kịp thời chấn chỉnh những hạn chế trên, yêu cầu các cơ quan tập trung chỉ đạo",
            "none",
        ),
        ("rà soát hồ sơ để kịp thời phối hợp xử lý", "none"),
        ("báo cáo kịp thời kết quả thực hiện", "vague"),
    ],
)
def test_same_day_terms_and_yearly_dates_recur(text: str, kind: str) -> None:
    assert best_deadline(text).kind == kind


def test_round_seven_subjects_behind_asides_colons_places_and_unknown_verbs() -> None:
    """A subject phrase with commas before its duty, a bracketed aside closing the subject
    after "thì", a body named before the colon of an introduction, further places of one name
    in a list after "đề nghị", an unnumbered item opening with a verb the lexicon lacks under
    a heading that names its actor."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("II. TỔ CHỨC THỰC HIỆN"),
            build.p(
                "1. Người được giao giải quyết, theo dõi công việc của cơ quan, tổ chức có trách "
                "nhiệm lập hồ sơ về công việc được giao."
            ),
            build.p(
                "2. Trong thời hạn 15 ngày làm việc kể từ ngày nhận được báo cáo, nếu không có "
                "khiếu nại thì cấp ủy cấp trên trực tiếp (ở Trung ương là Bộ Chính trị) chuẩn y "
                "ban chấp hành."
            ),
            build.p(
                "3. Đảng uỷ xã, phường và các đảng ủy khác trực thuộc Thành ủy: Lập và gửi danh "
                "sách đề nghị tặng Huy hiệu Đảng vào phần mềm, cụ thể:"
            ),
            build.p("a) Lập danh sách đề nghị xét tặng Huy hiệu Đảng tại chức năng Nghiệp vụ;"),
            build.p(
                "4. Sở Tư pháp đề nghị Ban Chủ nhiệm Đoàn Luật sư tỉnh Đắk Nông, tỉnh Bình Thuận "
                "và tỉnh Lâm Đồng (cũ), Ban chấp hành lâm thời Hội công chứng viên tỉnh Lâm Đồng "
                "thực hiện các nội dung như sau: rà soát hồ sơ đại hội."
            ),
            build.p("5. Báo và Phát thanh, Truyền hình Lâm Đồng"),
            build.p(
                "Tăng thời lượng tin, bài tuyên truyền về tài khoản định danh điện tử; hướng dẫn "
                "người dân tích hợp giấy tờ cá nhân."
            ),
        ]
    )
    _, task = _tasks_by_start(spec)
    assert task("Người được giao").leads == (
        "Người được giao giải quyết, theo dõi công việc của cơ quan, tổ chức",
    )
    two = task("Trong thời hạn 15 ngày")
    assert two.leads == ("cấp ủy cấp trên trực tiếp",)
    assert two.deadline.kind == "recurring"
    assert task("Lập danh sách").leads == (
        "Đảng uỷ xã, phường",
        "các đảng ủy khác trực thuộc Thành ủy",
    )
    four = task("Sở Tư pháp đề nghị").leads
    assert len(four) == 2 and four[1].startswith("Ban chấp hành lâm thời Hội")
    assert (
        four[0] == "Ban Chủ nhiệm Đoàn Luật sư tỉnh Đắk Nông, tỉnh Bình Thuận và tỉnh Lâm Đồng (cũ)"
    )
    assert task("Tăng thời lượng").leads == ("Báo và Phát thanh, Truyền hình Lâm Đồng",)


def test_a_subject_after_an_opening_with_a_decimal_and_before_a_future_duty() -> None:
    """ "Sau khi … 2.0 …, Trung tâm sẽ chủ trì …": the point of a number ends no clause, and a
    bare head before "sẽ" and a verb is the whole subject."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("II. TỔ CHỨC THỰC HIỆN"),
            build.p(
                "1. Sau khi VCCI công bố báo cáo phương pháp luận chỉ số PCI 2.0 và công bố chỉ "
                "số PCI 2025, Trung tâm sẽ chủ trì, phối hợp với các cơ quan có liên quan xây "
                "dựng kế hoạch cải thiện chỉ số."
            ),
        ]
    )
    _, task = _tasks_by_start(spec)
    assert task("Sau khi VCCI").leads == ("Trung tâm",)


def test_a_relative_clause_with_noi_belongs_to_the_subject() -> None:
    """ "Cấp ủy, chi bộ nơi đảng viên đang làm việc lập sổ …": the verb of the clause "nơi …"
    is not the subject's predicate, and its "đang", "và" do not end the subject."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("II. TỔ CHỨC THỰC HIỆN"),
            build.p(
                "1. Cấp ủy, chi bộ nơi đảng viên đang làm việc lập sổ theo dõi việc giới thiệu "
                "đảng viên về nơi cư trú."
            ),
            build.p(
                "2. Khi chuyển sinh hoạt đảng chính thức cho đảng viên, cấp ủy nơi đảng viên "
                "đang sinh hoạt và công tác làm đầy đủ thủ tục, niêm phong hồ sơ."
            ),
        ]
    )
    _, task = _tasks_by_start(spec)
    assert task("Cấp ủy, chi bộ").leads == ("Cấp ủy, chi bộ nơi đảng viên đang làm việc",)
    assert task("Khi chuyển").leads == ("cấp ủy nơi đảng viên đang sinh hoạt và công tác",)


def test_round_eight_subjects_by_the_structure_of_the_duty_clause() -> None:
    """A subject whose qualifiers and verb the lexicon lacks, read by the clause's structure: the
    noun phrase from an actor head to the duty ("phải", "có trách nhiệm" …) over an adjunct of
    time, or to the verb pyvi's tagger finds; not a thing, a right or a verb read as a noun."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("II. TỔ CHỨC THỰC HIỆN"),
            build.p(
                "a) Đảng viên sinh hoạt tạm thời ở nơi cư trú, khi hết thời hạn phải báo cáo "
                "chi bộ nơi sinh hoạt chính thức."
            ),
            build.p("Bên thuê tài sản mới phải thông báo cho bên cho thuê để biết."),
            build.p(
                "b) Công chức, viên chức và người lao động của Sở trước khi nghỉ hưu phải bàn "
                "giao hồ sơ cho Lưu trữ cơ quan."
            ),
            build.p(
                "Sau 06 tháng, kể từ ngày chi bộ phân công, đảng viên dự bị viết bản tự kiểm "
                "điểm về việc thực hiện nhiệm vụ."
            ),
            build.p(
                "c) Trường hợp hồ sơ hợp lệ thì cơ quan đăng ký trả kết quả cho người yêu cầu "
                "trong ngày."
            ),
            build.p("Toàn bộ tiền và tài sản của quỹ phải được kiểm kê và giữ nguyên hiện trạng."),
            build.p("Bên nhận cầm cố có thể giữ tài sản cầm cố tại nơi có tài sản."),
            build.p("Tổ chức hội nghị phải bảo đảm tiết kiệm, không phô trương."),
        ]
    )
    tasks, task = _tasks_by_start(spec)
    assert task("Đảng viên sinh hoạt").leads == ("Đảng viên sinh hoạt tạm thời ở nơi cư trú",)
    assert task("Bên thuê").leads == ("Bên thuê tài sản mới",)
    assert task("Công chức").leads == (
        "Công chức, viên chức",
        "người lao động của Sở",
    )
    assert task("Sau 06 tháng").leads == ("đảng viên dự bị",)
    assert task("Trường hợp hồ sơ").leads == ("cơ quan đăng ký",)
    leads = {x for t in tasks for x in t.leads}
    assert not {"Toàn bộ tiền và tài sản của quỹ", "Bên", "Tổ chức hội nghị"} & leads
    assert not any(t.text.startswith(("Toàn bộ", "Bên nhận cầm cố")) and t.leads for t in tasks)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a term counted from an event, also after "Sau …" (with its event) and before the end
        # of a term of office
        ("Sau 06 tháng, kể từ ngày có quyết định, đảng viên viết bản tự kiểm điểm", "recurring"),
        ("Trước khi hết nhiệm kỳ 60 ngày, ban chấp hành phải báo cáo", "recurring"),
        ("Sau 06 tháng thực hiện, các cơ quan đánh giá kết quả", "none"),
        # "báo (cáo) ngay": at once, no term; "ngay trong ngày" stays a same-day term
        ("nếu để mất hồ sơ thì phải báo cáo ngay với cấp ủy", "vague"),
        ("Văn thư cơ quan báo ngay người có trách nhiệm giải quyết", "vague"),
        ("Văn thư cơ quan báo cáo ngay trong ngày", "recurring"),
    ],
)
def test_round_eight_counted_terms_and_at_once(text: str, kind: str) -> None:
    assert best_deadline(text, year=2026).kind == kind


def test_round_eight_class_headings_addressees_and_a_second_party() -> None:
    """A bulleted line that is only a class of actors heads its items; "kính đề xuất" and "Quý
    cơ quan" address; a person noun after "và" heads a second subject."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("II. TỔ CHỨC THỰC HIỆN"),
            build.p("- Cơ sở pháp lý:"),
            build.p("+ Luật Ngân sách nhà nước năm 2025."),
            build.p("- Chi bộ cơ sở:"),
            build.p("+ Lập danh sách đảng viên được tặng Huy hiệu Đảng, gửi đảng ủy cấp trên."),
            build.p("3. Kiến nghị: Trung tâm kính đề xuất Sở Tài chính:"),
            build.p("- Bố trí kinh phí cho việc cải tạo trụ sở trong quý II/2026."),
            build.p("Đề nghị Quý cơ quan cử cán bộ tham dự hội nghị."),
            build.p(
                "Trường hợp tài sản bị hư hỏng thì bên thuê và người quản lý tài sản có trách "
                "nhiệm phối hợp khắc phục."
            ),
        ]
    )
    tasks, task = _tasks_by_start(spec)
    assert task("Lập danh sách").leads == ("Chi bộ cơ sở",)
    assert task("Bố trí kinh phí").leads == ("Sở Tài chính",)
    assert task("Đề nghị Quý").leads == ("Quý cơ quan",)
    assert task("Trường hợp tài sản").leads == ("bên thuê", "người quản lý tài sản")
    assert not any(t.text.startswith("Luật Ngân sách") and t.leads for t in tasks)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a frequency stated period first, and a term counted from the next meeting
        ("Ban thường vụ đảng ủy mỗi tháng họp một lần", "recurring"),
        ("đảng ủy họp thường lệ 3 tháng một lần, họp bất thường khi cần", "recurring"),
        ("Đảng bộ cơ sở họp thường lệ mỗi năm hai lần", "recurring"),
        ("chi ủy công bố quyết định trong kỳ sinh hoạt chi bộ gần nhất", "recurring"),
        ("báo cáo chi bộ và hoàn thiện hồ sơ vào kỳ họp gần nhất", "recurring"),
        ("tổ chức sinh hoạt chuyên đề một quý một lần theo đề xuất", "none"),
        # "ngay" after any verb: at once, no term; not "ngay từ đầu", "ngay cả"
        ("chi bộ thực hiện ngay quy trình đề nghị xoá tên đảng viên", "vague"),
        ("rà soát, loại bỏ ngay theo thẩm quyền những thủ tục là rào cản", "vague"),
        ("chuẩn bị chu đáo ngay từ đầu năm học", "none"),
        ("cán bộ, ngay cả người đứng đầu, phải gương mẫu", "none"),
    ],
)
def test_round_nine_frequencies_next_meeting_and_at_once(text: str, kind: str) -> None:
    assert best_deadline(text, year=2026).kind == kind


def test_round_nine_parties_of_duty_clauses() -> None:
    """The parties of a Nghị định's duty clauses: "có nghĩa vụ" is a duty as "có trách nhiệm"
    is; a relative "đang …" and a means "bằng …" qualify the party before its duty; a receipt
    inside a condition ("trường hợp nhận được văn bản …") is no account of what arrived; a
    paragraph whose last sentence introduces a list keeps its earlier sentence's work; "sẽ"
    before a verb is a body's own commitment."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("II. TỔ CHỨC THỰC HIỆN"),
            build.p(
                "5. Bên bảo đảm hoặc người đang giữ tài sản bảo đảm có nghĩa vụ giao tài sản "
                "bảo đảm cho bên nhận bảo đảm."
            ),
            build.p(
                "2. Trường hợp tài sản cầm cố có nguy cơ mất giá trị thì bên nhận cầm cố đang "
                "giữ tài sản đó phải thông báo cho bên cầm cố."
            ),
            build.p(
                "3. Đối với tài sản có đăng ký thì bên đóng góp bằng quyền sử dụng đất phải làm "
                "thủ tục chuyển quyền cho quỹ."
            ),
            build.p(
                "a) Đối với văn bản giấy, trường hợp nhận được văn bản thông báo thu hồi, bên "
                "nhận có trách nhiệm gửi lại văn bản đã nhận."
            ),
            build.p(
                "4. Trong thời hạn 30 ngày làm việc kể từ ngày được cấp giấy phép, quỹ báo cáo "
                "với Sở Nội vụ để theo dõi. Hồ sơ gồm:"
            ),
            build.p("a) Bản sao giấy phép thành lập;"),
            build.p(
                "Căn cứ quy định tại Quyết định số 1187/QĐ-BNV, Bộ Nội vụ sẽ tiến hành rà soát "
                "các mẫu phiếu khảo sát."
            ),
            build.p("Ủy ban nhân dân tỉnh nhận được văn bản của Bộ Nội vụ về việc khảo sát."),
        ]
    )
    tasks, task = _tasks_by_start(spec)
    assert task("Bên bảo đảm").leads == ("Bên bảo đảm hoặc người đang giữ tài sản bảo đảm",)
    assert task("Trường hợp tài sản").leads == ("bên nhận cầm cố đang giữ tài sản đó",)
    assert task("Đối với tài sản").leads == ("bên đóng góp",)
    assert task("Đối với văn bản giấy").leads == ("bên nhận",)
    quy = task("Trong thời hạn 30 ngày")
    assert quy.leads == ("quỹ",) and quy.deadline.kind == "recurring"
    assert "Hồ sơ gồm" not in quy.text
    assert task("Căn cứ quy định").leads == ("Bộ Nội vụ",)
    assert not any(t.text.startswith(("Bản sao", "Ủy ban nhân dân tỉnh nhận")) for t in tasks)


def test_round_nine_members_listed_letters_under_three_part_numbers_and_helping() -> None:
    """A bracket listing the members of an addressed class ("lấy ý kiến các cơ quan … (gồm: A,
    B, C) như sau:") gives its items one lead per member; lettered items under a number of three
    parts are its items; an item opening with a verb of helping names whom the heading's actor
    helps, not its doer."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("II. TỔ CHỨC THỰC HIỆN"),
            build.p(
                "Sở Nội vụ xây dựng các dự thảo gửi lấy ý kiến các cơ quan có liên quan phụ trách "
                "các nội dung cải cách hành chính của tỉnh (gồm: Văn phòng UBND tỉnh, Sở Tư pháp, "
                "Sở Tài chính) như sau:"
            ),
            build.p("1. Góp ý dự thảo Quyết định thành lập Tổ giúp việc về cải cách hành chính."),
            build.p("12.4.2. Ban kiểm phiếu có nhiệm vụ:"),
            build.p("a) Lập biên bản kiểm phiếu, báo cáo với đoàn chủ tịch."),
            build.p("3.1.1. Tổ giúp việc về cải cách hành chính có nhiệm vụ:"),
            build.p("a) Giúp Trưởng ban tổ chức, triển khai thực hiện chương trình của tỉnh."),
            build.p("b) Hỗ trợ Sở Nội vụ tổ chức hội nghị sơ kết."),
        ]
    )
    _, task = _tasks_by_start(spec)
    assert task("Góp ý dự thảo").leads == ("Văn phòng UBND tỉnh", "Sở Tư pháp", "Sở Tài chính")
    assert task("Lập biên bản").leads == ("Ban kiểm phiếu",)
    assert task("Giúp Trưởng ban").leads == ("Tổ giúp việc về cải cách hành chính",)
    assert task("Hỗ trợ Sở Nội vụ").leads == ("Tổ giúp việc về cải cách hành chính",)


def test_round_nine_term_statements_acting_for_and_frequencies() -> None:
    """The actor after "Thời hạn" (and its short label) is the subject of a term's statement;
    "thừa lệnh"/"thay mặt" end a subject as a duty does (not "người thay mặt …"); a frequency
    after a named body opens its predicate; a yearless date "… của năm sau" recurs."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("II. TỔ CHỨC THỰC HIỆN"),
            build.p(
                "(3) Thời hạn báo cáo: Ủy ban nhân dân cấp tỉnh báo cáo Bộ Nội vụ về tình hình "
                "hoạt động của quỹ trước ngày 15/04 của năm sau."
            ),
            build.p(
                "- Trường hợp đại hội không có con dấu riêng, sau đại hội, lãnh đạo văn phòng cấp "
                "uỷ thừa lệnh ban thường vụ cấp uỷ xác nhận chữ ký của người chủ trì."
            ),
            build.p("d) Ban thường vụ đảng ủy mỗi tháng họp một lần, họp bất thường khi cần."),
            build.p("Người thay mặt đoàn chủ tịch ký biên bản bầu cử."),
        ]
    )
    tasks, task = _tasks_by_start(spec)
    quy = task("(3) Thời hạn")
    assert quy.leads == ("Ủy ban nhân dân cấp tỉnh",) and quy.deadline.kind == "recurring"
    assert task("Trường hợp đại hội").leads == ("lãnh đạo văn phòng cấp uỷ",)
    ban = task("Ban thường vụ")
    assert ban.leads == ("Ban thường vụ đảng ủy",) and ban.deadline.kind == "recurring"
    assert not any(t.text.startswith("Người thay mặt") and t.leads == ("Người",) for t in tasks)


def test_round_ten_party_actor_phrases_as_subjects() -> None:
    """A Party actor phrase in lower case with its qualifiers ("cấp trên trực tiếp", "của tổ
    chức cơ sở đảng", "(hoặc …)", "nơi giao và nơi nhận") is the subject of its clause, after
    "thì" and after an adjunct "khi …,"; each later clause set off by ";" that opens with one
    names a lead of its own; "thông báo … biết" as a step of the work and "Hướng dẫn này" cited
    as a provision's place close nothing."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("II. TỔ CHỨC THỰC HIỆN"),
            build.p(
                "+ Cấp trên trực tiếp của tổ chức cơ sở đảng tiếp nhận hồ sơ, gửi báo cáo về "
                "đảng ủy cấp trên để theo dõi và thông báo cho chi bộ nơi chuyển đến biết."
            ),
            build.p(
                "- Ban xây dựng đảng (hoặc ban tổ chức) đảng ủy cấp trên trực tiếp của tổ chức "
                "cơ sở đảng căn cứ tình hình thực tế xây dựng tờ trình giải thể tổ chức đảng."
            ),
            build.p(
                "+ Nếu trong phạm vi đảng bộ tỉnh thì ban thường vụ cấp ủy cấp trên trực tiếp "
                "ra quyết định chuyển giao, đảng ủy cơ sở nơi giao và nơi nhận lập biên bản."
            ),
            build.p(
                "c) Đảng viên sinh hoạt đảng tạm thời khi có đủ 30, 40 năm tuổi đảng, làm tờ "
                "khai đề nghị tặng Huy hiệu Đảng."
            ),
            build.p(
                "- Chi bộ bị giải tán thì đảng ủy cơ sở viết giấy giới thiệu theo trình tự nêu "
                "ở Tiết a, Điểm 4.3.1 Hướng dẫn này."
            ),
            build.p(
                "Đảng viên được kết nạp lại phải làm bản kê khai, báo cáo chi bộ; chi bộ thẩm "
                "tra, báo cáo đảng ủy cơ sở; đảng ủy cơ sở thẩm định hồ sơ."
            ),
            build.p("Sau khi giao quyền, cấp ủy cấp trên trực tiếp phải kiểm tra, giám sát."),
            build.p("Chi bộ ở cơ quan được giải thể theo quyết định của cấp ủy."),
        ]
    )
    tasks, task = _tasks_by_start(spec)
    assert task("Cấp trên trực tiếp").leads == ("Cấp trên trực tiếp của tổ chức cơ sở đảng",)
    assert task("Ban xây dựng").leads == (
        "Ban xây dựng đảng (hoặc ban tổ chức) đảng ủy cấp trên trực tiếp của tổ chức cơ sở đảng",
    )
    assert task("Nếu trong phạm vi").leads == (
        "ban thường vụ cấp ủy cấp trên trực tiếp",
        "đảng ủy cơ sở nơi giao và nơi nhận",
    )
    assert task("Đảng viên sinh hoạt").leads == ("Đảng viên sinh hoạt đảng tạm thời",)
    assert task("Chi bộ bị giải tán").leads == ("đảng ủy cơ sở",)
    assert task("Đảng viên được kết nạp").leads == (
        "Đảng viên được kết nạp lại",
        "chi bộ",
        "đảng ủy cơ sở",
    )
    assert task("Sau khi giao quyền").leads == ("cấp ủy cấp trên trực tiếp",)
    assert not any(t.text.startswith("Chi bộ ở cơ quan") and t.leads for t in tasks)


def test_round_ten_party_headings_name_the_actor_of_their_items() -> None:
    """A numbered or bulleted line that is only a Party actor phrase, a topic line "Đối với
    <Party class> …", a duty heading with "chung"/"cụ thể" and a meeting regime ("Chế độ sinh
    hoạt chi bộ trực thuộc") name the actor of the items below; a subject whose work a line
    closing with "trong đó lưu ý:" details leads its bulleted items; not "- Các ủy viên:" over
    the members by name."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("II. TỔ CHỨC THỰC HIỆN"),
            build.p("b) Cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng"),
            build.p("- Chỉ đạo các chi bộ xây dựng kế hoạch kết nạp đảng viên."),
            build.p("c) Đối với đảng viên đang công tác trong các doanh nghiệp ..."),
            build.p("- Thực hiện nhiệm vụ đảng viên theo quy định của Điều lệ Đảng."),
            build.p("Điều 9. Nhiệm vụ cụ thể của Phó Bí thư Đảng uỷ xã"),
            build.p("4. Thực hiện các nhiệm vụ khác do Bí thư phân công."),
            build.p("Điều 14. Chế độ sinh hoạt chi bộ trực thuộc"),
            build.p("2. Sinh hoạt chuyên đề ít nhất 01 lần/quý theo kế hoạch của Đảng uỷ."),
            build.p(
                "Cấp ủy có thẩm quyền sử dụng phần mềm quản lý đảng viên, thường xuyên cập nhật "
                "dữ liệu, trong đó lưu ý:"
            ),
            build.p("- Thường xuyên đối chiếu danh sách đảng viên trên phần mềm."),
            build.p("- Các ủy viên:"),
            build.p("+ Mời ông Nguyễn Văn An, Phó Trưởng ban Tổ chức Tỉnh ủy;"),
        ]
    )
    tasks, task = _tasks_by_start(spec)
    assert task("Chỉ đạo các chi bộ").leads == ("Cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng",)
    assert task("Thực hiện nhiệm vụ đảng viên").leads == (
        "đảng viên đang công tác trong các doanh nghiệp",
    )
    assert task("Thực hiện các nhiệm vụ khác").leads == ("Phó Bí thư Đảng uỷ xã",)
    regime = task("Sinh hoạt chuyên đề")
    assert regime.leads == ("chi bộ trực thuộc",) and regime.deadline.kind == "recurring"
    assert task("Thường xuyên đối chiếu").leads == ("Cấp ủy có thẩm quyền",)
    assert not any(t.text.startswith("Mời ông") for t in tasks)


def test_round_ten_party_phrases_collectives_names_and_what_is_no_subject() -> None:
    """ "tập thể …" and capitalised Party nouns belong to the phrase ("Ban xây dựng Đảng (hoặc
    Ban Tổ chức) cấp ủy"), as "triệu tập đại hội" does; a verb before a later duty qualifies
    the subject; a definition ("bao gồm"), a list after a colon, a topic line that is a
    sentence, and "chi tiết tại Bảng 1 (kèm theo Quyết định này)" keep their old reading."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("II. TỔ CHỨC THỰC HIỆN"),
            build.p(
                "Định kỳ hằng năm, tập thể ban thường vụ cấp ủy nghe báo cáo về hoạt động của "
                "tổ chức đoàn cùng cấp."
            ),
            build.p(
                "- Sau khi có quyết định, Ban xây dựng Đảng (hoặc Ban Tổ chức) cấp ủy ghi số "
                "Huy hiệu Đảng vào sổ tặng Huy hiệu Đảng của đảng bộ."
            ),
            build.p("Cấp ủy triệu tập đại hội phân bổ số lượng đại biểu cho các đảng bộ."),
            build.p(
                "- Đảng viên chuyển sinh hoạt đảng tạm thời có trách nhiệm báo cáo chi bộ nơi "
                "sinh hoạt chính thức."
            ),
            build.p(
                "Các đảng bộ trực thuộc Trung ương bao gồm các tổ chức đảng ở các cơ quan, "
                "doanh nghiệp."
            ),
            build.p(
                "Chi bộ xem xét, đề nghị cấp ủy có thẩm quyền xoá tên đối với các trường hợp "
                "sau: đảng viên bỏ sinh hoạt đảng ba tháng; đảng viên giảm sút ý chí."
            ),
            build.p(
                "20.1.2. Đối với Đảng bộ Quân đội và Đảng bộ Công an thực hiện theo quy định "
                "của Bộ Chính trị."
            ),
        ]
    )
    tasks, task = _tasks_by_start(spec)
    assert task("Định kỳ hằng năm").leads == ("tập thể ban thường vụ cấp ủy",)
    assert task("Sau khi có quyết định").leads == ("Ban xây dựng Đảng (hoặc Ban Tổ chức) cấp ủy",)
    assert task("Cấp ủy triệu tập").leads == ("Cấp ủy triệu tập đại hội",)
    assert task("Đảng viên chuyển").leads == ("Đảng viên chuyển sinh hoạt đảng tạm thời",)
    assert not any(t.text.startswith("Các đảng bộ trực thuộc") and t.leads for t in tasks)
    assert task("Chi bộ xem xét").leads == ("Chi bộ",)
    assert task("Đối với Đảng bộ").leads == ("Đảng bộ Quân đội", "Đảng bộ Công an")


def test_round_ten_party_lists_and_an_assignment_after_an_opening() -> None:
    """Party phrases joined by ",", "và", "hoặc" make one subject ("và" splits it into one lead
    each); "Căn cứ …, giao X …" with no giver named is the document's own assignment (not
    "Thực hiện …, UBND tỉnh giao …", which recounts another body's)."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("II. TỔ CHỨC THỰC HIỆN"),
            build.p("- Bí thư chi bộ hoặc phó bí thư chi bộ ký giấy giới thiệu sinh hoạt đảng."),
            build.p("- Chi bộ và đảng ủy cơ sở xem xét, đề nghị kết nạp người vào Đảng."),
            build.p(
                "- Căn cứ nội dung Thỏa thuận hợp tác, giao Trung tâm chủ trì phối hợp với các "
                "đơn vị liên quan tổ chức Hội nghị."
            ),
            build.p(
                "Thực hiện Kế hoạch số 12/KH-UBND, UBND tỉnh giao Sở Nội vụ chủ trì tổ chức Hội "
                "nghị."
            ),
        ]
    )
    tasks, task = _tasks_by_start(spec)
    assert task("Bí thư chi bộ").leads == ("Bí thư chi bộ hoặc phó bí thư chi bộ",)
    assert task("Chi bộ và").leads == ("Chi bộ", "đảng ủy cơ sở")
    assert task("Căn cứ nội dung").leads == ("Trung tâm",)
    assert not any(t.text.startswith("Thực hiện Kế hoạch") for t in tasks)


def test_slots_that_read_wrong_on_new_drafts() -> None:
    """A requirement on a thing is no task ("Toàn bộ hệ thống phải được …": "toàn bộ" is "the
    whole", not a head "bộ"); a product ends before a modal, a negation or "tại" and a named
    plan keeps the work that names it; "ngoài ngân sách" and a topic after "liên quan đến" are no
    resource; a bare or cut head stands for the one body the document names in full."""
    spec = build.state_thong_bao(
        body=[
            build.p("1. Về xây dựng phần mềm dùng chung"),
            build.p(
                "a) Toàn bộ hệ thống phải được xây dựng theo nguyên tắc lấy dữ liệu làm trung "
                "tâm, bảo đảm khả năng liên thông."
            ),
            build.p("b) Việc xây dựng phần mềm phải xuất phát từ nhu cầu thực tế của đơn vị."),
            build.p("Sở Khoa học và Công nghệ:"),
            build.p("- Việc lựa chọn nền tảng phải bảo đảm an toàn thông tin."),
            build.p("- Hướng dẫn các đơn vị kết nối dữ liệu trước ngày 30/9/2026."),
            build.p(
                "c) Toàn bộ cán bộ, công chức phải hoàn thành khóa bồi dưỡng kỹ năng số trước "
                "ngày 30/6/2026."
            ),
            build.p(
                "d) Giao Sở Khoa học và Công nghệ rà soát, đánh giá lại khối lượng công việc, "
                "tránh việc xây dựng kế hoạch không phù hợp."
            ),
            build.p(
                "đ) Trong quá trình thực hiện, các đơn vị kịp thời báo cáo UBND tỉnh các khó "
                "khăn, vướng mắc liên quan đến cơ chế, chính sách và nguồn vốn để xem xét."
            ),
            build.p("e) Giao Sở Tài chính bố trí kinh phí thực hiện các bước chuẩn bị đầu tư."),
            build.p("2. Giao Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh:"),
            build.p(
                "- Chủ trì rà soát danh mục các dự án thu hút đầu tư ngoài ngân sách, báo cáo "
                "UBND tỉnh trong tháng 5 năm 2026."
            ),
            build.p(
                "- Quản lý tiền nhàn rỗi của Trung tâm (không bao gồm kinh phí ngân sách nhà "
                "nước cấp) theo quy định."
            ),
            build.p(
                "- Tham mưu UBND tỉnh ban hành Kế hoạch nâng cao Chỉ số năng lực cạnh tranh cấp "
                "tỉnh (PCI) năm 2026."
            ),
            build.p(
                "- Căn cứ nội dung Thỏa thuận hợp tác, giao Trung tâm chủ trì tổ chức Hội nghị "
                "phổ biến kết quả PCI năm 2025."
            ),
            build.p("- Định kỳ báo cáo kết quả thực hiện tại phiên họp gần nhất của UBND tỉnh."),
        ]
    )
    tasks, task = _tasks_by_start(spec)
    # requirements on a thing: no task, no lead "Toàn bộ hệ thống"
    assert not [t for t in tasks if t.text.startswith(("Toàn bộ hệ thống", "Việc "))]
    assert task("Hướng dẫn các đơn vị").leads == ("Sở Khoa học và Công nghệ",)
    assert all("Toàn bộ hệ thống" not in t.leads for t in tasks)
    # stays: a class of people after "toàn bộ" is a lead
    assert task("Toàn bộ cán bộ").leads == ("Toàn bộ cán bộ, công chức",)
    assert task("Toàn bộ cán bộ").deadline.date == dt.date(2026, 6, 30)
    # a product followed by its negative qualifier is what to avoid, no product
    assert task("Giao Sở Khoa học").product is None
    # a topic is no resource; a means given stays one
    assert task("Trong quá trình").resources is None
    assert task("Giao Sở Tài chính").resources == "kinh phí thực hiện các bước chuẩn bị đầu tư"
    assert task("Chủ trì rà soát").resources is None
    assert task("Quản lý tiền").resources is None
    # the plan named by its work; a report's product ends before "tại"
    assert task("Tham mưu UBND").product == (
        "Kế hoạch nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh"
    )
    assert task("Định kỳ báo cáo").product == "báo cáo kết quả"
    # "Trung tâm" stands for the one Trung tâm the document names
    full = "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh"
    assert task("Căn cứ nội dung").leads == (full,)
    assert task("Căn cứ nội dung").lead_kinds == ("named",)
    assert task("Tham mưu UBND").leads == (full,)


def test_a_lead_ends_before_a_copula_an_auxiliary_or_kinh() -> None:
    """What follows a body's name and is no part of it ("kính" before the verb of address, "có
    thể", "vẫn", a trailing "có"/"không") is cut from the lead; a name that goes on after such a
    syllable ("Cục Hàng không Việt Nam") and "có liên quan" inside a class stay whole."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("IV. TỔ CHỨC THỰC HIỆN"),
            build.p("1. Ban Chấp hành có thể tổ chức họp trực tuyến khi cần thiết."),
            build.p("2. Sở Nội vụ kính trình UBND tỉnh xem xét, ban hành quyết định."),
            build.p(
                "3. Cục Hàng không Việt Nam có trách nhiệm hướng dẫn các cảng hàng không thực hiện."
            ),
            build.p(
                "4. Các cơ quan, đơn vị có liên quan có trách nhiệm báo cáo kết quả trước ngày "
                "15/12/2026."
            ),
        ]
    )
    _tasks, task = _tasks_by_start(spec)
    assert task("Ban Chấp hành").leads == ("Ban Chấp hành",)
    assert task("Sở Nội vụ kính").leads == ("Sở Nội vụ",)
    assert task("Cục Hàng không").leads == ("Cục Hàng không Việt Nam",)
    assert task("Các cơ quan, đơn vị").leads == ("Các cơ quan, đơn vị có liên quan",)


def test_a_figure_reached_and_the_political_system_are_no_product() -> None:
    """A percentage or a count already reached ("Đến nay … đạt 85,12%", "(đạt 100%)") is a
    result reported, and "hệ thống chính trị" is no deliverable; a target to strive for ("phấn
    đấu … ít nhất 20%") stays the product; a product's name ends in no preposition."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("IV. TỔ CHỨC THỰC HIỆN"),
            build.p("1. Công an tỉnh:"),
            build.p(
                "- Tiếp tục vận động người dân kích hoạt tài khoản định danh điện tử; đến nay "
                "tỷ lệ kích hoạt đạt 85,12%."
            ),
            build.p("- Nâng cao trách nhiệm của cả hệ thống chính trị trong phòng, chống ma túy."),
            build.p(
                "- Phấn đấu xây dựng được ít nhất 20% xã, phường không có ma túy trong năm 2026."
            ),
            build.p("- Định kỳ báo cáo cơ quan nhà nước có thẩm quyền về kết quả thực hiện."),
        ]
    )
    _tasks, task = _tasks_by_start(spec)
    assert task("Tiếp tục vận động").product is None
    assert task("Nâng cao trách nhiệm").product is None
    assert task("Phấn đấu").product == "20%"
    # a product's window that runs into a preposition ends before it
    assert task("Định kỳ báo cáo").product == "báo cáo cơ quan nhà nước"


def test_a_cut_head_takes_the_short_name_the_document_defines() -> None:
    """A lead cut at a verb inside the name ("Trung tâm | đăng ký giao dịch, tài sản") stands
    for the short name the document defines "(sau đây gọi là …)"."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("IV. TỔ CHỨC THỰC HIỆN"),
            build.p(
                "1. Trung tâm đăng ký giao dịch, tài sản của Cục Đăng ký quốc gia giao dịch bảo "
                "đảm thuộc Bộ Tư pháp (sau đây gọi là Trung tâm đăng ký giao dịch, tài sản) "
                "thực hiện đăng ký, cung cấp thông tin về biện pháp bảo đảm bằng động sản."
            ),
            build.p(
                "2. Trường hợp hồ sơ đăng ký được nộp qua hệ thống đăng ký trực tuyến thì Trung "
                "tâm đăng ký giao dịch, tài sản xác nhận kết quả đăng ký ngay trong ngày làm việc."
            ),
        ]
    )
    _tasks, task = _tasks_by_start(spec)
    name = "Trung tâm đăng ký giao dịch, tài sản"
    assert task("Trung tâm đăng ký").leads == (name,)
    assert task("Trường hợp hồ sơ").leads == (name,)


# -- scans that skip offsets find what the plain scans find --------------------------------


def test_sentence_end_matches_the_pattern_scan() -> None:
    import random

    from linter.content import tasks

    texts = ["", ".", "a.", 'a."', "a.”)", "a./.", "a./.)", "a.\n", "a.)\n", "a\n", "a.b", "x./"]
    texts += ["Giao Sở Nội vụ thực hiện.", "Hồ sơ gồm:", "Điều 3 (sửa đổi)", "nội dung”)."]
    rng = random.Random(7)
    texts += [
        "".join(rng.choice('a.!?:;/"”)\n ') for _ in range(rng.randint(0, 9))) for _ in range(5000)
    ]
    for text in texts:
        assert tasks._sentence_end(text) == bool(tasks._SENTENCE_END.search(text)), repr(text)
    assert tasks._sentence_end("Giao Sở Nội vụ thực hiện.")
    assert not tasks._sentence_end("Trách nhiệm của các sở, ngành")


def test_recurring_scan_matches_the_pattern_scan() -> None:
    from linter.content import deadlines as d

    texts = [
        "Định kỳ hằng quý báo cáo UBND tỉnh; họp 2 lần/năm và hằng tháng gửi số liệu.",
        "Tổ chức ít nhất 2 lần mỗi quý, 3 tháng một lần kiểm tra; mỗi năm hai lần sơ kết.",
        "Trước ngày 20 của tháng cuối quý, sau mỗi đợt, trong kỳ họp gần nhất báo cáo.",
        "Thực hiện 123 lần/năm, 12 tháng 3 lần; vào kỳ sinh hoạt chi bộ gần nhất.",
        "Giao Sở Tư pháp chủ trì rà soát, hoàn thành trước ngày 15/8/2026.",
    ]
    for text in texts + [t.upper() for t in texts]:
        low = text.lower()
        want = [(m.span(), m.groups()) for m in d._RECURRING_LOW.finditer(low)]
        got = [
            (m.span(), m.groups())
            for m in d._finditer_either(
                d._RECURRING_LOW, d._RECURRING_WORDS, d._RECURRING_COUNT, low
            )
        ]
        assert got == want, text
    assert [x.kind for x in find_deadlines(texts[0])].count("recurring") == 3


def test_round_eleven_clause_structure() -> None:
    """A year ends a sentence; a Party actor before the colon of an item; a bracket that
    restricts or closes the actor; openings one after another; a condition running to its
    "thì" over ";"; "lãnh đạo … thừa lệnh" after "thì"; a ";" clause whose subject runs to its
    duty; an addressee list closed by "và"; "đã được X" is done work; and what stays no lead
    (a list of objects, "phải có", "có trách nhiệm phối hợp")."""
    spec = build.state_ke_hoach(
        body=[
            build.heading("II. TỔ CHỨC THỰC HIỆN"),
            build.p(
                "Quy định này có hiệu lực thi hành từ ngày 01/7/2025. Các tổ chức đảng và đảng "
                "viên có trách nhiệm thi hành."
            ),
            build.p(
                "- Cấp trên trực tiếp của tổ chức cơ sở đảng: Lập và gửi danh sách đề nghị cấp "
                "thẻ đảng viên; chi ủy hoặc chi ủy cơ sở viết ô số 4 để tiếp nhận đảng viên."
            ),
            build.p(
                "- Cấp ủy cơ sở hoặc cấp ủy cấp trên cơ sở (nơi không có đảng ủy cơ sở) đóng "
                "dấu giáp lai ảnh tại trang 1 của lý lịch."
            ),
            build.p(
                "- Sau khi có quyết định của cấp ủy, định kỳ hằng tháng, cơ quan tham mưu về "
                "công tác tổ chức thực hiện tổng hợp danh sách đề nghị cấp lại thẻ đảng viên."
            ),
            build.p(
                "c) Trường hợp đảng viên chuyển đến cơ quan, đơn vị mới; cấp ủy nơi chuyển đi "
                "phát hiện sai sót, thì cấp ủy nơi đảng viên chuyển đến dừng tiếp nhận đảng viên."
            ),
            build.p(
                "- Trường hợp không được đóng dấu lên chữ ký của người chủ trì thì lãnh đạo văn "
                "phòng thừa lệnh ban thường vụ cấp uỷ, thủ trưởng cơ quan xác nhận chữ ký."
            ),
            build.p(
                "Khi chuyển giao chi bộ thì cấp ủy cấp trên trực tiếp nơi chuyển đi có trách "
                "nhiệm làm thủ tục chuyển giao; cấp ủy cấp trên trực tiếp nơi có chi bộ, đảng bộ "
                "được chuyển đến có trách nhiệm làm thủ tục tiếp nhận tổ chức."
            ),
            build.p(
                "1. Yêu cầu Sở Xây dựng, các sở, ngành và UBND các xã liên quan xác định trách "
                "nhiệm lập quy hoạch chung xã."
            ),
            build.p(
                "- Ban tổ chức đảng ủy hướng dẫn đảng ủy cơ sở, chi ủy, chi bộ cơ sở (nơi tiếp "
                "nhận) phối hợp thực hiện bàn giao hồ sơ đảng viên."
            ),
            build.p(
                "Sở Y tế có trách nhiệm tổng hợp số liệu; Sở Tài chính có trách nhiệm thẩm định "
                "dự toán."
            ),
            build.p(
                "Sở Nội vụ chủ trì tổ chức hội nghị; Sở Tài chính có trách nhiệm bố trí kinh phí."
            ),
            build.p(
                "Sở Công Thương có trách nhiệm tổng hợp số liệu; Sở Tài chính có trách nhiệm "
                "phối hợp thẩm định; các thành viên phải có năng lực chuyên môn phù hợp."
            ),
            build.p(
                "Văn phòng nhận được Tờ trình số 85/TTr-STP ngày 03/4/2026 của Sở Tư pháp, nhiệm "
                "kỳ 2026 - 2031. Dự thảo quyết định đã được Sở Tư pháp tổ chức lấy ý kiến góp ý."
            ),
        ]
    )
    tasks, task = _tasks_by_start(spec)
    assert task("Các tổ chức đảng").leads == ("Các tổ chức đảng", "đảng viên")
    assert task("Cấp trên trực tiếp").leads == (
        "Cấp trên trực tiếp của tổ chức cơ sở đảng",
        "chi ủy hoặc chi ủy cơ sở",
    )
    assert task("Cấp ủy cơ sở hoặc").leads == (
        "Cấp ủy cơ sở hoặc cấp ủy cấp trên cơ sở (nơi không có đảng ủy cơ sở)",
    )
    assert task("Sau khi có quyết định").leads == ("cơ quan tham mưu về công tác tổ chức",)
    assert task("Sau khi có quyết định").deadline.kind == "recurring"
    assert task("Trường hợp đảng viên").leads == ("cấp ủy nơi đảng viên chuyển đến",)
    assert task("Trường hợp không được").leads == ("lãnh đạo văn phòng",)
    assert task("Khi chuyển giao").leads == (
        "cấp ủy cấp trên trực tiếp nơi chuyển đi",
        "cấp ủy cấp trên trực tiếp nơi có chi bộ, đảng bộ được chuyển đến",
    )
    assert task("Yêu cầu Sở Xây dựng").leads == (
        "Sở Xây dựng",
        "các sở, ngành",
        "UBND các xã liên quan",
    )
    # the objects of "hướng dẫn" are a list, no clause of their own
    assert task("Ban tổ chức đảng ủy").leads == ("Ban tổ chức đảng ủy",)
    assert task("Sở Y tế").leads == ("Sở Y tế", "Sở Tài chính")
    # beside "chủ trì" the other clauses' duties support the lead; working with another and
    # "phải có" are no work of one's own
    assert task("Sở Nội vụ chủ trì").leads == ("Sở Nội vụ",)
    assert task("Sở Công Thương").leads == ("Sở Công Thương",)
    assert not [t for t in tasks if "Sở Tư pháp" in t.leads]


def _plan_with_labelled_leads(*, labels: bool = True) -> object:
    """A kế hoạch whose groups of tasks name their lead on label lines: after the items
    ("Đơn vị chủ trì: …" closing the group), right under the heading, and inside an item."""
    first_labels = [
        build.p("Lãnh đạo phụ trách: Đồng chí Phó Giám đốc Sở phụ trách lĩnh vực công nghiệp."),
        build.p(
            "Đơn vị chủ trì: Phòng Quản lý công nghiệp; Đơn vị phối hợp: Văn phòng Sở, "
            "Thanh tra Sở."
        ),
        build.p("Thời gian thực hiện: Quý III năm 2026."),
    ]
    return build.state_ke_hoach(
        body=[
            build.heading("II. NHIỆM VỤ CỤ THỂ"),
            build.p("1. Hoàn thiện thể chế, chính sách về phát triển công nghiệp"),
            build.p("- Rà soát, đề xuất sửa đổi các quy định về quản lý cụm công nghiệp."),
            # (an item with no stop before a label line is no heading of items)
            build.p("- Xây dựng cơ sở dữ liệu về các dự án đầu tư vào khu công nghiệp"),
            *(first_labels if labels else []),
            build.p("2. Phát triển thương mại điện tử"),
            build.p("Đơn vị chủ trì: Phòng Quản lý thương mại; Đơn vị phối hợp: Văn phòng Sở."),
            build.p("Thời hạn hoàn thành: trước ngày 30/11/2026."),
            build.p("- Tổ chức tập huấn kỹ năng bán hàng trực tuyến cho doanh nghiệp nhỏ và vừa."),
            build.p("3. Quản lý năng lượng"),
            build.p(
                "- Kiểm tra việc sử dụng năng lượng tiết kiệm tại các cơ sở trọng điểm; đơn vị "
                "chủ trì: Phòng Quản lý năng lượng."
            ),
            build.p("- Rà soát nhu cầu cấp điện cho các thôn chưa có điện lưới quốc gia."),
            build.p("Đơn vị chủ trì: Phòng Quản lý năng lượng, Phòng Kỹ thuật an toàn."),
            build.p("Sản phẩm: Báo cáo kết quả rà soát gửi Giám đốc Sở."),
        ]
    )


def test_label_lines_give_their_group_its_lead_and_slots() -> None:
    """Label lines ("Đơn vị chủ trì: …", "Thời gian thực hiện: …") are no tasks: their lead,
    co-workers, deadline and product go to the tasks of the group they close (back to the
    numbered heading), or, right under a heading, to its items; a label inside an item is the
    item's own. A lead given by "chủ trì" is a rule lead (VB702 applies, VB701 does not)."""
    tasks, task = _tasks_by_start(_plan_with_labelled_leads())
    assert not [t for t in tasks if t.text.startswith(("Đơn vị", "Thời", "Lãnh đạo", "Sản"))]
    for start in ("Rà soát, đề xuất", "Xây dựng cơ sở dữ liệu"):
        t = task(start)
        assert t.leads == ("Phòng Quản lý công nghiệp",) and t.lead_role == "chu_tri"
        assert t.co_workers == ("Văn phòng Sở", "Thanh tra Sở")
        assert t.deadline.date == dt.date(2026, 9, 30) and "lead" not in t.missing
    trade = task("Tổ chức tập huấn")  # the labels stand under its heading, before it
    assert trade.leads == ("Phòng Quản lý thương mại",)
    assert trade.deadline.date == dt.date(2026, 11, 30)
    own = task("Kiểm tra việc sử dụng")  # its own label beats the group's two leads
    assert own.leads == ("Phòng Quản lý năng lượng",)
    both = task("Rà soát nhu cầu")
    assert both.leads == ("Phòng Quản lý năng lượng", "Phòng Kỹ thuật an toàn")
    assert both.product and both.product.startswith("Báo cáo kết quả")

    doc = build.read(_plan_with_labelled_leads())
    found = lint_document(doc, rules=CONTENT_RULES, anatomy=analyse(doc)).findings
    at = {p: _paragraph_starting(doc, p) for p in ("- Rà soát, đề", "- Rà soát nhu", "Đơn vị")}
    assert not [f for f in found if f.code == "VB701"]
    assert not [f for f in found if f.location.paragraph == at["Đơn vị"]]
    two = [f for f in found if f.code == "VB702"]
    assert [f.location.paragraph for f in two] == [at["- Rà soát nhu"]]


def test_without_label_lines_the_items_have_no_lead() -> None:
    """The same plan without the first group's labels: its items name no lead (VB701)."""
    doc = build.read(_plan_with_labelled_leads(labels=False))
    found = lint_document(doc, rules=CONTENT_RULES, anatomy=analyse(doc)).findings
    first = _paragraph_starting(doc, "- Rà soát, đề")
    assert ("VB701", first) in {(f.code, f.location.paragraph) for f in found}


def test_label_lines_of_a_plain_text_plan_are_lines_of_their_own() -> None:
    """In plain text a label line is not joined to the item above it, even when that item
    ends with no stop: its lead goes to the group's items."""
    text = "\n".join(
        [
            "SỞ CÔNG THƯƠNG",
            "Số: 12/KH-SCT",
            "KẾ HOẠCH",
            "Thực hiện Đề án phát triển công nghiệp",
            "I. NHIỆM VỤ TRỌNG TÂM",
            "1. Phát triển thương mại điện tử",
            "- Tổ chức tập huấn kỹ năng bán hàng trực tuyến cho doanh nghiệp nhỏ và vừa",
            "- Khảo sát nhu cầu bán hàng trực tuyến của các hợp tác xã",
            "Đơn vị chủ trì: Phòng Quản lý thương mại.",
            "Thời gian thực hiện: năm 2026.",
            "Nơi nhận:",
            "- Lưu: VT.",
        ]
    )
    doc = read_text(text)
    tasks = extract_tasks(doc, analyse(doc))
    assert [t.text[:20] for t in tasks] == ["Tổ chức tập huấn kỹ ", "Khảo sát nhu cầu bán"]
    assert all(t.leads == ("Phòng Quản lý thương mại",) for t in tasks)
    assert all(t.deadline.date == dt.date(2026, 12, 31) for t in tasks)


def test_a_courteous_closing_of_a_notice_is_no_task() -> None:
    # a real thông báo of the Văn phòng Chính phủ closes "… trân trọng thông báo./."; its last
    # item is still a task
    spec = build.state_thong_bao(
        body=[
            build.p(
                "1. Giao Bộ Tài chính chủ trì, phối hợp với các bộ, ngành liên quan rà soát cơ "
                "chế tài chính, báo cáo Thủ tướng Chính phủ trước ngày 30/6/2026."
            ),
            build.p("Văn phòng Chính phủ trân trọng thông báo./."),
        ]
    )
    tasks, task = _tasks_by_start(spec)
    assert task("Giao Bộ Tài chính").leads == ("Bộ Tài chính",)
    assert not [t for t in tasks if "trân trọng thông báo" in t.text]
    # a duty to notify is still a task
    spec = build.state_thong_bao(
        body=[
            build.p("2. Sở Tài chính thông báo kết quả thẩm định cho các đơn vị trước ngày 30/6.")
        ]
    )
    _, task = _tasks_by_start(spec)
    assert task("Sở Tài chính thông báo").leads == ("Sở Tài chính",)


def test_a_trich_yeu_that_dates_the_whole_work_gives_its_tasks_their_deadline() -> None:
    # a real kết luận of the Bộ Chính trị: "về một số nhiệm vụ trọng tâm cần tập trung thực hiện
    # … từ nay đến ngày 30/6/2025", its items with no date of their own
    body = [
        build.p("1. Các tỉnh ủy, thành ủy tập trung hoàn thiện đề án sắp xếp đơn vị hành chính."),
        build.p("2. Ban Tổ chức Trung ương hướng dẫn kiện toàn cấp ủy, xong trước ngày 15/6/2026."),
    ]
    spec = build.party_ket_luan(
        trich_yeu="về một số nhiệm vụ cần tập trung thực hiện từ nay đến ngày 30/6/2026",
        body=body,
    )
    _, task = _tasks_by_start(spec)
    first = task("Các tỉnh ủy")
    assert first.deadline.date == dt.date(2026, 6, 30) and "deadline" not in first.missing
    assert task("Ban Tổ chức Trung ương").deadline.date == dt.date(2026, 6, 15)  # its own
    # an item that says nothing checkable stays a slogan under the document's date
    slogan = build.p("3. Các cấp ủy quán triệt sâu rộng, thực hiện nghiêm túc, hiệu quả.")
    dated = build.party_ket_luan(
        trich_yeu="về một số nhiệm vụ cần tập trung thực hiện từ nay đến ngày 30/6/2026",
        body=[*body, slogan],
    )
    _, task = _tasks_by_start(dated)
    assert task("Các cấp ủy quán triệt").slogan
    # a period in the trích yếu says what the document is about, not when each task is due
    spec = build.party_ket_luan(trich_yeu="về nhiệm vụ trọng tâm năm 2026", body=body)
    _, task = _tasks_by_start(spec)
    assert task("Các tỉnh ủy").deadline.kind == "none"
