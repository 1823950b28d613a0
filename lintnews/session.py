"""One configured run: the config, the plugins, their rules, the style guide."""
from __future__ import annotations

import os
from typing import Any

import pluggy

from .config import (Config, apply_plugin_tables, build_config, find_config_file,
                     read_config_file)
from .finder import LoadedPlugins, PluginError, call_each, load_plugins
from .options import ConfigError, PluginOptions
from .rules import RuleError, RuleRegistry
from .style_guide import StyleGuide

CODE_LIST_KEYS = ("select", "ignore", "extend-select", "extend-ignore")


class Session:
    """One configured run: built by :meth:`create`, used by the runner and the CLI."""

    def __init__(self, config: Config, plugins: LoadedPlugins, registry: RuleRegistry,
                 style: StyleGuide, formats: dict[str, Any], errors: list[str]) -> None:
        self.config = config
        self.plugins = plugins
        self.registry = registry
        self.style = style
        self.formats = formats
        self.errors = errors  # plugin problems: exit status 2

    @property
    def pm(self) -> pluggy.PluginManager:
        return self.plugins.manager

    @classmethod
    def create(cls, overrides: dict[str, Any] | None = None, *, config_file: str | None = None,
               isolated: bool = False, cwd: str | None = None,
               blocked: tuple[str, ...] = (), defaults: dict[str, Any] | None = None) -> "Session":
        """Load config (file, then ``overrides`` from the command line or API) and plugins.

        ``defaults`` (config-file form) stand beneath the config file: the
        command line's own defaults, where they differ from the API's.

        Raises :class:`ConfigError` or :class:`PluginError` with a message for the user.
        """
        overrides = dict(overrides or {})
        cwd = cwd or os.getcwd()
        raw: dict[str, Any] = {}
        where = "defaults"
        root = cwd
        if config_file:
            if not os.path.isfile(config_file):
                raise ConfigError(f"{config_file}: config file not found")
            raw, where = read_config_file(config_file), config_file
            root = os.path.dirname(os.path.realpath(config_file))
        elif not isolated:
            found = find_config_file(cwd)
            if found is not None:
                raw, where, root = read_config_file(found), found, os.path.dirname(found)
        base = build_config(defaults, "defaults") if defaults else None
        config = build_config(raw, where, base).with_(
            config_file=None if where == "defaults" else where, root=root)
        config = build_config(overrides, "command line", config)
        config = config.with_(blocked_plugins=tuple(blocked))
        plugins = load_plugins(config.plugins, config.plugin_paths, config.root, blocked)
        errors = list(plugins.errors)

        schemas: dict[str, PluginOptions] = {}
        for plugin, func, args in call_each(plugins.manager, "lintnews_options", {}):
            try:
                schema = func(**args)
            except Exception as exc:
                raise PluginError(f"plugin {plugin!r} crashed declaring its options: "
                                  f"{type(exc).__name__}: {exc}") from None
            if schema is None:
                continue
            if not isinstance(schema, PluginOptions):
                raise PluginError(f"plugin {plugin!r} returned {type(schema).__name__} from "
                                  "lintnews_options, not a lintnews.PluginOptions")
            if schema.section in schemas:
                raise PluginError(f"two plugins declare the config table "
                                  f"[tool.lintnews.{schema.section}]")
            schemas[schema.section] = schema
        config = apply_plugin_tables(config, raw, where, schemas)

        registry = RuleRegistry()
        for plugin, func, args in call_each(plugins.manager, "lintnews_rules", {"config": config}):
            try:
                rules = list(func(**args) or ())
                for rule in rules:
                    registry.add(plugin, rule)
            except RuleError as exc:
                raise PluginError(str(exc)) from None
            except Exception as exc:
                errors.append(f"plugin {plugin!r} crashed declaring its rules: "
                              f"{type(exc).__name__}: {exc}; it is disabled for this run")
                plugins.manager.unregister(name=plugin)

        _check_codes(registry, raw, where)
        _check_codes(registry, overrides, "command line")

        formats: dict[str, Any] = {}  # name -> Formatter class or factory
        for plugin, func, args in call_each(plugins.manager, "lintnews_output_formats", {}):
            for name, formatter in dict(func(**args) or {}).items():
                if name in formats:
                    raise PluginError(f"plugin {plugin!r} adds output format {name!r}, "
                                      "which another plugin already adds")
                formats[name] = formatter
        if config.format not in formats:
            raise ConfigError(f"unknown format {config.format!r} (known: {', '.join(sorted(formats))})")
        return cls(config, plugins, registry, StyleGuide(config, registry), formats, errors)


def _check_codes(registry: RuleRegistry, raw: dict[str, Any], where: str) -> None:
    """Every code or prefix named in select/ignore/severity must match a rule."""
    named: list[tuple[str, str]] = []
    for key in CODE_LIST_KEYS:
        value = raw.get(key)
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        for code in value or ():
            named.append((key, str(code).upper()))
    for code in (raw.get("severity") or {}):
        named.append(("severity", str(code).upper()))
    pfi = raw.get("per-file-ignores")
    if isinstance(pfi, dict):
        for pattern, codes in pfi.items():
            for code in ([codes] if isinstance(codes, str) else codes):
                named.append((f"per-file-ignores {pattern!r}", str(code).upper()))
    for key, code in named:
        if code and not registry.matches_any(code):
            raise ConfigError(f"{where}: {key}: unknown rule code {code!r} "
                              "(see lintnews --list-rules)")
