"""Strings the CLI and the reports show, in Vietnamese and English.

Rule messages are built by the rules themselves (``Rule.finding(vi=..., en=...)``); this module
holds only the words of the front ends: part labels, severity words, report lines.
"""

from __future__ import annotations

from linter.finding import Severity
from linter.inspect import PART_LABELS  # one table of part labels for inspect and the reports

WHOLE_DOCUMENT = ("Toàn văn bản", "Whole document")
OTHER_PARAGRAPHS = ("Các đoạn khác", "Other paragraphs")

SEVERITY_WORDS: dict[Severity, tuple[str, str]] = {
    Severity.ERROR: ("lỗi", "error"),
    Severity.WARNING: ("cảnh báo", "warning"),
    Severity.INFO: ("gợi ý", "info"),
}
STORY_WORDS: dict[str, tuple[str, str]] = {
    "textbox": ("hộp văn bản", "text box"),
    "header": ("đầu trang", "header"),
    "footer": ("chân trang", "footer"),
    "footnote": ("chú thích", "footnote"),
}
FAMILY_WORDS: dict[str, tuple[str, str]] = {
    "state": ("văn bản hành chính Nhà nước", "State administrative document"),
    "party": ("văn bản của Đảng", "Party document"),
    "unknown": ("chưa xác định được hệ văn bản", "document family not recognised"),
    "personal": ("văn bản của cá nhân", "a person's document"),
}
STAGE_WORDS: dict[str, tuple[str, str]] = {
    "draft": ("dự thảo", "draft"),
    "issued": ("ban hành", "issued"),
}

# Front-end sentences: key → (vi, en). ``{…}`` placeholders are filled with str.format.
MESSAGES: dict[str, tuple[str, str]] = {
    "paragraph": ("đoạn {n}", "paragraph {n}"),
    "char": ("ký tự {n}", "character {n}"),
    "section": ("section {n}", "section {n}"),
    "fix": ("Sửa", "Fix"),
    "source": ("Căn cứ", "Source"),
    "regime": ("Chế độ áp dụng", "Regime"),
    "doc_type": ("loại", "type"),
    "stage": ("giai đoạn", "stage"),
    "no_regime": ("không có", "none"),
    "no_findings": ("Không có phát hiện nào.", "No findings."),
    "gate_pass": ("Đạt: có thể trình ký", "Pass: ready for signature"),
    "gate_fail": ("Chưa đạt", "Not passed"),
    "gate_rule": (
        "(ngưỡng: {word} trở lên)",
        "(threshold: {word} and above)",
    ),
    "files_total": ("{n} tệp", "{n} files"),
    "unreadable": ("không đọc được", "unreadable"),
    "summary_none": ("0 lỗi", "0 errors"),
    "not_available": (
        "Chức năng “{what}” chưa có trong bản cài đặt này.",
        "The '{what}' command is not available in this installation yet.",
    ),
    "unknown_code": (
        "Mã quy tắc không tồn tại: “{code}”. Xem danh sách bằng lệnh “lint rules”.",
        "Unknown rule code '{code}'. See 'lint rules' for the list.",
    ),
    "no_input": (
        "Chưa nêu tệp hoặc thư mục cần kiểm tra. Ví dụ: lint du-thao.docx",
        "No file or folder given. Example: lint draft.docx",
    ),
    "not_found": ("Không tìm thấy “{path}”.", "'{path}' not found."),
    "no_docx": (
        "Không có tệp .docx nào trong “{path}”.",
        "No .docx file in '{path}'.",
    ),
    "fix_same": (
        "Tệp kết quả phải khác tệp gốc (tệp gốc không bao giờ bị ghi đè): “{path}”.",
        "The output must differ from the input (the original is never overwritten): '{path}'.",
    ),
    "fix_written": (
        "Đã ghi {n} chỉnh sửa (dạng theo dõi thay đổi) vào “{path}”.",
        "Wrote {n} fixes (as tracked changes) to '{path}'.",
    ),
    "fix_none": (
        "Không có chỉnh sửa an toàn nào để áp dụng; vẫn ghi bản sao vào “{path}”.",
        "No safe fix to apply; a copy was still written to '{path}'.",
    ),
    "parent_unreadable": (
        "Không đọc được văn bản cấp trên “{path}”: {message}",
        "Cannot read the parent document '{path}': {message}",
    ),
    "rules_header": (
        "Mã     Tên                                   Mức độ     Nội dung",
        "Code   Name                                  Severity   Summary",
    ),
    "error_prefix": ("lỗi", "error"),
}


