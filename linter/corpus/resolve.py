"""Finding a draft's parent documents: its citations looked up in the corpus, plus ``--parent``.

Also turns a read Document (a ``.docx`` or ``.txt`` given with ``--parent`` or ``corpus add``)
into a reference document: metadata from the anatomy, body paragraphs only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from linter.content.copy import Parent
from linter.corpus.loader import RefDoc
from linter.model import Document
from linter.parts import Anatomy, Citation

# Parts that are never body text, and the paragraphs that end the body.
_HEAD_PARTS = (
    "quoc_hieu",
    "tieu_ngu",
    "tieu_de_dang",
    "co_quan_chu_quan",
    "co_quan_ban_hanh",
    "so_ky_hieu",
    "dia_danh_ngay_thang",
    "ten_loai",
    "trich_yeu",
    "kinh_gui",
)
_TAIL_PARTS = ("noi_nhan", "quyen_han_ky", "chuc_vu_ky", "ho_ten_ky")
_TAIL_LINE = re.compile(r"^\s*(Nơi nhận|Noi nhan)\b", re.IGNORECASE)
_SKIP_LINE = re.compile(r"^\s*(Căn cứ|Kính gửi)\b", re.IGNORECASE)


def body_paragraphs(doc: Document, anatomy: Anatomy | None) -> list[int]:
    """Main-story paragraph indexes of the body (nội dung), header and Nơi nhận/signature left out.

    Uses the anatomy's ``noi_dung`` part when it found one; otherwise everything between the
    last header part and the first closing part that belongs to no other part.
    """
    paras = doc.paragraphs
    if anatomy is not None:
        body = [r.paragraph for r in anatomy.part_list("noi_dung") if r.story is None]
        if body:
            return sorted(set(body))
    start = 0
    end = len(paras)
    if anatomy is not None:
        heads = [r.paragraph for name in _HEAD_PARTS for r in anatomy.part_list(name)]
        tails = [r.paragraph for name in _TAIL_PARTS for r in anatomy.part_list(name)]
        if heads:
            start = max(heads) + 1
        if tails:
            end = min(min(tails), end)
    out: list[int] = []
    for p in paras[start:end]:
        if _TAIL_LINE.match(p.nfc):
            break
        if not p.stripped or _SKIP_LINE.match(p.nfc):
            continue
        if anatomy is not None and anatomy.part_of(p.index) not in (None, "noi_dung"):
            continue
        out.append(p.index)
    return out


def refdoc_from_document(
    doc: Document, anatomy: Anatomy | None = None, *, source: str = ""
) -> RefDoc:
    """A reference document from a read draft/document: anatomy metadata, body text."""
    if anatomy is None:
        anatomy = _analyse(doc)
    number = None
    if anatomy is not None and anatomy.number is not None:
        raw = anatomy.number.raw
        number = re.sub(r"^\s*Số\s*:?\s*", "", raw).strip() or None
    title = None
    if anatomy is not None:
        ref = anatomy.part("trich_yeu")
        title = ref.text.strip() if ref else None
    idx = body_paragraphs(doc, anatomy)
    paragraphs = [doc.paragraphs[i].stripped for i in idx]
    paragraphs = [
        f"{doc.paragraphs[i].label} {t}" if doc.paragraphs[i].label else t
        for i, t in zip(idx, paragraphs, strict=True)
        if t
    ]
    return RefDoc(
        number=number,
        doc_type=anatomy.doc_type if anatomy is not None else None,
        date=anatomy.date if anatomy is not None else None,
        issuer=(anatomy.number.issuer if anatomy is not None and anatomy.number else None),
        title=title,
        paragraphs=paragraphs,
        source=source or doc.source_name,
    )


def _analyse(doc: Document) -> Anatomy | None:
    try:
        from linter.anatomy import analyse
    except ImportError:  # the anatomy is optional for this module
        return None
    return analyse(doc)


def parent_from_refdoc(ref: RefDoc, *, key: str) -> Parent:
    return Parent.from_paragraphs(
        ref.paragraphs,
        key=key,
        number=ref.number,
        title=ref.title,
        doc_type=ref.doc_type,
        label=ref.label,
        clauses=ref.clauses,
    )


@dataclass(frozen=True)
class Resolution:
    """The parents found for one draft, and the citations the corpus does not hold."""

    parents: tuple[Parent, ...]
    missing: tuple[Citation, ...]
    store: Any = None  # the CorpusStore used, or None


def resolve(
    anatomy: Anatomy,
    *,
    parents: Sequence[Any] = (),
    corpus: Any = None,
) -> Resolution:
    """Look every citation up in the corpus; add the explicit parents (Documents or Parents)."""
    from linter.content.normalize import number_key
    from linter.corpus.store import resolve_store

    store = resolve_store(corpus)
    found: dict[str, Parent] = {}
    missing: list[Citation] = []
    seen_numbers: set[str] = set()
    own = own_number_key(anatomy)
    for cit in anatomy.citations:
        if not cit.number:
            continue
        key = cit.number.strip()
        if key in seen_numbers:
            continue
        seen_numbers.add(key)
        if own is not None and own == number_key(key):
            continue
        hits = store.lookup(key, cit.type) if store is not None else []
        if not hits and store is not None:
            hits = store.lookup(key)
        if not hits:
            missing.append(cit)
            continue
        for info in hits:
            parent = store.parent(info.id)
            if parent is not None:
                found.setdefault(parent.key, parent)
    for i, item in enumerate(parents):
        if isinstance(item, Parent):
            found.setdefault(item.key, item)
        elif isinstance(item, RefDoc):
            found.setdefault(f"parent:{i}", parent_from_refdoc(item, key=f"parent:{i}"))
        elif isinstance(item, Document):
            ref = refdoc_from_document(item)
            found.setdefault(f"parent:{i}", parent_from_refdoc(ref, key=f"parent:{i}"))
    return Resolution(parents=tuple(found.values()), missing=tuple(missing), store=store)


def own_number_key(anatomy: Anatomy | None) -> str | None:
    """The normalised number of the document itself ("Số 226-KL/TW" → its key), if it has one."""
    from linter.content.normalize import number_key

    if anatomy is None or anatomy.number is None or anatomy.number.blank:
        return None
    return number_key(re.sub(r"^\s*Số\s*:?\s*", "", anatomy.number.raw))


__all__ = ["Resolution", "body_paragraphs", "parent_from_refdoc", "refdoc_from_document", "resolve"]
