"""Rule base class and the per-document context rules read.

A rule only reports: selection, severity overrides and output belong to the core.
The subclass docstring is the rule's documentation (headings of code_style_anchors B7).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any, ClassVar

from linter.finding import Finding, Fix, Location, Severity
from linter.model import Document, Paragraph
from linter.parts import Anatomy


@dataclass(frozen=True)
class NoOptions:
    """A rule without options."""


@dataclass(frozen=True)
class Profile:
    """An organisation's profile from the config (issue 3)."""

    family: str | None = None  # default family when the document does not say
    issuer_abbreviations: tuple[str, ...] = ()  # own issuer abbreviations, e.g. ("UBND", "SNV")
    units: tuple[str, ...] = ()  # own drafting units, e.g. ("VP", "KGVX")
    place: str | None = None  # địa danh, e.g. "Lâm Đồng"


class Context:
    """Everything a rule may read about one document. Built by the engine."""

    def __init__(
        self,
        doc: Document,
        anatomy: Anatomy,
        *,
        stage: str = "draft",
        lang: str = "vi",
        today: dt.date | None = None,
        profile: Profile | None = None,
        parents: tuple[Any, ...] = (),
        corpus: Any = None,
    ) -> None:
        self.doc = doc
        self.anatomy = anatomy
        self.stage = stage
        self.lang = lang
        self.today = today or dt.date.today()
        self.profile = profile or Profile()
        self.parents = parents
        self.corpus = corpus
        self._cache: dict[str, Any] = {}

    @property
    def issued(self) -> bool:
        return self.stage == "issued"

    @cached_property
    def regime_data(self) -> dict[str, Any]:
        """The numbers of the regime that applies (rules/data/<regime>.toml)."""
        from rules.data import load_regime

        return load_regime(self.anatomy.regime) if self.anatomy.regime else {}

    def memo(self, key: str, factory: Any) -> Any:
        """Compute something once per document and share it between rules (e.g. tasks)."""
        if key not in self._cache:
            self._cache[key] = factory()
        return self._cache[key]

    def t(self, vi: str, en: str) -> str:
        """Pick the message in the user's language."""
        return en if self.lang == "en" else vi


class Rule:
    """Base for all rules. The subclass docstring is the rule's documentation."""

    code: ClassVar[str]  # "VB104"
    name: ClassVar[str]  # "date-missing-leading-zero" (names the defect)
    summary: ClassVar[str]  # one Vietnamese line, shown in lists
    summary_en: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.ERROR  # default; config may override
    fixable: ClassVar[bool] = False
    source: ClassVar[str] = ""  # clause cited in findings
    Options: ClassVar[type] = NoOptions
    # Applicability; the engine skips rules that do not apply to a document.
    families: ClassVar[frozenset[str]] = frozenset({"state", "party", "unknown"})
    regimes: ClassVar[frozenset[str] | None] = None  # None = any regime (and none)
    doc_types: ClassVar[frozenset[str] | None] = None  # None = any type
    needs_formatting: ClassVar[bool] = False  # skip documents read from plain text

    def __init__(self, options: object | None = None) -> None:
        self.options: Any = options if options is not None else self.Options()

    def applies(self, ctx: Context) -> bool:
        a = ctx.anatomy
        if a.family not in self.families:
            return False
        if self.regimes is not None and a.regime not in self.regimes:
            return False
        if self.doc_types is not None and a.doc_type not in self.doc_types:
            return False
        return not (self.needs_formatting and not ctx.doc.has_formatting)

    def check(self, ctx: Context) -> Iterator[Finding]:
        raise NotImplementedError

    # -- helpers for subclasses -------------------------------------------------

    def finding(
        self,
        ctx: Context,
        vi: str,
        en: str,
        location: Location,
        *,
        fix: Fix | None = None,
        severity: Severity | None = None,
        source: str | None = None,
    ) -> Finding:
        """Build a finding in the user's language; ``part`` is filled from the anatomy."""
        if location.part is None and location.paragraph is not None and location.story is None:
            part = ctx.anatomy.part_of(location.paragraph)
            if part is not None:
                location = _with(location, part=part)
        return Finding(
            code=self.code,
            name=self.name,
            message=ctx.t(vi, en),
            severity=severity or self.severity,
            location=location,
            fix=fix,
            source=source or self.source or None,
        )

    @staticmethod
    def at(
        para: Paragraph,
        start: int | None = None,
        end: int | None = None,
        *,
        part: str | None = None,
    ) -> Location:
        """A location in a paragraph; the whole paragraph when no span is given."""
        story = None if para.story.value == "body" else para.story.value
        excerpt = para.text.strip() if start is None else para.text[start:end]
        if len(excerpt) > 60:
            excerpt = excerpt[:59] + "…"
        return Location(
            paragraph=para.index,
            start=start,
            end=end,
            excerpt=excerpt,
            part=part,
            label=para.label,
            story=story,
            section=para.section if story in ("header", "footer") else None,
        )


def _with(location: Location, **changes: Any) -> Location:
    from dataclasses import replace

    return replace(location, **changes)


__all__ = ["Context", "NoOptions", "Profile", "Rule"]
