"""FIG: precision and recall over the labelled set (tests/plugins/figures_cases.py)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from lintnews.config import Config
from lintnews.testing import make_document

import lintnews_figures as fig

_CASES_PATH = Path(__file__).with_name("figures_cases.py")


def _load_cases(name: str = "CASES"):
    spec = importlib.util.spec_from_file_location("figures_cases", _CASES_PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return getattr(module, name)


CASES = _load_cases()
HELD_OUT = _load_cases("HELD_OUT")


def _got(case) -> set[tuple[str, int]]:
    document = make_document(case.text, path=case.path)
    return {(f.code, f.line) for f in fig.lintnews_check_document(document=document, config=Config())}


def test_the_set_is_large_and_mixed():
    positives = [c for c in CASES if c.expected]
    negatives = [c for c in CASES if not c.expected]
    assert len(CASES) >= 60
    assert len(positives) >= 20 and len(negatives) >= 30
    for code in ("FIG001", "FIG002", "FIG003", "FIG004"):
        assert any(code == e[0] for c in positives for e in c.expected), code


def _score(cases) -> tuple[float, float, tuple[int, int, int]]:
    tp = fp = fn = 0
    for case in cases:
        got, want = _got(case), set(case.expected)
        tp += len(got & want)
        fp += len(got - want)
        fn += len(want - got)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, (tp, fp, fn)


def test_precision_and_recall():
    precision, recall, counts = _score(CASES)
    # precision first: no false alarm is tolerated on the hard negatives
    assert precision >= 0.95, counts
    assert recall >= 0.85, counts


def test_held_out_precision_and_recall():
    """The cases written after tuning: recall is lower there, precision must hold."""
    assert len(HELD_OUT) >= 15
    precision, recall, counts = _score(HELD_OUT)
    assert precision >= 0.9, counts
    assert recall >= 0.6, counts


@pytest.mark.parametrize("case", [c for c in CASES if not c.expected], ids=lambda c: c.name)
def test_hard_negative_gives_nothing(case):
    assert _got(case) == set()


@pytest.mark.parametrize("case", [c for c in CASES if c.expected], ids=lambda c: c.name)
def test_positive_is_found(case):
    assert _got(case) == set(case.expected)
