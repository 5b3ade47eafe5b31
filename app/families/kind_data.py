"""A family's section kinds and labelled passages, read from its data files.

Every family keeps its kinds and cues in a `kinds.toml` and the passages its kind model learns
from in JSON-lines files beside it (docs/families.md); these readers are what turns those files
into the `SectionKind`s and `KindExample`s a `Family` holds, the same way for every family.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.sections import KindExample, SectionKind

DESCRIPTION_WEIGHT = 3.0
"""A kind's own description counts as much as three passages of a document."""
HEADING_WEIGHT = 2.0
"""A heading names its section's kind in a few words: each counts as two passages."""


def _read_toml(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def read_kinds(kinds_file: Path) -> tuple[SectionKind, ...]:
    """The section kinds and cues of a `kinds.toml`, in its order (data, reviewed like code)."""
    entries = _read_toml(kinds_file)["kinds"]
    return tuple(
        SectionKind(
            slug=entry["slug"],
            label=entry["label"],
            heading_cues=tuple(entry.get("heading_cues", ())),
            content_cues=(
                *entry.get("content_cues", ()),
                *entry.get("breakaway_cues", ()),
                *entry.get("staying_cues", ()),
                *entry.get("unheaded_cues", ()),
            ),
            heading_hints=tuple(entry.get("heading_hints", ())),
            yielding_cues=tuple(entry.get("yielding_heading_cues", ())),
            summary_cues=tuple(entry.get("summary_cues", ())),
            closing_summary=bool(entry.get("closing_summary", False)),
            splittable=bool(entry.get("splittable", False)),
            trailing=bool(entry.get("trailing", False)),
            order_free=bool(entry.get("order_free", False)),
            said_in_a_line=bool(entry.get("said_in_a_line", False)),
            named_again=bool(entry.get("named_again", False)),
            name_words=tuple(entry.get("name_words", ())),
            topics_apart=bool(entry.get("topics_apart", False)),
            breaks_away=bool(entry.get("breaks_away", False)),
            breakaway_cues=tuple(entry.get("breakaway_cues", ())),
            staying_cues=(*entry.get("staying_cues", ()), *entry.get("unheaded_cues", ())),
            unheaded_cues=tuple(entry.get("unheaded_cues", ())),
            procedure_cues=tuple(entry.get("procedure_cues", ())),
            denial_cues=tuple(entry.get("denial_cues", ())),
            label_gathers_parts=bool(entry.get("label_gathers_parts", True)),
            description=str(entry.get("description", "")),
        )
        for entry in entries
    )


def read_other_heading_cues(kinds_file: Path) -> tuple[str, ...]:
    """The heading cues of material that is none of the family's kinds (`heading_cues` under
    `[other]`): headings a council gives a service or body of its own that it adds to the
    chapter, which the kind model would otherwise place under the nearest kind (decision
    0321)."""
    other = _read_toml(kinds_file).get("other", {})
    cues = other.get("heading_cues", ()) if isinstance(other, dict) else ()
    return tuple(str(cue) for cue in cues)


def read_kind_examples(
    kinds_file: Path, kinds: Iterable[SectionKind], example_files: Iterable[Path]
) -> tuple[KindExample, ...]:
    """What the kind model learns from: each kind's description, the description of material
    that is no kind (`[other]` in `kinds.toml`), and the labelled passages of `example_files`
    (one JSON object a line: `kind`, `text`, optional `heading` and `weight`)."""
    examples = [
        KindExample(kind.slug, kind.description, DESCRIPTION_WEIGHT)
        for kind in kinds
        if kind.description
    ]
    other = _read_toml(kinds_file).get("other", {})
    if isinstance(other, dict) and other.get("description"):
        examples.append(KindExample("other", str(other["description"]), DESCRIPTION_WEIGHT))
    for path in example_files:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                weight = float(record.get("weight", HEADING_WEIGHT if record.get("heading") else 1))
                examples.append(KindExample(record["kind"], record["text"], weight))
    return tuple(examples)
