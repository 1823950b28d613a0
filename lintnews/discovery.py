"""Which files a run lints: explicit paths, walked folders, ``exclude``."""
from __future__ import annotations

import os
from typing import Iterator

from .config import FORMAT_EXTENSIONS, Config

DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".tox", ".nox", ".venv", "venv", "node_modules",
                   "__pycache__", ".mypy_cache", ".pytest_cache", "site-packages")
STDIN = "-"


def _excluded(rel: str, name: str, config: Config) -> bool:
    if name in DEFAULT_EXCLUDE:
        return True
    if not config.exclude:
        return False
    from .globs import glob_match  # only runs that configure exclude need it

    return any(glob_match(p, rel) or glob_match(p.rstrip("/"), rel) for p in config.exclude)


def iter_paths(paths: list[str], config: Config) -> Iterator[str]:
    """Every file to lint, in a stable order; missing paths are yielded too
    (reading them reports LN001), so nothing is silently skipped."""
    if len(paths) == 1 and paths[0] != STDIN and os.path.isdir(paths[0]):
        # one folder (an archive): its walk names each file once, so nothing
        # need be remembered to leave out repeats, and memory stays flat
        yield from _walk(paths[0], config)
        return
    seen: set[str] = set()
    for path in paths:
        if path == STDIN:
            yield path
            continue
        if os.path.isdir(path):
            for found in _walk(path, config):
                if found not in seen:
                    seen.add(found)
                    yield found
        elif path not in seen:
            seen.add(path)
            yield path


def _walk(top: str, config: Config) -> Iterator[str]:
    visited: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(top, followlinks=False):
        try:
            st = os.stat(folder)
            key = (st.st_dev, st.st_ino)
            if key in visited:
                dirs[:] = []
                continue
            visited.add(key)
        except OSError:
            pass
        rel_folder = os.path.relpath(folder, top)
        dirs[:] = sorted(d for d in dirs if not _excluded(
            os.path.normpath(os.path.join(rel_folder, d)).replace(os.sep, "/"), d, config))
        for name in sorted(files):
            if os.path.splitext(name)[1].lower() not in FORMAT_EXTENSIONS:
                continue
            rel = os.path.normpath(os.path.join(rel_folder, name)).replace(os.sep, "/")
            if _excluded(rel, name, config):
                continue
            yield os.path.normpath(os.path.join(folder, name))


def collection_paths(config: Config) -> list[str]:
    """Files named by config ``collection`` globs, relative to the config's folder."""
    if not config.collection:
        return []
    from .globs import glob_match

    root = config.root
    found = []
    for path in _walk(root, config):
        rel = os.path.relpath(path, root).replace(os.sep, "/")
        if any(glob_match(p, rel) for p in config.collection):
            found.append(_display(path))
    return found


def _display(path: str) -> str:
    """A path as a user would type it: relative to the working folder when inside it."""
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel
