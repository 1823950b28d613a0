"""Line patterns for navigation and promo debris, compiled on first use.

Every pattern is anchored at the start of one line and bounded, so a 10 MB
line or a million short lines cost linear time.
"""
from __future__ import annotations

from functools import cache

import regex

from lintnews.patterns import compile as cached_compile

# Characters a scraper or Markdown list leaves before a label: bullets,
# quote markers, arrows and chevrons.
_LEAD = r"[ \t]*(?:[-*+•>«‹<←][ \t]*){0,3}"


@cache
def candidate_line():
    """Where a debris line may start: a line whose first word (after blanks,
    bullets and arrows) is one that some debris pattern begins with.  Testing
    a line with this one pattern first keeps ordinary prose lines cheap."""
    return cached_compile(_LEAD + r"(?:" + "|".join(CANDIDATE_WORDS) + ")", regex.IGNORECASE)


#: The words candidate_line() looks for (lower case, ASCII), in its order.
CANDIDATE_WORDS = ("previous", "prev", "next", "older", "newer", "article", "post", "story",
                   "entry", "read", "also", "see", "related", "more", "you", "recommended",
                   "click", "share", "ad", "advert", "advertisement", "continue", "source")


@cache
def nav_label():
    """A "Previous article" / "Next post" label at the start of a line.

    Groups: ``dir`` (previous or next word), ``label``, ``sep`` (what follows
    the label: spaces or punctuation, possibly nothing), ``rest`` (the rest
    of the line).
    """
    return cached_compile(
        _LEAD
        + r"(?P<label>(?P<dir>previous|prev|next|older|newer)[ \t]+"
        r"(?:article|post|story|entry|item)(?P<plural>s)?)"
        r"(?P<sep>[ \t]*(?:[:»›>→|–—-]+[ \t]*)?)(?P<rest>.*)",
        regex.IGNORECASE,
    )


@cache
def nav_split():
    """The two halves of a navigation label broken over two lines
    ("Previous" / "Story"): ``first`` matches the first line, ``second`` the next."""
    first = cached_compile(r"[ \t]*(?:[«‹<←][ \t]*)?(?P<dir>previous|prev|next|older|newer)[ \t]*",
                          regex.IGNORECASE)
    second = cached_compile(r"[ \t]*(?:article|post|story|entry)[ \t]*(?:[»›>→][ \t]*)?",
                           regex.IGNORECASE)
    return first, second


@cache
def related_label():
    """A "READ ALSO: …" / "Related Articles" promo label at the start of a line.

    ``label`` is the promo word(s); the caller decides from ``sep`` and
    ``rest`` whether the line is promo (a separator, or the label alone).
    """
    return cached_compile(
        _LEAD
        + r"(?P<label>read[ \t]+also|also[ \t]+read|see[ \t]+also|read[ \t]+more"
        r"|related(?:[ \t]+(?P<noun>articles?|stories|story|posts?|links|coverage|content"
        r"|reading|news|videos?|topics))?"
        r"|more[ \t]+stories|you[ \t]+may[ \t]+also[ \t]+like|recommended[ \t]+(?:articles|stories|reading))"
        r"(?P<sep>[ \t]*(?:[:|»>–—-]+[ \t]*)?)(?P<rest>.*)",
        regex.IGNORECASE,
    )


SOCIAL = (r"facebook|twitter|x|email|e-mail|print|whatsapp|linkedin|pinterest|reddit|tumblr"
          r"|telegram|pocket|messenger|flipboard|google\+|google[ \t]+plus|mastodon|threads"
          r"|bluesky|sms|copy[ \t]+link")


@cache
def share_label():
    """Share buttons: "Share this:", "Share on Facebook", "Click to share on Twitter"."""
    return cached_compile(
        _LEAD
        + r"(?P<label>click[ \t]+to[ \t]+share[ \t]+on[ \t]+(?:" + SOCIAL + r")"
        r"(?:[ \t]*\(opens[ \t]+in[ \t]+new[ \t]+window\))?"
        r"|share[ \t]+(?:this[ \t]+)?(?:on|with|via)[ \t]+(?:" + SOCIAL + r")"
        r"|share[ \t]+this(?:[ \t]+(?:article|story|post|page|link|on))?[ \t]*[:!—–-]?"
        r"|share[ \t]*:)"
        r"(?P<rest>.*)",
        regex.IGNORECASE,
    )


@cache
def share_button():
    """A line that is only a share button's name (inside a share block)."""
    return cached_compile(
        r"[ \t]*(?:" + SOCIAL + r"|tweet|share|more|like(?:[ \t]+this)?:?|like|loading\.*"
        r"|all[ \t]+sharing[ \t]+options(?:[ \t]+for:?)?)[ \t]*",
        regex.IGNORECASE,
    )


@cache
def ad_marker():
    """An advertisement marker: "ADVERTISEMENT", "Continue reading the main story"."""
    return cached_compile(
        _LEAD
        + r"(?P<label>(?:(?-i:AD|ADVERT|Advert)"
        r"|advertisement(?:[ \t]+advertisement)*"
        r"(?:[ \t]*[-–—:][ \t]*scroll[ \t]+to[ \t]+continue)?"
        r"(?:[ \t]+continue[ \t]+reading[ \t]+the[ \t]+main[ \t]+story)?"
        r"|continue[ \t]+reading[ \t]+the[ \t]+main[ \t]+story"
        r"|(?:story|article)[ \t]+continues[ \t]+(?:below|after)(?:[ \t]+(?:this|the))?"
        r"(?:[ \t]+(?:advertisement|advert|ad))?))[ \t]*",
        regex.IGNORECASE,
    )


@cache
def source_credit():
    """An auto-blog credit line: "Source by [author_name]", "Source link"."""
    return cached_compile(
        _LEAD + r"(?P<label>source[ \t]+by|source[ \t]+link)(?P<rest>.*)",
        regex.IGNORECASE,
    )


@cache
def sentence_start():
    """Text after a label that reads as the rest of a sentence, not a title."""
    return cached_compile(r"[\p{Ll}]")


@cache
def not_a_title():
    """Lines under a navigation label that are page chrome, not a linked title."""
    return cached_compile(
        r"(?:leave[ \t]+a[ \t]+(?:reply|comment)|you[ \t]+might[ \t]+also[ \t]+like|comments?"
        r"|\d+[ \t]+comments?|responses?|home|subscribe|sign[ \t]+up|log[ \t]+in"
        r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2},?[ \t]+\d{4}"
        r"|\d{1,2}[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{4}"
        r"|[\d/.: -]+)[ \t]*$",
        regex.IGNORECASE,
    )
