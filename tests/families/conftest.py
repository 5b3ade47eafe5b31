"""Fixtures shared by the family tests."""

import pytest

from app.families import get_family
from app.sections.classify import Cues, compile_cues


@pytest.fixture(scope="module")
def cues() -> Cues:
    """The default family's section cues, compiled once per test module as the engine does."""
    return compile_cues(get_family().kinds)
