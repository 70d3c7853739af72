"""The document model: plain frozen values that rules read.

Only ``linter.reader`` (for .docx) and ``linter.textreader`` (for .txt) build these.
Units are written into field names (``_mm``, ``_pt``). ``None`` means "not known"
(for example a plain-text document has no formatting), never "inherited": the reader
has already resolved inheritance.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Story(StrEnum):
    """Which story a paragraph belongs to (design.md, Locations)."""

    BODY = "body"
    HEADER = "header"
    FOOTER = "footer"
    TEXTBOX = "textbox"
    FOOTNOTE = "footnote"


class Alignment(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"
    DISTRIBUTE = "distribute"


@dataclass(frozen=True, slots=True)
class RunFormat:
    """Effective character formatting, resolved through the whole style chain."""

    font_ascii: str | None = None
    font_hansi: str | None = None
    font_east_asia: str | None = None
    font_cs: str | None = None
    size_pt: float | None = None
    bold: bool = False
    italic: bool = False
    underline: str | None = None  # Word's w:u value ("single", "double", ...); None = none
    caps: bool = False  # w:caps (shown in capitals whatever the typed case)
    small_caps: bool = False
    strike: bool = False
    color: str | None = None  # "000000", "FF0000", "auto"; None = auto/unknown
    highlight: str | None = None
    hidden: bool = False  # w:vanish: hidden text (not shown or printed by default)

    @property
    def font(self) -> str | None:
        """The font Vietnamese Latin text is shown in (ascii, else hAnsi)."""
        return self.font_ascii or self.font_hansi


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    start: int  # offset of this run inside Paragraph.text
    format: RunFormat
    in_field_result: bool = False  # text produced by a field (PAGE, NUMPAGES, ...)

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class Border:
    style: str  # w:val: "single", "double", "dashed", "nil", ...
    size_pt: float | None = None  # w:sz is eighths of a point; converted


@dataclass(frozen=True, slots=True)
class ParagraphFormat:
    """Effective paragraph formatting (direct → style chain → defaults)."""

    alignment: Alignment | None = None
    indent_left_mm: float | None = None
    indent_right_mm: float | None = None
    first_line_mm: float | None = None  # positive = first-line indent, negative = hanging
    space_before_pt: float | None = None
    space_after_pt: float | None = None
    line_spacing: float | None = None  # lines for rule "auto" (1.0, 1.15, 1.5); points otherwise
    line_rule: str | None = None  # "auto" | "exact" | "atLeast"
    border_top: Border | None = None
    border_bottom: Border | None = None
    page_break_before: bool = False


@dataclass(frozen=True, slots=True)
class CellRef:
    """Position of a paragraph inside a table (nested tables: the innermost cell)."""

    table: int  # index into Document.tables
    row: int
    col: int
    depth: int = 1  # 1 = top-level table


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int  # 0-based index in its own story (design.md, Locations)
    text: str  # the runs' text as Word shows it, tracked changes accepted; no number label
    runs: tuple[Run, ...] = ()
    format: ParagraphFormat = field(default_factory=ParagraphFormat)
    style_id: str | None = None
    style_name: str | None = None
    label: str | None = None  # the visible auto-number label ("1.", "a)", "-"), if any
    num_level: int | None = None  # ilvl of the auto-numbering, if any
    story: Story = Story.BODY
    cell: CellRef | None = None
    section: int = 0  # index into Document.sections
    nfc: str = ""  # NFC form of text, for matching; equals text when already NFC
    has_drawing: bool = False  # an inline/anchored drawing or VML shape is anchored here

    def __post_init__(self) -> None:
        if not self.nfc:
            object.__setattr__(self, "nfc", unicodedata.normalize("NFC", self.text))

    @property
    def stripped(self) -> str:
        return self.nfc.strip()

    def to_original_offset(self, nfc_offset: int) -> int:
        """Map an offset in ``nfc`` back to ``text``; exact when text is already NFC."""
        if self.nfc == self.text:
            return nfc_offset
        # Walk the original text, counting NFC characters produced so far.
        count = 0
        for i in range(len(self.text) + 1):
            if count >= nfc_offset:
                return i
            count = len(unicodedata.normalize("NFC", self.text[: i + 1]))
        return len(self.text)

    @property
    def sizes_pt(self) -> frozenset[float]:
        """Effective sizes of the runs that carry visible text."""
        return frozenset(
            r.format.size_pt for r in self.runs if r.text.strip() and r.format.size_pt is not None
        )

    def all_runs(self, predicate: str) -> bool:
        """True when every run with visible text has the boolean format ``predicate`` set."""
        vis = [r for r in self.runs if r.text.strip()]
        return bool(vis) and all(getattr(r.format, predicate) for r in vis)


@dataclass(frozen=True, slots=True)
class Table:
    index: int
    rows: int
    cols: int
    depth: int = 1
    has_visible_borders: bool = False
    first_paragraph: int = 0  # body paragraph indexes covered (inclusive)
    last_paragraph: int = 0
    # Width of each cell, row by row (grid columns spanned, else w:tcW); None when unknown.
    cell_widths_mm: tuple[tuple[float | None, ...], ...] = ()

    def cell_width_mm(self, row: int, col: int) -> float | None:
        if 0 <= row < len(self.cell_widths_mm) and 0 <= col < len(self.cell_widths_mm[row]):
            return self.cell_widths_mm[row][col]
        return None


@dataclass(frozen=True, slots=True)
class HeaderFooter:
    kind: str  # "default" | "first" | "even"
    paragraphs: tuple[Paragraph, ...]
    has_page_field: bool = False  # a PAGE field is present
    page_field_alignment: Alignment | None = None
    page_field_size_pt: float | None = None
    # the PAGE field's number-format switch ("\\* roman" → "roman"), when it is not Arabic
    page_field_format: str | None = None


@dataclass(frozen=True, slots=True)
class Section:
    index: int
    page_width_mm: float | None = None
    page_height_mm: float | None = None
    orientation: str = "portrait"  # "portrait" | "landscape"
    margin_top_mm: float | None = None
    margin_bottom_mm: float | None = None
    margin_left_mm: float | None = None
    margin_right_mm: float | None = None
    header_distance_mm: float | None = None
    footer_distance_mm: float | None = None
    title_page: bool = False  # w:titlePg: a different first-page header/footer
    page_number_start: int | None = None  # w:pgNumType/@w:start
    headers: tuple[HeaderFooter, ...] = ()
    footers: tuple[HeaderFooter, ...] = ()
    first_paragraph: int = 0  # body paragraph range of this section (inclusive)
    last_paragraph: int = 0
    page_number_format: str | None = None  # w:pgNumType/@w:fmt ("decimal", "lowerRoman", …)


@dataclass(frozen=True, slots=True)
class Shape:
    """A drawn shape (DrawingML or VML), e.g. the line under the Quốc hiệu."""

    kind: str  # "line" | "rect" | "textbox" | "picture" | "other"
    paragraph: int | None  # body paragraph it is anchored in (None: header/footer/other story)
    story: Story = Story.BODY
    width_mm: float | None = None
    height_mm: float | None = None
    offset_x_mm: float | None = None  # horizontal position relative to its anchor, if known
    offset_y_mm: float | None = None
    text: str = ""  # text inside a text box shape
    textbox_paragraphs: tuple[int, ...] = ()  # its paragraphs' indexes in Document.textboxes


@dataclass(frozen=True, slots=True)
class Document:
    paragraphs: tuple[Paragraph, ...]  # main story (body + table cells, document order)
    sections: tuple[Section, ...] = ()
    tables: tuple[Table, ...] = ()
    textboxes: tuple[Paragraph, ...] = ()  # story TEXTBOX, own 0-based indexes
    footnotes: tuple[Paragraph, ...] = ()
    shapes: tuple[Shape, ...] = ()
    has_formatting: bool = True  # False for documents read from plain text
    has_tracked_changes: bool = False  # pending w:ins / w:del / format changes
    comment_count: int = 0
    legacy_fonts: tuple[str, ...] = ()  # 8-bit Vietnamese fonts seen (".VnTime", "VNI-Times")
    legacy_encoding: bool = False  # text looks like TCVN3/VNI bytes shown as Unicode
    page_count: int | None = None  # from docProps/app.xml, when Word saved it
    default_font: str | None = None  # docDefaults / Normal font after theme resolution
    source_name: str = ""  # file name, for messages only
    # w:evenAndOddHeaders in word/settings.xml: without it Word never prints a section's
    # "even" header and footer (they stay stored in the file, unseen)
    even_and_odd_headers: bool = False

    @property
    def body(self) -> tuple[Paragraph, ...]:
        return self.paragraphs


def slot_setters(cls: type, names: tuple[str, ...]) -> tuple[Callable[[Any, Any], None], ...]:
    """The slot setters of a frozen, slotted model class, in the order of ``names``: the reader
    builds thousands of runs, formats and paragraphs by setting their slots directly (what the
    dataclass ``__init__`` does through ``object.__setattr__``, at a third to half the cost).
    ``names`` must be the class's fields in their order: a field added, removed or moved fails
    here, on import, instead of filling the wrong slot."""
    slots = tuple(cls.__slots__)  # type: ignore[attr-defined]
    if slots != names:
        raise TypeError(f"{cls.__name__} fields are {slots}, not {names}")
    return tuple(getattr(cls, name).__set__ for name in names)
