"""VB721: a large share of the document's body repeats the higher-level document."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from linter.content.copy import copy_report
from linter.finding import Finding, Location, Severity
from linter.rule import Context, Rule
from rules.content._copy_common import SOURCE, parent_name


@dataclass(frozen=True)
class Options:
    max_share: float = 0.3  # warn when more than this share of the body words is copied
    min_words: int = 60  # bodies shorter than this are not judged


class CopiedShareTooHigh(Rule):
    """Tỷ lệ nội dung lặp lại văn bản cấp trên quá cao.
    (Too large a share of the body repeats the higher-level document.)

    ## Kiểm tra gì (What it checks)
    Tính tỷ lệ từ ngữ của phần nội dung nằm trong các câu sao chép văn bản cấp trên (cách xác định
    câu sao chép như VB720). Vượt ngưỡng ``max_share`` (mặc định 30 %) thì cảnh báo một lần cho cả
    văn bản, kèm số đoạn sao chép.
    The share of body words inside copied sentences (as in VB720); above ``max_share`` (30 % by
    default) one document-level warning.

    ## Vì sao (Why)
    Kết luận 226-KL/TW, mục 2.1: “Chỉ ban hành văn bản khi thật cần thiết … không ban hành văn bản
    mang tính sao chép lại nội dung văn bản của cấp trên”. Văn bản mà phần lớn là chép lại thì
    không cần ban hành. A document that is mostly a copy need not be issued at all.

    ## Ví dụ sai (Bad)
        Công văn triển khai gồm 5 đoạn, 3 đoạn chép lại các mục 2.1, 2.2, 2.3 của Kết luận.

    ## Ví dụ đúng (Good)
        Công văn triển khai giao từng việc cho từng đơn vị, có thời hạn và sản phẩm.

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    ``max_share`` (số thực, mặc định 0.3): ngưỡng tỷ lệ sao chép. ``min_words`` (số nguyên, mặc
    định 60): văn bản có phần nội dung ngắn hơn thì không xét.
    ``max_share`` (float, 0.3): the threshold; ``min_words`` (int, 60): shorter bodies are skipped.

    ## Ngoại lệ (When not to apply)
    Không có văn bản cấp trên trong kho hoặc ``--parent`` thì không tính được. Without a parent in
    the corpus or given with ``--parent`` nothing is measured.

    ## Căn cứ (References)
    - Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư, mục 2.1, gạch đầu dòng thứ ba
    """

    code = "VB721"
    name = "copied-share-too-high"
    summary = "Tỷ lệ nội dung chép lại văn bản cấp trên vượt ngưỡng"
    summary_en = "Too large a share of the body repeats the higher-level document"
    severity = Severity.WARNING
    source = SOURCE
    Options = Options

    def check(self, ctx: Context) -> Iterator[Finding]:
        report = copy_report(ctx)
        if report.body_words < self.options.min_words or not report.copied:
            return
        share = report.share
        if share <= self.options.max_share:
            return
        names = ", ".join(dict.fromkeys(parent_name(c.parent) for c in report.copied))
        pct = round(share * 100)
        limit = round(self.options.max_share * 100)
        n = len(report.copied)
        yield self.finding(
            ctx,
            vi=f"Khoảng {pct} % nội dung văn bản ({report.copied_words}/{report.body_words} từ, "
            f"{n} đoạn) lặp lại {names}, vượt ngưỡng {limit} %. Văn bản cấp dưới cần cụ thể hóa "
            "thành nhiệm vụ của cấp mình thay vì chép lại.",
            en=f"About {pct} % of the body ({report.copied_words}/{report.body_words} words, {n} "
            f"paragraph(s)) repeats {names}, above the {limit} % threshold. Concretise it into "
            "tasks of this level instead of copying.",
            location=Location(),
        )
