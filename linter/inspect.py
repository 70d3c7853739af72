"""``lint inspect``: the anatomy as JSON (design.md contract) or as text for people.

``inspect_dict(doc, anatomy, tasks)`` returns exactly the object of ``lint inspect --format json``
(schemas/lint/inspect-output.schema.json), plus informative keys: ``guidance`` (Party: "HD36" |
"HD05"), ``regime_reason`` (why that regime, in Vietnamese), ``normative``, ``draft_marked`` and
``personal`` (a person's document: đơn, tờ khai …). ``render_text`` lays the same facts out with
Vietnamese labels (English with ``lang="en"``).
"""

from __future__ import annotations

from typing import Any

from linter.anatomy_parse import doc_types
from linter.model import Document
from linter.parts import PART_NAMES, REPEATABLE_PARTS, Anatomy, PartRef

PART_LABELS: dict[str, tuple[str, str]] = {
    "quoc_hieu": ("Quốc hiệu", "National name"),
    "tieu_ngu": ("Tiêu ngữ", "Motto"),
    "tieu_de_dang": ("Tiêu đề Đảng", "Party heading"),
    "co_quan_chu_quan": ("Cơ quan chủ quản", "Governing body"),
    "co_quan_ban_hanh": ("Cơ quan ban hành", "Issuing body"),
    "so_ky_hieu": ("Số, ký hiệu", "Number and symbol"),
    "dia_danh_ngay_thang": ("Địa danh, ngày tháng", "Place and date"),
    "ten_loai": ("Tên loại", "Document type"),
    "trich_yeu": ("Trích yếu", "Subject"),
    "kinh_gui": ("Kính gửi", "Addressees"),
    "can_cu": ("Căn cứ", "Legal bases"),
    "noi_dung": ("Nội dung", "Body"),
    "noi_nhan": ("Nơi nhận", "Recipients"),
    "quyen_han_ky": ("Quyền hạn ký", "Signing authority"),
    "chuc_vu_ky": ("Chức vụ người ký", "Signer's title"),
    "ho_ten_ky": ("Họ tên người ký", "Signer's name"),
}

_FAMILY = {
    "state": ("văn bản hành chính nhà nước", "State administrative document"),
    "party": ("văn bản của Đảng", "Party document"),
    "unknown": ("chưa xác định", "unknown"),
    "personal": ("văn bản của cá nhân", "a person's document"),
}
_LAYOUT = {
    "table": ("bảng", "table"),
    "textbox": ("hộp văn bản", "text box"),
    "paragraphs": ("đoạn văn", "paragraphs"),
    None: ("không thấy", "not found"),
}


def _ref(ref: PartRef) -> dict[str, Any]:
    out: dict[str, Any] = {"text": ref.text, "paragraph": ref.paragraph}
    if ref.story is not None:
        out["story"] = ref.story
    return out


def _task_dict(task: Any) -> dict[str, Any]:
    if isinstance(task, dict):
        return task
    return task.to_dict()


def inspect_dict(doc: Document, anatomy: Anatomy, tasks: list[Any] | None = None) -> dict[str, Any]:
    """The ``lint inspect --format json`` object for one document."""
    a = anatomy
    parts: dict[str, Any] = {}
    for name in PART_NAMES:
        value = a.parts.get(name)
        if value is None:
            continue
        if name in REPEATABLE_PARTS:
            refs = value if isinstance(value, tuple) else (value,)
            parts[name] = [_ref(r) for r in refs]
        else:
            ref = value[0] if isinstance(value, tuple) else value
            parts[name] = _ref(ref)
    number = None
    if a.number is not None:
        n = a.number
        number = {
            "raw": n.raw,
            "so": n.so,
            "type": n.type,
            "issuer": n.issuer,
            "unit": n.unit,
            "year": n.year,
        }
    signing = None
    if a.signing is not None:
        signing = {"form": a.signing.form, "title": a.signing.title, "name": a.signing.name}
    return {
        "family": a.family,
        "regime": a.regime,
        "doc_type": a.doc_type,
        "date": a.date.isoformat() if a.date else None,
        "layout": {"header": a.header_layout, "signature": a.signature_layout},
        "parts": parts,
        "number": number,
        "recipients": {"kinh_gui": list(a.kinh_gui), "noi_nhan": list(a.noi_nhan)},
        "signing": signing,
        "citations": [
            {
                "raw": c.raw,
                "type": c.type,
                "number": c.number,
                "date": c.date.isoformat() if c.date else None,
                "issuer": c.issuer,
                "paragraph": c.paragraph,
            }
            for c in a.citations
        ],
        "tasks": [_task_dict(t) for t in (tasks or [])],
        "guidance": a.guidance,
        "regime_reason": a.regime_reason,
        "normative": a.is_normative,
        "draft_marked": a.is_draft_marked,
        "personal": a.personal,
    }


