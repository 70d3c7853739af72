"""Write the safe text fixes of a lint run into a NEW .docx, as tracked changes.

Each fix replaces ``paragraph.text[start:end]`` of a main-story paragraph. In the copy, the old
characters become a tracked deletion (``w:del`` with ``w:delText``) and the replacement a tracked
insertion (``w:ins``), both authored by ``vblint``, so the drafter accepts or rejects each one in
Word (Review → Accept/Reject). Runs are split at the offsets and every piece keeps the run's
formatting (``w:rPr``). The original file is never written to.

Main-story paragraphs are counted as the reader counts them (design.md, Locations): every
``w:p`` of the body in document order, table cells and nested tables included, text boxes
(``w:txbxContent``) and the ``mc:Fallback`` copies excluded. The text of a paragraph is its
accepted view: runs inside ``w:del``/``w:moveFrom`` are left out, runs inside
``w:ins``/``w:moveTo`` are kept.

A fix is skipped, never forced, when it cannot be applied exactly: the paragraph's text here
differs from the model's (so offsets could be wrong), the span touches something that is not plain
text (a tab, a field, a drawing), a run inside someone else's tracked change, or it overlaps another
fix. :func:`apply_fixes` reports how many were applied and how many skipped.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from linter.finding import Finding
from linter.model import Document
from linter.reader import _sym_char

AUTHOR = "vblint"

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _q(tag: str) -> str:
    return f"{{{_W}}}{tag}"


_P, _R, _T, _RPR, _DEL, _INS, _DELTEXT = (
    _q("p"),
    _q("r"),
    _q("t"),
    _q("rPr"),
    _q("del"),
    _q("ins"),
    _q("delText"),
)
_TXBX = _q("txbxContent")
_FALLBACK = f"{{{_MC}}}Fallback"
_HIDDEN_CONTAINERS = {_DEL, _q("moveFrom"), _TXBX, _FALLBACK}
# Parents under which a run may be split and wrapped in w:del / w:ins.
_EDITABLE_PARENTS = {_P, _q("hyperlink"), _q("smartTag"), _q("sdtContent"), _q("fldSimple")}
# Run children that are text but that a fix may not cut through.
_CHAR_CHILDREN = {
    _q("tab"): "\t",
    _q("ptab"): "\t",
    _q("br"): "\n",
    _q("cr"): "\n",
    _q("noBreakHyphen"): "-",
    _q("softHyphen"): "",
}
_FIELD_CODE = {_q("instrText"), _q("delInstrText")}


class FixError(Exception):
    """The input cannot be opened or the output cannot be written (the CLI exits 2)."""


@dataclass(frozen=True)
class FixReport:
    applied: int
    skipped: int
    data: bytes


@dataclass
class _Seg:
    run: object  # lxml element w:r
    start: int  # offset of this run's text in the paragraph
    text: str
    plain: bool  # the run holds only w:rPr and w:t children


def _main_paragraphs(body: object) -> list[object]:
    out = []
    for p in body.iter(_P):  # type: ignore[attr-defined]
        anc = p.getparent()
        hidden = False
        while anc is not None and anc is not body:
            if anc.tag in (_TXBX, _FALLBACK):
                hidden = True
                break
            anc = anc.getparent()
        if not hidden:
            out.append(p)
    return out


def _in_hidden(el: object, p: object) -> bool:
    anc = el.getparent()  # type: ignore[attr-defined]
    while anc is not None and anc is not p:
        if anc.tag in _HIDDEN_CONTAINERS:
            return True
        anc = anc.getparent()
    return False


def _segments(p: object) -> tuple[str, list[_Seg]]:
    """The accepted-view text of a paragraph and the runs it comes from."""
    segs: list[_Seg] = []
    pos = 0
    in_field_code = False
    for r in p.iter(_R):  # type: ignore[attr-defined]
        if _in_hidden(r, p):
            continue
        parts: list[str] = []
        plain = True
        for child in r:
            tag = child.tag
            if tag == _RPR:
                continue
            if tag == _q("fldChar"):
                kind = child.get(_q("fldCharType"))
                in_field_code = kind == "begin"
                if kind == "separate":
                    in_field_code = False
                plain = False
                continue
            if tag == _T:
                if not in_field_code:
                    parts.append(child.text or "")
                continue
            plain = False
            if tag in _CHAR_CHILDREN and not in_field_code:
                parts.append(_CHAR_CHILDREN[tag])
            elif tag == _q("sym"):
                parts.append(_sym_char(child))  # the reader's mapping (symbol fonts → "•")
        text = "".join(parts)
        segs.append(_Seg(r, pos, text, plain and not in_field_code))
        pos += len(text)
    return "".join(s.text for s in segs), segs


class _Ids:
    def __init__(self, root: object) -> None:
        values = [
            int(v)
            for el in root.iter()  # type: ignore[attr-defined]
            if (v := el.get(_q("id"))) is not None and v.lstrip("-").isdigit()
        ]
        self.next = max(values, default=0) + 1

    def __call__(self) -> str:
        n = self.next
        self.next += 1
        return str(n)


def _run_with_text(template: object, text: str, *, deleted: bool = False) -> object:
    r = copy.deepcopy(template)
    for child in list(r):  # type: ignore[call-overload]
        if child.tag != _RPR:
            r.remove(child)  # type: ignore[attr-defined]
    t = r.makeelement(_DELTEXT if deleted else _T, {})  # type: ignore[attr-defined]
    t.text = text
    if text != text.strip() or "  " in text:
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)  # type: ignore[attr-defined]
    return r


def _replace(p: object, start: int, end: int, replacement: str, ids: _Ids, date: str) -> bool:
    """Apply one replacement in ``p`` as w:del + w:ins; False (nothing changed) if unsafe."""
    _, segs = _segments(p)
    touched = [s for s in segs if s.text and s.start < end and s.start + len(s.text) > start]
    if start == end:  # pure insertion: attach to the run that holds the position
        touched = [s for s in segs if s.start <= start <= s.start + len(s.text) and s.text][:1]
    if not touched:
        return False
    parent = touched[0].run.getparent()  # type: ignore[attr-defined]
    if any(not s.plain or s.run.getparent() is not parent for s in touched):  # type: ignore[attr-defined]
        return False
    if parent.tag not in _EDITABLE_PARENTS:
        return False
    attrs = {_q("id"): "", _q("author"): AUTHOR, _q("date"): date}
    first = touched[0]
    new_nodes: list[object] = []
    deleted_runs: list[object] = []
    for s in touched:
        a = max(start - s.start, 0)
        b = min(end - s.start, len(s.text))
        if s is first and a > 0:
            new_nodes.append(_run_with_text(s.run, s.text[:a]))
        if b > a:
            deleted_runs.append(_run_with_text(s.run, s.text[a:b], deleted=True))
        if s is touched[-1]:
            if deleted_runs:
                d = parent.makeelement(_DEL, {**attrs, _q("id"): ids()})
                for dr in deleted_runs:
                    d.append(dr)
                new_nodes.append(d)
            if replacement:
                ins = parent.makeelement(_INS, {**attrs, _q("id"): ids()})
                ins.append(_run_with_text(first.run, replacement))
                new_nodes.append(ins)
            if b < len(s.text):
                new_nodes.append(_run_with_text(s.run, s.text[b:]))
    anchor = first.run
    for node in new_nodes:
        anchor.addprevious(node)  # type: ignore[attr-defined]
    for s in touched:
        parent.remove(s.run)
    return True


def apply_fixes(
    source: str | Path | bytes,
    findings: Iterable[Finding],
    *,
    doc: Document | None = None,
    date: dt.datetime | None = None,
) -> FixReport:
    """The .docx bytes with every safe main-story fix applied as a tracked change.

    ``doc`` is the model the findings were computed on; when given, a paragraph whose text here
    differs from the model's is left alone (its offsets might not match).
    """
    try:
        import docx

        data = Path(source).read_bytes() if not isinstance(source, bytes) else source
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise FixError(f"{type(exc).__name__}: {exc}") from exc
    stamp = (date or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    root = document.element
    body = root.body
    paragraphs = _main_paragraphs(body)
    ids = _Ids(root)
    by_para: dict[int, list[Finding]] = {}
    skipped = 0
    for f in findings:
        loc = f.location
        if f.fix is None or not f.fix.safe:
            continue
        if loc.story is not None or loc.paragraph is None or loc.start is None or loc.end is None:
            skipped += 1
            continue
        by_para.setdefault(loc.paragraph, []).append(f)
    applied = 0
    for index, items in sorted(by_para.items()):
        if index >= len(paragraphs):
            skipped += len(items)
            continue
        p = paragraphs[index]
        text, _ = _segments(p)
        if doc is not None and (index >= len(doc.paragraphs) or doc.paragraphs[index].text != text):
            skipped += len(items)
            continue
        limit = len(text)  # fixes go right to left; each must end before the previous starts
        for f in sorted(items, key=lambda x: (x.location.start, x.location.end), reverse=True):
            start, end = f.location.start, f.location.end
            assert start is not None and end is not None and f.fix is not None
            if start > end or end > limit:
                skipped += 1
                continue
            if f.location.excerpt and not text[start:end].startswith(
                f.location.excerpt.rstrip("…")
            ):
                skipped += 1
                continue
            if _replace(p, start, end, f.fix.replacement, ids, stamp):
                applied += 1
                limit = start
            else:
                skipped += 1
    out = io.BytesIO()
    document.save(out)
    return FixReport(applied=applied, skipped=skipped, data=out.getvalue())


def fix_file(
    source: str | Path,
    output: str | Path,
    findings: Sequence[Finding],
    *,
    doc: Document | None = None,
    date: dt.datetime | None = None,
) -> FixReport:
    """Write the fixed copy to ``output``; refuses to write over ``source``."""
    src, dst = Path(source), Path(output)
    if src.resolve() == dst.resolve() or (dst.exists() and dst.samefile(src)):
        raise FixError("output is the input")
    report = apply_fixes(src, findings, doc=doc, date=date)
    try:
        dst.write_bytes(report.data)
    except OSError as exc:
        raise FixError(f"{type(exc).__name__}: {exc}") from exc
    return report


__all__ = ["AUTHOR", "FixError", "FixReport", "apply_fixes", "fix_file"]
