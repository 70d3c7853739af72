"""The copy check (issue 7): normalisation, units, the labelled pairs, the sample công văn."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from linter.content import copy as cp
from linter.content.normalize import number_key, parse_reference, strip_label, words
from linter.corpus.loader import REFERENCE_DIR, load_reference_file
from linter.corpus.resolve import parent_from_refdoc
from rules.content.cited_document_not_in_corpus import CitedDocumentNotInCorpus
from rules.content.parent_content_copied import ParentContentCopied
from tests import build
from tests.ruletest import lint_docx

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLE_CV = SHARED / "samples" / "cong-van_dang-uy-van-phong-ubnd-tinh_trien-khai-226.txt"


@pytest.fixture(autouse=True)
def _no_user_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's data directory: the default store is in memory."""
    monkeypatch.setenv("LINT_CORPUS", str(tmp_path / "absent" / "corpus.sqlite"))


@pytest.fixture(scope="module")
def kl226() -> cp.Parent:
    ref = load_reference_file(REFERENCE_DIR / "226-KL-TW.txt")
    return parent_from_refdoc(ref, key="kl226")


# -- normalisation --------------------------------------------------------------------------


def test_tone_placement_case_and_nfd_are_unified() -> None:
    import unicodedata

    old = "ĐƠN GIẢN HOÁ, Uỷ ban, hoà"
    new = unicodedata.normalize("NFD", "đơn giản hóa, ủy ban, hòa")
    assert words(old) == words(new)
    assert words("đơn giản hóa") != words("đơn giản hỏa")  # the tone itself is kept


def test_numbering_labels_are_stripped() -> None:
    assert strip_label("2.1. Về công tác")[1] == "Về công tác"
    assert strip_label("a) Rà soát")[1] == "Rà soát"
    assert strip_label("- Tăng cường")[1] == "Tăng cường"
    assert words("2.1. Về công tác") == words("Về công tác")
    assert strip_label("2026 là năm")[0] == ""  # a number that is not a label


@pytest.mark.parametrize(
    "text",
    ["226-KL/TW", "226 - KL/TW", "Kết luận số 226-KL/TW", "Số 226-KL/TW", "226-kl/tw"],
)
def test_number_keys_meet(text: str) -> None:
    assert number_key(text) == "226-kl/tw"


def test_partial_references() -> None:
    assert parse_reference("Kết luận 226") == parse_reference("KL 226")
    ref = parse_reference("Nghị định số 30/2020/NĐ-CP")
    assert ref is not None and ref.key == "30-2020/nđ-cp" and ref.types == ("nghi_dinh",)


def test_clauses_derived_from_labels() -> None:
    assert cp.derive_clauses(["Mở đầu", "1. A", "2. B", "2.1. C", "- d", "2.2. E", "3. F"]) == [
        None,
        "1",
        "2",
        "2.1",
        "2.1",
        "2.2",
        "3",
    ]
    assert cp.derive_clauses(["Điều 5. Phạm vi", "1. Khoản một", "Điều 6. X"]) == [
        "Điều 5",
        "Điều 5, khoản 1",
        "Điều 6",
    ]


def test_units_split_sentences_and_keep_offsets() -> None:
    text = "2.1. Về văn bản: Tập trung đổi mới; không sao chép. Hằng năm giảm 15%."
    units = cp.split_units(0, text)
    assert [text[u.start : u.end] for u in units] == [
        "Về văn bản",
        "Tập trung đổi mới",
        "không sao chép",
        "Hằng năm giảm 15%",
    ]


# -- the labelled pairs ---------------------------------------------------------------------


def _pairs(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]


def _predict(parent: cp.Parent, text: str) -> tuple[bool, str | None]:
    scores = [cp.score_unit(u, parent) for u in cp.split_units(0, text)]
    copied = [s for s in scores if cp.is_copy(s)]
    return bool(copied), (max(copied, key=lambda s: s.covered).clause if copied else None)


