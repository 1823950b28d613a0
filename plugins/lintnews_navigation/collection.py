"""NAV020-NAV023: previous/next links checked across an editorial repo.

Works on metadata only (:class:`lintnews.DocumentSummary`): every link of a
linted article must resolve to an article of the collection, point the right
way in time, be answered by a link back, and show the linked article's real
title.  Findings go on the linted article, at the link, naming the other file.
"""
from __future__ import annotations

import os
from collections import defaultdict
from urllib.parse import urlsplit
from typing import Iterable, Iterator

from lintnews import Finding

from . import targets, titles
from .titles import short
from .article import is_local_href, same_target
from .links import Link, from_navlink, plausible

BACK = {"previous": "next", "next": "previous"}
LABEL = {"previous": "Previous", "next": "Next"}
FUZZY = 0.5  # word overlap above which a shown title names an article, if only one



def _name(doc) -> str:
    """How a message names another article: its path, relative to here when it
    was found by config ``collection`` as an absolute path."""
    path = doc.path
    if os.path.isabs(path):
        rel = os.path.relpath(path)
        if not rel.startswith(".."):
            return rel.replace(os.sep, "/")
    return path


class Index:
    """The articles of the collection that a link could name, by key, title and title words.

    Only articles that one of ``links`` (every link that will be resolved)
    could possibly resolve to are indexed: an archive of a million articles
    with a handful of Previous/Next links builds a handful of entries, so
    memory does not grow with the collection (which is read, not copied: a
    large run's collection is read back from disk). An article is kept when one of
    its keys (path, URL, slug, file stem) is a key of some link, its title is
    some link's title, or its title shares a word with some shown title that
    picks candidates (one in at most ``MAX_POSTING`` titles). Articles keep
    their position in the collection, so ties resolve as over the whole set.
    """

    MAX_POSTING = 200  # a word shared by more titles than this does not pick candidates

    def __init__(self, docs: Iterable, root: str = ".", links: Iterable = (),
                 known: dict[int, object] | None = None) -> None:
        """``docs`` is read twice when a shown title has words (once to count
        them, once to index), never copied; ``known`` maps positions to the
        objects to index there instead of the ones read (the linking
        articles, so that identity holds between a link's source and a target)."""
        self.root = root
        known = known or {}
        wanted_keys: set[str] = set()
        wanted_titles: set[str] = set()
        wanted_words: set[str] = set()
        for link, source in links:
            if link.href:
                wanted_keys.update(targets.href_keys(link.href, source.path, root))
            for value in (link.shown_title(), link.href):
                if value:
                    wanted_titles.add(titles.normalize(value))
            if link.shown_title():
                wanted_words.update(titles.normalize(link.shown_title()).split())
        counts: dict[str, int] = dict.fromkeys(wanted_words, 0)
        if wanted_words:
            for doc in docs:
                if doc.title:
                    for w in set(titles.normalize(doc.title).split()) & wanted_words:
                        counts[w] += 1
        picking = {w for w, n in counts.items() if n <= self.MAX_POSTING}
        self.by_key: dict[str, list] = defaultdict(list)
        self.by_title: dict[str, list] = defaultdict(list)
        self.by_word: dict[str, list[int]] = defaultdict(list)
        self.entries: dict[int, tuple] = {}  # position -> (article, its title words)
        for i, doc in enumerate(docs):
            doc = known.get(i, doc)
            for key in targets.document_keys(doc.path, doc.url, doc.slug):
                if key in wanted_keys and doc not in self.by_key[key]:
                    self.by_key[key].append(doc)
            if not doc.title:
                continue
            title = titles.normalize(doc.title)
            if title in wanted_titles:
                self.by_title[title].append(doc)
            words = frozenset(title.split())
            shared = words & picking
            if shared:
                self.entries[i] = (doc, words)
                for w in shared:
                    self.by_word[w].append(i)

    def resolve(self, link: Link, source) -> tuple[list, str]:
        """The articles a link names and how it was matched: ``"href"``,
        ``"title"`` or ``"fuzzy"``; ``([], "")`` when nothing matches."""
        if link.href:
            for key in targets.href_keys(link.href, source.path, self.root):
                found = self.by_key.get(key)
                if found:
                    return found, "href"
        for value in (link.shown_title(), link.href):
            if value:
                found = self.by_title.get(titles.normalize(value))
                if found:
                    return found, "title"
        shown = link.shown_title()
        if shown:
            return self._closest(shown, source)
        return [], ""

    def _closest(self, shown: str, source) -> tuple[list, str]:
        """A shortened ("...") or edited title: the one article it matches or
        is clearly closest to."""
        words = frozenset(titles.normalize(shown).split())
        candidates = set()
        for w in words:
            candidates.update(self.by_word.get(w, ()))  # only words that pick candidates
        if titles.truncated(shown):
            hits = [self.entries[i][0] for i in sorted(candidates)
                    if titles.titles_match(shown, self.entries[i][0].title)]
            if hits:
                return hits, "title"
        scored = []
        for i in candidates:
            doc, other = self.entries[i]
            if doc is source:
                continue
            scored.append((len(words & other) / len(words | other), i))
        scored.sort(reverse=True)
        if scored and scored[0][0] >= FUZZY and (len(scored) < 2 or scored[1][0] < scored[0][0]):
            return [self.entries[scored[0][1]][0]], "fuzzy"
        return [], ""


def _finding(doc, link: Link, code: str, message: str) -> Finding:
    width = len(link.text or link.href) or 1
    return Finding(doc.path, link.line, link.col, code, message, link.line, link.col + width)


