"""VB100: a mandatory header or opening element of a State document is missing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from linter.finding import Finding, Location, Severity
from linter.model import Paragraph, Story
from linter.rule import Context
from rules.elements._header import ADMIN_TYPES, StateElementRule, date_of, subject_after_title
from rules.elements._recipients import kinh_gui_paragraphs
from rules.elements.cong_van_trich_yeu_wrong import subject_under_number

_LABELS = {
    "quoc_hieu": ("Quốc hiệu", "national title"),
    "tieu_ngu": ("Tiêu ngữ", "motto"),
    "co_quan_ban_hanh": ("tên cơ quan, tổ chức ban hành", "issuing body"),
    "so_ky_hieu": ("số, ký hiệu", "number and symbol"),
    "dia_danh_ngay_thang": ("địa danh và thời gian ban hành", "place and date"),
    "ten_loai": ("tên loại văn bản", "document type name"),
    "trich_yeu": ("trích yếu nội dung", "subject line"),
}


# A line that reads like the number but that the anatomy did not take for one: "SỐ: 15/SNV-VP"
# (label in capitals), "Số: 15-SNV-VP" (no slash), "Số: V/SNV-VP" (number not in digits).
_NUMBER_LIKE = re.compile(
    r"(?P<label>[Ss][ỐốÔôOoỒồỔổ])(?![\w])[ \t]*(?P<colon>[:;.]?)[ \t]*"
    r"(?P<so>[^\s/\-–]{0,8}?)[ \t]*(?P<sep>[/\-–]|(?<=\d)[ \t]+)[ \t]*"
    r"(?P<sym>[A-Za-zĐđ][\w&.\-/]*)[ \t.]*",
)
# A date line the anatomy did not read: "Hà Nội, ngày mười tháng 3 năm 2026" (words, not digits).
_DATE_LIKE = re.compile(
    r"(?P<head>[^\t\n]*?)(?P<ngay>\b[Nn]gày\b)[ \t]*(?P<d>.*?)[ \t]*(?P<thang>\b[Tt]háng\b)"
    r"[ \t]*(?P<m>.*?)[ \t]*(?P<nam>\b[Nn]ăm\b)[ \t]*(?P<y>.*?)[ \t.]*"
)
_BLANK_VALUE = re.compile(r"[ \t.…_]*")
# Parts whose lines are not a number or date line even when they read like one.
_OTHER_PARTS = ("quoc_hieu", "tieu_ngu", "ten_loai", "trich_yeu", "kinh_gui", "can_cu", "noi_dung")
# Types whose Nơi nhận has a first part "Kính gửi" (PL I, II.9.b), with the severity of its
# absence. Công văn: the decree's text and Mẫu 1.5 both show it (error). Tờ trình: the decree asks
# for it when the tờ trình goes to a higher body, which is its usual direction, but Mẫu 1.4 (the
# template of tờ trình and báo cáo) shows no Kính gửi block, so a hint only. A báo cáo needs it
# only when sent to a higher body, which the text does not tell: not checked.
_KINH_GUI_TYPES = {"cong_van": Severity.ERROR, "to_trinh": Severity.INFO}
# Any addressing line the drafter wrote ("Kính gửi", "Kính gởi", "Kính trình" …): its wording is
# not this rule's business.
_ADDRESS_LINE = re.compile(r"^\s*Kính\s+(g[ửởưu]i|trình)\b", re.IGNORECASE)
_UNIT_WORDS = {"d": ("ngày", "day"), "m": ("tháng", "month"), "y": ("năm", "year")}


@dataclass(frozen=True, slots=True)
class _Line:
    """One header line (a paragraph cut at tabs and line breaks), with offsets into ``text``."""

    para: Paragraph
    text: str  # NFC
    start: int  # NFC offsets into para.nfc
    end: int


def _header_lines(ctx: Context) -> list[_Line]:
    """The lines of the header area: paragraphs above the opening (tên loại, V/v below the
    header table, Kính gửi, căn cứ, content) and the first text boxes, minus other parts."""
    a = ctx.anatomy
    limit = 15
    for name in ("ten_loai", "trich_yeu", "kinh_gui", "can_cu", "noi_dung"):
        ref = a.part(name)
        if ref is None or ref.story is not None or ref.paragraph >= len(ctx.doc.paragraphs):
            continue
        if ctx.doc.paragraphs[ref.paragraph].cell is None:
            limit = min(limit, ref.paragraph)
    taken = {(ref.story or "", ref.paragraph) for name in _OTHER_PARTS for ref in a.part_list(name)}
    out: list[_Line] = []
    for para in [*ctx.doc.paragraphs[:limit], *ctx.doc.textboxes[:12]]:
        story = "textbox" if para.story == Story.TEXTBOX else ""
        if not para.stripped or (story, para.index) in taken:
            continue
        pos = 0
        for piece in re.split(r"([\t\n]+)", para.nfc):
            if piece and piece[0] not in "\t\n" and piece.strip():
                lead = len(piece) - len(piece.lstrip())
                out.append(_Line(para, piece.strip(), pos + lead, pos + lead + len(piece.strip())))
            pos += len(piece)
    return out


def _fmt_number(so: str, sym: str) -> str:
    return f"Số: {so if so.isdigit() else '…'}/{sym}"


class RequiredElementMissing(StateElementRule):
    """Thiếu thành phần thể thức bắt buộc ở phần đầu văn bản.
    (A mandatory element of the document's header or opening is missing.)

    ## Kiểm tra gì (What it checks)
    Văn bản hành chính phải có Quốc hiệu và Tiêu ngữ, tên cơ quan ban hành, số và ký hiệu,
    địa danh và thời gian ban hành (biên bản: thời gian ghi trong nội dung), tên loại và trích
    yếu (công văn: chỉ trích yếu "V/v"; giấy giới thiệu, giấy nghỉ phép: chỉ tên loại).
    Công văn phải có phần "Kính gửi:" (nơi nhận phần thứ nhất); tờ trình thiếu "Kính gửi"
    thì gợi ý (mẫu 1.4 không thể hiện phần này).
    Checks that the header elements required by Điều 8.2 are present, and the "Kính gửi"
    block of a công văn (error) and, as a hint, of a tờ trình (PL I, II.9.b).

    ## Vì sao (Why)
    Điều 8 khoản 2 Nghị định 30/2020/NĐ-CP liệt kê các thành phần thể thức chính; thiếu một
    thành phần thì văn bản không đúng thể thức và không thể vào sổ, tra cứu.
    Điều 8.2 lists the main elements; a document without them cannot be registered or cited.
    Phụ lục I, mục II.9.b: tờ trình, báo cáo gửi cấp trên và công văn có nơi nhận hai phần,
    phần thứ nhất là "Kính gửi" và tên cơ quan, cá nhân giải quyết trực tiếp.
    PL I, II.9.b: a công văn, and a tờ trình or báo cáo sent upward, address their recipients
    in a "Kính gửi" block.

    ## Ví dụ sai (Bad)
        (không có dòng "Số: …/QĐ-UBND" dưới tên cơ quan)

        (công văn không có dòng "Kính gửi: …" trước nội dung)

    ## Ví dụ đúng (Good)
        ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
        Số:      /QĐ-UBND
        Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Khi dòng số hoặc dòng ngày tháng có mặt nhưng sai dạng đến mức không đọc được (“SỐ: 15/…”,
    “Số: 15-SNV-VP”, “Số: V/…”, “ngày mười tháng 3 …”), thông báo nêu dòng đó và chỗ sai thay cho
    “không tìm thấy”. When the number or date line is there but too malformed to read, the
    message quotes it and names the fault instead of calling it missing. Trích yếu công văn
    viết “Về việc …” dưới số: VB128 báo tiền tố, VB100 không báo thiếu. A công văn subject
    written “Về việc …” under the number is left to VB128.

    Văn bản quy phạm pháp luật và văn bản của Đảng theo chế độ khác; văn bản kèm theo (phụ
    lục, điều lệ, quy chế ban hành kèm quyết định) và mẫu nội bộ không thuộc 29 loại văn bản
    hành chính. Trích yếu của giấy mời chỉ có trong mẫu: thiếu thì cảnh báo. Chữ ký, nơi nhận do các
    quy tắc VB15x kiểm tra. Khi không xác định được loại văn bản (không có tên loại lẫn "V/v"),
    chỉ cảnh báo. Báo cáo không bị đòi "Kính gửi": văn bản không cho biết báo cáo có gửi cấp
    trên hay không. Dòng "Kính trình:" hoặc "Kính gởi:" được chấp nhận là phần Kính gửi.
    Normative and Party documents are out of scope; signature and recipients are checked by
    VB15x. A báo cáo is not asked for "Kính gửi" (its direction is not in the text).

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2; Phụ lục I, mục II.1–II.5 (II.3: số bằng chữ số
      Ả Rập, “Số” chữ in thường, dấu “/” giữa số và ký hiệu; II.4.b: ngày, tháng, năm bằng chữ
      số Ả Rập)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9.b (Kính gửi của công văn, tờ trình)
    """

    code = "VB100"
    name = "required-element-missing"
    summary = "Thiếu thành phần thể thức bắt buộc (Quốc hiệu, số, ngày tháng, tên loại…)"
    summary_en = "A mandatory header element is missing"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2"
    no_date_types: ClassVar[frozenset[str]] = frozenset({"bien_ban"})
    # Elements that only the template shows for that type (PL III Mẫu), not the decree: [M].
    template_only: ClassVar[dict[str, tuple[str, ...]]] = {"giay_moi": ("trich_yeu",)}

    def check(self, ctx: Context) -> Iterator[Finding]:
        a = ctx.anatomy
        doc_type = a.doc_type
        if doc_type is not None and doc_type not in ADMIN_TYPES:
            return  # attached documents (phụ lục, điều lệ …) and internal forms
        wanted = ["quoc_hieu", "tieu_ngu", "co_quan_ban_hanh", "so_ky_hieu"]
        if doc_type not in self.no_date_types:
            wanted.append("dia_danh_ngay_thang")
        no_trich_yeu = set(self.data(ctx, "trich_yeu").get("no_trich_yeu_types", ()))
        if doc_type == "cong_van":
            wanted.append("trich_yeu")
        elif doc_type is not None:
            wanted.append("ten_loai")
            if doc_type not in no_trich_yeu:
                wanted.append("trich_yeu")
        for name in wanted:
            if name in a.parts and a.part(name) is not None:
                continue
            if name == "dia_danh_ngay_thang" and (a.date_line is not None or date_of(ctx)):
                continue
            if name == "so_ky_hieu" and a.number is not None:
                continue
            if name == "trich_yeu" and doc_type != "cong_van" and subject_after_title(ctx):
                continue
            if name == "trich_yeu" and doc_type == "cong_van" and subject_under_number(ctx):
                continue  # "Về việc …" under the number: VB128 names the prefix
            if name == "so_ky_hieu" and (malformed := self._malformed_number(ctx)) is not None:
                yield malformed
                continue
            if name == "dia_danh_ngay_thang" and (malformed := self._date_in_words(ctx)):
                yield malformed
                continue
            vi, en = _LABELS[name]
            if doc_type == "cong_van" and name == "trich_yeu":
                vi, en = "trích yếu công văn (“V/v …”)", "công văn subject line (“V/v …”)"
            yield self.finding(
                ctx,
                vi=f"Không tìm thấy {vi}: đây là thành phần thể thức bắt buộc.",
                en=f"No {en} found: it is a mandatory element.",
                location=Location(part=name),
                severity=Severity.WARNING if name in self.template_only.get(doc_type, ()) else None,
            )
        if doc_type in _KINH_GUI_TYPES and not self._has_kinh_gui(ctx):
            if doc_type == "cong_van":
                vi = "Công văn phải có phần “Kính gửi” nêu cơ quan, tổ chức, cá nhân giải quyết"
                en = "A công văn must name the bodies or persons that deal with it directly in a"
            else:
                vi = "Tờ trình gửi cấp trên phải có phần “Kính gửi” nêu cơ quan, cá nhân giải quyết"
                en = "A tờ trình sent to a higher body must name who deals with it directly in a"
            yield self.finding(
                ctx,
                vi=f"Không tìm thấy dòng “Kính gửi: …”. {vi} trực tiếp (Phụ lục I, mục II.9.b).",
                en=f"No “Kính gửi: …” line found. {en} “Kính gửi” block (PL I, II.9.b).",
                location=Location(part="kinh_gui"),
                severity=_KINH_GUI_TYPES[doc_type],
            )
        if doc_type is None and "ten_loai" not in a.parts and "trich_yeu" not in a.parts:
            yield self.finding(
                ctx,
                vi="Không tìm thấy tên loại văn bản (ví dụ “QUYẾT ĐỊNH”) hoặc trích yếu “V/v …” "
                "của công văn.",
                en="No document type name (e.g. “QUYẾT ĐỊNH”) and no công văn subject “V/v …” "
                "found.",
                location=Location(part="ten_loai"),
                severity=Severity.WARNING,
            )

    def _has_kinh_gui(self, ctx: Context) -> bool:
        """The anatomy's Kính gửi block, or any "Kính gửi/gởi/trình" line above the Nơi nhận."""
        if kinh_gui_paragraphs(ctx):
            return True
        limit = min([r.paragraph for r in ctx.anatomy.part_list("noi_nhan")] or [80])
        paras = [*ctx.doc.paragraphs[: min(limit, 80)], *ctx.doc.textboxes[:12]]
        return any(_ADDRESS_LINE.match(line) for p in paras for line in p.nfc.split("\n"))

    def _malformed_number(self, ctx: Context) -> Finding | None:
        """A header line that reads like the number line, with what keeps it from being one."""
        for line in _header_lines(ctx):
            m = _NUMBER_LIKE.fullmatch(line.text)
            if m is None or not re.search(r"[A-ZĐ]", m.group("sym")):
                continue
            label, so, sep, sym = m.group("label"), m.group("so"), m.group("sep"), m.group("sym")
            vi: list[str] = []
            en: list[str] = []
            if label != "Số":
                if label.isupper():
                    vi.append(f"chữ “{label}” viết in hoa (phải là “Số”)")
                    en.append(f"“{label}” is in capitals (write “Số”)")
                elif label[0].islower():
                    vi.append(f"chữ “{label}” không viết hoa chữ đầu (phải là “Số”)")
                    en.append(f"“{label}” does not start with a capital (write “Số”)")
                else:
                    vi.append(f"chữ “{label}” sai dấu (phải là “Số”)")
                    en.append(f"“{label}” has the wrong diacritics (write “Số”)")
            if not m.group("colon"):
                vi.append("thiếu dấu hai chấm sau “Số”")
                en.append("no colon after “Số”")
            if so and not so.isdigit():
                vi.append(f"số “{so}” không viết bằng chữ số Ả Rập")
                en.append(f"the number “{so}” is not in Arabic digits")
            if sep != "/":
                got = f"dấu “{sep}”" if sep.strip() else "dấu cách"
                got_en = f"“{sep}”" if sep.strip() else "a space"
                vi.append(f"giữa số và ký hiệu dùng {got}, phải là dấu gạch chéo (/)")
                en.append(f"{got_en} between the number and the symbol instead of a slash (/)")
            if not vi:
                continue
            para = line.para
            start, end = para.to_original_offset(line.start), para.to_original_offset(line.end)
            want = _fmt_number(so, sym)
            return self.finding(
                ctx,
                vi=f"Dòng số, ký hiệu “{line.text}” sai dạng nên không đọc được: "
                f"{'; '.join(vi)}. Viết: “{want}”.",
                en=f"The number line “{line.text}” cannot be read as a number: "
                f"{'; '.join(en)}. Write: “{want}”.",
                location=self.at(para, start, end, part="so_ky_hieu"),
            )
        return None

    def _date_in_words(self, ctx: Context) -> Finding | None:
        """A header line "…, ngày … tháng … năm …" whose day, month or year is not in digits."""
        for line in _header_lines(ctx):
            m = _DATE_LIKE.fullmatch(line.text)
            if m is None:
                continue
            words = [
                (key, value)
                for key in ("d", "m", "y")
                if not (value := m.group(key).strip()).isdigit()
                and not _BLANK_VALUE.fullmatch(value)
            ]
            if not words:
                continue
            vi = ", ".join(f"{_UNIT_WORDS[k][0]} “{v}”" for k, v in words)
            en = ", ".join(f"{_UNIT_WORDS[k][1]} “{v}”" for k, v in words)
            para = line.para
            start, end = para.to_original_offset(line.start), para.to_original_offset(line.end)
            return self.finding(
                ctx,
                vi=f"Dòng địa danh, ngày tháng “{line.text}” viết {vi} bằng chữ nên không đọc "
                "được: ngày, tháng, năm phải viết bằng chữ số Ả Rập (ví dụ “ngày 05 tháng 3 năm "
                "2026”).",
                en=f"The place-and-date line “{line.text}” gives the {en} in words, so it cannot "
                "be read: day, month and year are written in Arabic digits (e.g. “ngày 05 tháng "
                "3 năm 2026”).",
                location=self.at(para, start, end, part="dia_danh_ngay_thang"),
            )
        return None
