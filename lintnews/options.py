"""Schemas for a plugin's own configuration table."""
from __future__ import annotations

from types import MappingProxyType
from collections import namedtuple
from typing import Any


class ConfigError(Exception):
    """A configuration problem: the message names the key and the file."""


class Option(namedtuple("Option", "type default help convert", defaults=(str, None, "", None))):
    """One key of a plugin's table ``[tool.lintnews.<section>]``.

    :param type: the expected Python type (``str``, the default, ``int``,
        ``float``, ``bool``, ``list`` or ``dict``); ``None`` accepts anything.
    :param default: the value when the key is absent (``None``).
    :param help: one line for the documentation.
    :param convert: optional callable applied to the value; it raises
        ``ValueError`` with a message to reject it.
    """

    __slots__ = ()


class PluginOptions(namedtuple("PluginOptions", "section options table",
                               defaults=(MappingProxyType({}), True))):
    """What ``lintnews_options`` returns: a ``section`` name and its ``options``,
    a mapping of key to :class:`Option`.

    With ``table=False`` the section is not a table but a single value
    (an array of tables such as ``[[tool.lintnews.rules]]``), validated by
    the one option named ``""``.
    """

    __slots__ = ()

    def validate(self, value: Any, where: str) -> Any:
        if not self.table:
            opt = self.options[""]
            if value is None:  # absent: the default, as for a table's keys
                return opt.default
            return _check(opt, value, f"{self.section}", where)
        if value is None:
            value = {}
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: [tool.lintnews.{self.section}] must be a table")
        unknown = sorted(set(value) - set(self.options))
        if unknown:
            raise ConfigError(
                f"{where}: unknown key {unknown[0]!r} in [tool.lintnews.{self.section}] "
                f"(known: {', '.join(sorted(self.options)) or 'none'})")
        result = {}
        for key, opt in self.options.items():
            if key in value:
                result[key] = _check(opt, value[key], f"{self.section}.{key}", where)
            else:
                result[key] = opt.default
        return result


def _check(opt: Option, value: Any, key: str, where: str) -> Any:
    if opt.type is not None and not isinstance(value, opt.type):
        if not (opt.type is float and isinstance(value, int)):
            raise ConfigError(
                f"{where}: {key} must be of type {opt.type.__name__}, "
                f"not {type(value).__name__}")
    if opt.convert is not None:
        try:
            value = opt.convert(value)
        except (ValueError, TypeError) as exc:
            raise ConfigError(f"{where}: {key}: {exc}") from None
    return value
