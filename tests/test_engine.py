"""The engine: selection, applicability, crash isolation (VB002), severities, reading order,
unreadable inputs (VB001) and exit codes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from linter.config import Config
from linter.engine import (
    FileResult,
    exit_code,
    lint_bytes,
    lint_document,
    lint_path,
    reading_order,
    rule_meta,
)
from linter.finding import Finding, Location, Severity
from linter.model import Document, Paragraph, Story
from linter.parts import Anatomy, PartRef
from linter.rule import Context, Rule


def _doc(*texts: str) -> Document:
    return Document(paragraphs=tuple(Paragraph(index=i, text=t) for i, t in enumerate(texts)))


STATE = Anatomy(family="state", regime="nd30", parts={"trich_yeu": PartRef("Về việc", 1)})


class Everywhere(Rule):
    """Flags the first character of every paragraph (test rule)."""

    code = "VB990"
    name = "test-everywhere"
    summary = "test"
    severity = Severity.WARNING

    def check(self, ctx: Context) -> Iterator[Finding]:
        for p in reversed(ctx.doc.paragraphs):  # deliberately out of order
            yield self.finding(ctx, vi="đoạn", en="paragraph", location=self.at(p, 0, 1))


class Boom(Rule):
    """Crashes (test rule)."""

    code = "VB991"
    name = "test-boom"
    summary = "test"

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield self.finding(ctx, vi="trước", en="before", location=Location())
        raise ZeroDivisionError("chia cho 0\nTraceback line that must not show")


class PartyOnly(Rule):
    """Applies to Party documents only (test rule)."""

    code = "VB992"
    name = "test-party-only"
    summary = "test"
    families = frozenset({"party"})

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield self.finding(ctx, vi="đảng", en="party", location=Location())


class Whole(Rule):
    """Document-level and section-level findings (test rule)."""

    code = "VB993"
    name = "test-whole"
    summary = "test"
    severity = Severity.INFO

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield self.finding(ctx, vi="mục", en="section", location=Location(section=0))
        yield self.finding(ctx, vi="toàn văn", en="whole", location=Location())
        yield self.finding(
            ctx,
            vi="đầu trang",
            en="header",
            location=Location(paragraph=0, story="header", section=0),
        )


def test_runs_rules_sorts_and_fills_part():
    result = lint_document(
        _doc("a", "b", "c"), anatomy=STATE, rules=[Everywhere, Whole], path="x.docx"
    )
    locs = [(f.code, f.location.paragraph, f.location.story) for f in result.findings]
    assert locs == [
        ("VB993", None, None),  # document level first
        ("VB993", None, None),  # then section level
        ("VB990", 0, None),
        ("VB990", 1, None),
        ("VB990", 2, None),
        ("VB993", 0, "header"),  # other stories after the main story
    ]
    assert result.findings[0].location.section is None
    assert result.findings[1].location.section == 0
    assert result.findings[3].location.part == "trich_yeu"  # filled from the anatomy
    assert result.checked == ("VB990", "VB993")
    assert result.path == "x.docx" and result.family == "state" and result.regime == "nd30"


def test_crashing_rule_becomes_vb002_and_others_still_run():
    result = lint_document(_doc("a"), anatomy=STATE, rules=[Boom, Everywhere], lang="vi")
    codes = [f.code for f in result.findings]
    assert codes.count("VB002") == 1
    assert "VB990" in codes
    assert "VB991" not in codes  # partial output of a crashed rule is dropped
    crash = next(f for f in result.findings if f.code == "VB002")
    assert crash.severity is Severity.ERROR
    assert "VB991" in crash.message and "test-boom" in crash.message
    assert "ZeroDivisionError" in crash.message
    assert "Traceback" not in crash.message and "\n" not in crash.message
    assert result.fails(Severity.ERROR)
    en = lint_document(_doc("a"), anatomy=STATE, rules=[Boom], lang="en")
    assert en.findings[0].message.startswith("Rule VB991")


def test_applicability_and_skipped():
    result = lint_document(_doc("a"), anatomy=STATE, rules=[PartyOnly, Everywhere])
    assert [f.code for f in result.findings] == ["VB990"]
    assert result.skipped == ("VB992",)
    party = lint_document(_doc("a"), anatomy=Anatomy(family="party"), rules=[PartyOnly])
    assert [f.code for f in party.findings] == ["VB992"]


def test_config_selection_and_severity_override():
    cfg = Config(ignore=("VB99",), select=("VB", "VB990"), severity={"VB990": Severity.ERROR})
    result = lint_document(_doc("a"), anatomy=STATE, rules=[Everywhere, Whole], config=cfg)
    assert {f.code for f in result.findings} == {"VB990"}
    assert all(f.severity is Severity.ERROR for f in result.findings)
    # an instance passed in is filtered by the config too
    result = lint_document(_doc("a"), anatomy=STATE, rules=[Whole()], config=cfg)
    assert result.findings == []


def test_reading_order_ties_are_stable():
    a = Finding("VB2", "b", "m", Severity.INFO, Location(paragraph=3, start=5))
    b = Finding("VB1", "a", "m", Severity.INFO, Location(paragraph=3, start=5))
    c = Finding("VB1", "a", "m", Severity.INFO, Location(paragraph=3, start=1))
    d = Finding("VB1", "a", "m", Severity.INFO, Location(paragraph=0, story="textbox"))
    assert sorted([a, b, c, d], key=reading_order) == [c, b, a, d]


def test_to_dict_contract():
    result = lint_document(_doc("a"), anatomy=STATE, rules=[Everywhere], path="d.docx")
    data = result.to_dict()
    assert list(data) == ["path", "error", "family", "regime", "doc_type", "findings"]
    assert data["findings"][0]["location"]["paragraph"] == 0
    assert "anatomy" not in data and "doc" not in data


def test_exit_codes():
    ok = FileResult(path="a")
    warn = FileResult(
        path="b",
        findings=[Finding("VB1", "x", "m", Severity.WARNING, Location())],
    )
    err = FileResult(path="c", findings=[Finding("VB1", "x", "m", Severity.ERROR, Location())])
    from linter.engine import FileError

    bad = FileResult(path="d", error=FileError("VB001", "hỏng"))
    assert exit_code([ok], Severity.ERROR) == 0
    assert exit_code([ok, warn], Severity.ERROR) == 0
    assert exit_code([ok, warn], Severity.WARNING) == 1
    assert exit_code([err], Severity.ERROR) == 1
    assert exit_code([err], Severity.ERROR, exit_zero=True) == 0
    assert exit_code([err, bad], Severity.ERROR) == 2
    assert exit_code([ok, bad], Severity.ERROR, exit_zero=True) == 2


def test_unreadable_inputs_give_vb001(tmp_path: Path):
    junk = tmp_path / "junk.docx"
    junk.write_bytes(b"this is not a zip file")
    result = lint_path(junk)
    assert result.error is not None and result.error.code == "VB001"
    assert result.findings == [] and result.error.message
    assert result.to_dict()["error"]["code"] == "VB001"
    en = lint_bytes(b"PK\x03\x04 broken", "x.docx", lang="en")
    assert en.error is not None and en.error.code == "VB001"
    assert en.error.message != result.error.message


def test_textbox_paragraph_location():
    tb = Paragraph(index=0, text="ngày 5", story=Story.TEXTBOX)
    loc = Rule.at(tb, 5, 6)
    assert loc.story == "textbox" and loc.excerpt == "5"


def test_rule_meta_knows_core_codes_and_rules():
    assert rule_meta("VB001").name == "unreadable-input"
    assert rule_meta("vb002").name == "rule-crashed"
    assert rule_meta("VB104").fixable is True
    assert rule_meta("VB9999") is None


@pytest.mark.parametrize("stage", ["draft", "issued"])
def test_stage_reaches_rules(stage):
    seen: list[str] = []

    class Spy(Rule):
        """Records the stage (test rule)."""

        code = "VB994"
        name = "test-spy"
        summary = "test"

        def check(self, ctx: Context) -> Iterator[Finding]:
            seen.append(ctx.stage)
            return iter(())

    result = lint_document(_doc("a"), anatomy=STATE, rules=[Spy], stage=stage)
    assert seen == [stage] and result.stage == stage
