"""FIG on the real corpus (../shared/corpus): traps stay silent, rates stay low."""
from __future__ import annotations

from collections import Counter

from lintnews.config import Config
from lintnews.testing import make_document

import lintnews_figures as fig


def _findings(path, name):
    document = make_document(path.read_text(encoding="utf-8", errors="replace"), path=name)
    return list(fig.lintnews_check_document(document=document, config=Config()))


def test_rounded_headline_trap_is_silent(corpus):
    # "Nortel in $300m profit revision": $300m is $732m - $434m, rounded
    path = corpus / "bbc" / "business_425.txt"
    assert _findings(path, "business_425.txt") == []


def test_findings_are_rare_on_clean_copy(corpus):
    files = sorted((corpus / "bbc").glob("*.txt"))[::4]
    counts: Counter = Counter()
    for path in files:
        counts.update(f.code for f in _findings(path, path.name))
    per_1000 = {code: 1000 * n / len(files) for code, n in counts.items()}
    # edited BBC copy holds very few contradictions: a burst means false alarms
    assert per_1000.get("FIG001", 0) <= 5, per_1000
    assert per_1000.get("FIG002", 0) <= 5, per_1000
    assert per_1000.get("FIG003", 0) <= 5, per_1000
    assert per_1000.get("FIG004", 0) <= 10, per_1000
