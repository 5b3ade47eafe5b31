"""policydiff benchmarks: one run, the same inputs for every contender, medians and ratios.

    python bench/bench.py [compare|parse|all] [--quick] [--seeds DIR] [--output FILE]

Each section is a function registered in SECTIONS: it prints a table and returns a JSON-ready
dict; the whole run is written to bench/results/<UTC time>.json (git-ignored). To add a section
(store load, API throughput…), write `def bench_<name>(context) -> dict` and register it.

compare: policydiff's `compare()` (analysis done beforehand and timed on its own; the garbage
collector paused around it, as the CLI and the server run it: `app.collector`) against
`git diff --no-index --word-diff=porcelain` on the same two files (process start included), a
whole-text word-level diff-match-patch diff (the naive way, no timeout) and the floor (tokenising
both texts). Inputs: every pair of seeds; each seed against a revision of itself (~2 % of words
edited, two paragraphs moved); each seed x1, x10 and x100 against a copy with ~1 % of the words
of every repetition changed. Peak memory of the x100 compare is traced with tracemalloc.

parse: analysing each seed (ingest + sections + facts) against markdown-it-py tokenising the
same text, in CPU time.

documents: reading and analysing a 20-page Word file and a 20-page PDF that the bench makes
(bench/bench_documents.py).
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.append(str(REPO_ROOT))  # after site-packages: an installed (compiled) build wins

from bench_api import SECTIONS as STORE_AND_API_SECTIONS  # noqa: E402
from bench_documents import SECTIONS as DOCUMENT_SECTIONS  # noqa: E402
from diff_match_patch import diff_match_patch  # noqa: E402
from markdown_it import MarkdownIt  # noqa: E402

import app  # noqa: E402
from app.analysis import AnalyzedVersion, analyze  # noqa: E402
from app.collector import collector_paused  # noqa: E402
from app.diff import compare, is_compiled  # noqa: E402
from app.families import get_family  # noqa: E402
from app.ingest import read_source  # noqa: E402
from app.text import tokenize_words  # noqa: E402

MIB = 1024 * 1024
TARGETS = {
    "compare_vs_git_max_ratio": 2.0,
    "naive_vs_compare_min_speedup": 100.0,
    "scaled_100x_max_growth": 150.0,
    "peak_memory_100x_max_mib": 500.0,
    "parse_vs_markdown_it_max_ratio": 3.0,
}


@dataclass
class Context:
    """What every section gets: the seeds, how hard to try, and a scratch folder."""

    seeds: list[tuple[str, bytes]]
    quick: bool
    scratch: Path
    repeats: int
    analyzed: dict[str, AnalyzedVersion] = field(default_factory=dict)


def median_seconds(run: Callable[[], object], repeats: int) -> float:
    """Median wall time of `repeats` runs, after one warm-up run."""
    run()
    times = []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def paired_median_seconds(
    first: Callable[[], object],
    second: Callable[[], object],
    repeats: int,
    rounds: int = 7,
    clock: Callable[[], float] = time.perf_counter,
) -> tuple[float, float]:
    """Median times of `first` and `second` by `clock` (wall time unless told), measured in
    alternating rounds.

    Each round warms a contender up with one untimed run, then times `repeats` runs of it in a
    row (warm caches, as in `median_seconds`); rounds alternate between the two, so a change in
    machine load during the measurement affects both, and their ratio stays meaningful.
    """
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(rounds):
        for run, taken in ((first, times[0]), (second, times[1])):
            run()
            for _ in range(repeats):
                gc.collect()
                start = clock()
                run()
                taken.append(clock() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def load_seeds(folder: Path | None) -> list[tuple[str, bytes]]:
    """The seed chapters: `folder/*.txt`, else the corpus's real (non-sample) versions."""
    if folder is None:
        shared = REPO_ROOT.parent / "shared" / "seeds"
        folder = shared if shared.is_dir() else None
    if folder is not None:
        return [(path.name, path.read_bytes()) for path in sorted(folder.glob("*.txt"))]
    manifest = REPO_ROOT / "corpus" / "manifest.toml"
    entries = tomllib.loads(manifest.read_text(encoding="utf-8"))["versions"]
    return [
        (entry["file"], (manifest.parent / entry["file"]).read_bytes())
        for entry in entries
        if not entry.get("sample")
    ]


