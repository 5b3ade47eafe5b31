"""Fixtures shared by the scripts' tests."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

BUILDERS = Path(__file__).resolve().parents[1] / "cases" / "documents"


@pytest.fixture(scope="module")
def tools() -> Iterator[Any]:
    """The case builders' shared module, `tests/cases/documents/build_binary_tools.py`, imported
    as the builders import it (their folder first on the path, for the time of one module)."""
    sys.path.insert(0, str(BUILDERS))
    try:
        import build_binary_tools

        yield build_binary_tools
    finally:
        sys.path.remove(str(BUILDERS))
