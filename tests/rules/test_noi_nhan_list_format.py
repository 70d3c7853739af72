"""VB166 noi-nhan-list-format: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.elements.noi_nhan_list_format import NoiNhanListFormat
from tests import build
from tests.ruletest import assert_clean, assert_flags, findings_of


def test_list_in_13_pt():
    spec = build.state_cong_van().fmt("noi_nhan", size=13)
    found = assert_flags(NoiNhanListFormat, spec, count=1)
    assert "cỡ 13 pt (3/3 dòng)" in found[0].message


def test_list_in_11_pt_passes():
    assert_clean(NoiNhanListFormat, build.state_cong_van())


def test_smaller_drafter_initials_on_the_luu_line_pass(tmp_path) -> None:
    """Real drafts set the drafter's initials smaller ("- Lưu: VT, NC.Châu" with ".Châu" in
    9 pt); the decree gives no size for them."""
    spec = build.state_cong_van(
        noi_nhan=["Nơi nhận:", "- Như trên;", "- Lưu: VT, NC.Châu."],
    )
    path = build.write(spec, tmp_path / "ok.docx")
    _shrink_tail(path, "Châu.", 9)
    assert_clean(NoiNhanListFormat, path)


def test_a_small_unit_before_the_last_comma_is_still_flagged(tmp_path) -> None:
    spec = build.state_cong_van(noi_nhan=["Nơi nhận:", "- Như trên;", "- Lưu: VT, NC."])
    path = build.write(spec, tmp_path / "bad.docx")
    _shrink_tail(path, "VT", 9)
    assert [f.code for f in findings_of(NoiNhanListFormat, path)] == ["VB166"]


def _shrink_tail(path, text: str, size_pt: int) -> None:
    """Split the run holding ``text`` and set that piece to ``size_pt`` (a direct edit)."""
    import docx
    from docx.shared import Pt

    d = docx.Document(str(path))
    for p in d.paragraphs + [p for t in d.tables for c in t._cells for p in c.paragraphs]:
        if text in p.text and "Lưu" in p.text:
            full = p.text
            for r in list(p.runs):
                r._r.getparent().remove(r._r)
            head, tail = full.split(text, 1)
            a = p.add_run(head)
            b = p.add_run(text)
            c = p.add_run(tail)
            for r in (a, c):
                r.font.size = Pt(11)
            b.font.size = Pt(size_pt)
            break
    d.save(str(path))