def t(key: str, lang: str = "vi", **values: object) -> str:
    vi, en = MESSAGES[key]
    return (en if lang == "en" else vi).format(**values)


def pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def severity_word(sev: Severity, lang: str = "vi") -> str:
    return pick(SEVERITY_WORDS[sev], lang)


def part_label(part: str | None, lang: str = "vi") -> str:
    if part is None:
        return pick(WHOLE_DOCUMENT, lang)
    return pick(PART_LABELS.get(part, (part, part)), lang)


def summary_line(counts: dict[Severity, int], lang: str = "vi") -> str:
    """ "3 lỗi, 2 cảnh báo, 1 gợi ý" (English: "3 errors, 2 warnings, 1 info")."""
    parts = []
    for sev in (Severity.ERROR, Severity.WARNING, Severity.INFO):
        n = counts.get(sev, 0)
        word = severity_word(sev, lang)
        if lang == "en" and n != 1 and sev is not Severity.INFO:
            word += "s"
        parts.append(f"{n} {word}")
    return ", ".join(parts)


__all__ = [
    "MESSAGES",
    "PART_LABELS",
    "SEVERITY_WORDS",
    "part_label",
    "pick",
    "severity_word",
    "summary_line",
    "t",
]


def doc_type_name(slug: str | None, lang: str = "vi") -> str | None:
    """The type's name as printed ("QUYẾT ĐỊNH" → "Quyết định"), from the anatomy's type table;
    the same Vietnamese name in both languages (it is the document's own word)."""
    if slug is None:
        return None
    from linter.anatomy_parse import doc_types

    for t in doc_types():
        if t.slug == slug:
            return t.title.capitalize()
    return slug


def regime_reason_en(anatomy: object) -> str:
    """An English rendering of ``Anatomy.regime_reason`` (the anatomy writes it in Vietnamese)."""
    family = getattr(anatomy, "family", "unknown")
    regime = getattr(anatomy, "regime", None)
    reason_vi = getattr(anatomy, "regime_reason", "") or ""
    if getattr(anatomy, "personal", False):
        return (
            "a person's document (application, declaration, undertaking …): the format of "
            "agencies' and organisations' documents (Decree 30/2020/NĐ-CP, Party documents) does "
            "not apply"
        )
    if not regime:
        return ""
    prefix = ""
    if reason_vi.startswith("không thấy Quốc hiệu"):
        prefix = "no national title or Party heading found; " + (
            "family from the organisation's profile: "
            if "cấu hình" in reason_vi
            else "family inferred from the number and the text: "
        )
    if family == "state":
        if getattr(anatomy, "is_normative", False):
            body = (
                "legal normative document: presented under the law on legal normative "
                "documents; the general rules of Decree 30/2020/NĐ-CP apply"
            )
        else:
            body = "State agency document: Decree 30/2020/NĐ-CP applies"
        return prefix + body
    date = getattr(anatomy, "date", None)
    said = (
        f"dated {date:%d/%m/%Y}"
        if date is not None
        else "not fully dated, judged by the day of the check"
    )
    if regime == "party-2017":
        rules = "Regulation 66-QĐ/TW and Guidance 36-HD/VPTW apply"
    else:
        guide = "05-HD/VPTW" if getattr(anatomy, "guidance", None) == "HD05" else "36-HD/VPTW"
        rules = f"Regulation 399-QĐ/TW and Guidance {guide} apply"
    return f"{prefix}Party document {said}: {rules}"


def with_regime(anatomy: object, vi: str, en: str) -> tuple[str, str]:
    """A message pair ending with the regime applied and why ("[Chế độ: ….]"), as every finding
    on a Party document says."""
    regime = getattr(anatomy, "regime", None) or ""
    reason_vi = getattr(anatomy, "regime_reason", "") or regime
    reason_en = regime_reason_en(anatomy) or regime
    return f"{vi} [Chế độ: {reason_vi}.]", f"{en} [Regime: {reason_en}.]"
