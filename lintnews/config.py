"""Configuration: finding the file, reading it, validating every key.

Precedence: the command line beats the file, the file beats the defaults.
The file is the nearest one, walking up from the current directory, of
``pyproject.toml`` (with a ``[tool.lintnews]`` table), ``lintnews.toml`` or
``.lintnews.toml`` (whose keys sit at the top level, or under
``[tool.lintnews]``).
"""
from __future__ import annotations

import datetime as _dt
import os
import sys
from collections import namedtuple
from typing import Any

from .finding import Severity
from .options import ConfigError, PluginOptions



def _toml():
    """tomllib (tomli before Python 3.11), imported only when a TOML file is read."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    return tomllib

CONFIG_NAMES = ("lintnews.toml", ".lintnews.toml", "pyproject.toml")
FORMAT_EXTENSIONS = {".txt": "text", ".text": "text", ".md": "markdown",
                     ".markdown": "markdown", ".html": "html", ".htm": "html"}


#: ``jobs = "auto"`` starts one worker per core only for a run of at least
#: this many files: for fewer, starting the workers costs more than they save.
AUTO_MIN_FILES = 128

#: What the command line defaults to where the API does not: the API lints in
#: the calling process unless asked (a publish gate's server must not fork).
CLI_DEFAULTS: dict[str, Any] = {"jobs": "auto"}

#: Every setting, with its default. Each key of ``[tool.lintnews]`` and each
#: command-line option maps to one of them (see ``CORE_KEYS``).
_SETTINGS: dict[str, Any] = {
    "select": ("",),               # tuple of code prefixes; "" selects everything
    "ignore": (),
    "extend_select": (),
    "extend_ignore": (),
    "per_file_ignores": (),        # tuple of (glob, tuple of codes)
    "exclude": (),                 # tuple of globs
    "format": "default",
    "fail_on": Severity.WARNING,
    "jobs": 1,                     # int, or "auto" (the command line's default)
    "plugins": (),                 # module names
    "plugin_paths": (),
    "blocked_plugins": (),
    "reference_date": None,        # datetime.date
    "publication": None,
    "locale": "en",
    "severity": (),                # tuple of (code prefix, Severity)
    "collection": (),              # globs of files read for the collection checks
    "show_source": False,
    "statistics": False,
    "count": False,
    "exit_zero": False,
    "output_file": None,
    "color": "auto",
    "config_file": None,           # the file the settings came from, if any
    "root": ".",                   # its folder: relative paths start there
    "plugin_tables": (),           # tuple of (section, validated table)
}


class Config(namedtuple("Config", list(_SETTINGS), defaults=list(_SETTINGS.values()))):
    """Every setting of one run, validated (immutable: change it with :meth:`with_`).

    The settings and their defaults are listed in ``_SETTINGS`` above.
    Plugins read their own table with :meth:`plugin_options`.
    """

    __slots__ = ()

    def plugin_options(self, section: str) -> Any:
        """The validated table ``[tool.lintnews.<section>]`` (defaults filled in)."""
        for name, value in self.plugin_tables:
            if name == section:
                return value
        return {}

    def severity_for(self, code: str, default: Severity) -> Severity:
        best, level = -1, default
        for prefix, sev in self.severity:
            if code.startswith(prefix) and len(prefix) > best:
                best, level = len(prefix), sev
        return level

    def with_(self, **changes: Any) -> "Config":
        return self._replace(**changes)


# key in file -> (attribute, converter)
def _str_list(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ValueError("must be a list of strings")
    return tuple(value)


def _codes(value: Any) -> tuple[str, ...]:
    return tuple(v.strip().upper() for v in _str_list(value))


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def _severity(value: Any) -> Severity:
    return Severity.parse(value)


def _date(value: Any) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise ValueError(f"must be a date such as 2024-03-14, not {value!r}")


def _jobs(value: Any) -> int | str:
    if value == "auto":
        return "auto"
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    raise ValueError(f"must be a whole number of at least 1 or 'auto', not {value!r}")


def _per_file_ignores(value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if isinstance(value, dict):
        return tuple((str(k), _codes(v)) for k, v in value.items())
    if isinstance(value, str):  # CLI form: "glob:CODE,CODE glob2:CODE"
        pairs = []
        for item in value.replace("\n", " ").split():
            if ":" not in item:
                raise ValueError(f"expected GLOB:CODES, got {item!r}")
            glob, codes = item.rsplit(":", 1)
            pairs.append((glob, _codes(codes)))
        return tuple(pairs)
    raise ValueError("must be a table of glob = [codes]")


def _severity_table(value: Any) -> tuple[tuple[str, Severity], ...]:
    if not isinstance(value, dict):
        raise ValueError("must be a table of CODE = \"error\" | \"warning\" | \"info\"")
    return tuple((str(k).upper(), Severity.parse(v)) for k, v in value.items())


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("must be a string")
    return value


def _choice(*choices: str):
    def convert(value: Any) -> str:
        if value not in choices:
            raise ValueError(f"must be one of {', '.join(choices)}, not {value!r}")
        return value
    return convert


CORE_KEYS: dict[str, tuple[str, Any]] = {
    "select": ("select", _codes),
    "ignore": ("ignore", _codes),
    "extend-select": ("extend_select", _codes),
    "extend-ignore": ("extend_ignore", _codes),
    "per-file-ignores": ("per_file_ignores", _per_file_ignores),
    "exclude": ("exclude", _str_list),
    "format": ("format", _str),
    "fail-on": ("fail_on", _severity),
    "jobs": ("jobs", _jobs),
    "plugins": ("plugins", _str_list),
    "plugin-paths": ("plugin_paths", _str_list),
    "reference-date": ("reference_date", _date),
    "publication": ("publication", _str),
    "locale": ("locale", _str),
    "severity": ("severity", _severity_table),
    "collection": ("collection", _str_list),
    "show-source": ("show_source", _bool),
    "statistics": ("statistics", _bool),
    "count": ("count", _bool),
    "exit-zero": ("exit_zero", _bool),
    "output-file": ("output_file", _str),
    "color": ("color", _choice("auto", "always", "never")),
}


def find_config_file(start: str) -> str | None:
    """The nearest config file at or above the folder ``start``."""
    folder = os.path.realpath(start)
    while True:
        for name in CONFIG_NAMES:
            candidate = os.path.join(folder, name)
            if os.path.isfile(candidate):
                if name != "pyproject.toml":
                    return candidate
                if _has_tool_table(candidate):
                    return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def _has_tool_table(path: str) -> bool:
    try:
        with open(path, "rb") as fh:
            return b"[tool.lintnews" in fh.read()
    except OSError:
        return False


def read_config_file(path: str) -> dict[str, Any]:
    """The ``[tool.lintnews]`` table of a file, or its top level for lintnews.toml."""
    tomllib = _toml()
    try:
        with open(path, "rb") as fh:
            data = tomllib.loads(fh.read().decode("utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: config is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: config is not valid TOML: {exc}") from None
    table = data.get("tool", {}).get("lintnews") if isinstance(data.get("tool"), dict) else None
    if table is None:
        if os.path.basename(path) == "pyproject.toml":
            return {}
        table = {k: v for k, v in data.items() if k != "tool"}
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.lintnews] must be a table")
    return table


def build_config(raw: dict[str, Any], where: str, base: Config | None = None) -> Config:
    """Apply the core keys of ``raw`` (file or command line) over ``base``.

    Keys that are not core keys are left for plugin validation
    (:func:`apply_plugin_tables`).
    """
    config = base or Config()
    changes: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in CORE_KEYS:
            continue
        attr, convert = CORE_KEYS[key]
        try:
            changes[attr] = convert(value)
        except ValueError as exc:
            raise ConfigError(f"{where}: {key} {exc}") from None
    return config._replace(**changes)


def apply_plugin_tables(config: Config, raw: dict[str, Any], where: str,
                        schemas: dict[str, PluginOptions]) -> Config:
    """Validate every plugin table in ``raw``; an unknown key is an error."""
    tables = []
    for key in raw:
        if key not in CORE_KEYS and key not in schemas:
            known = ", ".join(sorted(set(CORE_KEYS) | set(schemas)))
            raise ConfigError(f"{where}: unknown key {key!r} in [tool.lintnews] (known: {known})")
    for section, schema in schemas.items():
        tables.append((section, schema.validate(raw.get(section), where)))
    return config._replace(plugin_tables=tuple(tables))
