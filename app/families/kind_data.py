"""A family's section kinds and labelled passages, read from its data files.

Every family keeps its kinds and cues in a `kinds.toml` and the passages its kind model learns
from in JSON-lines files beside it (docs/families.md); these readers are what turns those files
into the `SectionKind`s and `KindExample`s a `Family` holds, the same way for every family.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.sections import ExampleSource, KindExample, SectionKind

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


def examples_identity(kinds_file: Path, example_files: Iterable[Path]) -> str:
    """A digest of everything `read_kind_examples` answers from: the kinds file's and the example
    files' bytes, the weights, and this module's own code (how a line becomes an example). It
    names the family's kept model (decision 0550), so a changed passage, weight or reader never
    reuses a model trained before; the files are hashed, not read as examples."""
    digest = hashlib.sha256()
    weights = {"description": DESCRIPTION_WEIGHT, "heading": HEADING_WEIGHT}
    digest.update(json.dumps(weights, sort_keys=True).encode())
    for path in (Path(__file__), kinds_file, *example_files):
        data = path.read_bytes()
        digest.update(json.dumps([path.name, len(data)]).encode())
        digest.update(data)
    return digest.hexdigest()


def example_source(
    kinds_file: Path, kinds: Iterable[SectionKind], example_files: Iterable[Path]
) -> ExampleSource:
    """A family's examples as `read_kind_examples` reads them, read only when its model is
    trained: a process that finds the model kept pays only for hashing the files."""
    kinds = tuple(kinds)
    example_files = tuple(example_files)
    return ExampleSource(
        read=lambda: read_kind_examples(kinds_file, kinds, example_files),
        identity=lambda: examples_identity(kinds_file, example_files),
    )
