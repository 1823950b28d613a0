"""Compile ``regex`` patterns once per install, not once per run.

The ``regex`` module parses and compiles a pattern in Python; a linter with
a hundred patterns spends most of a one-file run (a pre-commit hook on one
article) compiling them. :func:`compile` keeps the compiled program (the
list of opcodes ``regex`` hands to its C engine) in an on-disk cache keyed
by the pattern, its flags and the ``regex`` version, much as Python keeps
``.pyc`` files. The file is a ``marshal``-ed dict of ``marshal``-ed programs:
loading it costs little, and only the programs a run asks for are decoded. It falls back to ``regex.compile`` whenever anything about
the cache is unexpected, so results never depend on it.

:func:`compile_re` does the same for the standard library's ``re``.
Plugins may use both: ``from lintnews.patterns import compile, compile_re``.

On hot paths (a call per word, number or line), the built-in checks pass the
``regex`` module's ``concurrent`` argument as ``False`` and by position:
``p.match(s, pos, endpos, False)``, ``p.finditer(s, pos, endpos, False, False)``
(``overlapped``, then ``concurrent``). Left out, every match on a ``str``
releases and takes back the GIL; given as a keyword, parsing it costs more than
a short match (callgrind: about 1,100 and 2,300 instructions a call). ``re``
patterns take no such argument.
Set ``LINTNEWS_NO_CACHE=1`` to bypass it.
"""
from __future__ import annotations

import atexit
import os
import marshal
import threading
from typing import Any

import re
import sys

import regex
from regex import _main as _regex_main

if sys.version_info >= (3, 11):
    from re import _compiler as _re_compiler
else:  # pragma: no cover - Python 3.10
    import sre_compile as _re_compiler

from .epcache import _folder

_lock = threading.Lock()
_entries: dict[str, bytes] | None = None
_dirty = False
_owner_pid = os.getpid()
_VERSION = 3
#: Past this many programs the cache starts afresh, so entries for patterns an
#: upgrade no longer uses do not pile up for ever.
MAX_ENTRIES = 2000


def _cache_file() -> str:
    """One file per lintnews, regex and Python version: an upgrade starts afresh
    rather than carrying the programs of patterns it no longer has."""
    from . import __version__

    py = f"{sys.version_info[0]}{sys.version_info[1]}"
    return os.path.join(_folder(), f"patterns-{__version__}-{regex.__version__}-py{py}-{_VERSION}.marshal")


def _load() -> dict[str, bytes]:
    global _entries
    if _entries is None:
        try:
            with open(_cache_file(), "rb") as fh:
                data = marshal.loads(fh.read())
            _entries = data if isinstance(data, dict) and len(data) <= MAX_ENTRIES else {}
        except Exception:  # missing, unreadable or from another version: start afresh
            _entries = {}
        atexit.register(_save)
    return _entries


def _save() -> None:
    if not _dirty or _entries is None or os.getpid() != _owner_pid:
        return
    try:
        os.makedirs(_folder(), exist_ok=True)
        path = _cache_file()
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            marshal.dump(_entries, fh)
        os.replace(tmp, path)
    except Exception:
        pass


class _Capture:
    """Stands in for regex's C module during one compile, to record the program."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.args: tuple | None = None

    def compile(self, *args: Any) -> Any:
        self.args = tuple(_plain(a) for a in args)
        return self.real.compile(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def _plain(value: Any) -> Any:
    """Flags and opcodes arrive as int subclasses (enums, named constants): keep plain
    ints, which ``marshal`` can store."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    return value


def _cached(key: str, engine: Any, attr: str, build: Any, fallback: Any) -> Any:
    """The pattern for ``key``: rebuilt from the cached program, or compiled by
    ``build()`` while ``engine.<attr>`` (the C module) is swapped for a capture.
    ``fallback()`` compiles without the cache when the engine's internals differ."""
    global _dirty
    with _lock:
        entries = _load()
        cached = entries.get(key)
        real = getattr(engine, attr)
        if cached is not None:
            try:
                return real.compile(*marshal.loads(cached))
            except Exception:  # a damaged entry or changed internals: compile afresh
                entries.pop(key, None)
        capture = _Capture(real)
        setattr(engine, attr, capture)
        try:
            compiled = build()
        except TypeError:  # a private signature changed: plain compile, no cache
            setattr(engine, attr, real)
            return fallback()
        finally:
            setattr(engine, attr, real)
        if capture.args is not None:
            try:
                entries[key] = marshal.dumps(capture.args)
                _dirty = True
            except ValueError:  # an argument marshal cannot store: leave it uncached
                pass
        return compiled


_DISABLED = bool(os.environ.get("LINTNEWS_NO_CACHE"))


def compile(pattern: str, flags: int = 0, **named_lists: Any) -> "regex.Pattern":
    """``regex.compile(pattern, flags, **named_lists)``, served from the cache when possible."""
    if _DISABLED or not isinstance(pattern, str):
        return regex.compile(pattern, flags, **named_lists)
    key = repr((pattern, int(flags), sorted((k, sorted(map(str, v))) for k, v in named_lists.items()),
                regex.DEFAULT_VERSION))
    return _cached(key, _regex_main, "_regex",
                   lambda: _regex_main._compile(pattern, flags, False, named_lists, False),
                   lambda: regex.compile(pattern, flags, **named_lists))


def compile_re(pattern: str, flags: int = 0) -> "re.Pattern[str]":
    """``re.compile(pattern, flags)``, served from the cache when possible."""
    if _DISABLED or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    return _cached("re:" + repr((pattern, int(flags))), _re_compiler, "_sre",
                   lambda: _re_compiler.compile(pattern, flags),
                   lambda: re.compile(pattern, flags))
