"""Train the family's learned sentence reader of facts (its `fact_sentences.json`, decision 0580).

usage: python scripts/build_fact_sentences.py [--leave-out SET ...] [--output PATH]
                                              [--rows PATH]

Each annotated document of the family (the seeds, `learn.json` and every blind set; never
`holdout.json`, nor the sets named after `--leave-out`) is read as `policydiff parse` reads it,
and each sentence is labelled, for each fact the learned reader reads, as stating the fact or not:
it states it when the phrase readers quoted it for the annotated value, or, where they missed the
value, when it holds the annotated value in the fact's value type (the months, the ages, the
count, the date). A logistic model per fact learns from the sentences' features
(`app.facts.sentence_model.sentence_features`: words, word pairs, section kind, value types),
and its weights are written as JSON the family reads. `--rows` keeps the labelled sentences of a
run in a file and reads them from it next time (training again takes seconds, not minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.analysis import read_sections  # noqa: E402
from app.cli.local_files import read_local_source  # noqa: E402
from app.config import get_settings  # noqa: E402
from app.facts.sentence_model import sentence_features  # noqa: E402
from app.families.childrens_policies import FAMILY  # noqa: E402
from app.families.childrens_policies.extractors import EXTRACTORS  # noqa: E402
from app.families.childrens_policies.learned_facts import (  # noqa: E402
    LEARNED_FACTS,
    MODEL_FILE,
    ages_in,
    count_in,
    months_in,
)

SHARED = Path(os.environ.get("POLICYDIFF_SHARED", ROOT.parent / "shared"))
DOCUMENTS = ROOT / "tests" / "cases" / "documents"
NEVER_LEARNED = frozenset({"holdout"})
"""Sets measured as text the models never saw (as the kind model's builder leaves them out)."""
THRESHOLD = 0.5
"""A sentence's value is read when the model thinks it more likely than not states the fact:
fixed before any measurement, not tuned."""
REGULARISATION = 1.0
"""scikit-learn's `C` (its default)."""
SMALLEST_WEIGHT = 0.01
"""A weight smaller than this moves a sentence's probability by under one per cent and is left
out of the file (it keeps the file small)."""
MIN_DOCUMENTS = 2
"""A feature is kept when sentences of at least this many documents have it."""


def annotated_documents(leave_out: frozenset[str]) -> Iterator[tuple[str, Path, dict[str, Any]]]:
    """(set, path, facts) for every annotated document of the family the model may learn."""
    seeds = SHARED / "expected" / "seeds.json"
    if seeds.exists() and "seeds" not in leave_out:
        for document in json.loads(seeds.read_text(encoding="utf-8"))["documents"]:
            yield "seeds", SHARED / "seeds" / document["file"], document["facts"]
    for path in sorted(DOCUMENTS.glob("*.json")):
        if path.stem in NEVER_LEARNED or path.stem in leave_out:
            continue
        cases = json.loads(path.read_text(encoding="utf-8"))
        chapter = cases.get("chapter")
        if isinstance(chapter, dict) and chapter.get("slug") != FAMILY.slug:
            continue
        for document in cases["documents"]:
            yield path.stem, DOCUMENTS / document["file"], document["facts"]


def _same(key: str, read: Any, annotated: Any) -> bool:
    if key == "leaving_care_support_age":
        if not read or not annotated:
            return bool(read) == bool(annotated)
        return (read["age"], sorted(e["age"] for e in read["extended"])) == (
            annotated["age"],
            sorted(e["age"] for e in annotated["extended"]),
        )
    if key in ("amendment_date", "last_updated"):
        return str(read)[:10] == str(annotated)[:10] if read and annotated else read == annotated
    return bool(read == annotated)


def _holds(key: str, words: str, dates: list[str], annotated: Any) -> bool:
    """Whether a sentence holds the annotated value in the fact's value type."""
    if key == "permanence_plan_months":
        return months_in(words) == annotated
    if key == "leaving_care_support_age":
        ages = ages_in(words)
        return ages is not None and _same(key, ages, annotated)
    if key == "corporate_parenting_principles":
        return count_in(words) == annotated
    if key in ("amendment_date", "last_updated"):
        return str(annotated) in dates
    return False


def labelled_sentences(path: Path, facts: dict[str, Any]) -> list[dict[str, Any]]:
    """Each sentence of the document at `path`: its features and the facts it states."""
    source = read_local_source(path, max_bytes=get_settings().max_upload_bytes)
    reading = read_sections(source, FAMILY)
    quoted: dict[str, list[tuple[int, int]]] = {}
    for key in LEARNED_FACTS:
        annotated = facts.get(key)
        if annotated in (None, 0):
            continue
        fact = EXTRACTORS[key](reading)
        if _same(key, fact.value, annotated):
            spans = [(e.start, e.end) for e in fact.evidence if e.origin == "text"]
            quoted[key] = spans[:1] if key == "corporate_parenting_principles" else spans
    rows = []
    for span in reading.sentences:
        words = reading.quote(span)
        original = reading.plain.to_original(span.start, span.end)
        dates = [
            found.date.isoformat()
            for found in reading.dates
            if span.start <= found.span.start < span.end
        ]
        states = []
        for key in LEARNED_FACTS:
            annotated = facts.get(key)
            if annotated in (None, 0):
                continue
            if key in quoted:
                if any(start < original.end and original.start < end for start, end in quoted[key]):
                    states.append(key)
            elif _holds(key, words, dates, annotated):
                states.append(key)
        features = sentence_features(words, reading.section_kind_at(span.start))
        rows.append({"features": features, "states": states})
    return rows


def train(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """One logistic model per learned fact, as the JSON the family reads."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    documents_with: dict[str, set[int]] = {}
    for row in rows:
        for feature in row["features"]:
            documents_with.setdefault(feature, set()).add(row["document"])
    kept = {feature for feature, seen in documents_with.items() if len(seen) >= MIN_DOCUMENTS}
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(
        [{feature: 1 for feature in row["features"] if feature in kept} for row in rows]
    )
    matrix.indices = matrix.indices.astype(np.int32)
    matrix.indptr = matrix.indptr.astype(np.int32)
    names = vectorizer.get_feature_names_out()
    model: dict[str, Any] = {"threshold": THRESHOLD, "facts": {}}
    for key in LEARNED_FACTS:
        labels = [key in row["states"] for row in rows]
        classifier = LogisticRegression(
            C=REGULARISATION, max_iter=1000, solver="liblinear", random_state=0
        )
        classifier.fit(matrix, labels)
        weights = {
            str(name): round(float(weight), 4)
            for name, weight in zip(names, classifier.coef_[0], strict=True)
            if abs(weight) >= SMALLEST_WEIGHT
        }
        model["facts"][key] = {
            "intercept": round(float(classifier.intercept_[0]), 4),
            "threshold": THRESHOLD,
            "sentences": sum(labels),
            "weights": dict(sorted(weights.items())),
        }
    return model


def main(arguments: list[str]) -> None:
    parser = argparse.ArgumentParser(
        description="Train the family's learned sentence reader of facts (decision 0580)."
    )
    parser.add_argument(
        "--leave-out", nargs="+", default=[], metavar="SET", help="sets not to learn from"
    )
    parser.add_argument("--output", type=Path, default=MODEL_FILE, help="where the weights go")
    parser.add_argument("--rows", type=Path, help="keep the labelled sentences here and reuse them")
    options = parser.parse_args(arguments)
    leave_out: set[str] = set(options.leave_out)
    output, rows_file = options.output, options.rows
    rows: list[dict[str, Any]] = []
    if rows_file is not None and rows_file.exists():
        for line in rows_file.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["set"] not in leave_out:
                rows.append(row)
    else:
        for number, (name, path, facts) in enumerate(annotated_documents(frozenset())):
            for row in labelled_sentences(path, facts):
                rows.append({"set": name, "document": number, **row})
        if rows_file is not None:
            with rows_file.open("w", encoding="utf-8") as out:
                for row in rows:
                    out.write(json.dumps(row) + "\n")
        rows = [row for row in rows if row["set"] not in leave_out]
    model = train(rows)
    output.write_text(
        json.dumps(model, indent=0, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    counts = {key: entry["sentences"] for key, entry in model["facts"].items()}
    print(f"{len(rows)} sentences; stating each fact: {counts}; written to {output}")


if __name__ == "__main__":
    main(sys.argv[1:])