def analyse_text(name: str, text: str) -> AnalyzedVersion:
    return analyze(read_source(text.encode("utf-8"), name, max_bytes=64 * MIB), get_family())


def edited_copy(text: str, rng: random.Random, word_share: float, moves: int) -> str:
    """`text` with `word_share` of its words replaced by other words of it, and `moves` long
    lines (paragraphs) moved elsewhere."""
    tokens = tokenize_words(text)
    words = [at for at, token in enumerate(tokens) if token[0].isalnum()]
    vocabulary = sorted({tokens[at] for at in words})
    for at in rng.sample(words, max(1, round(len(words) * word_share))) if words else []:
        tokens[at] = rng.choice([word for word in vocabulary[:200] if word != tokens[at]] or ["x"])
    lines = "".join(tokens).splitlines(keepends=True)
    long_lines = [at for at, line in enumerate(lines) if len(line.split()) >= 20]
    for _ in range(min(moves, len(long_lines))):
        line = lines.pop(rng.choice(long_lines))
        lines.insert(rng.randrange(len(lines) + 1), line)
        long_lines = [at for at, line in enumerate(lines) if len(line.split()) >= 20]
    return "".join(lines)


def scaled_pair(text: str, times: int, rng: random.Random) -> tuple[str, str]:
    """`text` repeated `times`, and the same with ~1 % of the words of every copy changed."""
    separator = "" if text.endswith("\n") else "\n"
    left = (text + separator) * times
    right = "".join(edited_copy(text + separator, rng, 0.01, 0) for _ in range(times))
    return left, right


def paused_compare(left: AnalyzedVersion, right: AnalyzedVersion) -> None:
    """`compare()` as the CLI and the server call it: with the garbage collector paused."""
    with collector_paused():
        compare(left, right)


def naive_word_diff(left: str, right: str) -> int:
    """Whole-text word diff with diff-match-patch, as its documentation suggests for words."""
    differ = diff_match_patch()
    differ.Diff_Timeout = 0
    codes: dict[str, str] = {}

    def encode(text: str) -> str:
        tokens = tokenize_words(text)
        return "".join(codes.setdefault(token, chr(len(codes) + 1)) for token in tokens)

    diffs = differ.diff_main(encode(left), encode(right), False)
    differ.diff_cleanupSemantic(diffs)
    return len(diffs)


def git_word_diff(left: Path, right: Path) -> None:
    subprocess.run(
        ["git", "diff", "--no-index", "--word-diff=porcelain", str(left), str(right)],
        capture_output=True,
        check=False,
    )


def floor(left: str, right: str) -> int:
    return len(tokenize_words(left)) + len(tokenize_words(right))


def _write(scratch: Path, name: str, text: str) -> Path:
    path = scratch / name
    path.write_text(text, encoding="utf-8")
    return path


