"""Party fixtures through the whole engine with every rule (issue 5, "Done when").

- The compliant Party fixtures (Kết luận, Nghị quyết, Kế hoạch, Công văn, Thông báo, Báo cáo)
  give no error and no warning from the format rules under both regimes: dated before
  09/01/2026 (party-2017), between 09/01 and 26/05/2026 (party-2026 presented per HD 36) and from
  27/05/2026 (party-2026, HD 05). The content rules (VB7xx, KL 226 "six clears") judge what the
  text says, not its format; the fixtures' generic text is not written to satisfy them.
- The sample Kết luận 226-KL/TW laid out as the original gives no error from the format rules.
- A State document is never judged by Party rules and a Party document never by State-only rules;
  a document of unknown family gets VB005 and only family-independent rules.
- Every Party finding says which regime was applied and why.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from linter.engine import lint_path
from linter.finding import Severity
from rules import ALL_RULES
from tests import build
from tests.ruletest import lint_docx, neutral_doc

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 12, 1)
PARTY_FACTORIES = [
    "party_ket_luan",
    "party_nghi_quyet",
    "party_ke_hoach",
    "party_cong_van",
    "party_thong_bao",
    "party_bao_cao",
]
DATES = {
    "party-2017": dt.date(2025, 12, 19),
    "party-2026-hd36": dt.date(2026, 3, 10),
    "party-2026-hd05": dt.date(2026, 11, 16),
}
STATE_ONLY = {r.code for r in ALL_RULES if r.families == frozenset({"state"})}
PARTY_ONLY = {r.code for r in ALL_RULES if r.families == frozenset({"party"})}
FAMILY_RULES = {r.code for r in ALL_RULES if "unknown" not in r.families}


def _format_findings(result):
    return [
        f
        for f in result.findings
        if not f.code.startswith(("VB7", "VB8")) and f.severity is not Severity.INFO
    ]


@pytest.mark.parametrize("when", sorted(DATES))
@pytest.mark.parametrize("factory", PARTY_FACTORIES)
def test_compliant_party_fixture_has_no_error_or_warning(factory, when):
    spec = build.FACTORIES[factory](date=DATES[when])
    result = lint_docx(spec, today=TODAY)
    assert result.family == "party"
    assert result.regime == ("party-2017" if when == "party-2017" else "party-2026")
    assert (result.anatomy.guidance == "HD05") == (when == "party-2026-hd05")
    assert set(result.checked) >= PARTY_ONLY, sorted(PARTY_ONLY - set(result.checked))
    bad = _format_findings(result)
    assert not bad, [(f.code, f.severity.value, f.message) for f in bad]


@pytest.mark.parametrize("factory", PARTY_FACTORIES)
def test_party_document_is_never_judged_by_state_only_rules(factory):
    result = lint_docx(build.FACTORIES[factory](), today=TODAY)
    assert not STATE_ONLY & set(result.checked)
    assert not any(f.code in STATE_ONLY for f in result.findings)


@pytest.mark.parametrize("factory", ["state_cong_van", "state_quyet_dinh", "state_ke_hoach"])
def test_state_document_is_never_judged_by_party_rules(factory):
    result = lint_docx(build.FACTORIES[factory](), today=TODAY)
    assert result.family == "state"
    assert not PARTY_ONLY & set(result.checked)
    assert not any(f.code.startswith("VB6") for f in result.findings)


def test_unknown_family_gets_one_clear_finding_and_only_family_independent_rules():
    result = lint_docx(neutral_doc(), today=TODAY)
    assert result.family == "unknown"
    assert [f.code for f in result.findings if f.code == "VB005"] == ["VB005"]
    assert not FAMILY_RULES & set(result.checked)


def test_kl_226_sample_laid_out_as_the_original_has_no_error():
    path = ROOT / "corpus" / "samples" / "party_ket_luan_226-KL-TW.docx"
    result = lint_path(path, today=TODAY)
    assert result.family == "party" and result.regime == "party-2017"
    # Format rules only: the content rules (VB7xx) compare the text with the corpus, in which
    # this document is itself the reference (their owner's concern, not the layout's).
    errors = [
        f
        for f in result.findings
        if f.severity is Severity.ERROR and not f.code.startswith(("VB002", "VB7", "VB8"))
    ]
    assert not errors, [(f.code, f.message) for f in errors]
    crashed = [f for f in result.findings if f.code == "VB002" and "VB6" in f.message]
    assert not crashed


def test_every_party_finding_states_the_regime_and_why():
    spec = build.party_cong_van(
        date=DATES["party-2017"], number_text="Số: 5/CV-ĐU", quyen_han_ky="TM. BAN THƯỜNG VỤ"
    )
    for lang, word in (("vi", "Chế độ:"), ("en", "Regime:")):
        result = lint_docx(spec, today=TODAY, lang=lang)
        party = [f for f in result.findings if f.code.startswith("VB6")]
        assert {"VB606", "VB617"} <= {f.code for f in party}
        for f in party:
            assert word in f.message and ("19/12/2025" in f.message), f.message
            assert f.source and ("36-HD/VPTW" in f.source or "66-QĐ/TW" in f.source)


def test_hd05_conventions_are_not_flagged_where_hd05_applies_but_are_under_hd36():
    hd05 = build.party_ket_luan(date=DATES["party-2026-hd05"])  # Nơi nhận items end ";"
    assert not [f for f in lint_docx(hd05, today=TODAY).findings if f.code == "VB624"]
    hd36 = build.party_ket_luan(
        date=DATES["party-2017"],
        noi_nhan=["- Các chi bộ trực thuộc;", "- Lưu Văn phòng Đảng ủy."],
    )
    codes = [f.code for f in lint_docx(hd36, today=TODAY).findings]
    assert "VB624" in codes
