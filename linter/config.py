"""Configuration: which rules run, at which severity, with which options (issue 3).

A configuration comes from one of (first found wins):

1. ``--config FILE`` (a ``lint.toml``-style file, or a ``pyproject.toml`` with ``[tool.lint]``);
2. ``lint.toml`` in the file's directory or the nearest parent directory;
3. ``pyproject.toml`` with a ``[tool.lint]`` table in the same walk upwards (in one directory,
   ``lint.toml`` wins over ``pyproject.toml``; a ``pyproject.toml`` without ``[tool.lint]`` is
   passed over).

Format (``lint.toml``; in ``pyproject.toml`` the same keys under ``[tool.lint]``)::

    select = ["VB"]             # code prefixes; default: every rule
    ignore = ["VB305"]
    fail_on = "warning"         # error | warning | info (default error)
    [severity]                  # overrides, by code or prefix; longest prefix wins
    VB212 = "warning"
    [rules.VB202]               # the rule's Options dataclass; unknown keys are an error
    body_size_pt = [13, 14]
    [profile]                   # the organisation (linter.rule.Profile)
    family = "state"
    issuer_abbreviations = ["UBND"]
    units = ["VP", "KGVX"]
    place = "Lâm Đồng"

Selection follows flake8's ``DecisionEngine``: a code is on when the longest ``select`` prefix
that matches it is longer than the longest matching ``ignore`` prefix. On the command line
``--select``/``--ignore`` replace the file's lists (as in flake8).

Every unknown key, code or option is a :class:`ConfigError` (the CLI exits 2 naming the key).
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
import types
import typing
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from linter.finding import Severity
from linter.rule import Profile, Rule

CONFIG_FILE = "lint.toml"
PYPROJECT = "pyproject.toml"
_TOP_KEYS = frozenset({"select", "ignore", "fail_on", "severity", "rules", "profile"})
_PROFILE_KEYS = {f.name for f in dataclasses.fields(Profile)}
_PREFIX_RE = re.compile(r"^VB\d{0,3}$")
_FAMILIES = ("state", "party")


class ConfigError(Exception):
    """A wrong configuration: the CLI prints ``message`` (Vietnamese) and exits 2."""

    def __init__(self, message: str, message_en: str, *, key: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.message_en = message_en
        self.key = key

    def text(self, lang: str = "vi") -> str:
        return self.message_en if lang == "en" else self.message


@dataclass(frozen=True)
class Config:
    """A resolved configuration. ``Config()`` is the default: every rule, built-in severities."""

    select: tuple[str, ...] = ("VB",)
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)  # code or prefix → severity
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # code → raw options
    profile: Profile = field(default_factory=Profile)
    fail_on: Severity = Severity.ERROR
    source: Path | None = None  # the file it was read from, for messages

    # -- selection ------------------------------------------------------------------------

    def is_enabled(self, code: str) -> bool:
        """flake8's decision: the longest matching prefix wins; a tie goes to ``ignore``."""
        sel = _longest(self.select, code)
        if sel is None:
            return False
        ign = _longest(self.ignore, code)
        return ign is None or len(sel) > len(ign)

    def severity_for(self, code: str, default: Severity) -> Severity:
        best = _longest(tuple(self.severity), code)
        return default if best is None else self.severity[best]

    def build_rules(self, rules: Iterable[type[Rule]] | None = None) -> list[Rule]:
        """Instances of the enabled rules, each with its options built from the config."""
        if rules is None:
            from rules import ALL_RULES

            rules = ALL_RULES
        out: list[Rule] = []
        for cls in rules:
            if not self.is_enabled(cls.code):
                continue
            raw = self.options.get(cls.code)
            out.append(cls(build_options(cls, raw, key=f"rules.{cls.code}")) if raw else cls())
        return out

    def with_overrides(
        self,
        *,
        select: Sequence[str] | None = None,
        ignore: Sequence[str] | None = None,
        fail_on: str | None = None,
    ) -> Config:
        """The command line's values replace the file's (flake8 semantics)."""
        changes: dict[str, Any] = {}
        if select:
            changes["select"] = _check_prefixes(select, "--select")
        if ignore:
            changes["ignore"] = _check_prefixes(ignore, "--ignore")
        if fail_on:
            changes["fail_on"] = _severity(fail_on, "--fail-on")
        return dataclasses.replace(self, **changes) if changes else self


def _longest(prefixes: Iterable[str], code: str) -> str | None:
    best: str | None = None
    for p in prefixes:
        if code.startswith(p) and (best is None or len(p) > len(best)):
            best = p
    return best


def split_codes(values: Iterable[str] | None) -> list[str]:
    """``["VB1,VB2", "VB305"]`` → ``["VB1", "VB2", "VB305"]`` (repeatable, comma-separated)."""
    out: list[str] = []
    for value in values or ():
        out.extend(part.strip().upper() for part in value.split(",") if part.strip())
    return out


