"""VB114 number-type-abbreviation-wrong: real .docx examples (common mistake #14)."""

from __future__ import annotations

import pytest

from linter.finding import Severity
from rules.elements.number_type_abbreviation_wrong import NumberTypeAbbreviationWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = NumberTypeAbbreviationWrong


@pytest.mark.parametrize(
    "doc_type",
    ["quy_dinh", "chuong_trinh", "to_trinh", "giay_uy_quyen", "ban_ghi_nho", "giay_nghi_phep"],
)
def test_official_abbreviations_are_clean(doc_type):
    assert_clean(RULE, build.state_doc(doc_type))


def test_compliant_cong_van_is_clean():
    assert_clean(RULE, build.state_cong_van())


def test_mismatch_is_a_warning():
    spec = build.state_thong_bao(number_text="Số: 12/QĐ-SNV")
    (f,) = assert_flags(RULE, spec, severity=Severity.WARNING)
    assert "TB" in f.message


def test_wrong_case_is_an_error_with_safe_fix():
    (f,) = assert_flags(RULE, build.state_to_trinh(number_text="Số: 08/TTR-SNV"))
    assert f.severity is Severity.ERROR and f.fix is not None and f.fix.replacement == "TTr"


def test_old_form_is_a_warning():
    spec = build.state_doc("giay_uy_quyen", number_text="Số: 03/UQ-SNV")
    (f,) = assert_flags(RULE, spec, severity=Severity.WARNING)
    assert "01/2011" in f.message


def test_cv_is_not_an_official_abbreviation():
    spec = build.state_cong_van(number_text="Số: 15/CV-SNV")
    (f,) = assert_flags(RULE, spec, severity=Severity.ERROR)
    assert "CV" in f.message


def test_cong_van_symbol_without_its_unit_is_a_warning():
    # PL I, II.3.b: a công văn's symbol is the issuer and the drafting unit ("05/BNV-VP")
    found = assert_flags(RULE, build.state_cong_van(number_text="Số: 15/SNV"), count=1)
    assert found[0].severity == Severity.WARNING
    assert "chỉ có tên cơ quan" in found[0].message and "SNV-VP" in found[0].message
    assert_clean(RULE, build.state_cong_van(number_text="Số: 15/SNV-TCBC"))
