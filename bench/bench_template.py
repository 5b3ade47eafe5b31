"""Bench: the common template across 150 synthetic councils (generated from a seed's sections).

Prints how closely the template recovers the base text per section kind, and the times for:
the template and every council's deviation, taking in one new version (what the application's
`ChapterTemplates` does when a version arrives: add it to the builder it keeps, rebuild the
template and deviations), all-pairs similarity of whole versions, and all-pairs similarity per
section kind (a grid of 150 by 150 per kind, as `GET …/similarity/pairs` serves).
Run: `python bench/bench_template.py [COUNT] [--store]`; with `--store`, the same councils are
also stored in a fresh SQLite database (as plain-text chapters, read by the family's rules) and
timed through the application's `ChapterTemplates`: the first request (template, deviations and
the heat map's grid), an unchanged one, one after a new version, and the all-pairs grid.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.store import add_version, make_engine, make_session_factory, upgrade_to_head  # noqa: E402
from app.store.matrix import template_similarity_grid  # noqa: E402
from app.store.templates import ChapterTemplates  # noqa: E402
from app.template import TemplateBuilder  # noqa: E402
from tests.template.synthetic import Council, base_sections, generate  # noqa: E402

CHAPTER = "childrens-services-policies-values-and-principles"
from tests.template.test_common_template import recovery  # noqa: E402


def main() -> None:
    numbers = [arg for arg in sys.argv[1:] if arg.isdigit()]
    count = int(numbers[0]) if numbers else 150
    base = base_sections(ROOT / "corpus" / "childrens-policies" / "bolton" / "2024-06.txt")
    councils = generate(base, count + 1)
    started = time.perf_counter()
    builder = TemplateBuilder()
    for council in councils[:count]:
        builder.add(council.key, council.sections)
    template = builder.build()
    built = time.perf_counter() - started
    started = time.perf_counter()
    builder.add(councils[count].key, councils[count].sections)
    builder.build()
    added = time.perf_counter() - started
    started = time.perf_counter()
    pairs = builder.pair_similarity()
    grid = time.perf_counter() - started
    started = time.perf_counter()
    by_kind = builder.pair_similarity_by_kind()
    kind_grid = time.perf_counter() - started
    cells = sum(len(rows) * len(rows) for rows in by_kind.grids.values())
    scores = recovery(base, template.texts)
    found = sum(
        set(c.planted) <= {text for _, text in template.deviations[c.key].unique}
        for c in councils[:count]
    )
    sys.stdout.write(
        f"councils {count}: template + deviations {built:.2f} s; one more version "
        f"{added:.2f} s; all pairs ({len(pairs)} cells) {grid:.2f} s; all pairs per section "
        f"kind ({len(by_kind.kinds)} kinds, {cells} cells) {kind_grid:.2f} s\n"
        f"recovery per kind (difflib word ratio): mean {statistics.mean(scores.values()):.4f}, "
        f"min {min(scores.values()):.4f} over {len(scores)} kinds\n"
        f"planted passages found for {found}/{count} councils\n"
    )
    if "--store" in sys.argv:
        through_the_store(councils, count)


def through_the_store(councils: list[Council], count: int) -> None:
    """The same councils stored, and timed through the application's `ChapterTemplates`."""
    engine = make_engine(f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite")
    upgrade_to_head(engine, ROOT / "migrations")
    factory = make_session_factory(engine)

    def store(council: Council) -> None:
        with factory() as session:
            add_version(
                session=session,
                data="\n\n".join(text for _, text in council.sections).encode(),
                filename=f"{council.key}.txt",
                authority_slug=council.key,
                authority_name=council.key,
                chapter_slug=CHAPTER,
                max_bytes=10 * 1024 * 1024,
            )

    for council in councils[:count]:
        store(council)
    templates = ChapterTemplates()
    timings = []
    for label in ("first request", "unchanged", "after one new version"):
        if label == "after one new version":
            store(councils[count])
        with factory() as session:
            started = time.perf_counter()
            template_similarity_grid(templates.template(session=session, chapter_slug=CHAPTER))
            timings.append(f"{label} {time.perf_counter() - started:.3f} s")
    with factory() as session:
        started = time.perf_counter()
        _, pairs = templates.pairs(session=session, chapter_slug=CHAPTER)
        elapsed = time.perf_counter() - started
        timings.append(f"all pairs per kind ({len(pairs.kinds)} kinds) {elapsed:.2f} s")
    sys.stdout.write("through the store (SQLite): " + "; ".join(timings) + "\n")
    engine.dispose()


if __name__ == "__main__":
    main()
