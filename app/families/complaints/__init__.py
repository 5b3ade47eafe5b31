"""The children's services "Complaints and Representations Procedure" chapter family.

Shipped with policydiff and found, like any other family, through its `policydiff.families`
entry point (pyproject.toml): kinds and cues in `kinds.toml`, labelled passages for the kind
model in `passages.jsonl`, complainant categories in `facts.toml`, extractors in `extractors.py`.
"""

from __future__ import annotations

from pathlib import Path

from app.families.base import Family
from app.families.complaints.display import FACT_LABELS, TIMESCALE_FIELD, value_in_words
from app.families.complaints.extractors import EXTRACTORS, SEARCH_WORDS
from app.families.kind_data import example_source, read_kinds
from app.families.value_fields import CITATION_LIST_FIELD
from app.sections import LazyKindModel

_HERE = Path(__file__).parent
_KINDS = read_kinds(_HERE / "kinds.toml")

FAMILY = Family(
    slug="complaints-and-representations",
    title="Complaints and Representations Procedure",
    kinds=_KINDS,
    extractors=EXTRACTORS,
    kind_model=LazyKindModel.from_source(
        example_source(_HERE / "kinds.toml", _KINDS, [_HERE / "passages.jsonl"])
    ),
    fact_labels=FACT_LABELS,
    value_in_words=value_in_words,
    value_fields=(TIMESCALE_FIELD, CITATION_LIST_FIELD),
    search_words=SEARCH_WORDS,
)
