"""Keys that say which article a link's href points at (slug, path, URL)."""
from __future__ import annotations

import posixpath
from urllib.parse import urlsplit

_EXTENSIONS = (".md", ".markdown", ".html", ".htm", ".txt", ".text")


def _strip_ext(p: str) -> str:
    low = p.lower()
    for ext in _EXTENSIONS:
        if low.endswith(ext):
            return p[: -len(ext)]
    return p


def href_keys(href: str, base_path: str = "") -> list[str]:
    """Candidate keys for an href: its URL path, its path relative to the
    linking file, and its last segment (a slug), most specific first."""
    href = (href or "").strip()
    if not href:
        return []
    parts = urlsplit(href)
    path = parts.path if (parts.scheme or parts.netloc) else href.split("#")[0].split("?")[0]
    path = path.replace("\\", "/")
    keys = []
    if parts.scheme or parts.netloc:
        keys.append("url:" + _url_key(href))
    else:
        if base_path:
            joined = posixpath.normpath(posixpath.join(posixpath.dirname(base_path.replace("\\", "/")), path))
            keys.append("path:" + _strip_ext(joined).lower())
        keys.append("path:" + _strip_ext(posixpath.normpath(path.lstrip("/"))).lower())
        keys.append("url:" + _url_key(href))
    seg = path.rstrip("/").rsplit("/", 1)[-1]
    seg = _strip_ext(seg)
    if seg.lower() in ("index", ""):
        seg = path.rstrip("/").rsplit("/", 2)[-2] if path.count("/") >= 1 else seg
    if seg:
        keys.append("slug:" + seg.lower())
    return keys


def _url_key(url: str) -> str:
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/")
    path = _strip_ext(path[:-len("/index.html")] if path.endswith("/index.html") else path)
    return path.lower()


def document_keys(path: str, url: str | None, slug: str | None) -> list[str]:
    """The keys an article answers to."""
    keys = []
    p = _strip_ext(posixpath.normpath(path.replace("\\", "/"))).lower()
    keys.append("path:" + p)
    keys.append("path:" + p.lstrip("./"))
    if url:
        keys.append("url:" + _url_key(url))
    if slug:
        keys.append("slug:" + slug.strip().strip("/").lower())
    stem = p.rsplit("/", 1)[-1]
    if stem == "index" and "/" in p:
        stem = p.rsplit("/", 2)[-2]
    keys.append("slug:" + stem)
    return list(dict.fromkeys(keys))
