"""VB103: the Tiêu ngữ is not written "Độc lập - Tự do - Hạnh phúc"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.elements._header import StateElementRule, norm, part, shown_text, span_of

CANONICAL = "Độc lập - Tự do - Hạnh phúc"
_WORDS = re.compile(r"[^\W\d_]+")


class TieuNguTextWrong(StateElementRule):
    """Tiêu ngữ viết sai: gạch nối, khoảng cách, chữ hoa hoặc dấu chấm cuối.
    (The motto is miswritten: hyphens, spaces, capitals or a trailing full stop.)

    ## Kiểm tra gì (What it checks)
    Tiêu ngữ phải đúng “Độc lập - Tự do - Hạnh phúc”: chữ in thường, viết hoa chữ cái đầu mỗi
    cụm từ, giữa các cụm từ là gạch nối (-) có một khoảng trắng mỗi bên, không có dấu chấm
    cuối. Lỗi hay gặp: “Độc Lập”, gạch ngang dài “–”, “Độc lập-Tự do-Hạnh phúc”.
    The motto must read exactly “Độc lập - Tự do - Hạnh phúc” (ASCII hyphens, spaced).

    ## Vì sao (Why)
    Phụ lục I, mục II.1.b: “chữ cái đầu của các cụm từ được viết hoa, giữa các cụm từ có gạch
    nối (-), có cách chữ”. Bản gốc của Nghị định dùng dấu gạch nối (U+002D).
    PL I, II.1.b: first letter of each phrase capitalised, hyphens with spaces between phrases.

    ## Ví dụ sai (Bad)
        Độc Lập – Tự Do – Hạnh Phúc
        Độc lập-Tự do-Hạnh phúc

    ## Ví dụ đúng (Good)
        Độc lập - Tự do - Hạnh phúc

    ## Tự sửa (Fix)
    Có, an toàn khi các chữ đúng và chỉ sai chữ hoa, gạch nối, khoảng trắng hoặc dấu chấm:
    thay bằng dạng chuẩn. (Yes, safe when only case, dashes, spaces or a full stop differ.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Tiêu ngữ hiển thị in hoa do định dạng (All Caps) được báo, nhưng không tự sửa bằng văn
    bản. Party and normative documents are out of scope.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1.b; mục V (bảng, dòng 1)
    """

    code = "VB103"
    name = "tieu-ngu-text-wrong"
    summary = "Tiêu ngữ phải là “Độc lập - Tự do - Hạnh phúc” (gạch nối có cách chữ)"
    summary_en = "The motto must be “Độc lập - Tự do - Hạnh phúc” (spaced hyphens)"
    severity = Severity.ERROR
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1.b"

    def check(self, ctx: Context) -> Iterator[Finding]:
        found = part(ctx, "tieu_ngu")
        if found is None:
            return
        ref, para = found
        start, end = span_of(para, ref.text)
        canonical = self.data(ctx, "tieu_ngu").get("text", CANONICAL)
        typed = norm(para.text[start:end])
        shown = norm(shown_text(para, start, end))
        if shown == canonical:
            return
        same_words = _WORDS.findall(typed.lower()) == _WORDS.findall(canonical.lower())
        problems = _problems(typed, shown, canonical)
        what_vi = "; ".join(p[0] for p in problems) or "sai chữ"
        what_en = "; ".join(p[1] for p in problems) or "wrong words"
        loc = self.at(para, start, end, part="tieu_ngu")
        fix = None
        if typed != canonical:
            fix = Fix(
                title=ctx.t(f"Sửa thành: {canonical}", f"Change to “{canonical}”"),
                replacement=canonical,
                safe=same_words,
            )
        yield self.finding(
            ctx,
            vi=f"Tiêu ngữ viết là “{shown}” ({what_vi}), phải là “{canonical}”.",
            en=f"The motto reads “{shown}” ({what_en}); expected “{canonical}”.",
            location=loc,
            fix=fix,
        )


def _problems(typed: str, shown: str, canonical: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if any(ch in typed for ch in "–—‐‑−"):
        out.append(("dùng gạch ngang dài thay cho gạch nối “-”", "long dash instead of “-”"))
    if re.search(r"\S[-–—]|[-–—]\S", typed):
        out.append(("thiếu khoảng trắng quanh gạch nối", "no spaces around the hyphen"))
    elif "-" not in typed and not any(ch in typed for ch in "–—"):
        out.append(("thiếu gạch nối giữa các cụm từ", "no hyphens between the phrases"))
    if typed.rstrip().endswith((".", ";", ",")):
        out.append(("có dấu câu ở cuối", "trailing punctuation"))
    words = _WORDS.findall(shown)
    want = _WORDS.findall(canonical)
    if [w.lower() for w in words] == [w.lower() for w in want] and words != want:
        out.append(("sai chữ hoa/thường", "wrong capitalisation"))
    return out
