"""The on-disk caches (entry points, compiled patterns) never change a result."""
from __future__ import annotations

import json
import os
import subprocess
import sys

SCRIPT = r'''
import json, sys, regex
from lintnews import patterns
cases = [
    (r"(?<![\w$])(?P<year>(?:1[89]|20)[0-9]{2})s?\b", regex.I),
    (r"\b(?:TK|TKTK)\b|\[(?P<name>[a-z_]+)\]", 0),
    (r"(?i:lorem)\s+ipsum|\L<words>", regex.V1),
    (r"(\w+)\s+\1", regex.V0),
]
text = "In 1990s TK [author_name] and Lorem ipsum, the the Kiev 2020"
out = []
for pattern, flags in cases:
    kw = {"words": ["Kiev", "Kyiv"]} if "\\L<words>" in pattern else {}
    a = regex.compile(pattern, flags, **kw)
    b = patterns.compile(pattern, flags, **kw)
    out.append([[m.span(), m.groupdict()] for m in b.finditer(text)])
    assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)], pattern
    assert a.groupindex == b.groupindex and a.flags == b.flags
import re
for pattern, flags in [(r"(?P<m>Jan(?:uary)?|Feb(?:ruary)?)\s+(\d{1,2})", re.I), (r"\b(\w+) \1\b", 0)]:
    a = re.compile(pattern, flags)
    b = patterns.compile_re(pattern, flags)
    out.append([[m.span(), m.groups()] for m in b.finditer(text + " jan 5 February 30 x x")])
    assert [m.span() for m in a.finditer(text + " jan 5 February 30 x x")] == [m.span() for m in b.finditer(text + " jan 5 February 30 x x")]
    assert a.groupindex == b.groupindex and a.flags == b.flags and a.groups == b.groups
print(json.dumps(out))
'''


def run(tmp_path, **env):
    full = {**os.environ, "LINTNEWS_CACHE_DIR": str(tmp_path), **env}
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=full)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_cached_patterns_match_like_fresh_ones(tmp_path):
    first = run(tmp_path)  # compiles and writes the cache
    files = list(tmp_path.glob("patterns-*.marshal"))
    assert len(files) == 1
    second = run(tmp_path)  # served from the cache
    assert first == second
    assert first[0][0][0] == [3, 8]  # "1990s"


def test_broken_cache_file_is_ignored(tmp_path):
    expected = run(tmp_path)
    for path in tmp_path.glob("patterns-*.marshal"):
        path.write_bytes(b"not a marshal dump")
    assert run(tmp_path) == expected
    assert run(tmp_path, LINTNEWS_NO_CACHE="1") == expected


def test_entry_point_cache_follows_installs(tmp_path, cli):
    env = {"LINTNEWS_CACHE_DIR": str(tmp_path)}
    import marshal

    plain = cli("--version", env=env).out
    [cache] = tmp_path.glob("entry-points-*.marshal")  # one file for this environment
    data = marshal.loads(cache.read_bytes())
    [(key, items)] = data["entries"].items()
    assert {name for name, _, _ in items} >= {"placeholders", "figures", "dates"}
    # a stale cache written for another install is not used
    data["entries"] = {"something-else": []}
    cache.write_bytes(marshal.dumps(data))
    assert cli("--version", env=env).out == plain
    assert marshal.loads(cache.read_bytes())["entries"][key], "the stale cache was rewritten"


def test_entry_point_cache_keeps_each_search_path(tmp_path, monkeypatch):
    """The command and a program calling the API see different sys.path: each
    keeps its own entry, so neither makes the other rescan (up to KEEP paths)."""
    from lintnews import epcache

    monkeypatch.setenv("LINTNEWS_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("LINTNEWS_NO_CACHE", raising=False)
    paths = [[*map(str, [tmp_path / f"p{i}"])] for i in range(epcache.KEEP + 2)]
    for i, extra in enumerate(paths):
        monkeypatch.setattr("sys.path", ["", *extra])
        epcache.store([("name", "module", f"dist{i}")])
    for i, extra in enumerate(paths):
        monkeypatch.setattr("sys.path", ["", *extra])
        expected = None if i < 2 else [["name", "module", f"dist{i}"]]  # the oldest two dropped
        assert epcache.load() == expected, i


def test_command_saves_the_pattern_cache_before_its_fast_exit(tmp_path, cli):
    """`lintnews` ends with os._exit after running the atexit handlers: the cache is written."""
    from helpers import SEED

    env = {"LINTNEWS_CACHE_DIR": str(tmp_path)}
    first = cli("--isolated", str(SEED), env=env)
    [cache] = tmp_path.glob("patterns-*.marshal")
    assert cache.stat().st_size > 10_000
    second = cli("--isolated", str(SEED), env=env)  # served from the cache
    assert (second.code, second.out) == (first.code, first.out) and first.code == 1


def test_caches_of_removed_environments_are_forgotten(tmp_path, cli):
    import marshal

    gone = tmp_path / "entry-points-_tmp_gone_env.marshal"
    gone.write_bytes(marshal.dumps({"prefix": "/nonexistent/env", "entries": {}}))
    foreign = tmp_path / "entry-points-foreign.marshal"
    foreign.write_bytes(b"not ours")
    cli("--version", env={"LINTNEWS_CACHE_DIR": str(tmp_path)})
    names = sorted(p.name for p in tmp_path.glob("entry-points-*"))
    assert gone.name not in names  # its environment no longer exists
    assert foreign.name in names and len(names) == 2  # unreadable: left alone; ours written
