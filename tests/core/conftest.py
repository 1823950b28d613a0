from __future__ import annotations

from pathlib import Path

import pytest

HOUSE = Path(__file__).parent / "house"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder with a lintnews.toml that loads the tkcheck house plugin only."""
    (tmp_path / "lintnews.toml").write_text(
        f'plugins = ["tkcheck"]\nplugin-paths = ["{HOUSE.as_posix()}"]\n', encoding="utf-8")
    return tmp_path
