"""VB118: the date line is not "<Địa danh>, ngày … tháng … năm …" in full words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.elements._header import DateSpan, StateElementRule, date_of, part, span_of

# Generic nouns of administrative units that may open the place and keep their lower case
# ("Thành phố Hồ Chí Minh", "Thủ đô Hà Nội"; PL II, III.1): only the proper name after them
# takes a capital on every syllable.
_GENERIC = re.compile(
    r"^(?:thành phố|thủ đô|thị xã|thị trấn|đặc khu|tỉnh|huyện|quận|phường|xã)\s+", re.IGNORECASE
)
_SYLLABLE = re.compile(r"[^\s\-–]+")


def _lower_syllables(date: DateSpan, text: str) -> list[tuple[int, int]]:
    """Offsets (into the paragraph) of the place's syllables that should start with a capital:
    the first letter of the line, and every syllable of the proper name after a generic noun."""
    lo, hi = date.place_span
    place = text[lo:hi]
    out: list[tuple[int, int]] = []
    if place[:1].isalpha() and place[:1].islower():
        out.append((lo, lo + 1))
    generic = _GENERIC.match(place)
    start = generic.end() if generic else 0
    for m in _SYLLABLE.finditer(place, start):
        if m.start() == 0:
            continue  # the first letter, judged above
        word = m.group(0)
        if word[:1].isalpha() and word[:1].islower():
            out.append((lo + m.start(), lo + m.start() + 1))
    return out


class DateLineMalformed(StateElementRule):
    """Dòng địa danh, ngày tháng sai dạng: ngày viết bằng gạch chéo, thiếu dấu phẩy, sai chữ hoa.
    (The date line is malformed: slash date, no comma after the place, wrong capitals.)

    ## Kiểm tra gì (What it checks)
    Dòng địa danh và thời gian ban hành phải có dạng “Lâm Đồng, ngày 05 tháng 01 năm 2026”:
    - thời gian viết đầy đủ “ngày … tháng … năm …”, không viết “05/01/2026”;
    - sau địa danh có dấu phẩy;
    - chữ cái đầu của địa danh viết hoa, kể cả mỗi âm tiết của tên riêng (“Lâm Đồng”, không
      “Lâm đồng”; danh từ chung đứng trước như “Thành phố”, “Thủ đô” giữ nguyên);
    - “ngày”, “tháng”, “năm” viết thường; cả dòng không định dạng chữ hoa (All Caps, Small Caps).
    The date line must be “<Place>, ngày DD tháng MM năm YYYY”: words not slashes, a comma after
    the place, every syllable of the place's proper name capitalised, “ngày/tháng/năm” in lower
    case, and no All Caps / Small Caps formatting on the line.

    ## Vì sao (Why)
    Phụ lục I, mục II.4.b–c: thời gian ban hành “phải được viết đầy đủ”; “các chữ cái đầu của
    địa danh phải viết hoa; sau địa danh có dấu phẩy”; in thường.
    PL I, II.4.b–c.

    ## Ví dụ sai (Bad)
        Hà Nội ngày 05 tháng 01 năm 2026
        Hà Nội, ngày 05/01/2026
        Hà Nội, Ngày 05 Tháng 01 Năm 2026
        Lâm đồng, ngày 05 tháng 01 năm 2026
        Hà Nội, ngày 05 tháng 01 năm 2026   (định dạng All Caps)

    ## Ví dụ đúng (Good)
        Hà Nội, ngày 05 tháng 01 năm 2026
        Hà Nội, ngày      tháng     năm 2026   (dự thảo)

    ## Tự sửa (Fix)
    Có, an toàn: thêm dấu phẩy sau địa danh; viết thường “ngày/tháng/năm”. Viết hoa các âm tiết
    của địa danh: gợi ý (không tự áp dụng). Ngày viết bằng gạch chéo, định dạng All Caps: không
    tự sửa. (Yes, safe for the comma and the keywords' case; a suggestion for the place's
    capitals; no fix for slashes or All Caps.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Dự thảo viết “ngày …/…/2026” (để trống): chỉ cảnh báo. Văn bản của Đảng, văn bản quy phạm
    pháp luật không áp dụng. A blank slash date in a draft is a warning only.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.b–c
    """

    code = "VB118"
    name = "date-line-malformed"
    summary = "Dòng ngày tháng phải là “<Địa danh>, ngày … tháng … năm …”"
    summary_en = "The date line must be “<Place>, ngày … tháng … năm …”"
    severity = Severity.ERROR
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4"

    def check(self, ctx: Context) -> Iterator[Finding]:
        date = date_of(ctx)
        if date is None:
            found = part(ctx, "dia_danh_ngay_thang")
            if found is not None:
                ref, para = found
                start, end = span_of(para, ref.text)
                raw = para.text[start:end].strip()
                yield self.finding(
                    ctx,
                    vi=f"Dòng “{raw}” không đúng dạng “<Địa danh>, ngày … tháng … năm …”.",
                    en=f"“{raw}” is not in the form “<Place>, ngày … tháng … năm …”.",
                    location=self.at(para, start, end, part="dia_danh_ngay_thang"),
                )
            return
        para = date.para
        if date.slash is not None:
            raw = para.text[date.slash[0] : date.slash[1]]
            blank = not any(c.isdigit() for c in raw.split("/")[0] + raw.split("/")[1])
            yield self.finding(
                ctx,
                vi=f"Thời gian ban hành viết “{raw}”; phải viết đầy đủ “ngày … tháng … năm …”.",
                en=f"The date is written “{raw}”; write it in full: “ngày … tháng … năm …”.",
                location=self.at(para, *date.slash, part="dia_danh_ngay_thang"),
                severity=Severity.WARNING if blank and not ctx.issued else None,
            )
        if date.place and not date.comma:
            end = date.place_span[1]
            yield self.finding(
                ctx,
                vi=f"Thiếu dấu phẩy sau địa danh “{date.place}”; phải viết “{date.place}, ngày …”.",
                en=f"No comma after the place name “{date.place}”; write “{date.place}, ngày …”.",
                location=self.at(para, date.place_span[0], end, part="dia_danh_ngay_thang"),
                fix=Fix(
                    title=ctx.t("Thêm dấu phẩy sau địa danh", "Add a comma after the place name"),
                    replacement=date.place + ",",
                ),
            )
        lower = _lower_syllables(date, para.text) if date.place else []
        if lower == [(date.place_span[0], date.place_span[0] + 1)]:
            yield self.finding(
                ctx,
                vi=f"Địa danh “{date.place}” phải viết hoa chữ cái đầu.",
                en=f"The place name “{date.place}” must start with a capital letter.",
                location=self.at(para, *date.place_span, part="dia_danh_ngay_thang"),
            )
        elif lower:
            chars = list(para.text)
            for i, _ in lower:
                chars[i] = chars[i].upper()
            lo, hi = date.place_span
            right = "".join(chars[lo:hi])
            yield self.finding(
                ctx,
                vi=f"Địa danh “{date.place}”: chữ cái đầu của mỗi âm tiết trong tên riêng phải "
                f"viết hoa: “{right}”.",
                en=f"The place name “{date.place}”: every syllable of the proper name starts "
                f"with a capital: “{right}”.",
                location=self.at(para, lo, hi, part="dia_danh_ngay_thang"),
                fix=Fix(
                    title=ctx.t(f"Viết hoa: {right}", f"Capitalise: “{right}”"),
                    replacement=right,
                    safe=False,
                ),
            )
        if ctx.doc.has_formatting:
            caps = [
                r
                for r in para.runs
                if r.start < date.end
                and r.end > date.start
                and (r.format.caps or r.format.small_caps)
                and any(c.isalpha() and c.islower() for c in r.text)
            ]
            if caps:
                kind = "Small Caps" if all(r.format.small_caps for r in caps) else "All Caps"
                yield self.finding(
                    ctx,
                    vi=f"Dòng địa danh, ngày tháng định dạng chữ hoa ({kind}) nên hiện thành chữ "
                    "in hoa; phải trình bày bằng chữ in thường.",
                    en=f"The place-and-date line is formatted in capitals ({kind}) and prints in "
                    "upper case; it must be in lower case.",
                    location=self.at(
                        para,
                        max(caps[0].start, date.start),
                        min(caps[-1].end, date.end),
                        part="dia_danh_ngay_thang",
                    ),
                )
        for lo, hi in date.keyword_spans:
            word = para.text[lo:hi]
            if word[:1].isupper():
                yield self.finding(
                    ctx,
                    vi=f"“{word}” trong dòng ngày tháng viết thường: “{word.lower()}”.",
                    en=f"“{word}” in the date line is written in lower case: “{word.lower()}”.",
                    location=self.at(para, lo, hi, part="dia_danh_ngay_thang"),
                    fix=Fix(
                        title=ctx.t(
                            f"Viết thường: {word.lower()}", f"Write in lower case: “{word.lower()}”"
                        ),
                        replacement=word.lower(),
                    ),
                )
