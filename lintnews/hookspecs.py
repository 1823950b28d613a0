"""The hooks a lintnews plugin implements: the whole contract, in one place.

A plugin is a module (or any object) with functions named after these
specifications and decorated with :data:`lintnews.hookimpl`.  It reaches
lintnews in one of three ways:

* an entry point in the ``lintnews`` group of an installed package::

      [project.entry-points.lintnews]
      mychecks = "mychecks.plugin"

* a module named in config, ``plugins = ["house_rules"]``, searched for also
  in the folders of ``plugin-paths`` (relative to the config file), so a
  newsroom can keep checks in its repo without packaging them;
* the built-in checks, which use entry points exactly as a third party would.

``-p no:NAME`` on the command line blocks a plugin by its name (the entry
point's name, or the module name for config plugins).

Hooks are called with keyword arguments; an implementation may accept any
subset of a spec's parameters, in any order.  Every hook that returns findings
may return a list or a generator: lintnews consumes it inside the plugin's own
error guard, so an exception raised mid-iteration is reported as an ``LN010``
finding on the file being checked, and the other plugins still run.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Sequence

import pluggy

if TYPE_CHECKING:
    from .config import Config
    from .document import Collection, Document
    from .finding import Finding
    from .formatting.base import Formatter
    from .options import PluginOptions
    from .rules import Rule

hookspec = pluggy.HookspecMarker("lintnews")


@hookspec
def lintnews_rules(config: "Config") -> "Sequence[Rule] | None":
    """Declare the rules this plugin owns.

    Called once per run, after the plugin's options are validated.

    :param config: the run's :class:`lintnews.config.Config`;
        ``config.plugin_options(section)`` gives the plugin's own table (a
        plugin whose rules come from configuration, such as house-style
        rules, declares them from there).
    :return: a sequence of :class:`lintnews.Rule`.  Every code is 1 to 3
        capital letters and 3 digits; all codes with one prefix belong to one
        plugin.  Two plugins claiming the same prefix is an error naming both
        (exit status 2).  The prefix ``LN`` is the core's own.
    """


@hookspec
def lintnews_options() -> "PluginOptions | None":
    """Declare this plugin's configuration table.

    Return a :class:`lintnews.PluginOptions` naming the section (the table
    ``[tool.lintnews.<section>]``) and its keys as :class:`lintnews.Option`.
    The core validates the table when config is loaded: an unknown key or a
    value of the wrong type is a config error naming the key and the file.
    The validated values, defaults filled in, are read back with
    ``config.plugin_options(section)`` in the other hooks.

    Return ``None`` if the plugin takes no options.
    """


@hookspec(firstresult=True)
def lintnews_parse(source: str, path: str, config: "Config") -> "Document | None":
    """Turn a decoded file into a :class:`lintnews.Document`.

    The first non-``None`` result wins, so a plugin can add a format (or
    take over one) by returning a Document for the paths it knows and
    ``None`` for the rest; the core's parsers for text, Markdown and HTML
    run last.  Build prose with :class:`lintnews.text.TextBuilder` so that
    positions map back into ``source``.

    :param source: the file's text, decoded (BOM removed).
    :param path: the display path (``--stdin-display-name`` for stdin);
        use its extension to decide the format.
    :param config: the run's configuration.
    """


@hookspec
def lintnews_check_document(document: "Document", config: "Config") -> "Iterable[Finding] | None":
    """Check one document and return (or yield) its findings.

    Called once per linted file, possibly in a worker process.  Files come
    in batches (up to 32): each plugin is called on every document of a
    batch, in file order, before the next plugin is, so a plugin must not
    count on another one having seen the same document between its calls
    (each document's findings still come in plugin order).  Build
    findings with ``document.finding(code, message, text, start, end,
    replacement=...)`` so positions are exact.  Only codes the plugin
    declared are accepted; the core applies select/ignore, per-file
    ignores, suppression comments and severity afterwards, so a check need
    not look at them.

    :param document: the parsed article; its prose is in ``document.body``
        and ``document.fields``, each a :class:`lintnews.text.Text` offering
        ``paragraphs``, ``sentences`` and ``lines`` as spans.
    :param config: the run's configuration (``config.plugin_options``).
    """


@hookspec
def lintnews_check_collection(collection: "Collection", config: "Config") -> "Iterable[Finding] | None":
    """Check what needs several documents at once.

    Called once per run, in the main process, after every file is checked,
    with the metadata of every parsed document (never its text): the linted
    files, plus the files named by config ``collection`` (those have
    ``linted=False``; they resolve links, but findings are reported only on
    linted files).

    ``collection.documents`` is a sequence of
    :class:`lintnews.DocumentSummary`, in the order the files were linted,
    then the extra files.  In a large run it is read back from a temporary
    file as it is iterated (the core holds the metadata of a bounded number
    of documents in memory, however many files a run lints), so:

    * iterate it, as many times as needed, rather than copying it into a
      list, and keep only the documents the check needs (for instance the
      ones that link to another, then, in a second pass, the ones those
      links could name);
    * two passes yield equal but not identical objects: key what is kept
      by position (``enumerate``) or by path, not by ``id``;
    * ``len(collection.documents)`` is cheap; indexing reads from the start.

    Findings are suppressed, filtered and sorted like any other, so they may
    be returned in any order.

    :param collection: a :class:`lintnews.document.Collection`.
    :param config: the run's configuration.
    """


@hookspec
def lintnews_output_formats() -> "Mapping[str, type[Formatter] | Callable[..., Formatter]] | None":
    """Add output formats: a mapping from a ``--format`` name to a
    :class:`lintnews.formatting.base.Formatter` subclass, or to any callable
    that takes the same arguments and returns one (so a rarely used format's
    module need not be imported by every run).

    A name already taken by another plugin or by the core is an error.
    """
