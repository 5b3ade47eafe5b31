"""Two ~2 MB uploads edited throughout: the comparison's work budget (decision 0038) measured.

    python bench/bench_budget.py [--budget N ...] [--size BYTES] [--one-block] [--output FILE]

Issue 18 found that two 2 MB uploads made one anonymous comparison take 17.5 s (and the web
compare page 142 s). This makes two such chapters (generated here, in words of its own: headed
sections of paragraphs, the right one with about a third of the words of every paragraph
changed; with `--one-block`, each chapter's paragraphs run together as one block, where an
unbounded word diff grows with the square of the length), loads them into a fresh SQLite file,
and times, in-process (`TestClient`), the first `GET /api/v1/comparisons` and, on a second
copy of the database, the first `GET /compare`, each with its response size, for each
`--budget` (the `comparison_word_budget` setting; 0 means the default). Run it under an older
checkout (`PYTHONPATH=that/tree`) for the figures before the budget: that code ignores the
setting. Results print as a table and go to bench/results/.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app
from app.store import list_versions, load_paths, make_engine, make_session_factory, upgrade_to_head

ROOT = Path(__file__).resolve().parent.parent
_VOCABULARY = (
    "child young person carer foster placement review plan social worker council team manager "
    "support leaving care education health visit record assessment meeting family contact "
    "safety risk independent reviewing officer decision consent court order parent guardian "
    "service local authority should must will may within days weeks months each every the a "
    "of to and for with on in by at from"
)
_WORDS = _VOCABULARY.split()


def _paragraph(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "."


def make_chapters(size: int, seed: int = 7) -> tuple[str, str]:
    """A chapter of about `size` characters and a revision with ~30 % of its words replaced."""
    rng = random.Random(seed)
    parts = ["# Working with children in care"]
    length, number = 0, 1
    while length < size:
        parts.append(f"## {number}. {_paragraph(rng, 4)[:-1]}")
        for _ in range(rng.randint(4, 10)):
            parts.append(_paragraph(rng, rng.randint(40, 160)))
            length += len(parts[-1]) + 2
        number += 1
    left = "\n\n".join(parts) + "\n"
    revised = []
    for paragraph in left.split("\n\n"):
        words = paragraph.split(" ")
        revised.append(
            " ".join(rng.choice(_WORDS) if rng.random() < 0.3 else word for word in words)
        )
    return left, "\n\n".join(revised)


def _database(folder: Path, left: str, right: str) -> tuple[Path, int, int]:
    (folder / "2023-01.md").write_text(left, encoding="utf-8")
    (folder / "2024-01.md").write_text(right, encoding="utf-8")
    path = folder / "bench.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    factory = make_session_factory(engine)
    summary = load_paths(
        session_factory=factory,
        paths=[folder / "2023-01.md", folder / "2024-01.md"],
        authority_slug="bench-borough",
        authority_name="Bench Borough",
        chapter_slug="childrens-services-policies-values-and-principles",
        max_bytes=4 * 1024 * 1024,
    )
    assert not summary.failed, summary.failed
    with factory() as session:
        versions, _ = list_versions(session=session, limit=10)
        ids = sorted(version.id for version in versions)
    engine.dispose()
    return path, ids[0], ids[1]


def _first_request(database: Path, budget: int, url: str) -> tuple[float, int]:
    update: dict[str, Any] = {"DATABASE_URL": f"sqlite:///{database}"}
    settings = Settings(**update, load_corpus_on_start=False)
    if budget:
        settings = settings.model_copy(update={"comparison_word_budget": budget})
    with TestClient(create_app(settings)) as client:
        started = time.perf_counter()
        response = client.get(url)
        elapsed = time.perf_counter() - started
    assert response.status_code == 200, (url, response.status_code, response.text[:300])
    return elapsed, len(response.content)


def _one_block(text: str) -> str:
    """The title, then every paragraph run together into one block."""
    title, _, rest = text.partition("\n\n")
    return f"{title}\n\n{' '.join(rest.split())}\n"


def run(budgets: list[int], size: int, one_block: bool = False) -> dict[str, Any]:
    left, right = make_chapters(size)
    if one_block:
        left, right = _one_block(left), _one_block(right)
    results: dict[str, Any] = {"left_bytes": len(left.encode()), "right_bytes": len(right.encode())}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        database, left_id, right_id = _database(folder, left, right)
        for budget in budgets:
            row: dict[str, Any] = {}
            for name, url in (
                ("api", f"/api/v1/comparisons?left={left_id}&right={right_id}"),
                ("page", f"/compare?left={left_id}&right={right_id}"),
            ):
                copy = folder / f"{name}-{budget}.sqlite3"
                shutil.copyfile(database, copy)
                seconds, length = _first_request(copy, budget, url)
                row[name] = {"seconds": round(seconds, 2), "bytes": length}
                copy.unlink()
            results[str(budget or "default")] = row
            print(
                f"budget {budget or 'default':>16}: API {row['api']['seconds']:7.2f} s "
                f"{row['api']['bytes'] / 1e6:7.2f} MB | page {row['page']['seconds']:7.2f} s "
                f"{row['page']['bytes'] / 1e6:7.2f} MB",
                flush=True,
            )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=int, action="append", help="0: the default")
    parser.add_argument("--size", type=int, default=2_000_000, help="characters per chapter")
    parser.add_argument("--one-block", action="store_true", help="each chapter one block")
    parser.add_argument("--output", type=Path)
    arguments = parser.parse_args()
    results = run(arguments.budget or [0], arguments.size, arguments.one_block)
    output = arguments.output or (
        ROOT / "bench" / "results" / f"budget-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.json"
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"written to {output}", file=sys.stderr)


if __name__ == "__main__":
    main()
