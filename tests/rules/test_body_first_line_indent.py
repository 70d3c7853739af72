"""VB213 body-first-line-indent: real .docx examples (failing and passing)."""

from __future__ import annotations

import pytest

from rules.layout.body_first_line_indent import BodyFirstLineIndent
from tests import build
from tests.ruletest import assert_clean, assert_flags


@pytest.mark.parametrize("indent", [0.0, 20.0, 15.0])
def test_wrong_first_line_indent(indent):
    assert_flags(BodyFirstLineIndent, build.state_bao_cao(body_first_line_mm=indent))


@pytest.mark.parametrize("indent", [10.0, 12.7])
def test_one_or_1_27_cm_pass(indent):
    assert_clean(BodyFirstLineIndent, build.state_bao_cao(body_first_line_mm=indent))