def _precision_recall(parent: cp.Parent, rows: list[dict]) -> tuple[float, float, float]:
    tp = fp = fn = clause_ok = 0
    for row in rows:
        pred, clause = _predict(parent, row["draft"])
        tp += pred and row["copied"]
        fp += pred and not row["copied"]
        fn += (not pred) and row["copied"]
        clause_ok += bool(pred and row["copied"] and clause == row["clause"])
    return tp / (tp + fp), tp / (tp + fn), clause_ok / tp


def test_labelled_set_is_large_and_balanced() -> None:
    dev, held = _pairs("copy_pairs.jsonl"), _pairs("copy_pairs_holdout.jsonl")
    assert len(dev) + len(held) >= 60
    assert 0.25 <= len(held) / (len(dev) + len(held)) <= 0.4
    kinds = {r["kind"] for r in dev + held}
    assert {"verbatim", "light", "heavy", "unrelated"} <= kinds
    assert not {r["id"] for r in dev} & {r["id"] for r in held}


@pytest.mark.parametrize("name", ["copy_pairs.jsonl", "copy_pairs_holdout.jsonl"])
def test_precision_and_recall_on_labelled_pairs(kl226: cp.Parent, name: str) -> None:
    precision, recall, clause_accuracy = _precision_recall(kl226, _pairs(name))
    assert precision >= 0.9, precision
    assert recall >= 0.85, recall
    assert clause_accuracy >= 0.9, clause_accuracy


def test_quoted_title_is_not_a_copy(kl226: cp.Parent) -> None:
    text = (
        "(Gửi kèm Công văn này là Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư về việc chấn "
        "chỉnh lề lối làm việc, nâng cao hiệu quả hoạt động của hệ thống chính trị)./."
    )
    assert _predict(kl226, text) == (False, None)
    # Control: the title's words do occur in the body of KL 226 (mục 3), so without the title
    # exclusion this line would count them as copied.
    untitled = cp.Parent(
        key="x", number=None, title=None, doc_type=None, units=kl226.units, label="x"
    )
    unit = cp.split_units(0, text)[0]
    assert cp.score_unit(unit, untitled).covered >= 12
    assert cp.score_unit(unit, kl226).covered <= 3


# -- the sample công văn (design: worked example) ------------------------------------------


def _sample_cong_van() -> build.DocSpec:
    raw = SAMPLE_CV.read_text(encoding="utf-8")
    blocks = [" ".join(x.strip() for x in b.splitlines()) for b in re.split(r"\n\s*\n", raw)]
    blocks = [b for b in blocks if b]
    start = next(i for i, b in enumerate(blocks) if b.startswith("Thực hiện Công văn"))
    end = next(i for i, b in enumerate(blocks) if b.startswith("Nơi nhận"))
    return build.party_cong_van(
        so_ky_hieu="Số      -CV/ĐUVP",
        trich_yeu="V/v triển khai, thực hiện Kết luận số 226-KL/TW ngày 11/12/2025 của Ban Bí thư",
        kinh_gui=[
            "Kính gửi:",
            "- Các Chi bộ trực thuộc Đảng bộ Văn phòng;",
            "- Các Phòng, ban, trung tâm thuộc Văn phòng.",
        ],
        body=[build.p(b) for b in blocks[start:end]],
        noi_nhan=["- Như trên;", "- Lưu ĐUVP."],
    )


def test_sample_cong_van_items_2_1_to_2_3_copy_kl226() -> None:
    result = lint_docx(_sample_cong_van(), [ParentContentCopied, CitedDocumentNotInCorpus])
    assert not [f for f in result.findings if f.code == "VB002"]
    doc = result.doc
    copies = {
        doc.paragraphs[f.location.paragraph].text[:4]: f
        for f in result.findings
        if f.code == "VB720"
    }
    for item in ("2.1.", "2.2.", "2.3."):
        assert item in copies, sorted(copies)
        assert f"mục {item[:-1]} của Kết luận 226-KL/TW" in copies[item].message
    # 2.1 and 2.2 add nothing of their own: errors. 2.3 names "Người đứng đầu các Chi bộ …" (a
    # lead of sorts) but no deadline or product: reported, as an error or a warning.
    assert copies["2.1."].severity.value == "error"
    assert copies["2.2."].severity.value == "error"
    assert copies["2.3."].severity.value in ("error", "warning")
    flagged = {f.location.paragraph for f in result.findings if f.code == "VB720"}
    texts = {i: p.text for i, p in enumerate(doc.paragraphs)}
    for i in flagged:  # never the citation line, the title quote, Nơi nhận or item 1
        assert not texts[i].startswith(("Thực hiện Công văn", "(Gửi kèm", "Nơi nhận", "1. ")), (
            texts[i]
        )
    assert not any("Nơi nhận" in texts[i] or "Như trên" in texts[i] for i in flagged)
    # The công văn 649-CV/ĐU it also cites is not in the corpus: named once, as info.
    missing = [f for f in result.findings if f.code == "VB722"]
    assert len(missing) == 1 and "649-CV/ĐU" in missing[0].message
    assert missing[0].severity.value == "info"


