"""Section kinds blind set 117 showed the reader missing (decision 0192): a heading naming care
leavers by the young people's own term, "Care-experienced young people", heads key principles
(leaving care), as "Care leavers" does."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of


@pytest.mark.parametrize(
    "heading", ["Care-experienced young people", "Care experienced adults", "Care-experienced"]
)
def test_a_heading_naming_care_experienced_young_people_heads_key_principles(
    heading: str,
) -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Introduction\n\n"
        "This policy sets out the framework for our work with children and families.\n\n"
        f"## {heading}\n\n"
        "They can ask for a personal adviser until they turn twenty-five.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    section = next(s for s in outline.sections if s.heading and heading in s.heading)
    assert section.kind == "key_principles"
