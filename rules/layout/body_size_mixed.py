"""VB211 body-size-mixed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from operator import itemgetter

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.layout._common import (
    PL1,
    FamilyRule,
    body_text_paragraphs,
    letter_runs,
    num,
    num_en,
    rng,
    within,
)


def _main_size(para: Paragraph) -> float | None:
    """The size most of the paragraph's letters have (the first one met on a tie)."""
    weights: dict[float, int] = {}  # (a plain dict: a Counter per paragraph costs more)
    for run in letter_runs(para):
        if run.format.size_pt is not None:
            key = round(run.format.size_pt * 2) / 2
            weights[key] = weights.get(key, 0) + len(run.text)
    if not weights:
        return None
    return max(weights.items(), key=itemgetter(1))[0]  # as Counter.most_common(1)


class BodySizeMixed(FamilyRule):
    """Phần nội dung dùng nhiều cỡ chữ khác nhau.
    (Body text in more than one size.)

    ## Kiểm tra gì (What it checks)
    Các đoạn lời văn của phần nội dung phải cùng một cỡ chữ (ví dụ toàn bộ 14, không lẫn 13 và
    14). Chỉ xét các cỡ nằm trong khoảng cho phép; cỡ ngoài khoảng báo ở VB210.
    All running-text paragraphs of the body share one size.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.d: điều, khoản, điểm trình bày "bằng cỡ chữ
    của phần lời văn", nên phần nội dung có một cỡ chữ duy nhất. Văn bản ghép từ nhiều nguồn
    thường lẫn cỡ.
    Điều, khoản and điểm use "the size of the running text": one body size.

    ## Ví dụ sai (Bad)
        Phần lớn đoạn cỡ 14, vài đoạn dán vào cỡ 13

    ## Ví dụ đúng (Good)
        Mọi đoạn nội dung cỡ 14

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `body.uniform_size` bật quy tắc.

    ## Ngoại lệ (When not to apply)
    Tiêu đề, bảng, chú thích; văn bản quy phạm pháp luật. Chỉ là cảnh báo: Nghị định nêu
    điều này gián tiếp.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.d, II.6.e
    """

    code = "VB211"
    name = "body-size-mixed"
    summary = "Phần nội dung phải dùng một cỡ chữ thống nhất"
    summary_en = "One size for all body text"
    severity = Severity.WARNING
    source = f"{PL1}, mục II.6.d"
    table = "body"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        data = self.data(ctx)
        pair = rng(data.get("size_pt"))
        if not data.get("uniform_size") or pair is None:
            return
        sized = [
            (p, s)
            for p in body_text_paragraphs(ctx)
            if (s := _main_size(p)) is not None and within(s, pair)
        ]
        counts = Counter(s for _, s in sized)
        if len(counts) < 2:
            return
        main, main_n = counts.most_common(1)[0]
        others = [(p, s) for p, s in sized if s != main]
        para, size = others[0]
        yield self.finding(
            ctx,
            vi=f"Đoạn này cỡ {num(size)} pt trong khi {main_n} đoạn nội dung khác cỡ "
            f"{num(main)} pt ({len(others)} đoạn lệch cỡ); phần nội dung phải cùng một cỡ chữ.",
            en=f"This paragraph is {num_en(size)} pt while {main_n} other body paragraphs are "
            f"{num_en(main)} pt ({len(others)} differ); the body must use one size.",
            location=self.at(para),
            severity=self.sev(ctx, Severity.WARNING),
        )
