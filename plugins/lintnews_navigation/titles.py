"""Titles as navigation links show them: outlet suffixes, normalisation, matching."""
from __future__ import annotations

from functools import cache, lru_cache

import regex

from lintnews.patterns import compile as cached_compile

# Words that make the last " – "-separated part of a title an outlet's name.
_OUTLET_WORDS = (
    "news|times|post|herald|journal|tribune|guardian|telegraph|gazette|daily|express|mail"
    "|reuters|bloomberg|associated press|ap|afp|upi|bbc|cnn|fox|nbc|cbs|abc|msnbc|sky|al jazeera"
    "|tv|radio|online|insider|observer|chronicle|standard|independent|mirror|magazine|press"
    "|wire|weekly|monitor|today|sabc|enca|dispatch|sun|star|inquirer|bulletin|courier|record"
    "|examiner|reporter|review|politico|axios|vox|wired|forbes|fortune|economist|npr|pbs"
)


@cache
def _separator():
    # " – ", " — ", " - ", " | ", " :: " between title parts.
    return cached_compile(r"[ \t]+(?:[–—|-]|::)[ \t]+")


@cache
def _outlet_word():
    return cached_compile(rf"(?i)\b(?:{_OUTLET_WORDS})\b")


@cache
def _domain():
    return cached_compile(r"(?i)^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|co|news|info|tv)(?:\.[a-z]{2})?$")


@cache
def _name_word():
    # A word of a proper name: capitalised, all capitals, a digit, or a joining word.
    return cached_compile(r"(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*|of|the|de|la|&|and|on)")


def outlet_suffix(title: str) -> tuple[int, str] | None:
    """The outlet name a title ends with ("… – SABC News"), as (offset, name)."""
    parts = list(_separator().finditer(title))
    if not parts:
        return None
    sep = parts[-1]
    head, name = title[: sep.start()], title[sep.end():].strip()
    if len(head.split()) < 2 or not name:
        return None
    words = name.split()
    if len(words) > 5 or not all(_name_word().fullmatch(w) for w in words):
        return None
    if not (_outlet_word().search(name) or _domain().match(name)):
        return None
    return sep.end() + (len(title[sep.end():]) - len(title[sep.end():].lstrip())), name


def squash(name: str) -> str:
    """A name reduced to its letters and digits, lower-cased, without a leading "the"."""
    s = name.casefold().strip()
    if s.startswith("the "):
        s = s[4:]
    return "".join(ch for ch in s if ch.isalnum())


def same_outlet(a: str, b: str) -> bool:
    """Whether two outlet names (or a name and its domain) are the same outlet.

    "SABC News", "sabcnews.com" and "The SABC News" are one outlet; so are a
    name and a longer form of it ("Reuters" and "Reuters UK").
    """
    x, y = _bare(a), _bare(b)
    if not x or not y:
        return True
    return x == y or x.startswith(y) or y.startswith(x)


def _bare(name: str) -> str:
    s = name.strip().casefold()
    s = regex.sub(r"^(?:https?://)?(?:www\.)?", "", s)
    s = regex.sub(r"(?:\.(?:com|net|org|co|news|info|tv))(?:\.[a-z]{2})?/?$", "", s)
    return squash(s)


def strip_outlet(title: str) -> str:
    if outlet_suffix(title) is None:
        return title
    last = list(_separator().finditer(title))[-1]
    return title[: last.start()]


@lru_cache(maxsize=4096)
def normalize(title: str) -> str:
    """A title reduced for comparison: outlet suffix, case, punctuation and ellipsis dropped."""
    t = strip_outlet(title.strip()).rstrip(" .…")
    return " ".join(_non_word().split(t.casefold())).strip()


@cache
def _non_word():
    return cached_compile(r"[^\p{L}\p{N}]+")


def truncated(title: str) -> bool:
    return title.rstrip().endswith(("…", "..."))


@cache
def _glued_label():
    # "PrevBusiness Focus", "How to Adopt a MindsetNext": a theme's arrow label run into the title
    return cached_compile(r"^(?i:previous|prev|next)(?=\p{Lu})|(?<=[\p{Ll}\p{N}.?!])(?i:next|previous|prev)$")


@cache
def _last_segment():
    # "Title - Jeongdong Theater", "Title | Site": a page <title> often ends with its site
    return cached_compile(r"\s+[-–—|:·]\s+[^-–—|:·]{1,60}$")


def titles_match(shown: str, real: str) -> bool:
    """Whether a link's text shows the real title (allowing a truncated "…" title,
    a glued Prev/Next label, and a site name after the page's own title)."""
    a = normalize(_glued_label().sub("", shown.strip()))
    b = normalize(real)
    if not a or not b:
        return False
    if a == b or normalize(_last_segment().sub("", real.strip())) == a:
        return True
    return truncated(shown) and len(a) >= 15 and b.startswith(a)


def short(s: str, limit: int = 60) -> str:
    """Text for a message: blanks collapsed, cut with "…" beyond ``limit``."""
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"
