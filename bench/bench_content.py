"""Content layer timing: the one-time load of spaCy + pyvi, and the added time per document.

Run: ``python bench/bench_content.py [FILE.docx|FILE.txt ...]``. Without arguments it times the
sample công văn (.docx in ``corpus/samples``) and a generated kế hoạch draft with 24 tasks. For
each document it reports the median CPU time (``time.process_time``, so other processes on a
busy machine do not count) over 15 runs of (a) task extraction alone and (b) all content and
meeting rules (VB701–VB719, VB8xx) through the engine. "Cold" runs clear the analysis cache
first; "re-check" runs keep it (the add-in re-checks the same draft). The model load is paid
once, before, and reported separately.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TASK = (
    "{n}. Phòng Cải cách hành chính chủ trì, phối hợp với Văn phòng Sở và Sở Tài chính rà soát "
    "quy trình nội bộ giải quyết thủ tục hành chính, xây dựng dự thảo Quyết định công bố quy "
    "trình, trình Giám đốc Sở trước ngày {d:02d}/06/2026."
)


def three_page_plan() -> object:
    """A kế hoạch of about three pages: headings, 24 task items, funding, closing."""
    from tests import build

    body = [
        build.p("Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh, Sở "
                "Nội vụ ban hành Kế hoạch cải cách hành chính năm 2026 như sau:"),
        build.heading("I. MỤC ĐÍCH, YÊU CẦU"),
        build.p("1. Nâng cao chất lượng phục vụ người dân và doanh nghiệp."),
        build.heading("II. NHIỆM VỤ"),
    ]  # fmt: skip
    body += [build.p(TASK.format(n=i, d=(i % 28) + 1)) for i in range(1, 25)]
    body += [
        build.heading("III. KINH PHÍ"),
        build.p("Kinh phí thực hiện từ nguồn chi thường xuyên năm 2026 của Sở."),
        build.p("Các phòng báo cáo kết quả về Văn phòng Sở định kỳ hằng quý./."),
    ]
    return build.read(build.state_ke_hoach(body=body))


def median_ms(fn, runs: int = 15, *, cold: bool = True) -> float:
    """Median wall time; ``cold`` clears the per-process analysis cache before each run."""
    from linter.content import nlp

    times = []
    for _ in range(runs):
        if cold:
            nlp.analyse.cache_clear()
            nlp._PRIMED.clear()
        t = time.process_time()  # CPU time: other processes on the machine do not count
        fn()
        times.append((time.process_time() - t) * 1000)
    return statistics.median(times)


def main(paths: list[str]) -> None:
    t0 = time.perf_counter()
    from linter.content import nlp

    nlp.get_nlp()
    t1 = time.perf_counter()
    nlp._matchers()
    nlp.analyse("Giao Sở Nội vụ chủ trì.")
    t2 = time.perf_counter()
    print(f"one-time load: spaCy blank('vi') + pyvi {1000 * (t1 - t0):.0f} ms, "
          f"matchers {1000 * (t2 - t1):.0f} ms")  # fmt: skip

    from linter.anatomy import analyse
    from linter.content.tasks import extract
    from linter.engine import lint_document
    from linter.reader import read_path
    from rules import ALL_RULES

    rules = [r for r in ALL_RULES if "VB701" <= r.code <= "VB719" or r.code.startswith("VB8")]
    docs = []
    if paths:
        docs = [(p, read_path(p)) for p in paths]
    else:
        docs = [
            ("corpus/samples/party_cong_van_trien_khai_226.docx",
             read_path(ROOT / "corpus/samples/party_cong_van_trien_khai_226.docx")),
            ("generated 3-page kế hoạch (24 tasks)", three_page_plan()),
        ]  # fmt: skip
    for name, doc in docs:
        anatomy = analyse(doc)
        words = sum(len(p.text.split()) for p in doc.paragraphs)
        n_tasks = len(extract(doc, anatomy).tasks)
        ext = median_ms(lambda d=doc, a=anatomy: extract(d, a))
        full = median_ms(lambda d=doc, a=anatomy: lint_document(d, rules=rules, anatomy=a))
        warm = median_ms(
            lambda d=doc, a=anatomy: lint_document(d, rules=rules, anatomy=a), cold=False
        )
        print(
            f"{name}: {len(doc.paragraphs)} paragraphs, {words} words, {n_tasks} tasks; "
            f"cold: extraction {ext:.1f} ms, content+meeting rules {full:.1f} ms; "
            f"re-check of the same text (analysis cache warm) {warm:.1f} ms (medians of 15)"
        )


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(
        description="Time the content rules (KL 226) per document and the one-time NLP load."
    )
    parser.add_argument("files", nargs="*", help=".docx or .txt files (default: two samples)")
    main(parser.parse_args().files)
