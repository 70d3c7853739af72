"""Content layer timing: the one-time load of spaCy + pyvi, and the added time per document.

Run: ``python bench/bench_content.py [FILE.docx|FILE.txt ...]``. Without arguments it times the
sample công văn (.docx in ``corpus/samples``) and a generated kế hoạch draft with 24 tasks. For
each document it reports CPU time (``time.process_time``: time other processes take does not
count, but a loaded machine still slows a process down, so the load average is printed too) over
15 runs of (a) task extraction alone, (b) all content and meeting rules (VB701–VB719, VB8xx)
through the engine, and (c) the NLP layer alone: the ``prime``/``analyse`` calls that extraction
makes, replayed, with the analysed sentences and tokens counted (µs per sentence). Each figure
is "median (min)".

"Cold" runs call ``linter.content.clear_caches()`` first: no analysis, no primed paragraph, no
kept lead or finished task, no copy-check unit and no per-syllable table survives, as for the
first new text of a fresh process. "New text in a running process" keeps the per-syllable tables
(they depend on no document; a service that has checked a few drafts has most syllables of the
next one), nothing else. "Re-check" runs keep every cache (the add-in re-checks the same draft).
The model load is paid once, before, and reported separately.
"""

from __future__ import annotations

import os
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


def cpu_ms(fn, runs: int = 15, *, cold: bool = True, syllables: bool = True) -> str:
    """ "median (min)" CPU ms; ``cold`` clears the NLP layer's caches before each run (with
    ``syllables=False`` the per-syllable tables stay: a new text in a running process)."""
    from linter.content import clear_caches

    times = []
    for _ in range(runs):
        if cold:
            clear_caches(syllables=syllables)
        t = time.process_time()  # CPU time: other processes on the machine do not count
        fn()
        times.append((time.process_time() - t) * 1000)
    return f"{statistics.median(times):.1f} ({min(times):.1f})"


def nlp_calls(doc: object, anatomy: object) -> list[tuple[str, str]]:
    """The ``prime``/``analyse`` calls task extraction makes on ``doc``, in order (cold)."""
    from linter.content import clear_caches, nlp
    from linter.content.tasks import extract

    calls: list[tuple[str, str]] = []
    clear_caches(syllables=False)  # before the functions are wrapped
    analyse, prime = nlp.analyse, nlp.prime
    nlp.analyse = lambda text: (calls.append(("a", text)), analyse(text))[1]
    nlp.prime = lambda text: (calls.append(("p", text)), prime(text))[1]
    try:
        extract(doc, anatomy)
    finally:
        nlp.analyse, nlp.prime = analyse, prime
    return calls


def replay(calls: list[tuple[str, str]]) -> None:
    from linter.content import nlp

    for kind, text in calls:
        (nlp.prime if kind == "p" else nlp.analyse)(text)


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
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; CPU ms, median (min)")
    for name, doc in docs:
        anatomy = analyse(doc)
        words = sum(len(p.text.split()) for p in doc.paragraphs)
        n_tasks = len(extract(doc, anatomy).tasks)
        calls = nlp_calls(doc, anatomy)
        texts = {text for kind, text in calls if kind == "a"}
        n_toks = sum(len(nlp.analyse(t).toks) for t in texts)
        ext = cpu_ms(lambda d=doc, a=anatomy: extract(d, a))
        full = cpu_ms(lambda d=doc, a=anatomy: lint_document(d, rules=rules, anatomy=a))
        running = cpu_ms(
            lambda d=doc, a=anatomy: lint_document(d, rules=rules, anatomy=a), syllables=False
        )
        layer = cpu_ms(lambda c=calls: replay(c))
        warm = cpu_ms(lambda d=doc, a=anatomy: lint_document(d, rules=rules, anatomy=a), cold=False)
        per = [1000 * float(x.strip("()")) / len(texts) for x in layer.split()]
        print(
            f"{name}: {len(doc.paragraphs)} paragraphs, {words} words, {n_tasks} tasks\n"
            f"  cold: extraction {ext}, content+meeting rules {full}\n"
            f"  new text in a running process (per-syllable tables kept): content+meeting "
            f"rules {running}\n"
            f"  cold NLP layer alone: {layer} for {len(texts)} texts analysed ({n_toks} tokens), "
            f"{per[0]:.0f} ({per[1]:.0f}) us per text\n"
            f"  re-check of the same text (caches warm): content+meeting rules {warm}"
        )


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(
        description="Time the content rules (KL 226) per document and the one-time NLP load."
    )
    parser.add_argument("files", nargs="*", help=".docx or .txt files (default: two samples)")
    main(parser.parse_args().files)
