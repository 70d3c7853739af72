"""VB176 appendix-not-referenced: real .docx examples (failing and passing)."""

from __future__ import annotations

import io

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

from rules.elements.appendix_not_referenced import AppendixNotReferenced, _mentioned
from tests import build
from tests.rules._layout_support import with_appendix
from tests.ruletest import assert_clean, assert_flags

TASK = (
    "Các phòng, đơn vị thuộc Sở rà soát thủ tục hành chính nội bộ, báo cáo Giám đốc Sở trước "
    "ngày 30/6/2026"
)


def _plan(*body: str) -> build.DocSpec:
    return build.state_ke_hoach(body=[build.p(t) for t in body])


def _with_appendices(spec: build.DocSpec, *labels: str) -> bytes:
    """The document with appendices after its signature: each a label and a title line."""
    document = docx.Document(io.BytesIO(build.to_bytes(spec)))
    for label in labels:
        for text in (label, "DANH MỤC THỦ TỤC HÀNH CHÍNH NỘI BỘ"):
            para = document.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            para.add_run(text).bold = True
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_second_appendix_never_named_in_the_body() -> None:
    data = _with_appendices(_plan(TASK + " theo mẫu tại Phụ lục I."), "Phụ lục I", "Phụ lục II")
    found = assert_flags(AppendixNotReferenced, data, count=1)
    assert "Phụ lục II" in found[0].message


def test_appendix_with_no_indication_at_all() -> None:
    found = assert_flags(AppendixNotReferenced, _with_appendices(_plan(TASK + "."), "Phụ lục"))
    assert "không có chỉ dẫn" in found[0].message


def test_each_appendix_named_passes() -> None:
    body = TASK + " theo mẫu tại Phụ lục I và Phụ lục II kèm theo Kế hoạch này."
    assert_clean(AppendixNotReferenced, _with_appendices(_plan(body), "Phụ lục I", "Phụ lục II"))


def test_a_range_or_a_plural_mention_passes() -> None:
    ranged = _plan(TASK + " theo mẫu tại Phụ lục I - III.")
    assert_clean(
        AppendixNotReferenced, _with_appendices(ranged, "Phụ lục I", "Phụ lục II", "Phụ lục III")
    )
    plural = _plan(TASK + " theo các phụ lục kèm theo.")
    assert_clean(AppendixNotReferenced, _with_appendices(plural, "Phụ lục I", "Phụ lục II"))


def test_one_appendix_referred_to_in_words_passes() -> None:
    # the builder's Quyết định: "… có tên tại danh sách kèm theo Quyết định này"
    assert_clean(AppendixNotReferenced, with_appendix(build.state_quyet_dinh()))


def test_mentions_read_lists_and_ranges() -> None:
    assert _mentioned("tại Phụ lục I, II và IV; phụ lục số 07") == {1, 2, 4, 7}
    assert _mentioned("Phụ lục II – IV") == {2, 3, 4}
