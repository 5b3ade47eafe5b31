"""The "Children's Services Policies, Values and Principles" chapter family."""

from __future__ import annotations

import tomllib
from pathlib import Path

from app.families.base import Family
from app.families.childrens_policies.extractors import EXTRACTORS, detect_local_names
from app.sections import SectionKind


def _load_kinds() -> tuple[SectionKind, ...]:
    """The family's section kinds and cues, read from `kinds.toml` (data, reviewed like code)."""
    data = tomllib.loads((Path(__file__).with_name("kinds.toml")).read_text(encoding="utf-8"))
    return tuple(
        SectionKind(
            slug=entry["slug"],
            label=entry["label"],
            heading_cues=tuple(entry.get("heading_cues", ())),
            content_cues=tuple(entry.get("content_cues", ())),
            splittable=bool(entry.get("splittable", False)),
            trailing=bool(entry.get("trailing", False)),
        )
        for entry in data["kinds"]
    )


FAMILY = Family(
    slug="childrens-services-policies-values-and-principles",
    title="Children's Services Policies, Values and Principles",
    kinds=_load_kinds(),
    extractors=EXTRACTORS,
    local_names=detect_local_names,
)
