"""A small on-disk cache of the ``lintnews`` entry points (see ``finder._entry_points``).

Set ``LINTNEWS_NO_CACHE=1`` to bypass it. It lives in ``$LINTNEWS_CACHE_DIR``,
else ``$XDG_CACHE_HOME/lintnews``, else ``~/.cache/lintnews``, one file per
Python environment (so two virtual environments do not overwrite each other's).
Within one environment, the entries found are kept for each search path
(``sys.path``), the last few of them: the ``lintnews`` command and a program
that calls the API (a publish gate, a test run) see different paths, and
neither should make the other rescan every installed package. When the file
cannot be written, lintnews simply scans every time. The file is
``marshal``-ed, which needs no import to read.
"""
from __future__ import annotations

import marshal
import os
import sys

VERSION = 3
KEEP = 8  # search paths remembered per environment


def _folder() -> str:
    explicit = os.environ.get("LINTNEWS_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "lintnews")


def _key() -> str:
    parts = [str(VERSION), sys.prefix, sys.version]
    # sys.path[0] is the script's folder, or the working folder under `python -m`:
    # no distributions live there, and it differs between the two ways of running.
    for entry in sys.path[1:]:
        try:
            parts.append(f"{entry}\0{os.stat(entry or '.').st_mtime_ns}")
        except OSError:
            parts.append(f"{entry}\0-")
    return "\n".join(parts)


def _path() -> str:
    """``entry-points-<environment>.marshal``, the environment's prefix made a file name."""
    env = "".join(c if c.isalnum() else "_" for c in sys.prefix)[-120:]
    return os.path.join(_folder(), f"entry-points-{env}.marshal")


def load() -> list[list[str]] | None:
    """The cached entry points, if the cache was written for this very install."""
    if os.environ.get("LINTNEWS_NO_CACHE"):
        return None
    entries = _read(_path())
    items = entries.get(_key())
    if not isinstance(items, list) or not all(
            isinstance(i, list) and len(i) == 3 and all(isinstance(s, str) for s in i) for i in items):
        return None
    return items


def store(items: list[tuple[str, str, str]]) -> None:
    if os.environ.get("LINTNEWS_NO_CACHE"):
        return
    try:
        folder = _folder()
        os.makedirs(folder, exist_ok=True)
        path = _path()
        key = _key()
        entries = _read(path)
        entries.pop(key, None)
        entries[key] = [list(i) for i in items]  # the newest last
        for old in list(entries)[:-KEEP]:
            del entries[old]
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            marshal.dump({"prefix": sys.prefix, "entries": entries}, fh)
        os.replace(tmp, path)
    except OSError:
        return
    _forget_removed_environments(folder)


def _read(path: str) -> dict:
    """The file's entries by key, or {} (missing, unreadable, another version)."""
    try:
        with open(path, "rb") as fh:
            data = marshal.loads(fh.read())
        entries = data["entries"]
    except Exception:
        return {}
    return entries if isinstance(entries, dict) else {}


def _forget_removed_environments(folder: str) -> None:
    """Delete the caches of environments that no longer exist (throwaway
    virtualenvs, such as pre-commit's or tox's, come and go). Runs only when
    the cache was rewritten, which is rare."""
    try:
        names = [n for n in os.listdir(folder) if n.startswith("entry-points-")]
    except OSError:
        return
    for name in names:
        path = os.path.join(folder, name)
        try:
            with open(path, "rb") as fh:
                data = marshal.loads(fh.read())
            prefix = data["prefix"] if "prefix" in data else data["key"].split("\n")[1]
            if not os.path.isdir(prefix):
                os.remove(path)
        except Exception:  # unreadable or foreign: leave it
            continue
