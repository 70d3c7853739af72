"""A real ``lint serve`` process on a free 127.0.0.1 port, spoken to over HTTP (and HTTPS)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import jsonschema
import pytest

from tests import build
from tests.test_api import BAD_DATE, DOCX_MEDIA, assert_error, schema

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(tmp_path: Path, env: dict[str, str] | None = None) -> Iterator[tuple[str, int]]:
    """Start ``lint serve`` and yield (scheme, port) once /healthz answers; stop it after."""
    port = free_port()
    full_env = {
        **os.environ,
        "LINT_CORPUS": str(tmp_path / "corpus.sqlite"),
        "LINT_LOG_LEVEL": "warning",
        **(env or {}),
    }
    scheme = "https" if "LINT_TLS_CERT" in full_env else "http"
    log = (tmp_path / "serve.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "linter.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=REPO,
        env=full_env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                raise AssertionError(
                    f"lint serve exited with {proc.returncode}:\n"
                    + (tmp_path / "serve.log").read_text("utf-8", "replace")
                )
            try:
                r = httpx.get(f"{scheme}://127.0.0.1:{port}/healthz", verify=False, timeout=2)
                if r.status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError("lint serve did not answer /healthz within 90 s")
            time.sleep(0.2)
        yield scheme, port
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            raise AssertionError("lint serve did not stop on SIGTERM") from None
        log.close()
    output = (tmp_path / "serve.log").read_text("utf-8", "replace")
    # uvicorn shuts down gracefully, then re-raises SIGTERM for the default handler.
    assert code in (0, -signal.SIGTERM), output
    assert "Traceback" not in output, output


def test_lint_serve_answers_over_http(tmp_path: Path) -> None:
    good = build.to_bytes(build.state_cong_van())
    bad = build.to_bytes(build.state_cong_van(dia_danh_ngay_thang=BAD_DATE))
    with serving(tmp_path) as (scheme, port):
        base = f"{scheme}://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=60) as client:
            health = client.get("/healthz").json()
            assert health["status"] == "ok" and health["nlp_loaded"] is True
            r = client.post("/v1/lint", files={"file": ("cv.docx", bad, DOCX_MEDIA)})
            assert r.status_code == 200
            body = r.json()
            jsonschema.validate(body, schema("api-lint-response.schema.json"))
            assert "VB104" in {f["code"] for f in body["findings"]}
            assert body["gate"]["pass"] is False
            ok = client.post("/v1/lint", files={"file": ("cv.docx", good, DOCX_MEDIA)}).json()
            assert ok["gate"]["pass"] is True
            assert_error(client.post("/v1/lint", files={"file": ("x.pdf", b"%PDF")}), 415)
            assert_error(client.post("/v1/lint", files={"file": ("x.docx", b"bad")}), 422, "VB001")
            fixed = client.post("/v1/fix", files={"file": ("cv.docx", bad, DOCX_MEDIA)})
            assert fixed.status_code == 200 and fixed.headers["x-fixes-applied"] == "1"
            assert client.get("/v1/rules/VB104").json()["code"] == "VB104"
            assert client.get("/openapi.json").json()["info"]["title"] == "vblint"


def test_lint_serve_refuses_bad_settings(tmp_path: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "linter.cli", "serve", "--port", str(free_port())],
        cwd=REPO,
        env={**os.environ, "LINT_WORKERS": "many", "LINT_CORPUS": str(tmp_path / "c.sqlite")},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 2
    assert "LINT_WORKERS phải là số nguyên" in r.stderr


def test_lint_serve_over_https_with_a_dev_certificate(tmp_path: Path) -> None:
    """The recipe of docs/service.md: a self-signed certificate for 127.0.0.1 made by openssl."""
    openssl = shutil.which("openssl")
    assert openssl, (
        "openssl is needed to make the development certificate (apt-get install openssl)"
    )
    cert, key = tmp_path / "dev-cert.pem", tmp_path / "dev-key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
         "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
        timeout=60,
    )  # fmt: skip
    env = {"LINT_TLS_CERT": str(cert), "LINT_TLS_KEY": str(key), "LINT_PRELOAD": "false"}
    with serving(tmp_path, env) as (scheme, port):
        assert scheme == "https"
        r = httpx.get(f"https://127.0.0.1:{port}/v1/rules", verify=str(cert), timeout=30)
        assert r.status_code == 200 and any(x["code"] == "VB104" for x in r.json())
        with pytest.raises(httpx.TransportError):
            httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5)


def test_lint_serve_with_two_workers_loads_the_model_once_per_worker(tmp_path: Path) -> None:
    """LINT_WORKERS=2: two processes, each loads the NLP model once at start-up (not per
    request), and concurrent checks from several clients all succeed."""
    import re
    from concurrent.futures import ThreadPoolExecutor

    log = tmp_path / "serve.log"
    loaded = re.compile(r"worker (\d+): NLP model loaded in [\d.]+ s")

    def loads() -> list[str]:
        return loaded.findall(log.read_text("utf-8", "replace"))

    drafts = [
        build.to_bytes(build.state_cong_van(number_text=f"Số: {n}/SNV-VP")) for n in range(101, 109)
    ]
    bad = build.to_bytes(build.state_cong_van(dia_danh_ngay_thang=BAD_DATE))
    env = {"LINT_WORKERS": "2", "LINT_LOG_LEVEL": "info"}
    with serving(tmp_path, env) as (scheme, port):
        base = f"{scheme}://127.0.0.1:{port}"
        assert httpx.get(base + "/healthz", timeout=30).json()["workers"] == 2
        deadline = time.monotonic() + 90
        while len(loads()) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)  # /healthz answers as soon as the first worker is up
        assert len(set(loads())) == 2, log.read_text("utf-8", "replace")

        def check(data: bytes) -> tuple[int, set[str]]:
            with httpx.Client(base_url=base, timeout=120) as client:  # one connection each
                r = client.post("/v1/lint", files={"file": ("cv.docx", data, DOCX_MEDIA)})
                return r.status_code, {f["code"] for f in r.json().get("findings", [])}

        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(check, [*drafts, bad]))
        assert all(status == 200 for status, _ in results)
        assert all("VB104" not in codes for _, codes in results[:-1])
        assert "VB104" in results[-1][1]
        assert len(loads()) == 2  # no request loaded the model again
