"""The compare page against the JSON comparison of the same pair, measured in one run.

    python bench/bench_web.py [--repeat N] [--output FILE]

Loads `corpus/` into a fresh SQLite file, picks the largest pair of real (non-sample) versions by
combined text length, and times through the app in-process (`TestClient`, so no network):

- cold: the first request for the pair, each in a fresh interpreter on its own copy of the
  database (analysis and comparison computed, then cached), after both routes answered for
  another pair so that one-time costs such as template compilation are not counted;
- warm: the median of N further requests (served from the comparison cache);
- the CSS and JavaScript the page loads, in bytes (budget: 100 KB).

The issue's bar is page time <= 3x JSON time. Figures print as a table and are written as JSON
to bench/results/web-<UTC time>.json (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app
from app.store import list_versions, load_paths, make_engine, make_session_factory, upgrade_to_head

ROOT = Path(__file__).resolve().parent.parent
BUDGET_RATIO = 3.0
ASSET_BUDGET = 100 * 1024


def _loaded_database(folder: Path) -> tuple[Path, int, int, tuple[int, int]]:
    """A migrated SQLite file with the corpus, the largest real pair (left id, right id), and a
    pair of sample versions to warm up with (disjoint from the measured pair)."""
    path = folder / "bench.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    factory = make_session_factory(engine)
    summary = load_paths(session_factory=factory, paths=[ROOT / "corpus"])
    assert not summary.failed, summary.failed
    with factory() as session:
        versions, _ = list_versions(session=session, limit=500)
        real = [version for version in versions if not version.authority.is_sample]
        sizes = {version.id: len(version.text) for version in real}
        samples = sorted(version.id for version in versions if version.authority.is_sample)
    engine.dispose()
    left, right = max(
        combinations(sorted(sizes), 2), key=lambda pair: sizes[pair[0]] + sizes[pair[1]]
    )
    return path, left, right, (samples[0], samples[-1])


def _client(database: Path) -> TestClient:
    settings = Settings(DATABASE_URL=f"sqlite:///{database}", load_corpus_on_start=False)
    return TestClient(create_app(settings))


def _timed(client: TestClient, url: str) -> float:
    started = time.perf_counter()
    response = client.get(url)
    elapsed = time.perf_counter() - started
    assert response.status_code == 200, (url, response.status_code, response.text[:300])
    return elapsed


def _cold_in_fresh_process(database: Path, url: str, warm_up: tuple[int, int]) -> float:
    """The first request for `url` in a new interpreter: no in-process cache helps it. Both
    routes first answer for another pair, so one-time costs (imports, template compilation,
    schema adapters) are not counted against either."""
    completed = subprocess.run(
        [sys.executable, __file__, "--cold-one", str(database), url, *map(str, warm_up)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(completed.stdout.strip().splitlines()[-1])


def _cold_one(database: Path, url: str, warm_left: int, warm_right: int) -> None:
    with _client(database) as client:
        _timed(client, f"/api/v1/comparisons?left={warm_left}&right={warm_right}")
        _timed(client, f"/compare?left={warm_left}&right={warm_right}")
        print(_timed(client, url))


def run(repeat: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        database, left, right, warm_up = _loaded_database(folder)
        json_url = f"/api/v1/comparisons?left={left}&right={right}"
        page_url = f"/compare?left={left}&right={right}"

        cold: dict[str, float] = {}
        for name, url in (("json", json_url), ("page", page_url)):
            copy = folder / f"cold-{name}.sqlite3"
            shutil.copyfile(database, copy)
            cold[name] = _cold_in_fresh_process(copy, url, warm_up)

        warm: dict[str, list[float]] = {"json": [], "page": []}
        with _client(database) as client:
            _timed(client, json_url)
            _timed(client, page_url)
            for _ in range(repeat):
                warm["json"].append(_timed(client, json_url))
                warm["page"].append(_timed(client, page_url))
            page = BeautifulSoup(client.get(page_url).text, "html.parser")
            assets = [str(tag["href"]) for tag in page.find_all("link", rel="stylesheet")]
            assets += [str(tag["src"]) for tag in page.find_all("script", src=True)]
            asset_bytes = sum(len(client.get(asset).content) for asset in assets)
            page_bytes = len(client.get(page_url).content)

    medians = {name: statistics.median(times) for name, times in warm.items()}
    result = {
        "pair": {"left": left, "right": right},
        "repeat": repeat,
        "cold_seconds": cold,
        "warm_median_seconds": medians,
        "cold_ratio": cold["page"] / cold["json"],
        "warm_ratio": medians["page"] / medians["json"],
        "budget_ratio": BUDGET_RATIO,
        "page_bytes": page_bytes,
        "css_js_bytes": asset_bytes,
        "css_js_budget_bytes": ASSET_BUDGET,
    }
    print(f"largest real pair: versions {left} and {right}; {repeat} warm requests each")
    print(f"{'':<24}{'JSON':>10}{'page':>10}{'ratio':>8}")
    print(
        f"{'cold (computed), ms':<24}{cold['json'] * 1000:>10.1f}{cold['page'] * 1000:>10.1f}"
        f"{result['cold_ratio']:>8.2f}"
    )
    print(
        f"{'warm (cached), ms':<24}{medians['json'] * 1000:>10.1f}{medians['page'] * 1000:>10.1f}"
        f"{result['warm_ratio']:>8.2f}"
    )
    print(
        f"page HTML {page_bytes:,} bytes; CSS + JS {asset_bytes:,} bytes (budget {ASSET_BUDGET:,})"
    )
    verdict = (
        "within" if max(result["cold_ratio"], result["warm_ratio"]) <= BUDGET_RATIO else "OVER"
    )
    print(f"{verdict} the {BUDGET_RATIO:g}x budget")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--output", type=Path)
    parser.add_argument("--cold-one", nargs=4, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.cold_one:
        database, url, warm_left, warm_right = arguments.cold_one
        _cold_one(Path(database), url, int(warm_left), int(warm_right))
        return
    result = run(arguments.repeat)
    output = arguments.output or (
        ROOT / "bench" / "results" / f"web-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.json"
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"written to {output.relative_to(ROOT) if output.is_relative_to(ROOT) else output}")


if __name__ == "__main__":
    main()
