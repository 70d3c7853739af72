"""Configuration: selection by prefix, severities, rule options, profile, file discovery, errors."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from linter.config import (
    Config,
    ConfigError,
    build_options,
    config_from_dict,
    find_config,
    load_config,
    resolve_config,
    split_codes,
)
from linter.finding import Severity
from linter.rule import Profile, Rule


def test_default_selects_every_rule():
    from rules import ALL_RULES

    assert all(Config().is_enabled(r.code) for r in ALL_RULES)


@pytest.mark.parametrize(
    ("select", "ignore", "code", "enabled"),
    [
        (("VB",), ("VB1",), "VB104", False),
        (("VB",), ("VB1",), "VB003", True),
        (("VB104",), ("VB1",), "VB104", True),  # longer select wins
        (("VB1",), ("VB104",), "VB104", False),  # longer ignore wins
        (("VB1",), ("VB104",), "VB101", True),
        (("VB1",), (), "VB003", False),  # not selected at all
        (("VB10",), ("VB10",), "VB104", False),  # a tie goes to ignore (flake8)
    ],
)
def test_longest_prefix_wins(select, ignore, code, enabled):
    assert Config(select=select, ignore=ignore).is_enabled(code) is enabled


def test_severity_override_by_code_and_prefix():
    cfg = Config(severity={"VB1": Severity.WARNING, "VB104": Severity.INFO})
    assert cfg.severity_for("VB104", Severity.ERROR) is Severity.INFO
    assert cfg.severity_for("VB101", Severity.ERROR) is Severity.WARNING
    assert cfg.severity_for("VB003", Severity.ERROR) is Severity.ERROR


def test_split_codes_accepts_commas_and_repeats():
    assert split_codes(["VB1,vb2", " VB305 "]) == ["VB1", "VB2", "VB305"]
    assert split_codes(None) == []


def test_lint_toml_full_example(tmp_path: Path):
    (tmp_path / "lint.toml").write_text(
        """
