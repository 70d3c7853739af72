"""VB161 signature-block-format."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.elements._signature import signature_form_lines
from rules.layout._common import (
    PL1,
    StateRule,
    is_upper_text,
    line_segments,
    num,
    num_en,
    part_paragraphs,
    range_en,
    range_vi,
    rng,
    within,
)


class SignatureBlockFormat(StateRule):
    """Quyền hạn, chức vụ, họ tên người ký sai kiểu chữ hoặc cỡ chữ.
    (Signer's authority, title or name in the wrong case, weight or size.)

    ## Kiểm tra gì (What it checks)
    Quyền hạn (TM., KT.…) và chức vụ người ký: in hoa, đứng, đậm, cỡ 13–14. Họ tên người ký:
    chữ in thường, viết hoa chữ đầu của mọi âm tiết, đứng, đậm, cỡ 13–14. Dòng in nghiêng là lỗi.
    Authority and title: upper case, upright, bold, 13–14 pt; name: normal case with every
    syllable capitalised, upright, bold, 13–14 pt. An italic line is reported.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7.đ và bảng V, dòng 7: quyền hạn, chức vụ "chữ
    in hoa, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm"; họ tên "chữ in thường, cỡ chữ từ 13 đến
    14, kiểu chữ đứng, đậm". Phụ lục II, mục II.1.a: tên người Việt Nam viết hoa chữ cái đầu
    của tất cả các âm tiết.
    ND 30 and Table V row 7; Appendix II, II.1.a for the capitals of a name.

    ## Ví dụ sai (Bad)
        KT. Chủ tịch (chữ thường)  |  NGUYỄN VĂN A (in hoa)  |  Nguyễn văn A  |
        họ tên không đậm  |  *Nguyễn Văn A* (in nghiêng)

    ## Ví dụ đúng (Good)
        KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A (đậm, cỡ 14)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `signature.size_pt` trong dữ liệu chế độ.

    ## Ngoại lệ (When not to apply)
    Định dạng không xác định; văn bản không có định dạng (chỉ kiểm tra chữ hoa, thường);
    văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7; mục V (bảng, dòng 7)
    - Nghị định 30/2020/NĐ-CP, Phụ lục II, mục II.1.a
    """

    code = "VB161"
    name = "signature-block-format"
    summary = "Quyền hạn, chức vụ in hoa đậm; họ tên in thường đậm; cỡ 13–14"
    summary_en = "Authority and title upper case bold; name bold; 13–14 pt"
    severity = Severity.ERROR
    source = f"{PL1}, mục II.7"
    table = "signature"

    def check(self, ctx: Context) -> Iterator[Finding]:
        pair = rng(self.data(ctx).get("size_pt"))
        upper_lines: dict[int, Paragraph] = {}
        for name in ("quyen_han_ky", "chuc_vu_ky"):
            for para in part_paragraphs(ctx, name):
                upper_lines[para.index] = para
        for line in signature_form_lines(ctx):
            upper_lines[line.para.index] = line.para
        for para in sorted(upper_lines.values(), key=lambda p: p.index):
            yield from self._one(ctx, para, pair, upper=True)
        for para in part_paragraphs(ctx, "ho_ten_ky"):
            yield from self._one(ctx, para, pair, upper=False)

    def _one(
        self, ctx: Context, para: Paragraph, pair: tuple[float, float] | None, *, upper: bool
    ) -> Iterator[Finding]:
        segs = line_segments(para, "last")
        if not segs:
            return
        seg = segs[-1] if upper else segs[0]
        vi: list[str] = []
        en: list[str] = []
        text = seg.text.strip()
        proper = ""  # the name with every syllable capitalised, when one is not
        if upper and not is_upper_text(text):
            vi.append("không in hoa")
            en.append("not upper case")
        if not upper and is_upper_text(text) and len(text) > 3:
            vi.append("in hoa cả dòng")
            en.append("all upper case")
        elif not upper and "(" not in text:
            # PL II, II.1.a: every syllable of a Vietnamese person's name is capitalised
            low = [w for w in re.findall(r"[^\W\d_]+", text) if w[0].islower()]
            if low:
                vi.append(f"“{low[0]}” không viết hoa chữ đầu")
                en.append(f"“{low[0]}” not capitalised")
                proper = re.sub(r"[^\W\d_]+", lambda m: m.group()[0].upper() + m.group()[1:], text)
        if ctx.doc.has_formatting:
            if seg.all_fmt("bold") is False:
                vi.append("không đậm")
                en.append("not bold")
            if seg.any_fmt("italic"):
                vi.append("in nghiêng")
                en.append("italic")
            bad = sorted(s for s in seg.sizes() if pair and not within(s, pair))
            if bad:
                vi.append("cỡ " + ", ".join(num(s) for s in bad) + " pt")
                en.append(", ".join(num_en(s) for s in bad) + " pt")
        if not vi:
            return
        size_vi = f", cỡ {range_vi(pair)}" if pair else ""
        size_en = f", {range_en(pair)}" if pair else ""
        up_vi, up_en = ("đứng, ", "upright, ") if "italic" in en else ("", "")
        if upper:
            want_vi, want_en = f"in hoa, {up_vi}đậm{size_vi}", f"upper case, {up_en}bold{size_en}"
            what_vi, what_en = "Quyền hạn, chức vụ người ký", "Signer's authority/title"
        else:
            if proper:  # PL II, II.1.a: every syllable of a Vietnamese name is capitalised
                want_vi = f"viết hoa chữ đầu mọi âm tiết (“{proper}”), {up_vi}đậm{size_vi}"
                want_en = f"every syllable capitalised (“{proper}”), {up_en}bold{size_en}"
            else:
                want_vi = f"chữ in thường, {up_vi}đậm{size_vi}"
                want_en = f"normal case, {up_en}bold{size_en}"
            what_vi, what_en = "Họ tên người ký", "Signer's name"
        yield self.finding(
            ctx,
            vi=f"{what_vi} “{text[:40]}” {', '.join(vi)}; phải {want_vi}.",
            en=f"{what_en} “{text[:40]}” is {', '.join(en)}; it must be {want_en}.",
            location=self.at(para, seg.start, seg.end),
            source=f"{self.source}; Nghị định 30/2020/NĐ-CP, Phụ lục II, mục II.1.a"
            if proper
            else None,
        )
