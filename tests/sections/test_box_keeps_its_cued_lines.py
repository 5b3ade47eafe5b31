"""A headed box of the scope's kind ("Key facts") keeps the lines under its first paragraph that
the box's own content cues name ("It applies to everyone who …"), as an un-headed scope section
keeps them (decision 0109): the kind model may not carry them off as the kind their other words
suggest (decision 0186).

Each page is written for this test in our own words.
"""

import pytest

from tests.sections.helpers import assert_tiles, outline_of


@pytest.mark.parametrize(
    "line",
    [
        "It applies to everyone who works with Cared for Children and care leavers, whose "
        "corporate parent is the whole council.",
        "It applies to everyone who shares information about children with partner agencies, "
        "in confidence and within the law.",
        "It applies to everyone who works under the Children's Social Care National Framework "
        "in Marlstone Vale.",
    ],
)
def test_key_facts_box_keeps_its_applies_to_line(line: str) -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "**Key facts**\n\n"
        "This chapter was last amended in April 2025.\n\n"
        f"{line}\n\n"
        "Care leavers are supported by a personal adviser to the age of 25.\n\n"
        "## Scope of this chapter\n\n"
        "This chapter describes the values that Marlstone Vale Council expects every "
        "practitioner to show.\n\n"
        "## Our values\n\nWe are honest with families and we keep our promises.\n"
    )
    outline = outline_of(text, "markdown")
    kinds = [(section.kind, section.heading) for section in outline.sections]
    assert kinds[:3] == [
        ("title", "Children's Services Policies, Values and Principles"),
        ("scope", "Key facts"),
        ("scope", "Scope of this chapter"),
    ]
    assert_tiles(outline)
