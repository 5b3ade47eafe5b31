"""The "Children's Services Policies, Values and Principles" chapter family."""

from __future__ import annotations

from pathlib import Path

from app.families.base import Family
from app.families.childrens_policies.display import (
    FACT_LABELS,
    SUPPORT_AGE_FIELD,
    value_in_words,
)
from app.families.childrens_policies.extractors import (
    EXTRACTORS,
    SEARCH_WORDS,
    detect_local_names,
)
from app.families.childrens_policies.learned_facts import with_learned_readers
from app.families.citations import load_supersessions
from app.families.kind_data import example_source, read_kinds, read_other_heading_cues
from app.families.value_fields import CITATION_LIST_FIELD
from app.sections import LazyKindModel

_HERE = Path(__file__).parent
EXAMPLE_FILES = ("examples.jsonl", "passages.jsonl")
"""Labelled passages: from annotated documents (built by `scripts/build_kind_examples.py`), and
written for the model, kind by kind, in the ways councils phrase each kind (and its headings)."""

_KINDS = read_kinds(_HERE / "kinds.toml")

FAMILY = Family(
    slug="childrens-services-policies-values-and-principles",
    title="Children's Services Policies, Values and Principles",
    kinds=_KINDS,
    other_heading_cues=read_other_heading_cues(_HERE / "kinds.toml"),
    extractors=with_learned_readers(EXTRACTORS, judged=True),
    local_names=detect_local_names,
    kind_model=LazyKindModel.from_source(
        example_source(_HERE / "kinds.toml", _KINDS, [_HERE / name for name in EXAMPLE_FILES])
    ),
    superseded=load_supersessions(_HERE / "superseded.toml"),
    fact_labels=FACT_LABELS,
    value_in_words=value_in_words,
    value_fields=(SUPPORT_AGE_FIELD, CITATION_LIST_FIELD),
    search_words=SEARCH_WORDS,
)
