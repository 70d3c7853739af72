"""The corpus store, its index and the ``lint corpus`` commands (issue 7)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from linter.corpus import commands
from linter.corpus.loader import CorpusError, RefDoc, parse_reference_text
from linter.corpus.store import CorpusStore, default_path, doc_hashes, open_store
from tests import build

OWN_REF = """+++
type = "huong_dan"
number = "12-HD/ĐU"
date = 2026-02-03
issuer = "Đảng ủy phường"
title = "về việc tổ chức hội nghị trực tuyến"
+++
1. Mục đích
Các chi bộ tổ chức sinh hoạt trực tuyến qua phần mềm họp của phường, bảo đảm đường truyền ổn định.
2. Nội dung
Văn phòng Đảng ủy lập lịch phòng họp trực tuyến hằng tháng và gửi các chi bộ trước ngày 25.
"""


@pytest.fixture(autouse=True)
def _no_user_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINT_CORPUS", str(tmp_path / "user" / "corpus.sqlite"))


def _run(*argv: str, lang: str = "vi") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = commands.run(list(argv), lang=lang, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


# -- the on-disk reference format -----------------------------------------------------------


def test_reference_format_parses_metadata_and_clauses() -> None:
    ref = parse_reference_text(OWN_REF, source="own.txt")
    assert (ref.number, ref.doc_type, ref.issuer) == ("12-HD/ĐU", "huong_dan", "Đảng ủy phường")
    assert ref.date is not None and ref.date.isoformat() == "2026-02-03"
    assert ref.clauses == ["1", "1", "2", "2"]
    assert ref.label == "Hướng dẫn 12-HD/ĐU"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("+++\nnumber = 1-KL/TW\n+++\nx", "TOML"),
        ("+++\nnumber = '1-KL/TW'\n", "+++"),
        ("+++\nnumbr = '1-KL/TW'\n+++\nx", "numbr"),
        ("+++\nnumber = '1-KL/TW'\n+++\n", "không có nội dung"),
        ("+++\nclauses = ['1', '2']\n+++\n1. A\n3. B", "khác với"),
    ],
)
def test_reference_format_errors_are_explained(text: str, reason: str) -> None:
    with pytest.raises(CorpusError) as exc:
        parse_reference_text(text, source="bad.txt")
    assert reason in exc.value.message


# -- the store ------------------------------------------------------------------------------


def test_store_is_filled_from_shipped_references_once(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    with CorpusStore(path) as store:
        assert [d.number for d in store.list()] == ["226-KL/TW"]
        assert store.list()[0].origin == "reference"
        assert store.remove(store.list()[0].id)
    with CorpusStore(path) as store:  # a removed shipped document is not brought back
        assert store.list() == []


@pytest.mark.parametrize(
    "query", ["226-KL/TW", "226 - KL/TW", "Kết luận 226", "KL 226", "Kết luận số 226-KL/TW"]
)
def test_lookup_by_normalised_number(tmp_path: Path, query: str) -> None:
    with CorpusStore(tmp_path / "c.sqlite") as store:
        assert [d.number for d in store.lookup(query)] == ["226-KL/TW"]
        assert store.lookup("226-QĐ/TW") == []
        assert store.lookup("Nghị quyết 226") == []


def test_index_finds_candidates_and_forgets_removed(tmp_path: Path) -> None:
    with CorpusStore(tmp_path / "c.sqlite") as store:
        own = store.add(parse_reference_text(OWN_REF, source="own.txt"))
        draft = doc_hashes(["Văn phòng Đảng ủy lập lịch phòng họp trực tuyến hằng tháng"])
        assert [d for d, _ in store.candidates(draft)] == [own]
        kl = doc_hashes(["Không tổ chức các hội nghị nếu không thật sự cần thiết"])
        assert [d for d, _ in store.candidates(kl)] == [store.lookup("226-KL/TW")[0].id]
        assert store.remove(own)
        assert store.candidates(draft) == []
        assert not store.remove(own)


def test_stock_ngrams_are_skipped_by_the_index(tmp_path: Path) -> None:
    with CorpusStore(tmp_path / "c.sqlite", seed=False) as store:
        common = "Các cơ quan, đơn vị tổ chức triển khai thực hiện nghiêm túc nội dung văn bản này"
        refs = [
            RefDoc(number=f"{i}-TB/ĐU", paragraphs=[common, f"Nội dung riêng số {i} của văn bản"])
            for i in range(1, 61)
        ]
        store.add_many(refs)
        assert store.candidates(doc_hashes([common]), max_df=50) == []
        assert len(store.candidates(doc_hashes([common]), max_df=100, limit=100)) == 60


def test_default_path_honours_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert default_path() == tmp_path / "user" / "corpus.sqlite"
    monkeypatch.delenv("LINT_CORPUS")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_path() == tmp_path / "xdg" / "vblint" / "corpus.sqlite"


def test_linting_never_creates_the_user_store(tmp_path: Path) -> None:
    store = open_store(None)
    assert store.path == ":memory:"
    assert [d.number for d in store.list()] == ["226-KL/TW"]
    assert not (tmp_path / "user").exists()


# -- commands -------------------------------------------------------------------------------


def test_commands_add_list_show_remove_txt(tmp_path: Path) -> None:
    src = tmp_path / "hd12.txt"
    src.write_text(OWN_REF, encoding="utf-8")
    code, out, err = _run("add", str(src))
    assert code == 0, err
    assert "Đã thêm Hướng dẫn 12-HD/ĐU" in out
    assert (tmp_path / "user" / "corpus.sqlite").exists()
    code, out, _ = _run("list")
    assert code == 0 and "226-KL/TW" in out and "12-HD/ĐU" in out and "2 văn bản" in out
    code, out, _ = _run("show", "12 - HD/ĐU")
    assert code == 0 and "Các mục: 1, 2" in out and "Văn phòng Đảng ủy lập lịch" in out
    code, out, _ = _run("list", "--format", "json")
    assert {d["number"] for d in json.loads(out)} == {"226-KL/TW", "12-HD/ĐU"}
    code, out, _ = _run("remove", "12-HD/ĐU")
    assert code == 0 and "Đã xóa" in out
    code, _, err = _run("show", "12-HD/ĐU")
    assert code == 2 and "không có văn bản" in err


def test_commands_add_docx_reads_metadata_with_the_anatomy(tmp_path: Path) -> None:
    spec = build.party_ket_luan()
    path = build.write(spec, tmp_path / "kl.docx")
    code, _, err = _run("--corpus", str(tmp_path / "k.sqlite"), "add", str(path))
    assert code == 0, err
    with CorpusStore(tmp_path / "k.sqlite") as store:
        added = [d for d in store.list() if d.origin == "user"]
        assert len(added) == 1 and added[0].number and added[0].doc_type == "ket_luan"
        # Body only: the header and Nơi nhận are not stored.
        texts = [t for t, _ in store.paragraphs(added[0].id)]
        assert texts and not any(t.startswith(("Nơi nhận", "ĐẢNG CỘNG SẢN")) for t in texts)


def test_commands_flags_override_and_duplicates(tmp_path: Path) -> None:
    src = tmp_path / "plain.txt"
    src.write_text("Các chi bộ rà soát danh sách đảng viên trước ngày 30/4/2026.\n", "utf-8")
    code, _, err = _run("add", str(src))
    assert code == 2 and "--number" in err  # plain text without a number
    code, out, err = _run(
        "add", str(src), "--number", "7-TB/ĐU", "--type", "thông báo", "--date", "2026-03-01"
    )
    assert code == 0, err
    code, out, _ = _run("show", "7-TB/ĐU", "--format", "json")
    data = json.loads(out)
    assert (data["type"], data["date"]) == ("thong_bao", "2026-03-01")
    code, _, err = _run("add", str(src), "--number", "7-TB/ĐU")
    assert code == 2 and "--replace" in err
    code, _, err = _run("add", str(src), "--number", "7-TB/ĐU", "--title", "mới", "--replace")
    assert code == 0, err
    code, out, _ = _run("show", "7-TB/ĐU", "--format", "json")
    assert json.loads(out)["title"] == "mới"


@pytest.mark.parametrize(
    "argv",
    [["add", "missing.docx"], ["add", "x.pdf"], ["frobnicate"], ["add", "f.txt", "--date", "1/2"]],
)
def test_commands_errors_exit_2(tmp_path: Path, argv: list[str]) -> None:
    (tmp_path / "f.txt").write_text(OWN_REF, "utf-8")
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    argv = [str(tmp_path / a) if a.endswith((".docx", ".pdf", ".txt")) else a for a in argv]
    code, out, err = _run(*argv)
    assert code == 2 and err.startswith("Lỗi: ") and not out


def test_commands_english(tmp_path: Path) -> None:
    code, out, _ = _run("list", lang="en")
    assert code == 0 and "document(s) in" in out


def _open_and_list(path: str) -> list[str]:
    with CorpusStore(path) as store:
        return [d.number or "" for d in store.list()]


def test_several_processes_can_create_and_seed_one_new_store_at_once(tmp_path: Path) -> None:
    # the service's workers start together on an organisation's first run: each opens the same
    # new file; none may fail with "database is locked", and the shipped reference is added once
    import multiprocessing

    path = str(tmp_path / "shared.sqlite")
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        seen = pool.map(_open_and_list, [path] * 4)
    assert seen == [["226-KL/TW"]] * 4
    with CorpusStore(path) as store:
        assert [d.number for d in store.list()] == ["226-KL/TW"]
