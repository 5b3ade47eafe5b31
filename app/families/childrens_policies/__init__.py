"""The "Children's Services Policies, Values and Principles" chapter family."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from app.families.base import Family
from app.families.childrens_policies.extractors import (
    EXTRACTORS,
    SEARCH_WORDS,
    detect_local_names,
)
from app.families.citations import load_supersessions
from app.sections import KindExample, LazyKindModel, SectionKind

_HERE = Path(__file__).parent
EXAMPLE_FILES = ("examples.jsonl", "passages.jsonl")
"""Labelled passages: from annotated documents (built by `scripts/build_kind_examples.py`), and
written for the model, kind by kind, in the ways councils phrase each kind (and its headings)."""
DESCRIPTION_WEIGHT = 3.0
HEADING_WEIGHT = 2.0
"""A heading names its section's kind in a few words: each counts as two passages."""
"""A kind's own description counts as much as three passages of a document."""


def _kinds_data() -> dict[str, object]:
    return tomllib.loads((_HERE / "kinds.toml").read_text(encoding="utf-8"))


def _load_kinds() -> tuple[SectionKind, ...]:
    """The family's section kinds and cues, read from `kinds.toml` (data, reviewed like code)."""
    data = _kinds_data()
    entries = data["kinds"]
    assert isinstance(entries, list)
    return tuple(
        SectionKind(
            slug=entry["slug"],
            label=entry["label"],
            heading_cues=tuple(entry.get("heading_cues", ())),
            content_cues=tuple(entry.get("content_cues", ())),
            splittable=bool(entry.get("splittable", False)),
            trailing=bool(entry.get("trailing", False)),
            description=str(entry.get("description", "")),
        )
        for entry in entries
    )


def _load_examples(kinds: tuple[SectionKind, ...]) -> tuple[KindExample, ...]:
    """What the kind model learns from: each kind's description, the description of material
    that is no kind ("other"), and the labelled passages of `EXAMPLE_FILES`."""
    examples = [
        KindExample(kind.slug, kind.description, DESCRIPTION_WEIGHT)
        for kind in kinds
        if kind.description
    ]
    other = _kinds_data().get("other", {})
    if isinstance(other, dict) and other.get("description"):
        examples.append(KindExample("other", str(other["description"]), DESCRIPTION_WEIGHT))
    for name in EXAMPLE_FILES:
        with (_HERE / name).open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                weight = float(record.get("weight", HEADING_WEIGHT if record.get("heading") else 1))
                examples.append(KindExample(record["kind"], record["text"], weight))
    return tuple(examples)


_KINDS = _load_kinds()


FAMILY = Family(
    slug="childrens-services-policies-values-and-principles",
    title="Children's Services Policies, Values and Principles",
    kinds=_KINDS,
    extractors=EXTRACTORS,
    local_names=detect_local_names,
    kind_model=LazyKindModel(_load_examples(_KINDS)),
    superseded=load_supersessions(_HERE / "superseded.toml"),
    search_words=SEARCH_WORDS,
)
