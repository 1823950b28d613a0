"""Path globs with real ``**``: ``content/**/*.md`` matches at any depth.

* ``**`` as a whole segment matches zero or more folders;
* ``*`` matches within one segment, ``?`` one character, ``[...]`` a class;
* a pattern without ``/`` matches the file's name in any folder;
* a pattern ending in ``/`` matches a folder and everything below it.
"""
from __future__ import annotations

import functools
import re


@functools.lru_cache(maxsize=512)
def compile_glob(pattern: str) -> re.Pattern[str]:
    pat = pattern.replace("\\", "/")
    if pat.startswith("./"):
        pat = pat[2:]
    if pat.endswith("/"):
        pat += "**"
    if "/" not in pat:
        pat = "**/" + pat
    out = []
    i = 0
    while i < len(pat):
        if pat.startswith("**/", i):
            out.append("(?:[^/]*/)*")
            i += 3
        elif pat.startswith("**", i):
            out.append(".*")
            i += 2
        elif pat[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pat[i] == "?":
            out.append("[^/]")
            i += 1
        elif pat[i] == "[":
            end = pat.find("]", i + 1)
            if end == -1:
                out.append(re.escape("["))
                i += 1
            else:
                body = pat[i + 1:end]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body}]")
                i = end + 1
        else:
            out.append(re.escape(pat[i]))
            i += 1
    return re.compile("".join(out) + r"\Z")


def glob_match(pattern: str, path: str) -> bool:
    """Whether a relative POSIX ``path`` matches ``pattern``."""
    path = path.replace("\\", "/")
    if path.startswith("./"):
        path = path[2:]
    return compile_glob(pattern).match(path) is not None
