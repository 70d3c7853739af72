"""The learned lead tagger: its spans, its training, and that the shipped model is current."""

from __future__ import annotations

import json
from pathlib import Path

from linter.content import leadtagger

DATA = Path(__file__).resolve().parent / "data"


def _cases(name: str) -> list[dict]:
    with (DATA / f"{name}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_spans_follow_the_labels_and_stay_in_one_part():
    toks = leadtagger.tokens("Chi bộ xem xét, giới thiệu.", heading="Nhiệm vụ của Đảng ủy xã")
    n_head = sum(1 for t in toks if t[0] == "h")
    labels = ["O"] * len(toks)
    # "Đảng ủy xã" at the end of the heading, continued by an I over the part boundary
    labels[n_head - 3 : n_head] = ["B", "I", "I"]
    labels[n_head] = "I"  # a run never crosses into the text: "Chi" starts a new one
    labels[n_head + 1] = "I"
    assert leadtagger.spans(toks, labels) == [("h", "Đảng ủy xã"), ("t", "Chi bộ")]
    assert leadtagger.spans(toks, ["O"] * len(toks)) == []


def test_training_labels_place_each_lead_in_the_text_first():
    toks = leadtagger.tokens(
        "Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát.", heading="1. Sở Nội vụ"
    )
    y = leadtagger._labels(["Sở Nội vụ", "Sở Tài chính"], toks)
    texts = [a.toks[i].text for _, a, i in toks]
    first_text = next(k for k, t in enumerate(toks) if t[0] == "t")
    assert y[first_text : first_text + 3] == ["B", "I", "I"]  # not the heading's copy
    assert "".join(y[:first_text]).count("B") == 0
    b = [k for k, lab in enumerate(y) if lab == "B"]
    assert [texts[k] for k in b] == ["Sở", "Sở"] and len(b) == 2


def test_the_judge_is_never_trained_on():
    assert "tasks_heldout12" not in leadtagger.TRAINING_SETS
    for name in leadtagger.TRAINING_SETS:
        assert (DATA / f"{name}.jsonl").is_file()


def test_tags_leads_the_rules_of_another_document_would_miss():
    # sentences written for this test, in the styles the sets show: a lower-case Party actor,
    # a heading actor
    got = leadtagger.tag("Chi bộ có trách nhiệm xem xét, giới thiệu quần chúng ưu tú.")
    assert ("t", "Chi bộ") in got
    got = leadtagger.tag(
        "- Chủ động rà soát, đề xuất sửa đổi quy chế làm việc.",
        heading="2. Văn phòng Ủy ban nhân dân tỉnh",
    )
    assert got and got[0][1].startswith("Văn phòng Ủy ban nhân dân tỉnh")


def test_the_shipped_model_is_what_training_makes(tmp_path):
    # A change to the analyser (lexicon, actors) changes the features: train again with
    # `python -m linter.content.leadtagger` and ship the new model.
    import pycrfsuite

    fresh = tmp_path / "leads.crfsuite"
    leadtagger.train(leadtagger.training_cases(DATA), fresh)
    shipped, new = pycrfsuite.Tagger(), pycrfsuite.Tagger()
    shipped.open(str(leadtagger.MODEL))
    new.open(str(fresh))
    cases = [c for name in leadtagger.TRAINING_SETS for c in _cases(name)]
    for xs, _ in leadtagger.examples(cases):
        assert shipped.tag(xs) == new.tag(xs)


def _tasks(*texts: str):
    from linter.content.tasks import extract_tasks
    from linter.model import Document, Paragraph
    from linter.parts import Anatomy, PartRef

    paras = tuple(Paragraph(index=i, text=t) for i, t in enumerate(texts))
    parts = {"noi_dung": tuple(PartRef(p.text, p.index) for p in paras)}
    return extract_tasks(Document(paragraphs=paras), Anatomy(parts=parts))


# The chair of a council whose name holds a comma: the analyser's actor stops at the comma, so
# the rules read no subject (a real decision of a provincial People's Committee has this shape)
CHAIR = "Chủ tịch Hội đồng an toàn, vệ sinh thực phẩm tỉnh"


def test_a_task_the_rules_give_no_lead_gets_the_taggers():
    (task,) = _tasks(f"3. {CHAIR} ban hành quy chế hoạt động của Hội đồng.")
    assert task.leads == (CHAIR,)
    assert task.lead_role == "model" and "lead" not in task.missing
    # the task table says the lead is a guess
    from linter.content.tasks import render

    assert task.to_dict()["lead_guessed"] is True
    assert f"{CHAIR} (đoán)" in render([task], "csv")


def test_a_lead_the_rules_read_is_kept():
    (task,) = _tasks("3. Sở Y tế ban hành quy chế hoạt động của Hội đồng.")
    assert task.leads == ("Sở Y tế",) and task.lead_role != "model"
    assert task.to_dict()["lead_guessed"] is False


def test_a_guessed_lead_raises_no_alarm_of_its_own():
    # VB701 (no lead) is answered; VB702 (two leads) and VB708 (a lead missing from the
    # recipients) read only the leads the rules are sure of
    from rules.content.task_missing_lead import TaskMissingLead
    from rules.content.task_multiple_leads import TaskMultipleLeads
    from rules.content.task_unit_not_addressed import TaskUnitNotAddressed
    from tests import build
    from tests.ruletest import lint_docx

    spec = build.state_ke_hoach(
        body=[
            build.p(
                f"1. {CHAIR} ban hành quy chế hoạt động của Hội đồng, hoàn thành trước ngày "
                "30/12/2026."
            ),
            build.p(
                "2. Sở Y tế tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/01/2027."
            ),
        ],
        noi_nhan=["- Sở Y tế;", "- Lưu: VT, VP."],
    )
    for rule in (TaskMissingLead, TaskMultipleLeads, TaskUnitNotAddressed):
        result = lint_docx(spec, rule)
        assert not [f for f in result.findings if "Hội đồng an toàn" in f.message], rule.code


# -- tasks the rules find no subject in: the tagger's subject, if a duty follows it ----------


def test_a_clause_whose_subject_only_the_tagger_reads_is_a_guessed_task():
    (task,) = _tasks(
        "Các thành viên khác trong ban căn cứ vào nhiệm vụ được phân công, chủ động phối hợp "
        "thực hiện."
    )
    assert task.leads == ("Các thành viên khác trong ban",)  # the name runs on to "căn cứ"
    assert task.lead_role == "model" and task.to_dict()["lead_guessed"] is True


def test_an_aside_that_singles_out_part_of_the_subject_is_left_out():
    (task,) = _tasks(
        "Cấp ủy, chính quyền các cấp, nhất là thành phố Đà Nẵng, thành phố Cần Thơ và các đô thị "
        "loại I phải đi đầu trong chuyển đổi số."
    )
    assert task.leads == ("Cấp ủy, chính quyền các cấp",) and task.lead_role == "model"


def test_a_guessed_lead_is_spelled_as_written():
    # (the old tone placement of the draft, "uỷ", not the analyser's "ủy")
    (task,) = _tasks(
        "Cấp uỷ, chính quyền các cấp, nhất là thành phố Đà Nẵng, thành phố Cần Thơ và các đô thị "
        "loại I phải đi đầu trong chuyển đổi số."
    )
    assert task.leads == ("Cấp uỷ, chính quyền các cấp",) and task.lead_role == "model"


def test_no_task_is_guessed_where_no_duty_follows_the_subject():
    for text in (
        "Các cấp ủy đã tập trung lãnh đạo, chỉ đạo thực hiện các nhiệm vụ năm 2025.",  # done
        "Bên bảo lãnh có quyền từ chối thực hiện nghĩa vụ trong trường hợp này.",  # a right
        "Người yêu cầu đăng ký có thể nộp hồ sơ trực tiếp.",  # a permission
        "Ủy ban nhân dân tỉnh ghi nhận và đánh giá cao nỗ lực của các sở, ngành.",  # praise
    ):
        assert _tasks(text) == [], text


def test_the_addressees_of_an_introduction_the_rules_read_none_in():
    # a purpose clause before the request, and a class of Party bodies with no "các"
    (task,) = _tasks(
        "Để làm tốt việc này, yêu cầu cấp ủy, tổ chức đảng, chính quyền, đoàn thể các cấp tập "
        "trung thực hiện tốt các nhiệm vụ sau:",
        "1. Rà soát, bổ sung quy chế phối hợp trong năm 2026.",
    )
    assert task.paragraph == 1
    assert task.leads == ("cấp ủy, tổ chức đảng, chính quyền, đoàn thể các cấp",)


def test_an_items_own_subject_comes_before_the_introductions_addressees():
    tasks = _tasks(
        "Ủy ban nhân dân tỉnh yêu cầu lãnh đạo các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các "
        "huyện thực hiện tốt các nội dung sau:",
        "a) Các sở, ban, ngành, huyện, thị xã xây dựng kế hoạch ứng dụng khoa học và công nghệ "
        "hằng năm.",
        "b) Đo lường - chất lượng: Ủy ban nhân dân huyện, thị xã chủ động phối hợp với Sở Khoa học "
        "và Công nghệ kiểm tra hàng hóa.",
        "c) Rà soát các chương trình khoa học và công nghệ.",
    )
    leads = {t.paragraph: (t.leads, t.lead_role) for t in tasks}
    assert leads[1] == (("Các sở, ban, ngành, huyện, thị xã",), "model")
    assert leads[2] == (("Ủy ban nhân dân huyện, thị xã",), "model")  # after the item's topic
    assert leads[3] == (
        ("lãnh đạo các sở, ban, ngành", "Chủ tịch Ủy ban nhân dân các huyện"),
        "addressee",
    )
