"""The HTTP service with FastAPI's TestClient: every endpoint and every error of the contract."""

from __future__ import annotations

import io
import json
import logging
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import jsonschema
import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.settings import Settings
from tests import build

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCHEMAS = SHARED / "schemas" / "lint"
DOCX_MEDIA = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
VIETNAMESE = set("ăâđêôơưáàảãạếềểễệốồổỗộớờởỡợứừửữựíìỉĩịúùủũụýỳỷỹỵ")
BAD_DATE = "Lâm Đồng, ngày 5 tháng 3 năm 2026"


def schema(name: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


def assert_error(response: Any, status: int, code: str | None = None) -> dict[str, Any]:
    """A contract error: the status, the JSON shape of api-error.schema.json, Vietnamese."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    jsonschema.validate(body, schema("api-error.schema.json"))
    assert "detail" not in body
    message = body["error"]["message"]
    assert VIETNAMESE & set(message.lower()), message
    if code is not None:
        assert body["error"]["code"] == code, body
    return body["error"]


@pytest.fixture(scope="module")
def good() -> bytes:
    return build.to_bytes(build.state_cong_van())


@pytest.fixture(scope="module")
def bad() -> bytes:
    return build.to_bytes(build.state_cong_van(dia_danh_ngay_thang=BAD_DATE))


def make_client(tmp_path: Path, **kwargs: Any) -> TestClient:
    kwargs.setdefault("corpus_path", tmp_path / "corpus.sqlite")
    kwargs.setdefault("addin_dir", None)
    kwargs.setdefault("workers", 1)  # checks in threads of this process (the pool: see below)
    return TestClient(create_app(Settings(**kwargs)), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with make_client(tmp_path_factory.mktemp("api")) as c:
        yield c


def post_file(
    client: TestClient,
    url: str,
    data: bytes,
    name: str = "du-thao.docx",
    media: str = DOCX_MEDIA,
    **fields: Any,
) -> Any:
    return client.post(url, files={"file": (name, data, media)}, data=fields)


# -- POST /v1/lint ----------------------------------------------------------------------------


def test_lint_compliant_draft_passes_the_gate(client: TestClient, good: bytes) -> None:
    r = post_file(client, "/v1/lint", good)
    assert r.status_code == 200
    body = r.json()
    jsonschema.validate(body, schema("api-lint-response.schema.json"))
    assert body["path"] == "du-thao.docx"
    assert body["error"] is None
    assert (body["family"], body["regime"], body["doc_type"]) == ("state", "nd30", "cong_van")
    assert all(f["severity"] != "error" for f in body["findings"])
    assert body["gate"] == {"pass": True, "fail_on": "error"}


def test_lint_finds_the_error_and_fails_the_gate(client: TestClient, bad: bytes) -> None:
    body = post_file(client, "/v1/lint", bad).json()
    jsonschema.validate(body, schema("api-lint-response.schema.json"))
    vb104 = [f for f in body["findings"] if f["code"] == "VB104"]
    assert len(vb104) == 1
    assert vb104[0]["fix"] == {"title": "Thêm số 0: 05", "replacement": "05", "safe": True}
    assert vb104[0]["location"]["part"] == "dia_danh_ngay_thang"
    assert body["gate"] == {"pass": False, "fail_on": "error"}


def test_lint_options_select_ignore_fail_on_lang(client: TestClient, bad: bytes) -> None:
    only = post_file(client, "/v1/lint", bad, select="VB104").json()
    assert [f["code"] for f in only["findings"]] == ["VB104"]
    without = post_file(client, "/v1/lint", bad, ignore="VB104, VB7").json()
    assert without["findings"] == [] and without["gate"]["pass"] is True
    warn = post_file(client, "/v1/lint", bad, ignore="VB104", fail_on="warning").json()
    assert warn["findings"] and warn["gate"] == {"pass": False, "fail_on": "warning"}
    en = post_file(client, "/v1/lint", bad, select="VB104", lang="en").json()
    vi = only["findings"][0]["message"]
    assert en["findings"][0]["message"] != vi and not VIETNAMESE & set(
        en["findings"][0]["message"].lower().replace("ngày", "")
    )


def test_lint_stage_issued_flags_a_blank_number(client: TestClient) -> None:
    blank = build.to_bytes(build.state_cong_van(so_ky_hieu="Số:      /SNV-VP"))
    draft = post_file(client, "/v1/lint", blank, stage="draft").json()
    issued = post_file(client, "/v1/lint", blank, stage="issued").json()
    assert draft["gate"]["pass"] is True
    assert issued["gate"]["pass"] is False
    assert {f["code"] for f in issued["findings"]} - {f["code"] for f in draft["findings"]}


def test_lint_today_changes_the_date_check(client: TestClient) -> None:
    future = build.to_bytes(build.state_cong_van(date_text="Lâm Đồng, ngày 05 tháng 3 năm 2030"))
    early = post_file(client, "/v1/lint", future, today="2026-03-05", stage="issued").json()
    late = post_file(client, "/v1/lint", future, today="2030-03-06", stage="issued").json()
    codes_early = {f["code"] for f in early["findings"]}
    codes_late = {f["code"] for f in late["findings"]}
    assert "VB120" in codes_early and "VB120" not in codes_late  # date-in-future


def test_lint_with_a_parent_file_checks_the_copy(client: TestClient) -> None:
    items = [
        "1. Các sở, ban, ngành rà soát toàn bộ thủ tục hành chính thuộc phạm vi quản lý, đề "
        "xuất cắt giảm ít nhất 20% thời gian giải quyết và chi phí tuân thủ cho người dân, doanh "
        "nghiệp.",
        "2. Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, bảo đảm tỷ lệ hồ sơ được giải "
        "quyết trực tuyến đạt trên 80% tổng số hồ sơ tiếp nhận trong năm.",
        "3. Tăng cường kỷ luật, kỷ cương hành chính, xử lý nghiêm cán bộ, công chức có hành vi "
        "nhũng nhiễu, gây phiền hà trong giải quyết thủ tục hành chính.",
    ]
    parent = "ỦY BAN NHÂN DÂN TỈNH\nKẾ HOẠCH\nCải cách hành chính năm 2026\n" + "\n".join(items)
    draft = build.to_bytes(
        build.state_cong_van(
            body=[
                build.p(
                    "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh, Sở Nội vụ đề nghị các phòng "
                    "thực hiện các nội dung sau:"
                ),
                *(build.p(t) for t in items),
            ]
        )
    )
    alone = post_file(client, "/v1/lint", draft, select="VB721").json()
    assert alone["findings"] == []
    r = client.post(
        "/v1/lint",
        files=[
            ("file", ("cv.docx", draft, DOCX_MEDIA)),
            ("parent", ("ke-hoach.txt", parent.encode("utf-8"), "text/plain")),
        ],
        data={"select": "VB721"},
    )
    assert r.status_code == 200
    found = r.json()["findings"]
    assert [f["code"] for f in found] == ["VB721"] and "Kế hoạch" in found[0]["message"]
    # An unreadable parent is the client's mistake, named in the message.
    r = client.post(
        "/v1/lint",
        files=[
            ("file", ("cv.docx", draft, DOCX_MEDIA)),
            ("parent", ("kl.docx", b"not a zip", DOCX_MEDIA)),
        ],
    )
    assert "kl.docx" in assert_error(r, 422, "VB001")["message"]
    r = client.post(
        "/v1/lint",
        files=[
            ("file", ("cv.docx", draft, DOCX_MEDIA)),
            ("parent", ("kl.pdf", b"%PDF-1.7", "application/pdf")),
        ],
    )
    assert "kl.pdf" in assert_error(r, 415, "unsupported_type")["message"]


def test_lint_result_is_cached_by_hash_and_options(client: TestClient, bad: bytes) -> None:
    cache = client.app.state.lint.cache
    post_file(client, "/v1/lint", bad, select="VB1")
    hits = cache.hits
    again = post_file(client, "/v1/lint", bad, select="VB1", name="du-thao.docx")
    assert cache.hits == hits + 1 and again.status_code == 200
    post_file(client, "/v1/lint", bad, select="VB2")  # other options: computed again
    assert cache.hits == hits + 1
    assert len(cache) <= cache.size


def test_cache_is_bounded(tmp_path: Path, good: bytes) -> None:
    with make_client(tmp_path, cache_size=2, preload_nlp=False) as c:
        for code in ("VB101", "VB102", "VB103"):
            assert post_file(c, "/v1/lint", good, select=code).status_code == 200
        assert len(c.app.state.lint.cache) == 2


# -- errors of /v1/lint ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [("stage", "final"), ("fail_on", "fatal"), ("lang", "fr"), ("select", "XX1"),
     ("ignore", "VB99999"), ("today", "05/03/2026")],
)  # fmt: skip
def test_invalid_field_is_422(client: TestClient, good: bytes, field: str, value: str) -> None:
    err = assert_error(post_file(client, "/v1/lint", good, **{field: value}), 422, "invalid_field")
    assert field in err["message"]


def test_missing_file_is_422(client: TestClient) -> None:
    multipart = client.post("/v1/lint", files={"other": ("x.docx", b"PK\x03\x04", DOCX_MEDIA)})
    assert "file" in assert_error(multipart, 422, "missing_field")["message"]
    urlencoded = client.post("/v1/lint", data={"stage": "draft"})
    assert_error(urlencoded, 422, "missing_field")
    as_text = client.post("/v1/lint", files={"file": (None, "abc")})
    assert_error(as_text, 422, "invalid_field")


@pytest.mark.parametrize(
    ("name", "media", "data"),
    [
        ("bao-cao.pdf", "application/pdf", b"%PDF-1.7 ..."),
        ("cu.doc", "application/msword", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
        ("", "image/png", b"\x89PNG\r\n\x1a\n"),
        ("blob", "application/octet-stream", b"just some text"),
    ],
)
def test_wrong_type_is_415(client: TestClient, name: str, media: str, data: bytes) -> None:
    assert_error(post_file(client, "/v1/lint", data, name=name, media=media), 415)


def test_not_multipart_is_415(client: TestClient) -> None:
    assert_error(client.post("/v1/lint", json={"file": "abc"}), 415, "unsupported_type")
    assert_error(client.post("/v1/lint", content=b"PK", headers={"content-type": DOCX_MEDIA}), 415)


def _ole(entry: str) -> bytes:
    return (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 504
        + entry.encode("utf-16-le")
        + (b"\x00" * 512)
    )


def test_corrupt_and_encrypted_docx_are_422_vb001(client: TestClient, good: bytes) -> None:
    assert_error(post_file(client, "/v1/lint", b"garbage"), 422, "VB001")
    assert_error(post_file(client, "/v1/lint", good[: len(good) // 2]), 422, "VB001")
    assert_error(post_file(client, "/v1/lint", b""), 422, "VB001")
    err = assert_error(post_file(client, "/v1/lint", _ole("EncryptedPackage")), 422, "VB001")
    assert "mật khẩu" in err["message"]
    # The add-in posts a nameless blob: a Word container still reaches the reader.
    nameless = post_file(client, "/v1/lint", _ole("EncryptedPackage"), name="blob")
    assert "mật khẩu" in assert_error(nameless, 422, "VB001")["message"]


def test_too_large_is_413(tmp_path: Path, good: bytes) -> None:
    with make_client(tmp_path, max_upload_bytes=len(good) // 2, preload_nlp=False) as c:
        assert_error(post_file(c, "/v1/lint", good), 413, "too_large")

        def chunks() -> Iterator[bytes]:  # no Content-Length: the stream itself is counted
            boundary = b"--b0undary"
            yield boundary + b'\r\nContent-Disposition: form-data; name="file"; filename="a.docx"'
            yield b"\r\n\r\n"
            for _ in range(10):
                yield good[: len(good) // 8]
            yield b"\r\n" + boundary + b"--\r\n"

        r = c.post(
            "/v1/lint",
            content=chunks(),
            headers={"content-type": "multipart/form-data; boundary=b0undary"},
        )
        assert_error(r, 413, "too_large")
        # Within the limit the same service still answers.
        small = Settings().max_upload_bytes
        assert small == 20 * 1024 * 1024


def test_malformed_multipart_is_400(client: TestClient) -> None:
    r = client.post(
        "/v1/lint",
        content=b"--x\r\nno headers here\r\n\r\n",
        headers={"content-type": "multipart/form-data; boundary=x"},
    )
    assert_error(r, 400, "bad_request")
    r = client.post("/v1/lint", content=b"abc", headers={"content-type": "multipart/form-data"})
    assert_error(r, 400, "bad_request")


def test_big_upload_is_read_in_memory_not_spooled(
    client: TestClient, good: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over 1 MB Starlette would spool to a temporary file; the API must not touch the disk."""
    import tempfile

    def no_disk(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a temporary file was created")

    for name in ("SpooledTemporaryFile", "TemporaryFile", "NamedTemporaryFile", "mkstemp"):
        monkeypatch.setattr(tempfile, name, no_disk)
    buf = io.BytesIO(good)
    with zipfile.ZipFile(buf, "a") as zf:
        zf.writestr(
            zipfile.ZipInfo("word/media/padding.bin"), bytes(range(256)) * 8192
        )  # 2 MB, stored
    big = buf.getvalue()
    assert len(big) > 2 * 1024 * 1024
    r = post_file(client, "/v1/lint", big, select="VB1")
    assert r.status_code == 200, r.text


# -- inspect, tasks ---------------------------------------------------------------------------


def test_inspect(client: TestClient, good: bytes) -> None:
    r = post_file(client, "/v1/inspect", good)
    assert r.status_code == 200
    body = r.json()
    jsonschema.validate(body, schema("inspect-output.schema.json"))
    assert body["doc_type"] == "cong_van"
    assert body["parts"]["quoc_hieu"]["text"] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def test_tasks(client: TestClient) -> None:
    plan = build.to_bytes(build.state_ke_hoach())
    r = post_file(client, "/v1/tasks", plan)
    assert r.status_code == 200
    tasks = r.json()
    jsonschema.validate(tasks, schema("tasks-output.schema.json"))
    assert tasks and all(t["text"] for t in tasks)


@pytest.mark.parametrize("url", ["/v1/inspect", "/v1/tasks", "/v1/fix"])
def test_document_endpoints_share_the_errors(client: TestClient, url: str) -> None:
    assert_error(post_file(client, url, b"garbage"), 422, "VB001")
    assert_error(post_file(client, url, b"%PDF", name="x.pdf", media="application/pdf"), 415)
    assert_error(client.post(url, data={"today": "2026-01-01"}), 422, "missing_field")
    assert_error(post_file(client, url, b"PK\x03\x04", today="yesterday"), 422, "invalid_field")


# -- fix --------------------------------------------------------------------------------------


def test_fix_returns_a_docx_with_tracked_changes(client: TestClient, bad: bytes) -> None:
    r = post_file(client, "/v1/fix", bad, name="Công văn.docx")
    assert r.status_code == 200
    assert r.headers["content-type"] == DOCX_MEDIA
    assert r.headers["x-fixes-applied"] == "1"
    assert "filename*=UTF-8''C%C3%B4ng%20v%C4%83n.fixed.docx" in r.headers["content-disposition"]
    body = docx.Document(io.BytesIO(r.content)).element.body
    inserted = [e for e in body.iter(f"{W}ins")]
    assert [e.get(f"{W}author") for e in inserted] == ["vblint"]
    assert "".join(t.text for t in inserted[0].iter(f"{W}t")) == "05"
    # The fixed copy lints clean of VB104 once its tracked change is accepted (read as accepted).
    again = post_file(client, "/v1/lint", r.content, select="VB104").json()
    assert again["findings"] == []


def test_fix_of_a_clean_draft_changes_nothing(client: TestClient, good: bytes) -> None:
    r = post_file(client, "/v1/fix", good)
    assert r.status_code == 200 and r.headers["x-fixes-applied"] == "0"


# -- rules ------------------------------------------------------------------------------------


def test_rules_list(client: TestClient) -> None:
    from linter.engine import all_meta

    r = client.get("/v1/rules")
    assert r.status_code == 200
    rules = r.json()
    assert [x["code"] for x in rules] == [m.code for m in all_meta()]
    for x in rules:
        assert set(x) >= {"code", "name", "severity", "summary", "source"}
        assert x["severity"] in ("error", "warning", "info")
    vb104 = next(x for x in rules if x["code"] == "VB104")
    assert vb104["source"] and vb104["fixable"] is True
    en = {x["code"]: x["summary"] for x in client.get("/v1/rules?lang=en").json()}
    assert en["VB104"] != vb104["summary"]


def test_rule_detail_and_unknown_code(client: TestClient) -> None:
    r = client.get("/v1/rules/vb104")
    assert r.status_code == 200
    body = r.json()
    assert body["code"] == "VB104" and "## Căn cứ" in body["doc"]
    err = assert_error(client.get("/v1/rules/VB999"), 404, "unknown_rule")
    assert "VB999" in err["message"]
    assert_error(client.get("/v1/rules/VB104?lang=xx"), 422, "invalid_field")


# -- corpus -----------------------------------------------------------------------------------

REFERENCE = """+++
number = "15-CT/TU"
type = "chi_thi"
date = "2026-02-01"
issuer = "Tỉnh ủy"
title = "về tăng cường kỷ luật hành chính"
+++
1. Các cấp ủy, tổ chức đảng quán triệt sâu sắc chỉ thị này đến từng cán bộ, đảng viên.
2. Người đứng đầu chịu trách nhiệm trực tiếp về kỷ luật, kỷ cương hành chính tại cơ quan mình.
"""


def test_corpus_add_list_delete(tmp_path: Path) -> None:
    with make_client(tmp_path, preload_nlp=False) as c:
        shipped = c.get("/v1/corpus").json()
        assert any(d["number"] == "226-KL/TW" for d in shipped)
        files = {"file": ("ct15.txt", REFERENCE.encode("utf-8"), "text/plain")}
        r = c.post("/v1/corpus", files=files)
        assert r.status_code == 201, r.text
        added = r.json()
        assert (added["number"], added["type"], added["paragraphs"]) == ("15-CT/TU", "chi_thi", 2)
        assert added["origin"] == "user"
        assert len(c.get("/v1/corpus").json()) == len(shipped) + 1
        assert_error(c.post("/v1/corpus", files=files), 409, "conflict")
        replaced = c.post("/v1/corpus", files=files, data={"replace": "true"})
        assert replaced.status_code == 201
        assert len(c.get("/v1/corpus").json()) == len(shipped) + 1  # replaced, not added twice
        doc_id = replaced.json()["id"]
        assert c.delete(f"/v1/corpus/{doc_id}").status_code == 204
        assert_error(c.delete(f"/v1/corpus/{doc_id}"), 404, "not_found")
        assert len(c.get("/v1/corpus").json()) == len(shipped)
        assert_error(c.delete("/v1/corpus/abc"), 422, "invalid_field")


def test_corpus_add_docx_with_metadata_fields(tmp_path: Path) -> None:
    with make_client(tmp_path, preload_nlp=False) as c:
        plan = build.to_bytes(build.state_ke_hoach())
        r = c.post(
            "/v1/corpus",
            files={"file": ("kh.docx", plan, DOCX_MEDIA)},
            data={"number": "99/KH-UBND", "date": "2026-01-15", "title": "Kế hoạch thử"},
        )
        assert r.status_code == 201, r.text
        body = r.json()
        assert (body["number"], body["date"], body["title"]) == (
            "99/KH-UBND",
            "2026-01-15",
            "Kế hoạch thử",
        )
        assert body["paragraphs"] > 0
        assert_error(
            c.post("/v1/corpus", files={"file": ("kh.docx", plan)}, data={"date": "15/01"}),
            422,
            "invalid_field",
        )
        assert_error(c.post("/v1/corpus", files={"file": ("x.pdf", b"%PDF")}), 415)
        assert_error(c.post("/v1/corpus", files={"file": ("x.docx", b"junk")}), 422, "VB001")
        assert_error(c.post("/v1/corpus", data={"number": "1"}), 422, "missing_field")


def test_corpus_change_invalidates_cached_results(tmp_path: Path, good: bytes) -> None:
    with make_client(tmp_path, preload_nlp=False) as c:
        post_file(c, "/v1/lint", good, select="VB1")
        assert len(c.app.state.lint.cache) == 1
        files = {"file": ("ct15.txt", REFERENCE.encode("utf-8"), "text/plain")}
        assert c.post("/v1/corpus", files=files).status_code == 201
        assert len(c.app.state.lint.cache) == 0


def test_api_key_protects_the_corpus(tmp_path: Path, good: bytes) -> None:
    with make_client(tmp_path, api_key="s3cret", preload_nlp=False) as c:
        assert_error(c.get("/v1/corpus"), 401, "unauthorized")
        assert_error(c.get("/v1/corpus", headers={"X-API-Key": "wrong"}), 401)
        assert_error(c.delete("/v1/corpus/1"), 401)
        files = {"file": ("ct15.txt", REFERENCE.encode("utf-8"), "text/plain")}
        assert_error(c.post("/v1/corpus", files=files), 401)
        assert c.get("/v1/corpus", headers={"X-API-Key": "s3cret"}).status_code == 200
        # Scope "corpus" (default): the checks themselves stay open for the add-in.
        assert post_file(c, "/v1/lint", good, select="VB1").status_code == 200
        assert c.get("/v1/rules").status_code == 200


def test_api_key_scope_all(tmp_path: Path, good: bytes) -> None:
    with make_client(tmp_path, api_key="k", api_key_scope="all", preload_nlp=False) as c:
        assert_error(post_file(c, "/v1/lint", good), 401)
        assert_error(c.get("/v1/rules"), 401)
        assert c.get("/healthz").status_code == 200
        r = c.post(
            "/v1/lint",
            files={"file": ("a.docx", good, DOCX_MEDIA)},
            data={"select": "VB1"},
            headers={"X-API-Key": "k"},
        )
        assert r.status_code == 200


# -- health, docs, unknown paths --------------------------------------------------------------


def test_healthz_and_openapi(client: TestClient) -> None:
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["rules"] > 50
    assert health["nlp_loaded"] is True  # loaded at start-up, not by a request
    settings = client.app.state.lint.settings
    assert (health["workers"], health["concurrency"]) == (settings.workers, settings.concurrency)
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert paths >= {
        "/v1/lint",
        "/v1/inspect",
        "/v1/tasks",
        "/v1/fix",
        "/v1/rules",
        "/v1/rules/{code}",
        "/v1/corpus",
        "/v1/corpus/{doc_id}",
        "/healthz",
    }
    lint_body = spec["paths"]["/v1/lint"]["post"]["requestBody"]["content"]
    assert "file" in lint_body["multipart/form-data"]["schema"]["required"]
    assert "swagger" in client.get("/docs").text.lower()


def test_unknown_path_and_method(client: TestClient) -> None:
    assert_error(client.get("/v2/nothing"), 404, "not_found")
    assert_error(client.get("/v1/lint"), 405, "method_not_allowed")
    assert_error(client.get("/addin/"), 404)  # this app was built without an add-in


# -- CORS -------------------------------------------------------------------------------------

ORIGIN = "https://addin.example.gov.vn"


def test_cors_preflight_allows_the_api_key_header(tmp_path: Path, good: bytes) -> None:
    with make_client(tmp_path, cors_origins=(ORIGIN,), preload_nlp=False) as c:
        r = c.options(
            "/v1/lint",
            headers={
                "Origin": ORIGIN,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "x-api-key, content-type",
            },
        )
        assert r.status_code == 200
        assert r.headers["access-control-allow-origin"] == ORIGIN
        allowed = {h.strip().lower() for h in r.headers["access-control-allow-headers"].split(",")}
        assert {"x-api-key", "content-type"} <= allowed
        assert "POST" in r.headers["access-control-allow-methods"]
        # The real request carries the header too, errors included.
        ok = c.post("/v1/lint", files={"file": ("a.docx", good)}, headers={"Origin": ORIGIN})
        assert ok.headers["access-control-allow-origin"] == ORIGIN
        err = c.post("/v1/lint", data={"stage": "draft"}, headers={"Origin": ORIGIN})
        assert err.status_code == 422
        assert err.headers["access-control-allow-origin"] == ORIGIN
        # A foreign origin's preflight is refused, in the API's error shape.
        refused = c.options(
            "/v1/lint",
            headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
        )
        assert_error(refused, 400, "cors_refused")


# -- time limit, bounded concurrency, the event loop, unexpected errors -----------------------


def test_over_the_time_limit_is_503_and_the_service_keeps_serving(
    tmp_path: Path, bad: bytes
) -> None:
    import time

    with make_client(tmp_path, timeout_s=0.001, preload_nlp=False) as c:
        err = assert_error(post_file(c, "/v1/lint", bad), 503, "timeout")
        assert "thời gian" in err["message"]
        assert c.get("/healthz").status_code == 200
        state = c.app.state.lint
        for _ in range(200):  # the abandoned check finishes in the background
            if state.runner.running == 0:
                break
            time.sleep(0.05)
        assert state.runner.running == 0
        # ... and its result was kept: the retry is answered from the cache within the limit.
        retry = post_file(c, "/v1/lint", bad)
        assert retry.status_code == 200
        assert any(f["code"] == "VB104" for f in retry.json()["findings"])


def _async_client(app: Any) -> Any:
    import httpx

    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t")


def test_burst_beyond_the_waiting_room_is_503_busy(tmp_path: Path, bad: bytes) -> None:
    import asyncio

    app = create_app(
        Settings(
            corpus_path=tmp_path / "c.sqlite",
            addin_dir=None,
            workers=1,
            concurrency=1,
            queue=0,
            cache_size=0,
            preload_nlp=False,
        )
    )

    async def burst() -> list[int]:
        async with _async_client(app) as c:
            files = {"file": ("a.docx", bad, DOCX_MEDIA)}
            rs = await asyncio.gather(*(c.post("/v1/lint", files=files) for _ in range(3)))
            return sorted(r.status_code for r in rs)

    statuses = asyncio.run(burst())
    assert statuses[0] == 200 and statuses[-1] == 503
    app.state.lint.runner.shutdown()


def test_a_burst_queues_when_there_is_room(tmp_path: Path, bad: bytes) -> None:
    import asyncio

    app = create_app(
        Settings(
            corpus_path=tmp_path / "c.sqlite",
            addin_dir=None,
            workers=1,
            concurrency=1,
            queue=8,
            cache_size=0,
            preload_nlp=False,
        )
    )
    peak = 0
    runner = app.state.lint.runner

    async def burst() -> list[int]:
        nonlocal peak
        async with _async_client(app) as c:
            files = {"file": ("a.docx", bad, DOCX_MEDIA)}
            tasks = [asyncio.create_task(c.post("/v1/lint", files=files)) for _ in range(4)]
            while not all(t.done() for t in tasks):
                peak = max(peak, runner.running)
                await asyncio.sleep(0.005)
            return [t.result().status_code for t in tasks]

    assert asyncio.run(burst()) == [200] * 4
    assert peak == 1  # never more checks at once than the configured concurrency
    runner.shutdown()


def test_linting_does_not_block_the_event_loop(tmp_path: Path) -> None:
    import asyncio
    import time

    big = build.to_bytes(
        build.state_cong_van(
            body=[build.p(f"Nội dung đoạn số {i} của văn bản.") for i in range(400)]
        )
    )
    app = create_app(
        Settings(
            corpus_path=tmp_path / "c.sqlite",
            addin_dir=None,
            cache_size=0,
            preload_nlp=False,
            workers=1,
        )
    )

    async def scenario() -> tuple[float, float]:
        async with _async_client(app) as c:
            start = time.perf_counter()
            task = asyncio.create_task(
                c.post("/v1/lint", files={"file": ("big.docx", big, DOCX_MEDIA)})
            )
            while app.state.lint.runner.running == 0 and not task.done():
                await asyncio.sleep(0.001)
            t0 = time.perf_counter()
            health = await c.get("/healthz")
            health_s = time.perf_counter() - t0
            assert health.status_code == 200 and health.json()["running"] == 1
            r = await task
            assert r.status_code == 200
            return health_s, time.perf_counter() - start

    health_s, lint_s = asyncio.run(scenario())
    assert health_s < lint_s / 2, (health_s, lint_s)
    app.state.lint.runner.shutdown()


def test_unexpected_error_is_a_json_503_and_logs_no_document_text(
    tmp_path: Path, good: bytes, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "Nội dung mật của dự thảo"

    def broken_inspect(data: bytes, name: str, today: Any) -> Any:
        raise RuntimeError(secret)

    with make_client(tmp_path, preload_nlp=False) as c:
        monkeypatch.setattr(c.app.state.lint.engine, "inspect", broken_inspect)
        with caplog.at_level(logging.DEBUG):
            r = post_file(c, "/v1/inspect", good)
            assert_error(r, 503, "internal")
            assert "Traceback" not in r.text and secret not in r.text
            assert c.get("/healthz").status_code == 200
            post_file(c, "/v1/lint", good)
    assert "RuntimeError" in caplog.text
    assert secret not in caplog.text
    assert "Ủy ban nhân dân" not in caplog.text and "CỘNG HÒA" not in caplog.text


# -- the add-in's static files ----------------------------------------------------------------


def test_addin_static_files_are_served(tmp_path: Path) -> None:
    addin = tmp_path / "word_addin"
    (addin / "src").mkdir(parents=True)
    (addin / "src" / "index.html").write_text(
        "<!doctype html><title>Kiểm tra văn bản</title>", encoding="utf-8"
    )
    (addin / "src" / "app.js").write_text("export const x = 1;\n", encoding="utf-8")
    with make_client(tmp_path, addin_dir=addin, preload_nlp=False) as c:
        page = c.get("/addin/")
        assert page.status_code == 200 and "Kiểm tra văn bản" in page.text
        assert c.get("/addin/app.js").headers["content-type"].startswith("text/javascript")
        assert_error(c.get("/addin/missing.js"), 404)
        assert c.get("/", follow_redirects=False).headers["location"] == "/addin/"
    # dist/ (a built add-in) wins over src/
    (addin / "dist").mkdir()
    (addin / "dist" / "index.html").write_text("<p>built</p>", encoding="utf-8")
    with make_client(tmp_path, addin_dir=addin, preload_nlp=False) as c:
        assert c.get("/addin/").text == "<p>built</p>"


def test_repository_addin_is_served_once_it_exists(tmp_path: Path) -> None:
    """Fails clearly when word_addin/ has an add-in but the service cannot find its page."""
    from api.main import addin_root
    from api.settings import DEFAULT_ADDIN_DIR

    delivered = (DEFAULT_ADDIN_DIR / "manifest.xml").is_file() or (
        DEFAULT_ADDIN_DIR / "package.json"
    ).is_file()
    root = addin_root(DEFAULT_ADDIN_DIR)
    with make_client(tmp_path, addin_dir=DEFAULT_ADDIN_DIR, preload_nlp=False) as c:
        if delivered:
            assert root is not None, (
                "word_addin/ holds an add-in but no index.html or taskpane.html in dist/, src/, "
                "public/ or word_addin/ itself: the service has nothing to serve at /addin/"
            )
            assert c.get("/addin/").status_code == 200
        else:
            assert root is None
            assert_error(c.get("/addin/"), 404)


def test_content_decides_for_names_that_say_nothing(client: TestClient, good: bytes) -> None:
    """A blob, or a client that names the upload by its bytes (a .docx is a zip)."""
    for name in ("blob", "file.zip", "upload.bin"):
        r = post_file(client, "/v1/lint", good, name=name, media="application/octet-stream")
        assert r.status_code == 200, (name, r.text)
        assert r.json()["path"] == name
    assert_error(post_file(client, "/v1/lint", b"PK\x03\x04junk", name="file.zip"), 422, "VB001")


def test_several_workers_check_in_a_pool_of_processes(tmp_path: Path, good: bytes) -> None:
    """LINT_WORKERS=2: the checks run in two processes fed from one queue (whichever is free
    takes the next check); the answers are those of a check in the service's own process,
    errors included, and the result cache (kept in the service's process) still answers."""
    paths = ("/v1/lint", "/v1/inspect", "/v1/tasks")
    with make_client(tmp_path / "one", workers=1, preload_nlp=False) as c:
        expected = {path: post_file(c, path, good, today="2026-01-05").json() for path in paths}
    with make_client(tmp_path, workers=2, preload_nlp=False) as c:
        runner = c.app.state.lint.runner
        assert runner.processes == 2
        assert len(runner.process_ids) == 2 and os.getpid() not in runner.process_ids
        for path in paths:
            r = post_file(c, path, good, today="2026-01-05")
            assert r.status_code == 200, r.text
            assert r.json() == expected[path], path
        hits = c.app.state.lint.cache.hits
        assert post_file(c, "/v1/lint", good, today="2026-01-05").json() == expected["/v1/lint"]
        assert c.app.state.lint.cache.hits == hits + 1
        assert_error(post_file(c, "/v1/lint", b"PK\x03\x04junk"), 422, "VB001")
        fixed = post_file(c, "/v1/fix", good)
        assert fixed.status_code == 200 and fixed.content[:4] == b"PK\x03\x04"
        assert c.get("/healthz").json()["workers"] == 2


def test_a_draft_is_known_across_its_versions_by_name_author_and_creation_time(
    good: bytes,
) -> None:
    """The process a check goes to: an edit and a save (text, revision, last author and save
    time change) keep the draft's identity; another draft of the same name does not share it."""
    import datetime as dt

    from api.service import draft_key

    def version(**props: Any) -> bytes:
        d = docx.Document(io.BytesIO(good))
        d.add_paragraph("Một đoạn mới viết thêm.")
        for key, value in props.items():
            setattr(d.core_properties, key, value)
        out = io.BytesIO()
        d.save(out)
        return out.getvalue()

    first = draft_key(good, "du-thao.docx")
    assert first[1], first  # the builder writes author and creation time
    edited = version(revision=7, last_modified_by="Văn thư", modified=dt.datetime(2026, 3, 1))
    assert edited != good and draft_key(edited, "du-thao.docx") == first
    assert draft_key(edited, "khac.docx") != first
    other = version(created=dt.datetime(2026, 2, 2, 8, 30))
    assert draft_key(other, "du-thao.docx") != first
    for junk in (b"not a zip", b"PK\x03\x04junk", good[: len(good) // 2]):
        assert draft_key(junk, "x.docx") == ("x.docx", b"")


def test_a_draft_goes_back_to_the_process_that_checked_it_unless_it_is_much_busier() -> None:
    """A process that has checked a draft recomputes only its edited paragraphs; another checks
    it in full. The draft goes back to its process while that one has at most one check more in
    hand than the least busy; otherwise to the least busy, which becomes its process."""
    from api.service import Runner

    runner = Runner(4, 4, 10.0, processes=2, settings=Settings(addin_dir=None))
    assert runner.choose("a") == 0  # least busy (ties: the first)
    assert runner.choose("b") == 1
    runner._finished(0)
    runner._finished(1)
    assert [runner.choose("b") for _ in range(2)] == [1, 1]  # its own, one check more in hand
    assert runner.choose("b") == 0  # two more than the idle one: moves, and stays there
    runner._finished(1)
    runner._finished(1)
    assert runner.choose("b") == 0
    assert runner.choose(None) == 1  # no identity: the least busy
    assert runner._jobs == [2, 1]


def test_the_service_replaces_its_pool_when_a_checking_process_dies(
    tmp_path: Path, good: bytes
) -> None:
    """A process killed (out of memory, by an operator) breaks the whole pool: the check it
    held gets 503, and the service starts new processes for the next ones."""
    import signal

    with make_client(tmp_path, workers=2, preload_nlp=False, cache_size=0) as c:
        runner = c.app.state.lint.runner
        assert post_file(c, "/v1/lint", good).status_code == 200
        os.kill(runner.process_ids[0], signal.SIGKILL)
        statuses = [post_file(c, "/v1/lint", good).status_code for _ in range(3)]
        assert set(statuses) <= {200, 503} and statuses[-1] == 200, statuses
        assert post_file(c, "/v1/tasks", good).status_code == 200


def test_a_pool_process_forgets_corpus_documents_when_the_corpus_changes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A document removed, or replaced under the same ID, in the service's process must not
    live on in a pool process's cache of prepared documents."""
    from api import service

    class Store:
        forgot = 0

        def forget(self) -> None:
            self.forgot += 1

    class FakeEngine:
        corpus = Store()

        def ping(self, x: int) -> int:
            return x + 1

    engine = FakeEngine()
    monkeypatch.setattr(service, "_PROCESS_ENGINE", engine)
    monkeypatch.setattr(service, "_PROCESS_GENERATION", 0)
    assert service._process_call(0, "ping", (1,)) == 2 and engine.corpus.forgot == 0
    assert service._process_call(1, "ping", (2,)) == 3 and engine.corpus.forgot == 1
    assert service._process_call(1, "ping", (3,)) == 4 and engine.corpus.forgot == 1


def test_a_checking_process_freezes_what_each_check_leaves(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After each check: the young generations collected, the survivors frozen (kept out of
    later collector passes); once in FULL_COLLECTION_EVERY checks, a full collection first.
    Also when the check fails."""
    from api import service

    calls: list[str] = []

    class Collector:
        def collect(self, generation: int = 2) -> int:
            calls.append(f"collect{generation}")
            return 0

        def freeze(self) -> None:
            calls.append("freeze")

        def unfreeze(self) -> None:
            calls.append("unfreeze")

    class FakeEngine:
        corpus = None

        def ping(self, x: int) -> int:
            if x < 0:
                raise ValueError("bad")
            return x + 1

    monkeypatch.setattr(service, "gc", Collector())
    monkeypatch.setattr(service, "_PROCESS_ENGINE", FakeEngine())
    monkeypatch.setattr(service, "_PROCESS_GENERATION", 0)
    monkeypatch.setattr(service, "_PROCESS_CALLS", 0)
    monkeypatch.setattr(service, "FULL_COLLECTION_EVERY", 3)
    assert service._process_call(0, "ping", (1,)) == 2
    assert calls == ["collect1", "freeze"]
    with pytest.raises(ValueError):
        service._process_call(0, "ping", (-1,))
    assert calls[2:] == ["collect1", "freeze"]
    service._process_call(0, "ping", (3,))
    assert calls[4:] == ["unfreeze", "collect2", "freeze"]


def test_a_pool_process_ends_when_the_service_process_is_gone() -> None:
    """An orphaned pool process (the service killed) must not wait for jobs forever."""
    from api import service

    ended: list[int] = []
    service._exit_with_parent(os.getppid() + 1, interval_s=0.01, exit=ended.append)
    assert ended == [0]


def test_an_in_memory_corpus_keeps_the_checks_in_the_service_process(tmp_path: Path) -> None:
    with make_client(tmp_path, workers=2, corpus_path=Path(":memory:"), preload_nlp=False) as c:
        assert c.app.state.lint.runner.processes == 1