def known_codes() -> tuple[str, ...]:
    from linter.engine import CORE_CODES
    from rules import ALL_RULES

    return tuple(r.code for r in ALL_RULES) + tuple(CORE_CODES)


def _check_prefixes(values: Any, key: str) -> tuple[str, ...]:
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, list | tuple):
        raise ConfigError(
            f'Cấu hình “{key}” phải là danh sách mã quy tắc, ví dụ ["VB1", "VB305"].',
            f'Setting \'{key}\' must be a list of rule codes, e.g. ["VB1", "VB305"].',
            key=key,
        )
    codes = known_codes()
    out: list[str] = []
    for raw in values:
        code = str(raw).strip().upper()
        if not _PREFIX_RE.match(code) or not any(c.startswith(code) for c in codes):
            raise ConfigError(
                f"Mã quy tắc không tồn tại trong “{key}”: “{raw}”. Xem danh sách bằng lệnh "
                "“lint rules”.",
                f"Unknown rule code in '{key}': '{raw}'. See 'lint rules' for the list.",
                key=key,
            )
        out.append(code)
    return tuple(out)


def _severity(value: Any, key: str) -> Severity:
    try:
        return Severity(str(value).lower())
    except ValueError:
        raise ConfigError(
            f"Mức độ không hợp lệ ở “{key}”: “{value}” (chỉ nhận error, warning hoặc info).",
            f"Invalid severity in '{key}': '{value}' (use error, warning or info).",
            key=key,
        ) from None


# -- rule options ----------------------------------------------------------------------------


def build_options(rule: type[Rule], raw: Mapping[str, Any] | None, *, key: str = "") -> object:
    """The rule's ``Options`` dataclass from a TOML table; unknown keys and wrong types fail."""
    key = key or f"rules.{rule.code}"
    opts_cls = rule.Options
    if not raw:
        return opts_cls()
    if not isinstance(raw, Mapping):
        raise ConfigError(
            f"“{key}” phải là một bảng tùy chọn.", f"'{key}' must be a table.", key=key
        )
    fields = (
        {f.name: f for f in dataclasses.fields(opts_cls)}
        if dataclasses.is_dataclass(opts_cls)
        else {}
    )
    hints = typing.get_type_hints(opts_cls) if fields else {}
    values: dict[str, Any] = {}
    for name, value in raw.items():
        if name not in fields:
            allowed = ", ".join(sorted(fields)) or "không có"
            raise ConfigError(
                f"Tùy chọn không tồn tại: “{key}.{name}” (quy tắc {rule.code} nhận: {allowed}).",
                f"Unknown option '{key}.{name}' (rule {rule.code} accepts: "
                f"{', '.join(sorted(fields)) or 'none'}).",
                key=f"{key}.{name}",
            )
        values[name] = _coerce(value, hints.get(name, Any), f"{key}.{name}")
    return opts_cls(**values)


def _coerce(value: Any, hint: Any, key: str) -> Any:
    """Check ``value`` against a type hint; TOML lists become tuples where a tuple is expected."""
    ok, converted = _match(value, hint)
    if not ok:
        name = getattr(hint, "__name__", None) or str(hint).replace("typing.", "")
        raise ConfigError(
            f"Giá trị sai kiểu ở “{key}”: {value!r} (cần kiểu {name}).",
            f"Wrong type for '{key}': {value!r} (expected {name}).",
            key=key,
        )
    return converted


def _match(value: Any, hint: Any) -> tuple[bool, Any]:
    if hint is Any:
        return True, value
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        for arg in args:
            ok, conv = _match(value, arg)
            if ok:
                return True, conv
        return False, value
    if origin is typing.Literal:
        return value in args, value
    if hint is type(None):
        return value is None, value
    if hint is bool:
        return isinstance(value, bool), value
    if hint is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return ok, float(value) if ok else value
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool), value
    if hint is str:
        return isinstance(value, str), value
    if origin in (tuple, list, frozenset, set):
        if not isinstance(value, list | tuple):
            return False, value
        if origin is tuple and args and args[-1] is not Ellipsis:
            if len(args) != len(value):
                return False, value
            pairs = list(zip(value, args, strict=True))
        else:
            item = args[0] if args else Any
            pairs = [(v, item) for v in value]
        items = []
        for v, h in pairs:
            ok, conv = _match(v, h)
            if not ok:
                return False, value
            items.append(conv)
        return True, origin(items)
    if origin is dict or hint is dict:
        return isinstance(value, dict), value
    if isinstance(hint, type):
        return isinstance(value, hint), value
    return True, value


# -- reading files ---------------------------------------------------------------------------


def find_config(start: Path) -> Path | None:
    """The nearest ``lint.toml`` or ``pyproject.toml`` with ``[tool.lint]`` above ``start``."""
    start = start.resolve()
    directory = start if start.is_dir() else start.parent
    for d in (directory, *directory.parents):
        candidate = d / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = d / PYPROJECT
        if pyproject.is_file() and _has_tool_lint(pyproject):
            return pyproject
    return None


