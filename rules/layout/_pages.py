"""Shared helpers of the page-number rules (VB206-VB209)."""

from __future__ import annotations

from linter.model import Document, HeaderFooter, Section


def stories(doc: Document, kind: str) -> list[tuple[Section, HeaderFooter]]:
    """(section, header/footer) pairs Word prints on some page; ``kind`` is "headers" or
    "footers". A file keeps headers and footers Word does not use: the first-page ones of a
    section without "Different First Page" (w:titlePg), and the even-page ones when the
    document has no "Different Odd & Even Pages" (w:evenAndOddHeaders)."""
    return [(sec, hf) for sec in doc.sections for hf in getattr(sec, kind) if printed(doc, sec, hf)]


def printed(doc: Document, section: Section, hf: HeaderFooter) -> bool:
    """Whether Word prints ``hf``, a header or footer of ``section``, on any page."""
    if hf.kind == "first":
        return section.title_page
    if hf.kind == "even":
        return doc.even_and_odd_headers
    return True


def has_field(doc: Document, kind: str) -> bool:
    return any(hf.has_page_field for _, hf in stories(doc, kind))


def multi_page(doc: Document, chars: int) -> tuple[bool, bool]:
    """(more than one page, known from the saved page count)."""
    if doc.page_count is not None:
        return doc.page_count > 1, True
    total = sum(len(p.text) for p in doc.paragraphs)
    return total > chars, False


def shown_on_first_page(section: Section, kind: str) -> HeaderFooter | None:
    """The header/footer Word shows on the first page of ``section``."""
    items = {hf.kind: hf for hf in getattr(section, kind)}
    if section.title_page:
        return items.get("first")
    return items.get("default")
