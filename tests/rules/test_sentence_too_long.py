from rules.content.sentence_too_long import SentenceTooLong
from tests.rules._task_fixtures import plan
from tests.ruletest import assert_clean, assert_flags

LONG = (
    "2. Văn phòng Sở chủ trì, phối hợp với các phòng chuyên môn, các đơn vị sự nghiệp trực thuộc "
    "và các cơ quan có liên quan tổ chức rà soát, đánh giá toàn diện việc thực hiện các nhiệm vụ "
    "cải cách hành chính, cải cách thủ tục hành chính, chuyển đổi số, xây dựng chính quyền số, "
    "nâng cao chất lượng phục vụ người dân và doanh nghiệp, trên cơ sở đó đề xuất các giải pháp "
    "khắc phục những tồn tại, hạn chế, bảo đảm hoàn thành các chỉ tiêu đã đề ra, tổng hợp báo "
    "cáo Giám đốc Sở trước ngày 30/6/2026."
)


def test_flags_sentence_over_limit() -> None:
    assert_flags(SentenceTooLong, plan(LONG), count=1)


def test_accepts_short_sentences() -> None:
    assert_clean(SentenceTooLong, plan())