def _links(doc) -> list[Link]:
    links = (from_navlink(n) for n in doc.nav_links if n.rel in BACK)
    return [l for l in links if plausible(l) and not is_local_href(l.href)]


def check_collection(collection, config) -> Iterator[Finding]:
    docs = collection.documents  # may be read from disk: read it, never copy it
    if len(docs) < 2:
        return
    # the articles that link to another (usually few), by position
    linking: dict[int, tuple] = {}
    for i, d in enumerate(docs):
        if d.nav_links:
            found = _links(d)
            if found:
                linking[i] = (d, found)
    if not linking:  # no article links to another: nothing to resolve
        return
    links_of = {id(d): found for d, found in linking.values()}
    index = Index(docs, getattr(config, "root", ".") or ".",
                  ((link, d) for d, found in linking.values() for link in found),
                  known={i: d for i, (d, _) in linking.items()})
    declared = bool(getattr(config, "collection", ()))
    resolved_cache: dict[tuple[int, int], object] = {}

    def resolve_one(doc, link):
        key = (id(doc), id(link))
        if key not in resolved_cache:
            found, how = index.resolve(link, doc)
            resolved_cache[key] = (found[0], how) if len(found) == 1 else (None, how if found else "")
        return resolved_cache[key]

    for doc, doc_links in linking.values():
        if not doc.linted:
            continue
        resolved_pairs = {}
        for link in doc_links:
            if not link.target:
                continue
            found, how = index.resolve(link, doc)
            if len(found) != 1:
                if declared or found or _missing_file(doc, link):
                    yield _unresolved(doc, link, found)
                continue
            target = found[0]
            if target is doc or target.path == doc.path:
                continue  # NAV012, reported by the article check
            resolved_pairs.setdefault(link.rel, []).append((link, target))
            yield from _order(doc, link, target)
            yield from _title(doc, link, target, how)
            yield from _reciprocal(doc, link, target, links_of.get(id(target), []), resolve_one)
        yield from _same(doc, resolved_pairs)


def _missing_file(doc, link: Link) -> bool:
    """Without a declared collection, only a front-matter link naming a file
    that does not exist is known to be broken: a slug or a title may name an
    article that simply was not linted in this run."""
    if link.origin != "front-matter" or not link.href:
        return False
    parts = urlsplit(link.href)
    if parts.scheme or parts.netloc or not parts.path:
        return False
    path = parts.path
    if not (path.lower().endswith(targets.EXTENSIONS) or "/" in path.strip("/")):
        return False
    base = os.path.dirname(doc.path) if not path.startswith("/") else ""
    return not os.path.exists(os.path.join(base, path.lstrip("/") if not base else path))


def _unresolved(doc, link: Link, found: list) -> Finding:
    what = short(link.target)
    if found:
        names = ", ".join(_name(d) for d in found[:3])
        return _finding(doc, link, "NAV020",
                        f'{LABEL[link.rel]} article "{what}" is ambiguous: it matches {names}')
    return _finding(doc, link, "NAV020",
                    f'{LABEL[link.rel]} article "{what}" is not an article in the collection')


def _order(doc, link: Link, target) -> Iterator[Finding]:
    if doc.date is None or target.date is None:
        return
    if link.rel == "previous" and target.date > doc.date:
        yield _finding(doc, link, "NAV021",
                       f"Previous article {_name(target)} ({target.date.isoformat()}) is newer "
                       f"than this article ({doc.date.isoformat()})")
    elif link.rel == "next" and target.date < doc.date:
        yield _finding(doc, link, "NAV021",
                       f"Next article {_name(target)} ({target.date.isoformat()}) is older "
                       f"than this article ({doc.date.isoformat()})")


def _title(doc, link: Link, target, how: str) -> Iterator[Finding]:
    shown = link.shown_title()
    if not shown or not target.title or how == "title":
        return
    if titles.titles_match(shown, target.title):
        return
    yield _finding(doc, link, "NAV023",
                   f'{LABEL[link.rel]}-article link shows "{short(shown, 100)}" but {_name(target)} '
                   f'is titled "{short(target.title, 100)}"')


def _reciprocal(doc, link: Link, target, target_links: list[Link], resolve_one) -> Iterator[Finding]:
    back = BACK[link.rel]
    backs = [l for l in target_links if l.rel == back]
    if not backs:
        if target_links:  # the target takes part in navigation but has no link back
            yield _finding(doc, link, "NAV022",
                           f"{LABEL[link.rel]} article {_name(target)} has no {back} link "
                           "back to this article")
        return
    others = []
    for b in backs:
        if not b.target:  # a bare "Previous article" label: where it leads is unknown
            continue
        other, _ = resolve_one(target, b)
        if other is None:
            continue
        if other is doc or other.path == doc.path:
            return
        others.append(other)
    if others:
        yield _finding(doc, link, "NAV022",
                       f"{LABEL[link.rel]} article {_name(target)} links back as {back} to "
                       f"{_name(others[0])}, not to this article")


def _same(doc, pairs: dict) -> Iterator[Finding]:
    for nlink, ntarget in pairs.get("next", ()):
        for plink, ptarget in pairs.get("previous", ()):
            if ntarget is ptarget and not same_target(plink, nlink, doc.path):
                yield _finding(doc, nlink, "NAV011",
                               f"Previous and Next both link to {_name(ntarget)} "
                               f"(previous at line {plink.line})")
                return
