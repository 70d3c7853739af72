"""VB101: the Quốc hiệu is not written exactly "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.elements._header import StateElementRule, is_upper, norm, part, shown_text, span_of

CANONICAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


class QuocHieuTextWrong(StateElementRule):
    """Quốc hiệu viết sai chữ hoặc không in hoa.
    (The national title is misspelt or not in capitals.)

    ## Kiểm tra gì (What it checks)
    Dòng Quốc hiệu phải là đúng “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”, chữ in hoa. Cách đặt dấu
    cũ “HOÀ” được coi là đúng; khoảng trắng thừa được bỏ qua.
    The national title must read exactly “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” in capitals
    (the old tone placement “HOÀ” is accepted).

    ## Vì sao (Why)
    Phụ lục I, mục II.1.a: “Quốc hiệu … được trình bày bằng chữ in hoa”. Quốc hiệu là thành
    phần bắt buộc; viết sai là lỗi thể thức dễ thấy nhất.
    PL I, II.1.a: the national title is in capitals; a misspelt one is a visible defect.

    ## Ví dụ sai (Bad)
        Cộng hòa xã hội chủ nghĩa Việt Nam
        CỘNG HÒA XÃ HỘI CHỦ NGHIÃ VIỆT NAM

    ## Ví dụ đúng (Good)
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

    ## Tự sửa (Fix)
    Có, an toàn khi chỉ sai chữ hoa/thường hoặc khoảng trắng: thay bằng dạng chuẩn. Các lỗi
    chính tả khác: đề xuất, không tự sửa. (Yes, safe when only case or spacing differ.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Văn bản của Đảng (tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”) và văn bản quy phạm pháp luật.
    Party and normative documents.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1.a; Phụ lục I, mục V (bảng, dòng 1)
    """

    code = "VB101"
    name = "quoc-hieu-text-wrong"
    summary = "Quốc hiệu phải là “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”, in hoa"
    summary_en = "The national title must be “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” in capitals"
    severity = Severity.ERROR
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1.a"

    def check(self, ctx: Context) -> Iterator[Finding]:
        found = part(ctx, "quoc_hieu")
        if found is None:
            return
        ref, para = found
        start, end = span_of(para, ref.text)
        typed = norm(para.text[start:end])
        shown = norm(shown_text(para, start, end))
        canonical = norm(self.data(ctx, "quoc_hieu").get("text", CANONICAL))
        if shown == canonical or shown == norm(CANONICAL):
            return
        if typed.upper() == canonical and not is_upper(shown):
            yield self.finding(
                ctx,
                vi=f"Quốc hiệu “{typed}” phải viết chữ in hoa: “{canonical}”.",
                en=f"The national title “{typed}” must be in capitals: “{canonical}”.",
                location=self.at(para, start, end, part="quoc_hieu"),
                fix=Fix(
                    title=ctx.t(f"Viết in hoa: {canonical}", f"Write in capitals: “{canonical}”"),
                    replacement=canonical,
                ),
            )
            return
        simple = typed.upper().replace(" ", "") == canonical.replace(" ", "")
        yield self.finding(
            ctx,
            vi=f"Quốc hiệu viết là “{shown}”, phải là “{canonical}”.",
            en=f"The national title reads “{shown}”; expected “{canonical}”.",
            location=self.at(para, start, end, part="quoc_hieu"),
            fix=Fix(
                title=ctx.t(f"Sửa thành: {canonical}", f"Change to “{canonical}”"),
                replacement=canonical,
                safe=simple,
            ),
        )
