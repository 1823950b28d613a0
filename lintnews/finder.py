"""Plugin discovery: entry points, modules named in config, the core's own plugins."""
from __future__ import annotations

import importlib
import os
import sys
from collections import namedtuple
from types import FunctionType, MethodType, ModuleType
from typing import Iterable

import pluggy

from . import hookspecs

ENTRY_POINT_GROUP = "lintnews"
CORE_PLUGINS = (
    ("lintnews.core", "lintnews.core_rules"),
    ("lintnews.parsers", "lintnews.parsers"),
    ("lintnews.formatting", "lintnews.formatting"),
)


def _module_marker(module: ModuleType, name: str, marker: str):
    """The options ``marker`` left on the function ``module.<name>``, if any."""
    value = module.__dict__.get(name)
    if not isinstance(value, (FunctionType, MethodType)):
        return None
    opts = getattr(value, marker, None)
    return opts if isinstance(opts, dict) else None


class _Manager(pluggy.PluginManager):
    """pluggy's manager, with a quicker look at modules.

    Registering a plugin or adding hook specifications, pluggy examines every
    name in ``dir(module)`` with ``inspect.getattr_static``; modules hold
    hundreds of imported names, and this cost about two milliseconds of every
    one-file run. A module attribute is never a descriptor, so reading the
    module's ``__dict__`` is equivalent. Classes and instances keep pluggy's
    own lookup.
    """

    def parse_hookimpl_opts(self, plugin: object, name: str):  # type: ignore[override]
        if isinstance(plugin, ModuleType):
            return _module_marker(plugin, name, "lintnews_impl")
        return super().parse_hookimpl_opts(plugin, name)

    def parse_hookspec_opts(self, module_or_class: object, name: str):  # type: ignore[override]
        if isinstance(module_or_class, ModuleType):
            return _module_marker(module_or_class, name, "lintnews_spec")
        return super().parse_hookspec_opts(module_or_class, name)


class PluginError(Exception):
    """A plugin could not be loaded or registered; the message says which and why."""


class LoadedPlugins:
    """The plugin manager and what loading the plugins found."""

    def __init__(self, manager: pluggy.PluginManager) -> None:
        self.manager = manager
        self.names: list[str] = []  # third-party and built-in, in load order
        self.versions: dict[str, str] = {}
        self.errors: list[str] = []  # plugins that failed to load


class EntryPoint(namedtuple("EntryPoint", "name value version")):
    """A ``lintnews`` entry point: its ``value`` is "module" or "module:attribute";
    ``version`` is its distribution's."""

    __slots__ = ()

    def load(self) -> object:
        module, _, attr = self.value.partition(":")
        obj = importlib.import_module(module.strip())
        for part in filter(None, attr.strip().split(".")):
            obj = getattr(obj, part)
        return obj


def _entry_points() -> list[EntryPoint]:
    """Every ``lintnews`` entry point, from a cache when the install has not changed.

    Scanning installed distributions imports importlib.metadata (with email,
    zipfile, csv ...), a large part of a one-file run in a pre-commit hook.
    The cache is keyed on the interpreter and the modification times of the
    folders on ``sys.path``, which change whenever a package is installed
    or removed.
    """
    from . import epcache

    cached = epcache.load()
    if cached is not None:
        return [EntryPoint(*item) for item in cached]
    from importlib.metadata import entry_points

    found = sorted({(ep.name, ep.value, ep.dist.version if ep.dist is not None else "")
                    for ep in entry_points(group=ENTRY_POINT_GROUP)})
    epcache.store(found)
    return [EntryPoint(*item) for item in found]


def load_plugins(config_plugins: Iterable[str] = (), plugin_paths: Iterable[str] = (),
                 root: str = ".", blocked: Iterable[str] = ()) -> LoadedPlugins:
    """Build the plugin manager with every plugin that is not blocked.

    A plugin that fails to import or does not match the hook specifications
    is left out and described in ``errors``; the others still load.
    """
    pm = _Manager("lintnews")
    pm.add_hookspecs(hookspecs)
    blocked = set(blocked)
    loaded = LoadedPlugins(pm)
    for name, module in CORE_PLUGINS:
        pm.register(importlib.import_module(module), name=name)
    for name in sorted(blocked):
        pm.set_blocked(name)

    for ep in sorted(_entry_points(), key=lambda e: e.name):
        if ep.name in blocked:
            continue
        try:
            plugin = ep.load()
        except Exception as exc:  # a plugin's own import failure
            loaded.errors.append(
                f"plugin {ep.name!r} (entry point {ep.value}) failed to import: "
                f"{type(exc).__name__}: {exc}")
            continue
        _register(loaded, plugin, ep.name, ep.version)

    extra = [os.path.realpath(os.path.join(root, p)) for p in plugin_paths]
    for folder in reversed(extra):
        if folder not in sys.path:
            sys.path.insert(0, folder)
    for modname in config_plugins:
        if modname in blocked or pm.has_plugin(modname):
            continue
        try:
            plugin = importlib.import_module(modname)
        except Exception as exc:
            hint = f" (searched plugin-paths: {', '.join(extra)})" if extra else ""
            loaded.errors.append(
                f"plugin {modname!r} named in config failed to import: "
                f"{type(exc).__name__}: {exc}{hint}")
            continue
        _register(loaded, plugin, modname, getattr(plugin, "__version__", ""))
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        name = pm.get_name(exc.plugin) or repr(exc.plugin)
        raise PluginError(f"plugin {name!r} implements an unknown hook: {exc}") from None
    return loaded


def _register(loaded: LoadedPlugins, plugin: object, name: str, version: str) -> None:
    try:
        loaded.manager.register(plugin, name=name)
    except pluggy.PluginValidationError as exc:
        loaded.errors.append(f"plugin {name!r} does not match the hook specifications: {exc}")
        return
    except ValueError as exc:  # already registered under another name
        loaded.errors.append(f"plugin {name!r} could not be registered: {exc}")
        return
    loaded.names.append(name)
    loaded.versions[name] = version


def call_each(pm: pluggy.PluginManager, hook_name: str, kwargs: dict):
    """Yield ``(plugin_name, impl_function, call_kwargs)`` for every implementation.

    In pluggy's call order, so the host can guard each plugin on its own
    (pluggy's own call stops at the first exception).
    """
    hook = getattr(pm.hook, hook_name)
    for impl in reversed(hook.get_hookimpls()):
        args = {name: kwargs[name] for name in impl.argnames if name in kwargs}
        yield impl.plugin_name, impl.function, args
