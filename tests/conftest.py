"""Shared test fixtures. Pure-core fixtures here; database and app fixtures are added below them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = REPO_ROOT.parent / "shared"
SEEDS_DIR = SHARED_DIR / "seeds"
EXPECTED_SEEDS = SHARED_DIR / "expected" / "seeds.json"
CASES_DIR = Path(__file__).resolve().parent / "cases"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    """The five seed chapters shipped beside the repository (../shared/seeds)."""
    return sorted(SEEDS_DIR.glob("*.txt"))


@pytest.fixture(scope="session")
def expected_seeds() -> dict:
    return json.loads(EXPECTED_SEEDS.read_text(encoding="utf-8"))
