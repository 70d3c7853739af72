from rules.content.task_unit_not_addressed import TaskUnitNotAddressed
from tests.rules._task_fixtures import plan
from tests.ruletest import assert_clean, assert_flags

TASK = (
    "2. Giao Sở Y tế chủ trì xây dựng kế hoạch kiểm tra an toàn thực phẩm, hoàn thành trước ngày "
    "30/6/2026."
)


def test_flags_unit_not_among_recipients() -> None:
    found = assert_flags(TaskUnitNotAddressed, plan(TASK), count=1)
    assert "Sở Y tế" in found[0].message


def test_accepts_unit_in_noi_nhan() -> None:
    spec = plan(
        TASK,
        noi_nhan=[
            "- Ủy ban nhân dân tỉnh (để báo cáo);",
            "- Sở Tài chính;",
            "- Sở Y tế;",
            "- Lưu: VT, VP.",
        ],
    )
    assert_clean(TaskUnitNotAddressed, spec)


def test_quan_uy_is_covered_by_the_party_committees_class() -> None:
    # HD 36's Nơi nhận: "Các ban đảng, …, đảng uỷ … trực thuộc Trung ương" covers the Quân uỷ
    # Trung ương (a Party committee directly under the Central Committee)
    task = (
        "3. Quân uỷ Trung ương chủ trì hướng dẫn thực hiện trong Đảng bộ Quân đội, hoàn thành "
        "trước ngày 30/6/2026."
    )
    recipients = [
        "- Các ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Trung ương;",
        "- Sở Tài chính;",
        "- Lưu: VT, VP.",
    ]
    assert_clean(TaskUnitNotAddressed, plan(task, noi_nhan=recipients))
    found = assert_flags(TaskUnitNotAddressed, plan(task), count=1)
    assert "Quân uỷ Trung ương" in found[0].message


def test_a_recipient_abbreviating_part_of_the_name_covers_it() -> None:
    # Real thông báo kết luận: "Giao Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh …"
    # with "- Trung tâm XTĐT Thương mại và Du lịch tỉnh;" in Nơi nhận.
    task = (
        "2. Giao Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh chủ trì rà soát danh mục "
        "dự án thu hút đầu tư, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/6/2026."
    )
    abbreviated = ["- Sở Tài chính;", "- Trung tâm XTĐT Thương mại và Du lịch tỉnh;", "- Lưu: VT."]
    assert_clean(TaskUnitNotAddressed, plan(task, noi_nhan=abbreviated))
    other = ["- Sở Tài chính;", "- Trung tâm XTĐT Nông nghiệp tỉnh;", "- Lưu: VT."]  # another
    found = assert_flags(TaskUnitNotAddressed, plan(task, noi_nhan=other), count=1)
    assert "Trung tâm Xúc tiến Đầu tư" in found[0].message
    letters = ["- Sở Tài chính;", "- Trung tâm XTTM Thương mại và Du lịch tỉnh;", "- Lưu: VT."]
    assert_flags(TaskUnitNotAddressed, plan(task, noi_nhan=letters), count=1)


def test_a_short_name_read_out_of_an_abbreviated_recipient_is_covered() -> None:
    # A school's plan: "Đoàn Thanh niên" given work, "- Đoàn TNCS Hồ Chí Minh;" in Nơi nhận
    task = "3. Đoàn Thanh niên tổ chức tuyên truyền trực quan trong khuôn viên trường."
    recipients = ["- Sở Tài chính;", "- Đoàn TNCS Hồ Chí Minh;", "- Lưu: VT."]
    assert_clean(TaskUnitNotAddressed, plan(task, noi_nhan=recipients))
    other = ["- Sở Tài chính;", "- Đoàn TTCP;", "- Lưu: VT."]  # not "Thanh niên"
    found = assert_flags(TaskUnitNotAddressed, plan(task, noi_nhan=other), count=1)
    assert "Đoàn Thanh niên" in found[0].message


def test_the_school_board_and_the_schools_own_units_are_the_issuer() -> None:
    for lead in ("Ban Giám hiệu", "Hội Liên hiệp Thanh niên nhà trường"):
        task = f"1. {lead} chỉ đạo tổ chức tuần sinh hoạt công dân, hoàn thành trước 30/8/2026."
        assert_clean(TaskUnitNotAddressed, plan(task))
    task = "1. Ban Giám hiệu các trường chỉ đạo tổ chức tuần sinh hoạt, trước 30/8/2026."
    assert_flags(TaskUnitNotAddressed, plan(task), count=1)


def _flagged(task: str, recipients: list[str], name: str) -> None:
    """One finding, about ``name``."""
    found = assert_flags(TaskUnitNotAddressed, plan(task, noi_nhan=recipients), count=1)
    assert name in found[0].message


def test_the_committees_of_a_level_cover_each_named_one() -> None:
    # Real thông báo kết luận: "- UBND các xã, phường có cụm công nghiệp;" in Nơi nhận, and
    # tasks given to the People's Committee of a named ward and of the commune level
    task = (
        "2. Giao Ủy ban nhân dân phường Văn Phú chủ trì rà soát mặt bằng cụm công nghiệp, báo "
        "cáo Ủy ban nhân dân tỉnh trước ngày 30/6/2026."
    )
    level = (
        "3. Ủy ban nhân dân cấp xã chủ trì tuyên truyền chính sách di dời, hoàn thành trước ngày "
        "30/6/2026."
    )
    covering = ["- Sở Tài chính;", "- UBND các xã, phường có cụm công nghiệp;", "- Lưu: VT."]
    assert_clean(TaskUnitNotAddressed, plan(task, noi_nhan=covering))
    assert_clean(TaskUnitNotAddressed, plan(level, noi_nhan=covering))
    # the communes alone do not take in a ward
    communes = ["- Sở Tài chính;", "- UBND các xã;", "- Lưu: VT."]
    _flagged(task, communes, "phường Văn Phú")


def test_the_departments_boards_and_sectors_cover_the_bodies_of_the_province() -> None:
    task = (
        "4. Công an tỉnh chủ trì nắm tình hình an ninh tại các điểm khai thác khoáng sản, báo cáo "
        "Ủy ban nhân dân tỉnh trước ngày 30/6/2026."
    )
    sectors = ["- Các Sở, ban, ngành;", "- UBND các xã, phường;", "- Lưu: VT, KT."]
    assert_clean(TaskUnitNotAddressed, plan(task, noi_nhan=sectors))
    departments = ["- Các Sở: Tài chính, Xây dựng;", "- Lưu: VT, KT."]  # departments only
    _flagged(task, departments, "Công an tỉnh")
    # the mass organisations (and the courts) are listed apart
    farmers = task.replace("4. Công an tỉnh", "4. Hội Nông dân tỉnh")
    _flagged(farmers, sectors, "Hội Nông dân tỉnh")


def test_a_class_of_co_workers_is_no_unit_to_address() -> None:
    # a real thông báo kết luận: "… phối hợp với … Uỷ ban nhân dân các tỉnh, thành phố …"
    task = (
        "2. Giao Sở Y tế chủ trì, phối hợp với Uỷ ban nhân dân các tỉnh, thành phố rà soát mạng "
        "lưới y tế cơ sở, hoàn thành trước ngày 30/6/2026."
    )
    recipients = ["- Sở Y tế;", "- Sở Tài chính;", "- Lưu: VT, VP."]
    assert_clean(TaskUnitNotAddressed, plan(task, noi_nhan=recipients))
    named = task.replace("Uỷ ban nhân dân các tỉnh, thành phố", "Sở Xây dựng")
    _flagged(named, recipients, "Sở Xây dựng")
