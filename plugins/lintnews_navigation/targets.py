"""Keys that say which article a link's href points at (path, URL, slug).

Paths are compared as absolute paths (the collection hook runs in the main
process, in the directory the command was started from), so a file named
``content/a.md`` on the command line and ``./content/a.md`` by config
``collection`` are one article.
"""
from __future__ import annotations

import os

EXTENSIONS = (".md", ".markdown", ".html", ".htm", ".txt", ".text")


def _strip_ext(p: str) -> str:
    low = p.lower()
    for ext in EXTENSIONS:
        if low.endswith(ext):
            return p[: -len(ext)]
    return p


def _abs(path: str) -> str:
    return "path:" + _strip_ext(os.path.normcase(os.path.abspath(path))).rstrip("/\\")


def _url_key(url: str) -> str | None:
    from urllib.parse import urlsplit  # only when a link is resolved: keeps start-up lean

    path = urlsplit(url.strip()).path.rstrip("/")
    if path.endswith("/index.html") or path.endswith("/index.htm"):
        path = path.rsplit("/", 1)[0]
    path = _strip_ext(path).lower()
    return "url:" + path if path.strip("/") else None  # a site's home page names no article


def _slug(path: str) -> str | None:
    parts = [p for p in _strip_ext(path.replace("\\", "/")).split("/") if p and p not in (".", "..")]
    if not parts:
        return None
    seg = parts[-1]
    if seg.lower() == "index" and len(parts) > 1:
        seg = parts[-2]
    return "slug:" + seg.lower()


def href_keys(href: str, base_path: str = "", root: str = ".") -> list[str]:
    """Candidate keys for an href, most specific first: its URL path, the
    file it names relative to the linking article and to the repo root, and
    its last segment as a slug."""
    href = (href or "").strip()
    if not href:
        return []
    from urllib.parse import urlsplit

    parts = urlsplit(href)
    keys = [_url_key(href)]
    if not (parts.scheme or parts.netloc):
        path = parts.path
        if path and not path.startswith("/") and base_path:
            keys.append(_abs(os.path.join(os.path.dirname(base_path), path)))
        if path:
            keys.append(_abs(os.path.join(root or ".", path.lstrip("/"))))
    # A bare slug, a URL or a site path ends in the article's slug; a relative
    # file path ("../2022/x.md") names one file and does not fall back.
    bare = "/" not in parts.path.strip("/")
    slug = _slug(parts.path)
    if slug and (bare or parts.scheme or parts.netloc or parts.path.startswith("/")):
        keys.append(slug)
    return [k for k in dict.fromkeys(keys) if k]


def document_keys(path: str, url: str | None, slug: str | None) -> list[str]:
    """The keys an article answers to: its file, its URL, its slug and file stem."""
    keys = [_abs(path)]
    if url and _url_key(url):
        keys.append(_url_key(url))
    if slug:
        keys.append("slug:" + slug.strip().strip("/").lower())
    stem = _slug(path)
    if stem:
        keys.append(stem)
    return list(dict.fromkeys(keys))
