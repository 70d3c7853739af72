"""Reports: json (contract schema), sarif 2.1.0 (official schema), junit and text."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest

from linter.config import Config
from linter.engine import FileError, FileResult, exit_code
from linter.finding import Finding, Location, Severity
from linter.report import render, to_json_dict
from linter.report.sarif import to_sarif
from linter.report.text import render_text
from tests import build
from tests.ruletest import lint_docx

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MINE = Config(select=("VB003", "VB004", "VB005", "VB104"))


@pytest.fixture(scope="module")
def results() -> list[FileResult]:
    bad_date = build.state_cong_van(
        date_text="Lâm Đồng, ngày 5 tháng 1 năm 2026", comments=["Xem lại"]
    )
    clean = build.party_ket_luan()
    return [
        lint_docx(bad_date, config=MINE, stage="issued", name="du-thao.docx"),
        lint_docx(clean, config=MINE, name="sub/ket-luan.docx"),
        FileResult(path="hong.docx", error=FileError("VB001", "Tệp không phải .docx hợp lệ.")),
    ]


def _schema(name: str) -> dict:
    return json.loads((SHARED / "schemas" / name).read_text(encoding="utf-8"))


def test_json_matches_contract_schema(results):
    data = json.loads(render(results, "json"))
    jsonschema.Draft202012Validator(_schema("lint/lint-output.schema.json")).validate(data)
    assert data["tool"]["name"] == "vblint"
    first, second, bad = data["files"]
    assert [f["code"] for f in first["findings"]] == ["VB004", "VB104", "VB104"]
    loc = first["findings"][1]["location"]
    assert loc["part"] == "dia_danh_ngay_thang" and loc["excerpt"] == "5"
    assert first["findings"][1]["fix"] == {
        "title": "Thêm số 0: 05",
        "replacement": "05",
        "safe": True,
    }
    assert second["findings"] == [] and second["family"] == "party"
    assert bad["error"] == {"code": "VB001", "message": "Tệp không phải .docx hợp lệ."}
    assert bad["findings"] == []
    assert to_json_dict(results) == data


def test_sarif_valid_against_official_schema(results):
    log = to_sarif(results, exit_code=exit_code(results, Severity.ERROR))
    jsonschema.Draft4Validator(_schema("sarif-schema-2.1.0.json")).validate(log)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert ids == sorted(ids) and {"VB001", "VB004", "VB104"} <= set(ids)
    vb104 = rules[ids.index("VB104")]
    assert vb104["name"] == "date-missing-leading-zero"
    assert "## Kiểm tra gì" in vb104["help"]["text"]
    assert vb104["shortDescription"]["text"].startswith("Ngày dưới 10")
    res = [r for r in run["results"] if r["ruleId"] == "VB104"]
    assert len(res) == 2
    region = res[0]["locations"][0]["physicalLocation"]["region"]
    f = results[0].findings[1]
    assert region["startLine"] == f.location.paragraph + 1
    assert region["startColumn"] == f.location.start + 1
    assert region["endColumn"] == f.location.end + 1
    assert res[0]["level"] == "error" and rules[res[0]["ruleIndex"]]["id"] == "VB104"
    assert res[0]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"] == {
        "text": "05"
    }
    fps = [r["partialFingerprints"]["vblint/v1"] for r in run["results"]]
    assert len(set(fps)) == len(fps)
    inv = run["invocations"][0]
    assert inv["exitCode"] == 2 and inv["executionSuccessful"] is False
    assert inv["toolExecutionNotifications"][0]["descriptor"]["id"] == "VB001"
    assert run["artifacts"][1]["location"]["uri"] == "sub/ket-luan.docx"


def test_sarif_fingerprints_stable_across_runs(results):
    again = [
        lint_docx(
            build.state_cong_van(
                date_text="Lâm Đồng, ngày 5 tháng 1 năm 2026", comments=["Xem lại"]
            ),
            config=MINE,
            stage="issued",
            name="du-thao.docx",
        )
    ]
    fp1 = [r["partialFingerprints"] for r in to_sarif(results[:1])["runs"][0]["results"]]
    fp2 = [r["partialFingerprints"] for r in to_sarif(again)["runs"][0]["results"]]
    assert fp1 == fp2


def test_sarif_other_story_uses_logical_location():
    f = Finding(
        "VB104",
        "date-missing-leading-zero",
        "m",
        Severity.WARNING,
        Location(paragraph=1, start=0, end=1, excerpt="5", story="textbox"),
    )
    log = to_sarif([FileResult(path="/tmp/x y.docx", findings=[f])])
    jsonschema.Draft4Validator(_schema("sarif-schema-2.1.0.json")).validate(log)
    loc = log["runs"][0]["results"][0]["locations"][0]
    assert "region" not in loc["physicalLocation"]
    assert loc["physicalLocation"]["artifactLocation"]["uri"] == "file:///tmp/x%20y.docx"
    assert loc["logicalLocations"][0]["name"] == "textbox/2"
    assert log["runs"][0]["results"][0]["level"] == "warning"


def test_junit_one_testcase_per_rule_per_file(results):
    xml = render(results, "junit", fail_on=Severity.ERROR)
    root = ET.fromstring(xml.split("\n", 1)[1])
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["du-thao.docx", "sub/ket-luan.docx", "hong.docx"]
    first = {c.get("name"): c for c in suites[0].findall("testcase")}
    assert set(first) == {
        "VB003 tracked-changes-pending",
        "VB004 comments-pending",
        "VB005 family-unknown",
        "VB104 date-missing-leading-zero",
    }
    assert first["VB104 date-missing-leading-zero"].find("failure") is not None
    assert first["VB003 tracked-changes-pending"].find("failure") is None
    assert first["VB005 family-unknown"].find("skipped") is not None
    assert suites[0].get("failures") == "2"
    assert suites[2].find("testcase/error").get("type") == "VB001"
    assert root.get("errors") == "1"


def test_junit_threshold():
    f = Finding("VB104", "date-missing-leading-zero", "m", Severity.WARNING, Location(paragraph=0))
    r = FileResult(path="a.docx", findings=[f], checked=("VB104",))
    loose = ET.fromstring(render([r], "junit", fail_on=Severity.ERROR).split("\n", 1)[1])
    strict = ET.fromstring(render([r], "junit", fail_on=Severity.WARNING).split("\n", 1)[1])
    assert loose.get("failures") == "0" and loose.find(".//system-out") is not None
    assert strict.get("failures") == "1"


def test_text_report_vietnamese(results):
    text = render_text(results, fail_on=Severity.ERROR)
    assert "du-thao.docx" in text
    assert "Chế độ áp dụng: nd30 — " in text
    assert "văn bản hành chính Nhà nước · loại: Công văn · giai đoạn: ban hành" in text
    assert "  Địa danh, ngày tháng\n" in text and "  Toàn văn bản\n" in text
    para = results[0].findings[1].location.paragraph + 1
    assert f"    đoạn {para}, ký tự 16 [VB104] lỗi: Ngày “5” phải viết là “05”" in text
    assert "        Sửa: Thêm số 0: 05" in text
    assert "Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.b" in text
    assert "3 lỗi, 0 cảnh báo, 0 gợi ý — Chưa đạt (ngưỡng: lỗi trở lên)" in text
    assert "0 lỗi, 0 cảnh báo, 0 gợi ý — Đạt: có thể trình ký" in text
    assert "[VB001] lỗi: Tệp không phải .docx hợp lệ." in text
    assert "3 tệp (1 không đọc được): 3 lỗi" in text
    assert "\x1b[" not in text
    # groups follow the document: whole-document findings before the date line
    assert text.index("Toàn văn bản") < text.index("Địa danh, ngày tháng")


def test_text_report_english_and_colour(results):
    en = lint_docx(
        build.state_cong_van(date_text="Lâm Đồng, ngày 5 tháng 3 năm 2026"),
        config=MINE,
        lang="en",
        name="d.docx",
    )
    text = render_text([en], lang="en", color=True)
    assert "Place and date" in text
    assert "[VB104] \x1b[31merror\x1b[0m: Day “5” must be written “05”" in text
    assert "1 error, 0 warnings, 0 info" in text
    assert "Not passed" in text and "Fix: Add the zero: 05" in text
    assert "lỗi" not in text.replace("Lâm Đồng", "")


def test_text_report_gate_passes_below_threshold():
    f = Finding("VB005", "family-unknown", "Không xác định", Severity.WARNING, Location())
    r = FileResult(path="a.docx", findings=[f])
    assert "Đạt: có thể trình ký" in render_text([r], fail_on=Severity.ERROR)
    assert "Chưa đạt" in render_text([r], fail_on=Severity.WARNING)


def test_regime_reason_in_english():
    party = build.party_ket_luan(date=dt.date(2025, 12, 11))
    vi = lint_docx(party, config=MINE)
    en = lint_docx(party, config=MINE, lang="en")
    assert vi.regime == en.regime == "party-2017"
    assert vi.regime_reason.startswith("văn bản ghi ngày")
    assert en.regime_reason.startswith("Party document dated ")
    assert en.regime_reason.endswith("Regulation 66-QĐ/TW and Guidance 36-HD/VPTW apply")
    state = lint_docx(build.state_cong_van(), config=MINE, lang="en")
    assert "Regime: nd30 — State agency document: Decree 30/2020/NĐ-CP applies" in render_text(
        [state], lang="en"
    )


def test_junit_crashed_rule_is_an_error_of_its_own_testcase():
    from collections.abc import Iterator

    from linter.engine import lint_document
    from linter.model import Document, Paragraph
    from linter.parts import Anatomy
    from linter.rule import Context, Rule

    class Boom(Rule):
        """Crashes (test rule)."""

        code = "VB991"
        name = "test-boom"
        summary = "test"

        def check(self, ctx: Context) -> Iterator[Finding]:
            raise RuntimeError("hỏng")

    doc = Document(paragraphs=(Paragraph(index=0, text="a"),))
    r = lint_document(doc, anatomy=Anatomy(family="state"), rules=[Boom], path="x.docx")
    assert r.crashed == (("VB991", r.findings[0].message),)
    root = ET.fromstring(render([r], "junit").split("\n", 1)[1])
    cases = root.findall("testsuite/testcase")
    assert [c.get("name") for c in cases] == ["VB991"]
    assert cases[0].find("error").get("type") == "VB002"
    assert root.get("errors") == "1" and root.get("failures") == "0"
