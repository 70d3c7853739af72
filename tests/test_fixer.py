"""The fixer: safe fixes written into a NEW .docx as tracked changes (w:del + w:ins by vblint)."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import docx
import pytest

from linter.config import Config
from linter.finding import Finding, Fix, Location, Severity
from linter.fixer import AUTHOR, FixError, apply_fixes, fix_file
from linter.reader import read_docx
from tests import build
from tests.ruletest import FIX_DATE, lint_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
VB104 = Config(select=("VB104",))


def _tracked(data: bytes) -> tuple[list, list]:
    body = docx.Document(io.BytesIO(data)).element.body
    return list(body.iter(f"{W}ins")), list(body.iter(f"{W}del"))


def _edit(paragraph: int, start: int, end: int, new: str, excerpt: str = "") -> Finding:
    return Finding(
        "VB990",
        "test-edit",
        "m",
        Severity.ERROR,
        Location(paragraph=paragraph, start=start, end=end, excerpt=excerpt),
        Fix("sửa", new),
    )


def test_fix_file_writes_tracked_changes_and_never_touches_the_original(tmp_path: Path):
    spec = build.state_cong_van(date_text="Lâm Đồng, ngày 5 tháng 1 năm 2026")
    src = build.write(spec, tmp_path / "du-thao.docx")
    before = hashlib.sha256(src.read_bytes()).hexdigest()
    result = lint_docx(src, config=VB104)
    assert len(result.findings) == 2
    out = tmp_path / "du-thao.sua.docx"
    report = fix_file(src, out, result.findings, doc=result.doc, date=FIX_DATE)
    assert (report.applied, report.skipped) == (2, 0)
    assert hashlib.sha256(src.read_bytes()).hexdigest() == before
    # python-docx opens the copy; the changes are tracked, authored by the tool, dated
    ins, dels = _tracked(out.read_bytes())
    assert [e.get(f"{W}author") for e in ins + dels] == [AUTHOR] * 4
    assert all(e.get(f"{W}date") == "2026-01-01T00:00:00Z" for e in ins + dels)
    assert ["".join(t.text for t in e.iter(f"{W}t")) for e in ins] == ["05", "01"]
    assert ["".join(t.text for t in e.iter(f"{W}delText")) for e in dels] == ["5", "1"]
    ids = [e.get(f"{W}id") for e in ins + dels]
    assert len(set(ids)) == len(ids)
    # the reader (accepted view) sees the fixed text, and the rule is satisfied
    fixed = read_docx(out.read_bytes())
    para = result.findings[0].location.paragraph
    assert fixed.paragraphs[para].text == "Lâm Đồng, ngày 05 tháng 01 năm 2026"
    assert fixed.has_tracked_changes
    assert lint_docx(out, config=VB104).findings == []
    # every other paragraph is unchanged
    assert [p.text for i, p in enumerate(fixed.paragraphs) if i != para] == [
        p.text for i, p in enumerate(result.doc.paragraphs) if i != para
    ]


def test_run_formatting_is_kept(tmp_path: Path):
    spec = build.state_cong_van(date_text="Lâm Đồng, ngày 5 tháng 3 năm 2026")
    result = lint_docx(spec, config=VB104)
    data = apply_fixes(build.to_bytes(spec), result.findings, doc=result.doc).data
    doc = read_docx(data)
    para = doc.paragraphs[result.findings[0].location.paragraph]
    assert para.text == "Lâm Đồng, ngày 05 tháng 3 năm 2026"
    original = result.doc.paragraphs[para.index]
    assert {r.format for r in para.runs if r.text} == {r.format for r in original.runs if r.text}
    assert all(r.format.italic for r in para.runs if r.text.strip())


def test_replacement_across_runs_keeps_each_runs_format():
    spec = build.state_cong_van(
        body=[build.runs(("Đề nghị ", {}), ("các đơn", {"bold": True}), ("n vị thực hiện.", {}))]
    )
    built = build.build(spec)
    index = built.parts["noi_dung"][0]
    model = read_docx(built.data)
    text = model.paragraphs[index].text
    assert text == "Đề nghị các đơnn vị thực hiện."
    start = text.index("đơnn")
    fix = _edit(index, start, start + 4, "đơn", "đơnn")
    report = apply_fixes(built.data, [fix], doc=model)
    assert report.applied == 1
    after = read_docx(report.data).paragraphs[index]
    assert after.text == "Đề nghị các đơn vị thực hiện."
    bold = "".join(r.text for r in after.runs if r.format.bold)
    assert bold.startswith("các ")  # the bold run keeps its bold part


def test_several_fixes_in_one_paragraph_and_overlaps():
    spec = build.state_cong_van(body=[build.p("Một hai  ba  bốn.")])
    built = build.build(spec)
    i = built.parts["noi_dung"][0]
    model = read_docx(built.data)
    fixes = [
        _edit(i, 7, 9, " ", "  "),
        _edit(i, 11, 13, " ", "  "),
        _edit(i, 8, 12, "x"),  # overlaps both: skipped
    ]
    report = apply_fixes(built.data, fixes, doc=model)
    assert (report.applied, report.skipped) == (2, 1)
    assert read_docx(report.data).paragraphs[i].text == "Một hai ba bốn."


def test_unsafe_or_mismatched_fixes_are_skipped():
    spec = build.state_cong_van(body=[build.p("Một hai ba.")])
    built = build.build(spec)
    i = built.parts["noi_dung"][0]
    model = read_docx(built.data)
    unsafe = Finding(
        "VB990",
        "t",
        "m",
        Severity.ERROR,
        Location(paragraph=i, start=0, end=3),
        Fix("x", "y", False),
    )
    wrong_excerpt = _edit(i, 0, 3, "Hai", "Hai")
    elsewhere = Finding(
        "VB990",
        "t",
        "m",
        Severity.ERROR,
        Location(paragraph=0, start=0, end=1, story="textbox"),
        Fix("x", "y"),
    )
    out_of_range = _edit(i, 5, 50, "z")
    report = apply_fixes(built.data, [unsafe, wrong_excerpt, elsewhere, out_of_range], doc=model)
    assert report.applied == 0 and report.skipped == 3
    assert _tracked(report.data) == ([], [])
    # the model says another text for that paragraph: nothing is applied there
    other = read_docx(build.to_bytes(build.state_cong_van(body=[build.p("Khác hẳn.")])))
    report = apply_fixes(built.data, [_edit(i, 0, 3, "MỘT", "Một")], doc=other)
    assert report.applied == 0


def test_refuses_to_overwrite_the_input(tmp_path: Path):
    src = build.write(build.state_cong_van(), tmp_path / "a.docx")
    with pytest.raises(FixError):
        fix_file(src, tmp_path / "." / "a.docx", [])


def test_unreadable_input_is_a_fix_error():
    with pytest.raises(FixError):
        apply_fixes(b"not a zip", [])


CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus_real" / "docx"


def test_paragraph_indexes_and_texts_agree_with_the_reader_on_real_drafts():
    """The fixer finds paragraph N by the reader's rules: same count, same text, every file."""
    from linter.fixer import _main_paragraphs, _segments

    files = sorted(CORPUS.glob("*.docx"))
    assert len(files) >= 50
    total = 0
    for path in files:
        model = read_docx(path.read_bytes())
        paragraphs = _main_paragraphs(docx.Document(str(path)).element.body)
        assert len(paragraphs) == len(model.paragraphs), path.name
        for p, para in zip(paragraphs, model.paragraphs, strict=True):
            assert _segments(p)[0] == para.text, (path.name, para.index)
        total += len(paragraphs)
    assert total > 10_000
