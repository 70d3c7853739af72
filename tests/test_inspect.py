"""`lint inspect`: the JSON object validates against the schema; the text view for people."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from linter.anatomy import analyse
from linter.inspect import inspect_dict, render_text
from linter.reader import read_docx
from linter.textreader import read_text_file
from tests import build

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCHEMA = json.loads((SHARED / "schemas" / "lint" / "inspect-output.schema.json").read_text())
TODAY = dt.date(2026, 6, 10)


def _doc(spec: build.DocSpec) -> Any:
    return read_docx(build.build(spec).data, name="fixture.docx")


@pytest.mark.parametrize(
    "spec",
    [
        build.state_quyet_dinh(),
        build.state_cong_van(),
        build.state_cong_van(header_layout="textbox"),
        build.party_ket_luan(),
        build.party_cong_van(),
    ],
    ids=["qd", "cv", "cv-textbox", "party-kl", "party-cv"],
)
def test_inspect_json_validates_against_the_schema(spec: build.DocSpec) -> None:
    doc = _doc(spec)
    out = inspect_dict(doc, analyse(doc, today=TODAY))
    jsonschema.validate(out, SCHEMA)
    assert out["tasks"] == []
    json.dumps(out, ensure_ascii=False)  # serialisable as it is


def test_inspect_json_content_for_a_state_decision() -> None:
    doc = _doc(build.state_quyet_dinh())
    out = inspect_dict(doc, analyse(doc, today=TODAY))
    assert (out["family"], out["regime"], out["doc_type"]) == ("state", "nd30", "quyet_dinh")
    assert out["date"] == build.STATE_DATE.isoformat()
    assert out["layout"] == {"header": "table", "signature": "table"}
    assert out["number"] == {
        "raw": "Số: 125/QĐ-SNV",
        "so": "125",
        "type": "QĐ",
        "issuer": "SNV",
        "unit": None,
        "year": None,
    }
    assert out["parts"]["quoc_hieu"]["text"] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert isinstance(out["parts"]["can_cu"], list) and isinstance(out["parts"]["noi_nhan"], list)
    assert "kinh_gui" not in out["parts"]  # a part that is not there is absent
    assert out["signing"] == {"form": "KT.", "title": "PHÓ GIÁM ĐỐC", "name": "Trần Thị Bình"}
    assert out["recipients"]["noi_nhan"][-1] == "Lưu: VT, VP"
    cited = {(c["type"], c["number"], c["date"]) for c in out["citations"]}
    assert ("quyet_dinh", "25/2025/QĐ-UBND", "2025-07-01") in cited


def test_text_box_parts_name_their_story() -> None:
    doc = _doc(build.state_cong_van(header_layout="textbox"))
    out = inspect_dict(doc, analyse(doc, today=TODAY))
    assert out["parts"]["quoc_hieu"]["story"] == "textbox"
    assert "story" not in out["parts"]["noi_dung"][0]


def test_tasks_are_passed_through() -> None:
    class FakeTask:
        def to_dict(self) -> dict[str, Any]:
            return {
                "text": "Sở Nội vụ chủ trì tổng hợp, báo cáo trước ngày 15/12/2026.",
                "paragraph": 12,
                "leads": ["Sở Nội vụ"],
                "co_workers": [],
                "action": "tổng hợp, báo cáo",
                "deadline": {"kind": "date", "text": "trước ngày 15/12/2026", "date": "2026-12-15"},
                "product": "báo cáo",
                "resources": None,
                "missing": ["resources"],
            }

    doc = _doc(build.state_cong_van())
    a = analyse(doc, today=TODAY)
    out = inspect_dict(doc, a, [FakeTask()])
    jsonschema.validate(out, SCHEMA)
    assert out["tasks"][0]["leads"] == ["Sở Nội vụ"]
    text = render_text(doc, a, [FakeTask()])
    assert "Nhiệm vụ: 1" in text and "§13" in text  # paragraph 12 (0-based) is §13 for people


def test_render_text_in_vietnamese_and_english() -> None:
    doc = read_text_file(SHARED / "samples" / "226-KL-TW_ket-luan_ban-bi-thu_2025-12-11.txt")
    a = analyse(doc, today=TODAY)
    vi = render_text(doc, a)
    for label in (
        "Tiêu đề Đảng:",
        "Số, ký hiệu:",
        "Địa danh, ngày tháng:",
        "Trích yếu:",
        "Nơi nhận:",
        "Quốc hiệu: không thấy",
    ):
        assert label in vi, label
    assert "văn bản của Đảng" in vi and "party-2017 (HD36)" in vi
    assert "Tên loại: Kết luận" in vi and "Ngày: 11/12/2025" in vi
    assert "Tờ trình — 151-TTr/VPTW — 24/11/2025" in vi
    en = render_text(doc, a, lang="en")
    assert "Party heading:" in en and "Number and symbol:" in en and "Quốc hiệu" not in en
