"""Findings: what a rule reports. Flat, serialisable, no behaviour."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"  # violates a mandatory provision ([H] fact)
    WARNING = "warning"  # probably wrong; needs a human look ([M] fact, content checks)
    INFO = "info"  # suggestion ([L] fact)

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding points (design.md, Locations: contract)."""

    paragraph: int | None = None  # index in the story; None = section- or document-level
    start: int | None = None  # offsets into Paragraph.text, end exclusive
    end: int | None = None
    excerpt: str = ""
    part: str | None = None  # anatomy part name
    label: str | None = None  # auto-number label of the paragraph, if any
    story: str | None = None  # None = main story; "header"|"footer"|"textbox"|"footnote"
    section: int | None = None


@dataclass(frozen=True, slots=True)
class Fix:
    title: str  # "Thêm số 0: 05"
    replacement: str  # replaces paragraph.text[start:end]
    safe: bool = True


@dataclass(frozen=True, slots=True)
class Finding:
    code: str  # "VB104"
    name: str  # "date-missing-leading-zero"
    message: str  # in the language asked for; states the actual and the expected value
    severity: Severity
    location: Location
    fix: Fix | None = None
    source: str | None = None  # the clause: "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4"

    def with_severity(self, severity: Severity) -> Finding:
        return replace(self, severity=severity)

    def to_dict(self) -> dict[str, object]:
        loc = self.location
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "location": {
                "part": loc.part,
                "paragraph": loc.paragraph,
                "start": loc.start,
                "end": loc.end,
                "excerpt": loc.excerpt,
                "label": loc.label,
                "story": loc.story,
                "section": loc.section,
            },
            "fix": (
                None
                if self.fix is None
                else {
                    "title": self.fix.title,
                    "replacement": self.fix.replacement,
                    "safe": self.fix.safe,
                }
            ),
            "source": self.source,
        }
