"""Where the analysis of each seed spends its time: the CPU time of named stages inside it.

    python bench/parse_profile.py [--seeds DIR] [--analyses N] [--model-reads]

Each stage is a function the analysis calls (ingest, block scanning, heading rules, the kind
model, the stretch sign of decision 0066, the segmenter, reading the outline, the extractors).
For the run, each is replaced where the analysis looks it up by the same function counting its
CPU time; every seed is analysed N times (after one untimed analysis) and the median of each
stage is printed in milliseconds and as a share of the whole analysis. Stages nest (the kind
model runs inside the sign and the segmenter), so the shares do not add up.

`--model-reads` prints instead what the kind model reads in one analysis of each seed, by the
function that asks it (the step): its calls, texts, words and characters (decision 0093: which
words it reads more than once).

`--regex-calls` prints instead the time the compiled patterns' methods (`search`, `match`,
`findall`…) take, by the function that calls them, per analysis and per call, over N analyses
of every seed under cProfile (decision 0316). The regex engine's own time is not inflated by
the profiler as small Python functions are, and a pattern tried once an analysis at a high cost
a call is one slid over the whole text: where a guard or a literal start may save most.

For finding where time goes, not for the 3x figure: `bench/bench.py parse` is the benchmark.
Sampling profilers (py-spy, pyinstrument) and cProfile charge their own overhead to small
functions unevenly; a counter round a few large functions costs little and nothing else.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.append(str(REPO_ROOT))

import app.analysis  # noqa: E402
import app.ingest  # noqa: E402
import app.sections  # noqa: E402
import app.sections.assemble  # noqa: E402
import app.sections.kind_model  # noqa: E402
from app.families import get_family  # noqa: E402

STAGES: list[tuple[str, object, str]] = [
    ("ingest", app.ingest, "read_source"),
    ("sections", app.analysis, "split_sections"),
    ("  plain-text blocks", app.sections, "scan_text_blocks"),
    ("  markdown blocks", app.sections, "scan_markdown_blocks"),
    ("  heading rules", app.sections, "find_headings"),
    ("  planned sections", app.sections.assemble, "_plan_sections"),
    ("  stretch sign (0066)", app.sections.assemble, "_sections_that_may_turn"),
    ("  segmenter runs", app.sections.assemble, "_segment_run"),
    ("  kind model", app.sections.kind_model.KindModel, "probabilities"),
    ("read outline", app.analysis, "read_outline"),
    ("extractors", app.analysis, "extract_facts"),
]
"""(label, where the analysis looks the function up, its name)."""


@contextmanager
def counted(spent: dict[str, float]) -> Iterator[None]:
    """Every stage replaced by itself adding its CPU time to `spent[label]`; put back after."""
    originals = [(owner, name, getattr(owner, name)) for _label, owner, name in STAGES]

    def counting(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - start

        return run

    for (label, owner, name), (_owner, _name, function) in zip(STAGES, originals, strict=True):
        setattr(owner, name, counting(label, function))
    try:
        yield
    finally:
        for owner, name, function in originals:
            setattr(owner, name, function)


def profile_seed(name: str, data: bytes, analyses: int) -> tuple[float, dict[str, float]]:
    """Median CPU seconds of the whole analysis of one seed, and of each stage inside it."""
    family = get_family()
    totals: list[float] = []
    stages: dict[str, list[float]] = {label: [] for label, _owner, _name in STAGES}
    spent: dict[str, float] = {}
    with counted(spent):
        for repetition in range(analyses + 1):
            spent.clear()
            start = time.process_time()
            app.analysis.analyze(app.ingest.read_source(data, name), family)
            if repetition == 0:
                continue  # warm-up
            totals.append(time.process_time() - start)
            for label in stages:
                stages[label].append(spent.get(label, 0.0))
    return statistics.median(totals), {
        label: statistics.median(times) for label, times in stages.items()
    }


def model_reads(name: str, data: bytes) -> dict[str, Counter[str]]:
    """What the kind model reads in one analysis of a seed: for each function that asks it, its
    calls, the texts in them, their words (split at white space) and characters."""
    reads: dict[str, Counter[str]] = {}
    owner, attribute = app.sections.kind_model.KindModel, "probabilities"
    original = owner.probabilities

    def counting(
        model: app.sections.kind_model.KindModel, texts: Sequence[str]
    ) -> list[dict[str, float]]:
        step = reads.setdefault(sys._getframe(1).f_code.co_name, Counter())
        step["calls"] += 1
        step["texts"] += len(texts)
        step["words"] += sum(len(text.split()) for text in texts)
        step["characters"] += sum(len(text) for text in texts)
        return original(model, texts)

    setattr(owner, attribute, counting)
    try:
        app.analysis.analyze(app.ingest.read_source(data, name), get_family())
    finally:
        setattr(owner, attribute, original)
    return reads


def print_model_reads(seeds: list[Path]) -> None:
    print("what the kind model reads in one analysis: calls, texts, words, characters")
    for path in seeds:
        print(f"  {path.name}")
        for step, read in model_reads(path.name, path.read_bytes()).items():
            counts = " ".join(
                f"{read[what]:>6} {what}" for what in ("calls", "texts", "words", "characters")
            )
            print(f"    {step:<28}{counts}")


REGEX_METHODS = ("search", "match", "fullmatch", "findall", "finditer", "sub", "split")
"""The `re.Pattern` methods `--regex-calls` counts."""


def regex_calls(seeds: list[Path], analyses: int) -> list[tuple[float, float, str, str]]:
    """Each (calling function, pattern method) pair's seconds an analysis, calls an analysis,
    method and caller, over `analyses` analyses of every seed under cProfile (after one
    untimed analysis of each)."""
    family = get_family()
    inputs = [(path.name, path.read_bytes()) for path in seeds]
    for name, data in inputs:
        app.analysis.analyze(app.ingest.read_source(data, name), family)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(analyses):
        for name, data in inputs:
            app.analysis.analyze(app.ingest.read_source(data, name), family)
    profiler.disable()
    count = analyses * len(inputs)
    rows = []
    methods = {f"<method '{method}' of 're.Pattern' objects>": method for method in REGEX_METHODS}
    stats: dict[Any, Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    for (_file, _line, function), (*_counts, callers) in stats.items():
        if function not in methods:
            continue
        for (file, line, caller), (_primitive, calls, seconds, _cumulative) in callers.items():
            where = file.removeprefix(f"{REPO_ROOT}/")
            rows.append(
                (seconds / count, calls / count, methods[function], f"{where}:{line} {caller}")
            )
    return sorted(rows, reverse=True)


def print_regex_calls(seeds: list[Path], analyses: int, shown: int = 30) -> None:
    print("pattern methods by caller: microseconds an analysis, calls an analysis, a call")
    for seconds, calls, method, caller in regex_calls(seeds, analyses)[:shown]:
        each = seconds / calls * 1e6
        print(f"  {seconds * 1e6:8.1f} {calls:8.1f} {each:9.1f}  {method:<9} {caller}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=Path, default=Path("/work/shared/seeds"))
    parser.add_argument("--analyses", type=int, default=40)
    parser.add_argument("--model-reads", action="store_true", help="what the kind model reads")
    parser.add_argument("--regex-calls", action="store_true", help="pattern time by caller")
    args = parser.parse_args()
    seeds = sorted(args.seeds.glob("*.txt"))
    if args.model_reads:
        print_model_reads(seeds)
        return
    if args.regex_calls:
        print_regex_calls(seeds, args.analyses)
        return
    profiles = [profile_seed(path.name, path.read_bytes(), args.analyses) for path in seeds]
    print("median CPU milliseconds of each stage (share of the whole analysis)")
    print(f"  {'stage':<24}" + "".join(f"{path.name[:12]:>17}" for path in seeds))
    print(f"  {'whole analysis':<24}" + "".join(f"{total * 1000:17.2f}" for total, _ in profiles))
    for label, _owner, _name in STAGES:
        cells = "".join(
            f"{stages[label] * 1000:9.2f} ({stages[label] / total:4.0%})"
            for total, stages in profiles
        )
        print(f"  {label:<24}{cells}")


if __name__ == "__main__":
    main()