def _has_tool_lint(path: Path) -> bool:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return isinstance(data.get("tool"), dict) and "lint" in data["tool"]


def load_config(path: str | Path) -> Config:
    """Read a ``lint.toml`` or a ``pyproject.toml`` (its ``[tool.lint]`` table)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        raise ConfigError(
            f"Không đọc được tệp cấu hình “{path}”.",
            f"Cannot read the configuration file '{path}'.",
            key=str(path),
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"Tệp cấu hình “{path}” sai cú pháp TOML: {exc}.",
            f"The configuration file '{path}' is not valid TOML: {exc}.",
            key=str(path),
        ) from None
    prefix = ""
    if path.name == PYPROJECT:
        data = data.get("tool", {}).get("lint", {})
        prefix = "tool.lint."
    return config_from_dict(data, source=path, prefix=prefix)


def config_from_dict(
    data: Mapping[str, Any], *, source: Path | None = None, prefix: str = ""
) -> Config:
    """Validate a configuration table (already parsed TOML)."""
    for key in data:
        if key not in _TOP_KEYS:
            raise ConfigError(
                f"Khóa cấu hình không tồn tại: “{prefix}{key}” (chỉ nhận: "
                f"{', '.join(sorted(_TOP_KEYS))}).",
                f"Unknown configuration key '{prefix}{key}' (accepted: "
                f"{', '.join(sorted(_TOP_KEYS))}).",
                key=prefix + key,
            )
    changes: dict[str, Any] = {"source": source}
    if "select" in data:
        changes["select"] = _check_prefixes(data["select"], prefix + "select")
    if "ignore" in data:
        changes["ignore"] = _check_prefixes(data["ignore"], prefix + "ignore")
    if "fail_on" in data:
        changes["fail_on"] = _severity(data["fail_on"], prefix + "fail_on")
    if "severity" in data:
        changes["severity"] = _severity_table(data["severity"], prefix + "severity")
    if "rules" in data:
        changes["options"] = _rules_table(data["rules"], prefix + "rules")
    if "profile" in data:
        changes["profile"] = _profile(data["profile"], prefix + "profile")
    return Config(**changes)


def _table(value: Any, key: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ConfigError(
            f"“{key}” phải là một bảng TOML ([{key}]).",
            f"'{key}' must be a TOML table ([{key}]).",
            key=key,
        )
    return value


def _severity_table(value: Any, key: str) -> dict[str, Severity]:
    out: dict[str, Severity] = {}
    for code, sev in _table(value, key).items():
        (checked,) = _check_prefixes([code], key)
        out[checked] = _severity(sev, f"{key}.{code}")
    return out


def _rules_table(value: Any, key: str) -> dict[str, Mapping[str, Any]]:
    from rules import rule_by_code

    out: dict[str, Mapping[str, Any]] = {}
    for code, raw in _table(value, key).items():
        rule = rule_by_code(str(code).upper())
        if rule is None:
            raise ConfigError(
                f"Mã quy tắc không tồn tại: “{key}.{code}”. Xem danh sách bằng lệnh “lint rules”.",
                f"Unknown rule code '{key}.{code}'. See 'lint rules' for the list.",
                key=f"{key}.{code}",
            )
        build_options(rule, _table(raw, f"{key}.{code}"), key=f"{key}.{code}")  # validate now
        out[rule.code] = dict(raw)
    return out


def _profile(value: Any, key: str) -> Profile:
    table = _table(value, key)
    values: dict[str, Any] = {}
    for name, raw in table.items():
        if name not in _PROFILE_KEYS:
            raise ConfigError(
                f"Khóa hồ sơ cơ quan không tồn tại: “{key}.{name}” (chỉ nhận: "
                f"{', '.join(sorted(_PROFILE_KEYS))}).",
                f"Unknown profile key '{key}.{name}' (accepted: "
                f"{', '.join(sorted(_PROFILE_KEYS))}).",
                key=f"{key}.{name}",
            )
        if name == "family":
            if raw not in _FAMILIES:
                raise ConfigError(
                    f"“{key}.family” chỉ nhận “state” (Nhà nước) hoặc “party” (Đảng), không phải "
                    f"“{raw}”.",
                    f"'{key}.family' must be 'state' or 'party', not '{raw}'.",
                    key=f"{key}.family",
                )
            values[name] = raw
        elif name == "place":
            values[name] = _coerce(raw, str, f"{key}.{name}")
        else:
            values[name] = _coerce(raw, tuple[str, ...], f"{key}.{name}")
    return Profile(**values)


def resolve_config(target: Path, explicit: str | Path | None = None) -> Config:
    """The configuration for one input: ``--config`` if given, else the nearest file, else
    the default."""
    if explicit is not None:
        return load_config(explicit)
    found = find_config(target)
    return load_config(found) if found else Config()


__all__ = [
    "Config",
    "ConfigError",
    "build_options",
    "config_from_dict",
    "find_config",
    "load_config",
    "resolve_config",
    "split_codes",
]
