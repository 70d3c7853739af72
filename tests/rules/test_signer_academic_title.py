"""VB162 signer-academic-title: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.elements.signer_academic_title import SignerAcademicTitle
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_doctor_before_the_name_is_removed():
    spec = build.state_cong_van(ho_ten_ky="TS. Trần Thị Bình")
    found = assert_flags(SignerAcademicTitle, spec, count=1, excerpts=["TS. "])
    assert found[0].fix is not None and found[0].fix.replacement == ""


def test_name_alone_and_allowed_titles_pass():
    assert_clean(SignerAcademicTitle, build.state_cong_van())
    spec = build.state_cong_van(ho_ten_ky="PGS.TS. Trần Thị Bình")
    assert_clean(SignerAcademicTitle(SignerAcademicTitle.Options(allow_titles=True)), spec)