select = ["VB"]
ignore = ["VB003"]
fail_on = "warning"
[severity]
VB104 = "warning"
[profile]
family = "state"
issuer_abbreviations = ["UBND", "SNV"]
units = ["VP"]
place = "Lâm Đồng"
""",
        encoding="utf-8",
    )
    cfg = load_config(tmp_path / "lint.toml")
    assert cfg.ignore == ("VB003",)
    assert cfg.fail_on is Severity.WARNING
    assert cfg.severity == {"VB104": Severity.WARNING}
    assert cfg.profile == Profile(
        family="state", issuer_abbreviations=("UBND", "SNV"), units=("VP",), place="Lâm Đồng"
    )
    assert not cfg.is_enabled("VB003")


def test_pyproject_tool_lint(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.lint]\nignore = ["VB104"]\n[tool.lint.profile]\n'
        'place = "Hà Nội"\n',
        encoding="utf-8",
    )
    cfg = load_config(tmp_path / "pyproject.toml")
    assert cfg.ignore == ("VB104",)
    assert cfg.profile.place == "Hà Nội"


def test_found_upward_and_lint_toml_beats_pyproject(tmp_path: Path):
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    target = deep / "draft.docx"
    target.write_bytes(b"")
    (tmp_path / "pyproject.toml").write_text('[tool.lint]\nignore = ["VB003"]\n', "utf-8")
    assert find_config(target) == tmp_path / "pyproject.toml"
    (tmp_path / "a" / "lint.toml").write_text('ignore = ["VB004"]\n', "utf-8")
    assert find_config(target) == tmp_path / "a" / "lint.toml"
    assert resolve_config(target).ignore == ("VB004",)
    # a pyproject.toml without [tool.lint] is passed over
    (deep / "pyproject.toml").write_text('[project]\nname = "x"\n', "utf-8")
    assert find_config(target) == tmp_path / "a" / "lint.toml"


def test_explicit_config_wins(tmp_path: Path):
    (tmp_path / "lint.toml").write_text('ignore = ["VB004"]\n', "utf-8")
    other = tmp_path / "other.toml"
    other.write_text('ignore = ["VB005"]\n', "utf-8")
    assert resolve_config(tmp_path / "x.docx", other).ignore == ("VB005",)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('selekt = ["VB"]\n', "selekt"),
        ('select = ["VB999"]\n', "select"),
        ('ignore = ["XY1"]\n', "ignore"),
        ('fail_on = "fatal"\n', "fail_on"),
        ('[severity]\nVB104 = "critical"\n', "severity.VB104"),
        ('[severity]\nVB998 = "info"\n', "severity"),
        ("[rules.VB998]\nx = 1\n", "rules.VB998"),
        ("[rules.VB104]\nzero = true\n", "rules.VB104.zero"),
        ('[profile]\ncolour = "red"\n', "profile.colour"),
        ('[profile]\nfamily = "church"\n', "profile.family"),
        ("[profile]\nunits = 5\n", "profile.units"),
        ("select = [", ""),
    ],
)
def test_config_errors_name_the_key(tmp_path: Path, text: str, key: str):
    path = tmp_path / "lint.toml"
    path.write_text(text, "utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    err = info.value
    assert key in err.key
    if key:
        assert key.split(".")[-1] in err.message
    # Vietnamese message with diacritics, English one too
    assert any(ch in err.message for ch in "ạảãáàâăđêôơư"), err.message
    assert err.message_en and err.message_en != err.message


def test_unreadable_config_file(tmp_path: Path):
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "missing.toml")
    assert "missing.toml" in info.value.message


def test_cli_overrides_replace_file_lists():
    cfg = config_from_dict({"ignore": ["VB003"], "select": ["VB0"]})
    over = cfg.with_overrides(select=["VB1"], ignore=None, fail_on="info")
    assert over.select == ("VB1",)
    assert over.ignore == ("VB003",)
    assert over.fail_on is Severity.INFO
    with pytest.raises(ConfigError):
        cfg.with_overrides(select=["VB9999"])


# -- rule options -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Opts:
    sizes: tuple[float, ...] = (13.0, 14.0)
    name: str = "x"
    limit: int | None = None
    strict: bool = False


class _OptRule(Rule):
    """Test rule with options."""

    code = "VB999"
    name = "test-options"
    summary = "test"
    Options = _Opts


def test_options_built_and_typed():
    opts = build_options(_OptRule, {"sizes": [12, 13.5], "limit": 3, "strict": True})
    assert opts == _Opts(sizes=(12.0, 13.5), name="x", limit=3, strict=True)
    assert build_options(_OptRule, {"limit": None}).limit is None
    assert build_options(_OptRule, None) == _Opts()


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ({"size": [1]}, "rules.VB999.size"),
        ({"sizes": "13"}, "rules.VB999.sizes"),
        ({"sizes": ["a"]}, "rules.VB999.sizes"),
        ({"limit": 1.5}, "rules.VB999.limit"),
        ({"strict": 1}, "rules.VB999.strict"),
        ({"name": 3}, "rules.VB999.name"),
    ],
)
def test_options_rejected(raw, key):
    with pytest.raises(ConfigError) as info:
        build_options(_OptRule, raw)
    assert info.value.key == key


def test_build_rules_passes_options():
    cfg = Config(options={"VB999": {"limit": 7}})
    (rule,) = cfg.build_rules([_OptRule])
    assert rule.options.limit == 7
    assert Config(ignore=("VB999",)).build_rules([_OptRule]) == []


def test_readme_config_example_is_valid(tmp_path: Path):
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "lint.toml").write_text(block, encoding="utf-8")
    cfg = load_config(tmp_path / "lint.toml")
    assert cfg.profile.place == "Lâm Đồng"
    assert cfg.is_enabled("VB104") and not cfg.is_enabled("VB709")
    (rule,) = [r for r in Config(options=cfg.options).build_rules() if r.code == "VB709"]
    assert rule.options.max_words == 60