def test_sample_cong_van_with_explicit_parent_instead_of_corpus(tmp_path: Path) -> None:
    """--parent FILE: the parent given as a read document works without the corpus entry."""
    from linter.config import Config
    from linter.corpus.store import CorpusStore
    from linter.engine import lint_document
    from linter.reader import read_docx
    from linter.textreader import read_text

    empty = CorpusStore(tmp_path / "empty.sqlite", seed=False)
    kl = read_text(
        (SHARED / "samples" / "226-KL-TW_ket-luan_ban-bi-thu_2025-12-11.txt").read_text(
            encoding="utf-8"
        )
    )
    doc = read_docx(build.to_bytes(_sample_cong_van()), name="cv.docx")
    without = lint_document(doc, config=Config(), rules=[ParentContentCopied], corpus=empty)
    assert not [f for f in without.findings if f.code == "VB720"]
    withp = lint_document(
        doc, config=Config(), rules=[ParentContentCopied], corpus=empty, parents=[kl]
    )
    assert len([f for f in withp.findings if f.code == "VB720"]) >= 3


@pytest.mark.parametrize(
    "name",
    [
        "d045_S_Cong-van_CV-trien-khai-Cong-dien-131-don-gian-hoa.docx",
        "d059_S_Bao-cao_BC-CCHC-nam-2025.docx",
        "d003_S_Quyet-dinh_QD-kien-toan-Doi-ung-cuu-su-co-ATTT-mang.docx",
    ],
)
def test_real_drafts_that_do_not_cite_kl226_are_not_its_copies(name: str) -> None:
    """Stock administrative phrases shared with KL 226 must not make it a "parent"."""
    from linter.anatomy import analyse
    from linter.reader import read_docx
    from linter.rule import Context

    doc = read_docx(SHARED / "corpus_real" / "docx" / name)
    anatomy = analyse(doc)
    assert not any("226" in (c.number or "") for c in anatomy.citations)
    report = cp.copy_report(Context(doc, anatomy))
    assert report.copied == ()


def test_the_reference_document_is_not_a_copy_of_itself() -> None:
    """Linting Kết luận 226 itself must not compare it with its own copy in the corpus."""
    from linter.engine import lint_path

    sample = Path(__file__).resolve().parents[1] / "corpus" / "samples"
    res = lint_path(sample / "party_ket_luan_226-KL-TW.docx", rules=[ParentContentCopied])
    assert res.anatomy is not None and res.anatomy.number is not None
    assert "226-KL/TW" in res.anatomy.number.raw
    assert [f for f in res.findings if f.code == "VB720"] == []


def test_units_of_a_paragraph_seen_before_carry_their_own_paragraph_index() -> None:
    """The split of a paragraph's text is kept between checks (a draft is checked again while
    it is edited); the units still name the paragraph they are in now."""
    text = "1. Sở Nội vụ chủ trì thực hiện; báo cáo kết quả trước ngày 30/6/2026. Lưu ý thêm."
    first, moved = cp.split_units(3, text), cp.split_units(7, text)
    assert [u.paragraph for u in first] == [3, 3, 3] and [u.paragraph for u in moved] == [7, 7, 7]
    assert [(u.start, u.end, u.tokens) for u in first] == [
        (u.start, u.end, u.tokens) for u in moved
    ]
    assert text[first[0].start : first[0].end] == "Sở Nội vụ chủ trì thực hiện"
