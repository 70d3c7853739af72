"""Settings of the HTTP service, read from ``LINT_*`` environment variables.

A plain frozen dataclass: tests build one directly (``Settings(max_upload_bytes=1000)``), the
service reads it once from the environment (:func:`get_settings`). Every variable is documented
in ``api/.env.example`` and ``docs/service.md``. A wrong value is a :class:`SettingsError` with a
Vietnamese message (``lint serve`` prints it and exits 2), never a silent default.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

MB = 1024 * 1024
DEFAULT_ADDIN_DIR = Path(__file__).resolve().parents[1] / "word_addin"


class SettingsError(ValueError):
    """A wrong ``LINT_*`` value: ``message`` is Vietnamese, ``message_en`` English."""

    def __init__(self, message: str, message_en: str) -> None:
        super().__init__(message)
        self.message = message
        self.message_en = message_en


MAX_DEFAULT_WORKERS = 4  # each worker holds its own NLP model and caches (200-265 MB)


def _cpu_count() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def default_workers() -> int:
    """One checking process per CPU this process may run on, at most ``MAX_DEFAULT_WORKERS``.

    Checking a new draft is CPU-bound Python: the GIL lets one process use one CPU, so using
    every CPU takes one process each. The cap bounds memory (each worker loads the NLP model)."""
    return min(_cpu_count(), MAX_DEFAULT_WORKERS)


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8000
    tls_cert: Path | None = None  # PEM certificate (chain); with tls_key the service speaks HTTPS
    tls_key: Path | None = None
    cors_origins: tuple[str, ...] = ()  # exact origins allowed to call the API from a browser
    max_upload_bytes: int = 20 * MB  # the whole request body (the draft and its parents)
    timeout_s: float = 60.0  # per request: waiting for a slot plus checking
    # Processes that run the checks (2 or more: the service chooses one per check, see
    # api.service.Runner).
    workers: int = field(default_factory=default_workers)
    # Checks running at once when there is one process. One: the checks are CPU-bound Python
    # and share the GIL, so a second thread finishes nothing sooner and costs a few % more CPU
    # per check; the pool's processes are what runs checks in parallel.
    concurrency: int = 1
    queue: int = 64  # requests waiting for a slot, per process; beyond that 503 at once
    api_key: str | None = None  # header X-API-Key
    api_key_scope: str = "corpus"  # "corpus": only the corpus endpoints; "all": every /v1 call
    corpus_path: Path | None = None  # the corpus store; None: the default store
    config_path: Path | None = None  # an organisation's lint.toml (profile, severities)
    cache_size: int = 256  # results kept in memory, keyed by file hash + options; 0 turns it off
    max_parents: int = 10  # extra files (``parent``) in one request
    addin_dir: Path | None = DEFAULT_ADDIN_DIR  # the Word add-in (served under /addin/)
    preload_nlp: bool = True  # load the NLP model at start-up rather than on the first request
    log_level: str = "info"

    def __post_init__(self) -> None:
        if (self.tls_cert is None) != (self.tls_key is None):
            raise SettingsError(
                "Cần khai báo cả LINT_TLS_CERT và LINT_TLS_KEY để bật HTTPS.",
                "Both LINT_TLS_CERT and LINT_TLS_KEY are needed for HTTPS.",
            )
        if self.api_key_scope not in ("corpus", "all"):
            raise SettingsError(
                "LINT_API_KEY_SCOPE chỉ nhận “corpus” hoặc “all”, không phải "
                f"“{self.api_key_scope}”.",
                f"LINT_API_KEY_SCOPE must be 'corpus' or 'all', not '{self.api_key_scope}'.",
            )
        for name, value, low in (
            ("LINT_PORT", self.port, 0),
            ("LINT_WORKERS", self.workers, 1),
            ("LINT_CONCURRENCY", self.concurrency, 1),
            ("LINT_QUEUE", self.queue, 0),
            ("LINT_CACHE_SIZE", self.cache_size, 0),
            ("LINT_MAX_PARENTS", self.max_parents, 0),
            ("LINT_MAX_UPLOAD_MB", self.max_upload_bytes, 1),
        ):
            if value < low:
                raise SettingsError(
                    f"{name} phải lớn hơn hoặc bằng {low} (đang là {value}).",
                    f"{name} must be at least {low} (got {value}).",
                )
        if self.port > 65535:
            raise SettingsError("LINT_PORT phải nhỏ hơn 65536.", "LINT_PORT must be below 65536.")
        if self.timeout_s <= 0:
            raise SettingsError(
                "LINT_TIMEOUT phải là số giây lớn hơn 0.", "LINT_TIMEOUT must be above 0 seconds."
            )

    @property
    def tls(self) -> bool:
        return self.tls_cert is not None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Settings from ``LINT_*`` variables; unset or empty variables keep the default."""
        env = os.environ if environ is None else environ

        def get(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        values: dict[str, object] = {}
        if (v := get("LINT_HOST")) is not None:
            values["host"] = v
        for name, key in (
            ("LINT_PORT", "port"),
            ("LINT_WORKERS", "workers"),
            ("LINT_CONCURRENCY", "concurrency"),
            ("LINT_QUEUE", "queue"),
            ("LINT_CACHE_SIZE", "cache_size"),
            ("LINT_MAX_PARENTS", "max_parents"),
        ):
            if (v := get(name)) is not None:
                values[key] = _int(name, v)
        if (v := get("LINT_MAX_UPLOAD_MB")) is not None:
            values["max_upload_bytes"] = int(_float(name="LINT_MAX_UPLOAD_MB", value=v) * MB)
        if (v := get("LINT_TIMEOUT")) is not None:
            values["timeout_s"] = _float("LINT_TIMEOUT", v)
        for name, key in (
            ("LINT_TLS_CERT", "tls_cert"),
            ("LINT_TLS_KEY", "tls_key"),
            ("LINT_CONFIG", "config_path"),
        ):
            if (v := get(name)) is not None:
                path = Path(v).expanduser()
                if not path.is_file():
                    raise SettingsError(
                        f"{name}: không tìm thấy tệp “{path}”.", f"{name}: file not found: {path}."
                    )
                values[key] = path
        if (v := get("LINT_CORPUS")) is not None:
            values["corpus_path"] = Path(v).expanduser()
        if (v := get("LINT_ADDIN_DIR")) is not None:
            values["addin_dir"] = Path(v).expanduser()
        if (v := get("LINT_CORS_ORIGINS")) is not None:
            values["cors_origins"] = tuple(o.strip().rstrip("/") for o in v.split(",") if o.strip())
        if (v := get("LINT_API_KEY")) is not None:
            values["api_key"] = v
        if (v := get("LINT_API_KEY_SCOPE")) is not None:
            values["api_key_scope"] = v.lower()
        if (v := get("LINT_PRELOAD")) is not None:
            values["preload_nlp"] = _bool("LINT_PRELOAD", v)
        if (v := get("LINT_LOG_LEVEL")) is not None:
            values["log_level"] = v.lower()
        return cls(**values)  # type: ignore[arg-type]


def _int(name: str, value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise SettingsError(
            f"{name} phải là số nguyên, không phải “{value}”.",
            f"{name} must be an integer, not '{value}'.",
        ) from None


def _float(name: str, value: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise SettingsError(
            f"{name} phải là một số, không phải “{value}”.",
            f"{name} must be a number, not '{value}'.",
        ) from None


def _bool(name: str, value: str) -> bool:
    low = value.lower()
    if low in ("1", "true", "yes", "on"):
        return True
    if low in ("0", "false", "no", "off"):
        return False
    raise SettingsError(
        f"{name} chỉ nhận true hoặc false, không phải “{value}”.",
        f"{name} must be true or false, not '{value}'.",
    )


@cache
def get_settings() -> Settings:
    """The process's settings (read once from the environment)."""
    return Settings.from_env()


__all__ = [
    "DEFAULT_ADDIN_DIR",
    "MAX_DEFAULT_WORKERS",
    "MB",
    "Settings",
    "SettingsError",
    "default_workers",
    "get_settings",
]
