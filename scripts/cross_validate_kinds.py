"""How well the kind model reads documents it never learned from.

usage: python scripts/cross_validate_kinds.py [-v]

Leave one document out: for each annotated document the family's examples are built from (the
seeds, the golden section cases, `tests/cases/documents/learn.json`), the model is trained on the
kinds' descriptions, the written passages and every other document's passages, and that document
is read and scored as `../shared/tools/eval_parse.py` scores sections. The held-out documents
(`holdout.json`) are then read with the model trained on everything, which never saw them.
Prints found/expected sections per group.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import build_kind_examples as examples_builder  # noqa: E402

from app.analysis import analyze  # noqa: E402
from app.families import Family, get_family  # noqa: E402
from app.ingest import read_source  # noqa: E402
from app.sections import KindExample, LazyKindModel  # noqa: E402

sys.path.insert(0, str(examples_builder.SHARED / "tools"))
import eval_parse  # noqa: E402


def written_examples(family: Family) -> list[KindExample]:
    """The examples no document gave: descriptions and the passages written per kind."""
    built = {
        (record["kind"], record["text"])
        for record in map(json.loads, examples_builder.OUTPUT.read_text("utf-8").splitlines())
    }
    return [e for e in family.kind_model.examples if (e.kind, e.text) not in built]


def score(path: Path, expected: list[dict[str, str]], family: Family, verbose: bool) -> int:
    source = read_source(path.read_bytes(), path.name)
    sections = analyze(source, family).outline.sections
    got = [{"kind": s.kind, "heading": s.heading, "text": s.text} for s in sections]
    found, missing = eval_parse.sections_found(expected, got)
    if verbose and missing:
        print(f"    {path.name}: missing {missing}")
    return int(found)


def main() -> None:
    verbose = "-v" in sys.argv[1:]
    family = get_family()
    written = written_examples(family)
    documents = [
        (label, path, [{"kind": k, "starts_with": s} for k, s in sections])
        for label, path, sections in examples_builder.annotated_documents()
    ]
    passages = [
        [
            KindExample(str(e["kind"]), str(e["text"]), float(str(e["weight"])))
            for e in examples_builder.examples_of(
                path, [(x["kind"], x["starts_with"]) for x in expected]
            )
        ]
        for _label, path, expected in documents
    ]
    learn_files = {
        d["file"]
        for d in json.loads((examples_builder.DOCUMENTS / "learn.json").read_text())["documents"]
    }
    totals: dict[str, list[int]] = {}
    for index, (label, path, expected) in enumerate(documents):
        others = [e for j, group in enumerate(passages) if j != index for e in group]
        trained = dataclasses.replace(family, kind_model=LazyKindModel(written + others))
        group = (
            "learn (left out in turn)"
            if label in learn_files
            else "seeds and section cases (left out in turn)"
        )
        total = totals.setdefault(group, [0, 0])
        total[0] += score(path, expected, trained, verbose)
        total[1] += len(expected)
    holdout = json.loads((examples_builder.DOCUMENTS / "holdout.json").read_text())["documents"]
    total = totals.setdefault("holdout (never learned)", [0, 0])
    for document in holdout:
        path = examples_builder.DOCUMENTS / document["file"]
        total[0] += score(path, document["sections"], family, verbose)
        total[1] += len(document["sections"])
    for group, (found, expected_count) in totals.items():
        print(f"{group}: sections {found}/{expected_count} ({found / expected_count:.1%})")


if __name__ == "__main__":
    main()
