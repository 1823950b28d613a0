"""Shared fixtures; the helpers themselves live in helpers.py."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import CORPUS, run_cli


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS} (it lives beside the project in ../shared)")
    return CORPUS
