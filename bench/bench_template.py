"""Bench: the common template across 150 synthetic councils (generated from a seed's sections).

Prints how closely the template recovers the base text per section kind, and the times for:
the template and every council's deviation, taking in one new version (what the application's
`ChapterTemplates` does when a version arrives: add it to the builder it keeps, rebuild the
template and deviations), all-pairs similarity of whole versions, and all-pairs similarity per
section kind (a grid of 150 by 150 per kind, as `GET …/similarity/pairs` serves).
Run: `python bench/bench_template.py [COUNT]`.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.template import TemplateBuilder  # noqa: E402
from tests.template.synthetic import base_sections, generate  # noqa: E402
from tests.template.test_common_template import recovery  # noqa: E402


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 150
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


if __name__ == "__main__":
    main()