def type_name(slug: str | None, lang: str = "vi") -> str:
    """Human name of a doc_type slug ("quyet_dinh" → "Quyết định")."""
    if slug is None:
        return "chưa xác định" if lang != "en" else "unknown"
    for t in doc_types():
        if t.slug == slug:
            name = t.title.lower()
            return name[:1].upper() + name[1:]
    return slug


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_text(
    doc: Document, anatomy: Anatomy, tasks: list[Any] | None = None, *, lang: str = "vi"
) -> str:
    """The anatomy for people: one line per fact, parts with their paragraph numbers."""
    en = lang == "en"
    a = anatomy

    def t(vi: str, english: str) -> str:
        return english if en else vi

    lines: list[str] = []
    name = doc.source_name or t("(văn bản)", "(document)")
    lines.append(f"{name}")
    family = _FAMILY["personal" if a.personal else a.family][1 if en else 0]
    lines.append(f"  {t('Loại văn bản', 'Family')}: {family}")
    regime = a.regime or t("chưa xác định", "unknown")
    if a.guidance:
        regime += f" ({a.guidance})"
    lines.append(f"  {t('Chế độ áp dụng', 'Regime')}: {regime}")
    if a.regime_reason:
        lines.append(f"    {a.regime_reason}")
    kind = type_name(a.doc_type, lang)
    if a.is_normative:
        kind += t(" (văn bản quy phạm pháp luật)", " (legal normative document)")
    lines.append(f"  {t('Tên loại', 'Type')}: {kind}")
    if a.date_line is not None:
        when = a.date.strftime("%d/%m/%Y") if a.date else t("còn để trống", "left blank")
        lines.append(f"  {t('Ngày', 'Date')}: {when}")
    if a.number is not None:
        n = a.number
        so = n.so or t("để trống", "blank")
        lines.append(f"  {t('Số', 'Number')}: {so} — {t('ký hiệu', 'symbol')}: {n.raw}")
    lay_h = _LAYOUT.get(a.header_layout, _LAYOUT[None])[1 if en else 0]
    lay_s = _LAYOUT.get(a.signature_layout, _LAYOUT[None])[1 if en else 0]
    lines.append(
        f"  {t('Trình bày', 'Layout')}: {t('phần đầu', 'header')} {lay_h}; "
        f"{t('chữ ký', 'signature')} {lay_s}"
    )
    if a.is_draft_marked:
        lines.append("  " + t("Có dấu hiệu DỰ THẢO ở phần đầu", "Marked DỰ THẢO (draft)"))
    lines.append("")
    lines.append(
        t(
            "Thành phần thể thức (§N: đoạn thứ N, đếm từ 1 như báo cáo kiểm tra):",
            "Parts (§N: paragraph N, counted from 1 as in the lint report):",
        )
    )
    for part in PART_NAMES:
        value = a.parts.get(part)
        label = PART_LABELS[part][1 if en else 0]
        if value is None:
            lines.append(f"  {label}: {t('không thấy', 'not found')}")
            continue
        refs = value if isinstance(value, tuple) else (value,)
        if part == "noi_dung":
            lines.append(
                f"  {label}: {len(refs)} {t('đoạn', 'paragraphs')}, "
                f"§{refs[0].paragraph + 1}–§{refs[-1].paragraph + 1}"
            )
            continue
        for k, r in enumerate(refs):
            where = f"§{r.paragraph + 1}" + (f" ({r.story})" if r.story else "")
            head = f"{label}:" if k == 0 else " " * (len(label) + 1)
            lines.append(f"  {head} {where} {_short(r.text)}")
    if a.signing is not None:
        s = a.signing
        lines.append("")
        lines.append(
            f"{t('Ký', 'Signing')}: {s.form or t('ký trực tiếp', 'direct')}"
            + (f" {s.collective}" if s.collective else "")
            + f" — {s.title or '…'} — {s.name or '…'}"
        )
    if a.citations:
        lines.append("")
        lines.append(t("Văn bản được viện dẫn:", "Documents cited:"))
        seen: set[tuple[str | None, str | None]] = set()
        for c in a.citations:
            key = (c.type, c.number or c.raw)
            if key in seen:
                continue
            seen.add(key)
            bits = [type_name(c.type, lang)]
            if c.number:
                bits.append(c.number)
            if c.date:
                bits.append(c.date.strftime("%d/%m/%Y"))
            if c.issuer:
                bits.append(c.issuer)
            lines.append(f"  §{c.paragraph + 1} " + " — ".join(bits))
    if tasks:
        lines.append("")
        lines.append(t(f"Nhiệm vụ: {len(tasks)}", f"Tasks: {len(tasks)}"))
        for task in tasks:
            d = _task_dict(task)
            lines.append(
                f"  §{int(d.get('paragraph') or 0) + 1} {_short(str(d.get('text', '')), 80)}"
            )
    return "\n".join(lines) + "\n"


__all__ = ["PART_LABELS", "inspect_dict", "render_text", "type_name"]
