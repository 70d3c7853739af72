"""Settings of the service from LINT_* variables, and the documented example file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from api.settings import MB, Settings, SettingsError

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "api" / ".env.example"


def example_env() -> dict[str, str]:
    env = {}
    for line in EXAMPLE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            env[key] = value
    return env


def test_example_file_documents_every_variable_and_gives_the_defaults() -> None:
    source = (REPO / "api" / "settings.py").read_text(encoding="utf-8")
    read = set(re.findall(r'"(LINT_[A-Z_]+)"', source))
    documented = set(example_env())
    assert read == documented
    defaults = Settings()
    from_example = Settings.from_env(example_env())
    assert from_example == defaults
    docs = (REPO / "docs" / "service.md").read_text(encoding="utf-8")
    assert all(name in docs for name in read), sorted(n for n in read if n not in docs)


def test_values_are_read() -> None:
    s = Settings.from_env(
        {
            "LINT_HOST": "0.0.0.0",
            "LINT_PORT": "8443",
            "LINT_MAX_UPLOAD_MB": "5.5",
            "LINT_TIMEOUT": "12",
            "LINT_WORKERS": "3",
            "LINT_CONCURRENCY": "4",
            "LINT_QUEUE": "0",
            "LINT_CACHE_SIZE": "0",
            "LINT_CORS_ORIGINS": "https://a.example/, https://b.example:8443",
            "LINT_API_KEY": "k",
            "LINT_API_KEY_SCOPE": "ALL",
            "LINT_CORPUS": "~/kho.sqlite",
            "LINT_PRELOAD": "off",
        }
    )
    assert (s.host, s.port, s.workers, s.concurrency, s.queue) == ("0.0.0.0", 8443, 3, 4, 0)
    assert s.max_upload_bytes == int(5.5 * MB) and s.timeout_s == 12.0
    assert s.cors_origins == ("https://a.example", "https://b.example:8443")
    assert s.api_key == "k" and s.api_key_scope == "all" and s.cache_size == 0
    assert s.corpus_path == Path("~/kho.sqlite").expanduser() and s.preload_nlp is False


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"LINT_PORT": "tám"}, "LINT_PORT phải là số nguyên"),
        ({"LINT_PORT": "70000"}, "LINT_PORT phải nhỏ hơn"),
        ({"LINT_WORKERS": "0"}, "LINT_WORKERS phải lớn hơn hoặc bằng 1"),
        ({"LINT_TIMEOUT": "0"}, "LINT_TIMEOUT phải là số giây lớn hơn 0"),
        ({"LINT_MAX_UPLOAD_MB": "nhiều"}, "LINT_MAX_UPLOAD_MB phải là một số"),
        ({"LINT_PRELOAD": "có"}, "LINT_PRELOAD chỉ nhận true hoặc false"),
        ({"LINT_API_KEY_SCOPE": "lint"}, "LINT_API_KEY_SCOPE chỉ nhận"),
        ({"LINT_TLS_CERT": "/nonexistent/cert.pem"}, "không tìm thấy tệp"),
        ({"LINT_CONFIG": "/nonexistent/lint.toml"}, "không tìm thấy tệp"),
    ],
)
def test_wrong_values_are_refused_in_vietnamese(env: dict[str, str], words: str) -> None:
    with pytest.raises(SettingsError) as err:
        Settings.from_env(env)
    assert words in err.value.message
    assert err.value.message_en and err.value.message_en != err.value.message


def test_tls_needs_both_files(tmp_path: Path) -> None:
    cert = tmp_path / "c.pem"
    cert.write_text("x")
    with pytest.raises(SettingsError, match="LINT_TLS_CERT và LINT_TLS_KEY"):
        Settings.from_env({"LINT_TLS_CERT": str(cert)})
    both = Settings.from_env({"LINT_TLS_CERT": str(cert), "LINT_TLS_KEY": str(cert)})
    assert both.tls


def test_organisation_config_is_applied(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from api.main import create_app
    from tests import build
    from tests.test_api import BAD_DATE

    config = tmp_path / "lint.toml"
    config.write_text('ignore = ["VB104"]\nfail_on = "warning"\n', encoding="utf-8")
    settings = Settings(
        config_path=config, corpus_path=tmp_path / "c.sqlite", addin_dir=None, preload_nlp=False
    )
    bad = build.to_bytes(build.state_cong_van(dia_danh_ngay_thang=BAD_DATE))
    with TestClient(create_app(settings)) as c:
        body = c.post("/v1/lint", files={"file": ("a.docx", bad)}).json()
    assert "VB104" not in {f["code"] for f in body["findings"]}
    assert body["gate"]["fail_on"] == "warning"
    wrong = tmp_path / "wrong.toml"
    wrong.write_text('colour = "red"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="LINT_CONFIG"):
        create_app(Settings(config_path=wrong, addin_dir=None))