def bench_compare(context: Context) -> dict[str, Any]:
    """Structured compare vs git word diff vs naive dmp vs tokenising, on seeds and scaled pairs."""
    rng = random.Random(20240501)
    repeats = context.repeats
    texts: dict[str, str] = {}
    analysis_seconds: dict[str, float] = {}
    for name, data in context.seeds:
        source = read_source(data, name, max_bytes=64 * MIB)
        texts[name] = source.text
        analysis_seconds[name] = median_seconds(
            lambda source=source: analyze(source, get_family()), repeats
        )
        context.analyzed[name] = analyze(source, get_family())

    pairs: list[dict[str, Any]] = []

    def measure(label: str, kind: str, left: str, right: str, *, naive: bool, runs: int) -> None:
        left_version = analyse_text("left.txt", left)
        right_version = analyse_text("right.txt", right)
        left_path = _write(context.scratch, "left.txt", left)
        right_path = _write(context.scratch, "right.txt", right)
        row: dict[str, Any] = {
            "pair": label,
            "kind": kind,
            "left_chars": len(left),
            "right_chars": len(right),
        }
        # Alternating rounds, as many timed runs of each as before: a change in machine load
        # during the pair's measurement weighs on both, so their ratio stays meaningful.
        rounds = min(7, runs)
        row["compare_s"], row["git_s"] = paired_median_seconds(
            lambda: paused_compare(left_version, right_version),
            lambda: git_word_diff(left_path, right_path),
            max(1, runs // rounds),
            rounds,
        )
        row |= {
            "floor_s": median_seconds(lambda: floor(left, right), runs),
            "naive_dmp_s": (
                median_seconds(lambda: naive_word_diff(left, right), max(1, runs // 5))
                if naive
                else None
            ),
        }
        comparison = compare(left_version, right_version)
        assert comparison.rebuild_left() == left and comparison.rebuild_right() == right
        row["sections"] = comparison.totals.sections
        row["blocks_moved"] = sum(1 for block in comparison.blocks if block.moved)
        pairs.append(row)
        naive_text = f"{row['naive_dmp_s'] * 1000:10.1f}" if naive else "         -"
        print(
            f"  {label:<34} {kind:<9} {row['compare_s'] * 1000:9.2f} {row['git_s'] * 1000:8.2f} "
            f"{naive_text} {row['floor_s'] * 1000:7.2f} "
            f"{row['compare_s'] / row['git_s']:8.2f} "
            + (f"{row['naive_dmp_s'] / row['compare_s']:9.0f}" if naive else "        -")
        )

    print("compare (median milliseconds; ratios of medians)")
    print(
        f"  {'pair':<34} {'kind':<9} {'compare':>9} {'git':>8} {'naive dmp':>10} {'floor':>7} "
        f"{'cmp/git':>8} {'dmp/cmp':>9}"
    )
    names = list(texts)
    for left_name, right_name in combinations(names, 2):
        measure(
            f"{left_name[:15]} vs {right_name[:15]}",
            "seeds",
            texts[left_name],
            texts[right_name],
            naive=True,
            runs=repeats,
        )
    for name in names[:1] if context.quick else names:
        revised = edited_copy(texts[name], rng, 0.02, 2)
        measure(f"{name[:15]} revision", "revision", texts[name], revised, naive=True, runs=repeats)
    growth: list[dict[str, Any]] = []
    peak_mib = 0.0
    for name in names[:1] if context.quick else names:
        seconds = {}
        for times in (1, 10, 100):
            left, right = scaled_pair(texts[name], times, random.Random(times))
            runs = {1: repeats, 10: max(3, repeats // 4), 100: 3 if not context.quick else 1}[times]
            measure(f"{name[:15]} x{times}", f"x{times}", left, right, naive=times == 1, runs=runs)
            seconds[times] = pairs[-1]["compare_s"]
            if times == 100:
                left_version = analyse_text("left.txt", left)
                right_version = analyse_text("right.txt", right)
                gc.collect()
                tracemalloc.start()
                paused_compare(left_version, right_version)
                _, peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
                peak_mib = max(peak_mib, peak / MIB)
        growth.append({"seed": name, "seconds": seconds, "growth_100x": seconds[100] / seconds[1]})

    seed_rows = [row for row in pairs if row["kind"] == "seeds"]
    cmp_git = [row["compare_s"] / row["git_s"] for row in seed_rows]
    speedups = [row["naive_dmp_s"] / row["compare_s"] for row in pairs if row["naive_dmp_s"]]
    summary = {
        "seed_pairs_compare_over_git_median": statistics.median(cmp_git),
        "seed_pairs_compare_over_git_worst": max(cmp_git),
        "seed_pairs_compare_median_ms": statistics.median(r["compare_s"] for r in seed_rows) * 1000,
        "seed_pairs_git_median_ms": statistics.median(r["git_s"] for r in seed_rows) * 1000,
        "naive_over_compare_seed_pairs_min": min(
            row["naive_dmp_s"] / row["compare_s"] for row in seed_rows
        ),
        "naive_over_compare_all_min": min(speedups),
        "growth_100x_worst": max(item["growth_100x"] for item in growth),
        "peak_memory_100x_mib": peak_mib,
    }
    print()
    for item in growth:
        print(f"  growth x100/x1 {item['seed'][:20]:<20} {item['growth_100x']:7.1f}")
    for key, value in summary.items():
        print(f"  {key:<42} {value:10.2f}")
    return {
        "analysis_s": analysis_seconds,
        "pairs": pairs,
        "growth": growth,
        "summary": summary,
    }


def bench_parse(context: Context) -> dict[str, Any]:
    """Analysis of each seed (ingest + sections + facts) against markdown-it-py tokenising it.

    Both run in this process, so their CPU times are compared: on a shared machine, wall time
    charges the longer contender for every time slice it waits, and the ratio drifts with load.
    """
    markdown = MarkdownIt("commonmark")
    rows = []
    print("parse (median CPU milliseconds, contenders measured in alternating rounds)")
    print(f"  {'seed':<34} {'analyse':>9} {'markdown-it':>12} {'ratio':>7}")
    for name, data in context.seeds:
        text = read_source(data, name).text
        analyse, tokenise = paired_median_seconds(
            lambda data=data, name=name: analyze(read_source(data, name), get_family()),
            lambda text=text: markdown.parse(text),
            context.repeats,
            clock=time.process_time,
        )
        rows.append(
            {
                "seed": name,
                "analyse_s": analyse,
                "markdown_it_s": tokenise,
                "ratio": analyse / tokenise,
            }
        )
        print(
            f"  {name[:34]:<34} {analyse * 1000:9.2f} {tokenise * 1000:12.2f} "
            f"{analyse / tokenise:7.2f}"
        )
    return {"clock": "cpu", "seeds": rows, "worst_ratio": max(row["ratio"] for row in rows)}


SECTIONS: dict[str, Callable[[Context], dict[str, Any]]] = {
    "compare": bench_compare,
    "parse": bench_parse,
    **STORE_AND_API_SECTIONS,  # store (synthetic load, matrix) and api: bench/bench_api.py
    **DOCUMENT_SECTIONS,  # documents (20-page Word and PDF files): bench/bench_documents.py
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("section", nargs="?", default="all", choices=[*SECTIONS, "all"])
    parser.add_argument("--quick", action="store_true", help="fewer inputs and repeats (smoke)")
    parser.add_argument("--seeds", type=Path, default=None, help="folder of seed *.txt files")
    parser.add_argument("--output", type=Path, default=None, help="JSON file to write")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="policydiff-bench-") as scratch:
        context = Context(
            seeds=load_seeds(args.seeds),
            quick=args.quick,
            scratch=Path(scratch),
            repeats=3 if args.quick else 21,
        )
        chosen = list(SECTIONS) if args.section == "all" else [args.section]
        compiled = is_compiled()
        build = "compiled (mypyc)" if compiled else "pure Python"
        print(f"policydiff from {Path(app.__file__).parent}, comparison core: {build}")
        if not compiled:
            print(
                "  (users get the compiled core from `pip install .`; in a checkout, build it"
                " with `python hatch_build.py --inplace`)"
            )
        print()
        results: dict[str, Any] = {
            "when": datetime.now(UTC).isoformat(timespec="seconds"),
            "python": platform.python_version(),
            "machine": platform.machine(),
            "policydiff": str(Path(app.__file__).parent),
            "comparison_core_compiled": compiled,
            "quick": args.quick,
            "targets": TARGETS,
        }
        for name in chosen:
            results[name] = SECTIONS[name](context)
            print()
    output = args.output or (
        REPO_ROOT / "bench" / "results" / f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}.json"
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"results written to {output}")


if __name__ == "__main__":
    main()
