"""Keep every installed family's kind model in the user's cache, trained here where none is kept.

usage: python scripts/keep_kind_models.py

`scripts/check` runs it once before the test suites (decision 0566). A family's fitted model is
kept in `$XDG_CACHE_HOME/policydiff/kind-models/` and read back by every later process (decision
0104), but on a fresh machine nothing is kept yet: the two suites' four workers and the servers
and commands their first test files start all began at once, and each trained its own copy of
the same model (about 9 s of CPU each, more under load) until one of them had kept it; under
load a `policydiff parse` that `eval_parse.py` gives 60 s ran out of time training. Trained once
here, each of them reads the kept numbers. Where the cache already holds them this only reads
them (about a second).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.sections import KindModel  # noqa: E402


class _WithKindModel(Protocol):
    @property
    def kind_model(self) -> _LazyModel: ...


class _LazyModel(Protocol):
    def get(self) -> KindModel | None: ...


def keep_kind_models(families: Iterable[_WithKindModel]) -> int:
    """Each family's model, read from the cache or trained and kept there; how many families
    have one (a family whose examples name fewer than two kinds has none)."""
    return sum(family.kind_model.get() is not None for family in families)


def main() -> int:
    from app.families.registry import all_families

    kept = keep_kind_models(all_families())
    print(f"kind models kept for {kept} installed families")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
