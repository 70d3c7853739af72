"""Benchmark: reading .docx (+ anatomy) against a bare unzip + lxml parse of document.xml.

Usage::

    python bench/bench_read.py [--repeat N] [FILES...]

Without files it reads corpus/samples/*.docx (falling back to ../shared/corpus_real/docx when
there are none), plus the real corpus files when present, plus a generated 100-page document
(python-docx, in a temporary directory). For each file it prints the median of N runs (wall
clock; ``--cpu`` for this process's CPU time, steadier on a busy machine; ``--min`` for the
fastest run instead of the median, the least disturbed by other processes) for ``bare``
(zipfile + lxml.etree.fromstring(document.xml)), ``read`` (linter.reader.read_docx) and
``read+anatomy`` (read_docx + linter.anatomy.analyse), and the ratios to ``bare``.

The figures are cold: the reader's cache of style sheets (kept for drafts that share a template,
and for a draft checked again) is emptied before every timed read, and otherwise the reader and
the anatomy keep nothing of a document from one read to the next (only per-process constants:
compiled patterns, the XML parser, the type tables), so every timed read parses and resolves all
of its parts again.

On a shared machine the times of one file can vary by a fifth from run to run; to compare two
versions of the reader, count CPU instructions instead (``valgrind --tool=callgrind`` around
the same calls).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from linter.reader import clear_caches, read_docx  # noqa: E402

try:  # the anatomy is another layer; bench it when it is there
    from linter.anatomy import analyse
except ImportError:  # pragma: no cover
    analyse = None  # type: ignore[assignment]

SHARED = ROOT.parent / "shared"


CLOCK = time.perf_counter


PICK: Callable[[list[float]], float] = statistics.median


def _median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm up (imports, caches of the first call)
    times = []
    for _ in range(repeat):
        start = CLOCK()
        fn()
        times.append(CLOCK() - start)
    return PICK(times) * 1000


def _cold_read(data: bytes) -> object:
    clear_caches()  # the style sheets a process keeps for drafts sharing a template
    return read_docx(data)


def _bare(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        etree.fromstring(zf.read("word/document.xml"))


def make_long_document(path: Path, pages: int = 100) -> Path:
    """A plain document of about ``pages`` pages (≈ 7 paragraphs of 14 pt text per page)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố:      /QĐ-UBND"
    table.cell(0, 1).text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Lâm Đồng, ngày      tháng 3 năm 2026"
    )
    document.add_paragraph("KẾ HOẠCH").alignment = WD_ALIGN_PARAGRAPH.CENTER
    sentence = (
        "Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành "
        "triển khai thực hiện nhiệm vụ cải cách hành chính, hoàn thành trước ngày 30/6/2026. "
    )
    for i in range(pages * 7):
        para = document.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        para.paragraph_format.first_line_indent = Mm(10)
        lead = para.add_run(f"{i + 1}. ")
        lead.bold = True
        para.add_run(sentence * 2)
        if i % 10 == 0:
            para.add_run(" (nhấn mạnh)").italic = True
    document.save(path)
    return path


def _files(args: argparse.Namespace, tmp: Path) -> list[Path]:
    if args.files:
        return [Path(f) for f in args.files]
    files = sorted((ROOT / "corpus" / "samples").glob("*.docx"))
    real = sorted((SHARED / "corpus_real" / "docx").glob("*.docx"))
    files += real
    files.append(make_long_document(tmp / "generated-100-pages.docx"))
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--cpu", action="store_true", help="CPU time of this process (steadier on a busy machine)"
    )
    parser.add_argument(
        "--min", action="store_true", help="fastest run instead of the median of the runs"
    )
    args = parser.parse_args(argv)
    global CLOCK, PICK
    CLOCK = time.process_time if args.cpu else time.perf_counter
    PICK = min if args.min else statistics.median
    with tempfile.TemporaryDirectory() as tmp_dir:
        files = _files(args, Path(tmp_dir))
        header = (
            f"{'file':44} {'KB xml':>7} {'paras':>6} {'bare ms':>8} {'read ms':>8} "
            f"{'+anat ms':>9} {'read/bare':>9} {'all/bare':>9}"
        )
        print(header)
        print("-" * len(header))
        ratios: list[float] = []
        small: list[float] = []
        for path in files:
            data = path.read_bytes()
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                xml_kb = zf.getinfo("word/document.xml").file_size / 1024
            doc = read_docx(data, name=path.name)
            bare = _median_ms(lambda data=data: _bare(data), args.repeat)
            read = _median_ms(lambda data=data: _cold_read(data), args.repeat)
            if analyse is not None:
                both = _median_ms(lambda data=data: analyse(_cold_read(data)), args.repeat)
            else:
                both = float("nan")
            ratio = both / bare if analyse is not None else read / bare
            ratios.append(ratio)
            if xml_kb <= 150 and len(doc.paragraphs) <= 150:  # a typical few-page draft
                small.append(both if analyse is not None else read)
            print(
                f"{path.name[:44]:44} {xml_kb:7.0f} {len(doc.paragraphs):6d} {bare:8.2f} "
                f"{read:8.2f} {both:9.2f} {read / bare:9.1f} {ratio:9.1f}"
            )
        print("-" * len(header))
        print(
            f"files: {len(files)}; median (read+anatomy)/bare: {statistics.median(ratios):.1f} "
            "(cold: nothing of a document is cached between reads)"
        )
        if small:
            print(
                f"drafts (document.xml <= 150 KB, <= 150 paragraphs): median read+anatomy "
                f"{statistics.median(small):.1f} ms, max {max(small):.1f} ms"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
