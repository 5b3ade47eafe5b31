"""The CPU time each compiled pattern of the analysis takes, by the line that defines it.

    python bench/pattern_times.py [--seeds DIR] [--analyses N] [--top N]

`bench/parse_profile.py --regex-calls` charges a pattern's time to the function calling its
methods, under cProfile. It cannot see `finditer`: the iterator is lazy, so the engine's work
is done inside the caller's loop and counted as the caller's own time, and a pattern slid over
the whole text by `finditer` does not show (decision 0371 found two that way). This tool
replaces `re.compile` before the application is imported, so that every pattern compiled by a
module of `app/` is a stand-in that times each call (a `finditer` is run to its end at once)
with `time.process_time`, and prints, per analysis of each seed: the pattern's microseconds,
its calls, the microseconds a call, where it is defined and how it begins. A call's figure
includes about a microsecond of the stand-in's own timing: the small figures are that.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path[:1]:
    sys.path.insert(0, str(REPO_ROOT))  # time the code beside this script

_TIMED = ("search", "match", "fullmatch", "findall", "sub", "subn", "split")
_spent: dict[tuple[str, int, str], list[float]] = defaultdict(lambda: [0.0, 0])


class _TimedPattern:
    """A compiled pattern whose methods add their CPU time to `_spent` under `key`."""

    def __init__(self, pattern: re.Pattern[str], key: tuple[str, int, str]) -> None:
        self._pattern = pattern
        self._key = key

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._pattern, name)
        if name not in _TIMED:
            return found
        return self._timed(found)

    def _timed(self, method: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            result = method(*args, **kwargs)
            spent = _spent[self._key]
            spent[0] += time.process_time() - start
            spent[1] += 1
            return result

        return timed

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[re.Match[str]]:
        return iter(self._timed(lambda: list(self._pattern.finditer(*args, **kwargs)))())


def _timing_compile(real: Callable[..., Any]) -> Callable[..., Any]:
    def compile_(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, _TimedPattern):
            return pattern
        compiled = real(pattern, flags)
        caller = sys._getframe(1).f_code.co_filename
        if not isinstance(pattern, str) or f"{REPO_ROOT}/app/" not in caller:
            return compiled
        where = caller.removeprefix(f"{REPO_ROOT}/")
        return _TimedPattern(compiled, (where, sys._getframe(1).f_lineno, pattern))

    return compile_


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=Path, default=Path("/work/shared/seeds"))
    parser.add_argument("--analyses", type=int, default=10)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    re.compile = _timing_compile(re.compile)  # type: ignore[assignment]
    from app.analysis import analyze
    from app.families import get_family
    from app.ingest import read_source

    family = get_family()
    seeds = [(path.name, path.read_bytes()) for path in sorted(args.seeds.glob("*.txt"))]
    for name, data in seeds:
        analyze(read_source(data, name), family)
    _spent.clear()
    for _ in range(args.analyses):
        for name, data in seeds:
            analyze(read_source(data, name), family)
    analyses = args.analyses * len(seeds)
    print("patterns by CPU time: microseconds an analysis, calls an analysis, a call")
    ranked = sorted(_spent.items(), key=lambda item: -item[1][0])
    for (where, line, source), (spent, calls) in ranked[: args.top]:
        print(
            f"{spent / analyses * 1e6:9.1f} {calls / analyses:8.1f} {spent / calls * 1e6:8.1f}"
            f"  {where}:{line}  {source[:60]!r}"
        )


if __name__ == "__main__":
    main()
