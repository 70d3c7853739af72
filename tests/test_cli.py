"""The ``lint`` command: formats, exit codes, config errors, batches, subcommands, fix."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import jsonschema
import pytest

from linter.cli import collect_inputs, main
from tests import build

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ROOT = Path(__file__).resolve().parents[1]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ONLY = ["--select", "VB003,VB004,VB005,VB104"]


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """A folder with a clean draft, a draft with a date error, a corrupt file and a lock file."""
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    out = {
        "good": build.write(build.state_cong_van(), folder / "a-good.docx"),
        "bad": build.write(
            build.state_cong_van(date_text="Lâm Đồng, ngày 5 tháng 3 năm 2026"),
            folder / "sub" / "b-bad.docx",
        ),
    }
    corrupt = folder / "c-corrupt.docx"
    corrupt.write_bytes(b"PK\x03\x04 not really a zip")
    out["corrupt"] = corrupt
    (folder / "~$a-good.docx").write_bytes(b"lock")
    (folder / "notes.txt").write_text("không phải .docx", encoding="utf-8")
    out["folder"] = folder
    return out


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def test_exit_0_on_a_clean_file(files, capsys):
    code, out, _ = run(capsys, str(files["good"]), *ONLY)
    assert code == 0
    assert "Đạt: có thể trình ký" in out


def test_exit_1_on_an_error_and_exit_zero(files, capsys):
    code, out, _ = run(capsys, str(files["bad"]), *ONLY)
    assert code == 1
    assert "[VB104] lỗi: Ngày “5” phải viết là “05”" in out
    assert "1 lỗi, 0 cảnh báo, 0 gợi ý — Chưa đạt" in out
    assert run(capsys, str(files["bad"]), *ONLY, "--exit-zero")[0] == 0


def test_fail_on_levels(files, capsys):
    # the date error is an error: with --select VB005 on a State document nothing is reported
    assert run(capsys, str(files["bad"]), "--select", "VB005")[0] == 0
    # as a warning it passes at fail-on error, fails at fail-on warning
    toml = files["folder"] / "warn.toml"
    toml.write_text('[severity]\nVB104 = "warning"\n', encoding="utf-8")
    assert run(capsys, str(files["bad"]), *ONLY, "--config", str(toml))[0] == 0
    args = (str(files["bad"]), *ONLY, "--config", str(toml), "--fail-on", "warning")
    assert run(capsys, *args)[0] == 1


def test_fail_on_from_config_file(files, capsys):
    (files["folder"] / "lint.toml").write_text(
        'fail_on = "info"\n[severity]\nVB104 = "info"\n', encoding="utf-8"
    )
    assert run(capsys, str(files["bad"]), *ONLY)[0] == 1  # found upward from sub/


def test_batch_with_a_corrupt_file_exits_2_and_reports_the_others(files, capsys):
    code, out, err = run(capsys, str(files["folder"]), *ONLY, "--format", "json")
    assert code == 2
    data = json.loads(out)  # stdout is pure JSON
    jsonschema.validate(
        data, json.loads((SHARED / "schemas/lint/lint-output.schema.json").read_text("utf-8"))
    )
    paths = [Path(f["path"]).name for f in data["files"]]
    assert paths == ["a-good.docx", "c-corrupt.docx", "b-bad.docx"]  # sorted, no lock, no .txt
    by_name = {Path(f["path"]).name: f for f in data["files"]}
    assert by_name["c-corrupt.docx"]["error"]["code"] == "VB001"
    assert by_name["b-bad.docx"]["findings"][0]["code"] == "VB104"
    assert by_name["a-good.docx"]["error"] is None
    assert err == ""  # no progress bar when stderr is not a terminal
    # --exit-zero never hides an unreadable file
    assert run(capsys, str(files["folder"]), *ONLY, "--exit-zero")[0] == 2


def test_jobs_gives_the_same_result_in_input_order(files, capsys):
    args = [str(files["bad"]), str(files["good"]), str(files["corrupt"]), *ONLY, "--format", "json"]
    code1, out1, _ = run(capsys, *args)
    code4, out4, _ = run(capsys, *args, "--jobs", "3")
    assert code1 == code4 == 2
    assert json.loads(out1) == json.loads(out4)
    assert [Path(f["path"]).name for f in json.loads(out4)["files"]] == [
        "b-bad.docx",
        "a-good.docx",
        "c-corrupt.docx",
    ]


def test_missing_file_is_exit_2(files, capsys):
    code, out, _ = run(capsys, str(files["good"]), str(files["folder"] / "nope.docx"), *ONLY)
    assert code == 2
    assert "Không tìm thấy" in out


def test_explicit_txt_and_doc_files(files, capsys, tmp_path):
    txt = tmp_path / "vb.txt"
    txt.write_text(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLâm Đồng, ngày 5 tháng 3 năm 2026\n", "utf-8"
    )
    code, out, _ = run(capsys, str(txt), "--select", "VB104", "--format", "json")
    (result,) = json.loads(out)["files"]
    assert code == 1 and result["error"] is None
    assert [f["location"]["excerpt"] for f in result["findings"]] == ["5"]
    old = tmp_path / "cu.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    code, out, _ = run(capsys, str(old), "--format", "json")
    assert code == 2 and json.loads(out)["files"][0]["error"]["code"] == "VB001"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--select", "VB9999"], "VB9999"),
        (["--ignore", "XX"], "XX"),
        (["--format", "pdf"], "--format"),
        (["--stage", "final"], "--stage"),
        (["--bogus"], "--bogus"),
        (["--today", "2026-13-40"], "2026-13-40"),
    ],
)
def test_wrong_calls_exit_2(files, capsys, args, needle):
    code = None
    try:
        code = main([str(files["good"]), *args])
    except SystemExit as exc:  # argparse errors
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2
    assert needle in err
    assert "lỗi" in err


def test_config_errors_exit_2_naming_the_key(files, capsys):
    (files["folder"] / "lint.toml").write_text('[profile]\nfamly = "state"\n', encoding="utf-8")
    code, out, err = run(capsys, str(files["good"]))
    assert code == 2 and out == ""
    assert "profile.famly" in err and "Khóa hồ sơ cơ quan không tồn tại" in err
    code, _, err = run(capsys, str(files["good"]), "--lang", "en")
    assert code == 2 and "Unknown profile key 'profile.famly'" in err


def test_no_input_is_exit_2(capsys):
    code, _, err = run(capsys)
    assert code == 2 and "Chưa nêu tệp" in err


def test_sarif_and_junit_on_stdout(files, capsys):
    code, out, _ = run(capsys, str(files["bad"]), *ONLY, "--format", "sarif")
    log = json.loads(out)
    schema = json.loads((SHARED / "schemas/sarif-schema-2.1.0.json").read_text("utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    assert log["runs"][0]["invocations"][0]["exitCode"] == code == 1
    code, out, _ = run(capsys, str(files["bad"]), *ONLY, "--format", "junit")
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>') and "<failure" in out


def test_lang_en(files, capsys):
    code, out, _ = run(capsys, str(files["bad"]), *ONLY, "--lang", "en")
    assert code == 1
    assert "[VB104] error: Day “5” must be written “05”" in out
    assert "Place and date" in out and "Not passed" in out


def test_stage_issued_needs_clean_tracked_changes(tmp_path, capsys):
    path = build.write(build.state_cong_van(tracked_changes=True), tmp_path / "t.docx")
    assert run(capsys, str(path), *ONLY)[0] == 0
    code, out, _ = run(capsys, str(path), *ONLY, "--stage", "issued")
    assert code == 1 and "[VB003]" in out


def test_colour_only_when_asked(files, capsys, monkeypatch):
    _, plain, _ = run(capsys, str(files["bad"]), *ONLY)
    assert "\x1b[" not in plain  # captured stdout is not a terminal
    _, coloured, _ = run(capsys, str(files["bad"]), *ONLY, "--color", "always")
    assert "\x1b[31m" in coloured
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    _, plain2, _ = run(capsys, str(files["bad"]), *ONLY)
    assert "\x1b[" not in plain2


def test_progress_bar_on_a_terminal_only_on_stderr(files, capsys, monkeypatch):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, out, err = run(capsys, str(files["good"]), str(files["bad"]), *ONLY, "--format", "json")
    assert code == 1
    assert "2/2" in err and "█" in err
    assert json.loads(out)["files"]  # stdout untouched


def test_collect_inputs_skips_lock_files_and_hidden_folders(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.docx").write_bytes(b"")
    (tmp_path / "~$y.docx").write_bytes(b"")
    (tmp_path / "z.docx").write_bytes(b"")
    assert [p.name for p, _ in collect_inputs([str(tmp_path)])] == ["z.docx"]


# -- rules, explain ----------------------------------------------------------------------------


def test_rules_lists_the_registry(capsys):
    from rules import ALL_RULES

    code, out, _ = run(capsys, "rules")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Mã")
    codes = [line.split()[0] for line in lines[1:]]
    assert codes == sorted(codes)
    assert set(codes) == {r.code for r in ALL_RULES} | {"VB001", "VB002"}
    vb104 = next(line for line in lines if line.startswith("VB104"))
    assert "date-missing-leading-zero" in vb104 and "lỗi" in vb104
    code, out, _ = run(capsys, "rules", "--format", "json")
    assert {r["code"] for r in json.loads(out)} == set(codes)


def test_explain(capsys):
    code, out, _ = run(capsys, "explain", "vb104")
    assert code == 0
    assert out.startswith("VB104 date-missing-leading-zero (lỗi)")
    assert "## Căn cứ (References)" in out and "Phụ lục I, mục II.4.b" in out
    code, out, err = run(capsys, "explain", "VB777")
    assert code == 2 and out == "" and "Mã quy tắc không tồn tại: “VB777”" in err


def test_subcommand_names_win_but_paths_still_work(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "rules"
    folder.mkdir()
    build.write(build.state_cong_van(), folder / "x.docx")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "VB104" in out and "x.docx" not in out
    code, out, _ = run(capsys, "./rules", *ONLY)
    assert code == 0 and "x.docx" in out


# -- inspect, tasks, corpus, serve: dispatched to other components -----------------------------


def test_inspect_json(files, capsys):
    code, out, _ = run(capsys, "inspect", str(files["good"]), "--format", "json")
    assert code == 0
    data = json.loads(out)
    jsonschema.validate(
        data, json.loads((SHARED / "schemas/lint/inspect-output.schema.json").read_text("utf-8"))
    )
    assert data["family"] == "state" and data["doc_type"] == "cong_van"


def test_inspect_text_and_unreadable(files, capsys):
    code, out, _ = run(capsys, "inspect", str(files["good"]))
    assert code == 0 and "Quốc hiệu" in out
    code, _, err = run(capsys, "inspect", str(files["corrupt"]))
    assert code == 2 and "VB001" in err


def test_tasks_json(files, capsys):
    code, out, _ = run(capsys, "tasks", str(files["good"]), "--format", "json")
    assert code == 0
    jsonschema.validate(
        json.loads(out),
        json.loads((SHARED / "schemas/lint/tasks-output.schema.json").read_text("utf-8")),
    )


def test_missing_component_is_a_clear_exit_2(capsys, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "api.main":
            raise ModuleNotFoundError("No module named 'api.main'", name="api.main")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    monkeypatch.setattr("importlib.import_module", lambda n: fake_import(n))
    code, _, err = run(capsys, "serve", "--port", "0")
    assert code == 2 and "chưa có" in err


# -- fix ---------------------------------------------------------------------------------------


def test_fix_writes_a_new_file_with_tracked_changes(files, capsys, tmp_path):
    src = files["bad"]
    before = hashlib.sha256(src.read_bytes()).hexdigest()
    out_path = tmp_path / "fixed.docx"
    code, out, _ = run(capsys, "fix", str(src), "-o", str(out_path), *ONLY)
    assert code == 0 and "Đã ghi 1 chỉnh sửa" in out
    assert hashlib.sha256(src.read_bytes()).hexdigest() == before
    body = docx.Document(io.BytesIO(out_path.read_bytes())).element.body
    assert [e.get(f"{W}author") for e in body.iter(f"{W}ins")] == ["vblint"]
    assert [e.get(f"{W}author") for e in body.iter(f"{W}del")] == ["vblint"]
    assert run(capsys, str(out_path), *ONLY)[0] == 0  # the fixed copy passes


def test_fix_refuses_to_overwrite_the_input(files, capsys):
    src = files["bad"]
    before = src.read_bytes()
    code, _, err = run(capsys, "fix", str(src), "-o", str(src))
    assert code == 2 and "khác tệp gốc" in err
    assert src.read_bytes() == before


def test_fix_unreadable_input(files, capsys, tmp_path):
    code, _, err = run(capsys, "fix", str(files["corrupt"]), "-o", str(tmp_path / "o.docx"))
    assert code == 2 and "VB001" in err


# -- the installed entry point and import hygiene --------------------------------------------


def test_entry_point_and_no_heavy_imports():
    code = (
        "import sys, linter.cli; "
        "heavy = [m for m in ('spacy', 'pyvi', 'fastapi', 'uvicorn', 'docx') if m in sys.modules]; "
        "print(heavy)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == "[]"


def test_lint_script_runs(files):
    script = Path(sys.executable).with_name("lint")
    proc = subprocess.run(
        [str(script), str(files["bad"]), *ONLY, "--format", "json"],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["files"][0]["findings"][0]["code"] == "VB104"
