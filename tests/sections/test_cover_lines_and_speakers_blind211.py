"""Two readings from blind211 (decision 0331), each passage in our own words:

- A cover set in large type under the title (the council, the manual, "Version 4", a month),
  straight over a heading the family's cues know, was judged no headings (decision 0213) but
  kept its heading markup; it was then an un-headed run the kind model had to name. The lines
  are the cover the title heads: they stand in the title's section.
- A pull quote's speaker named with the age between the name and a role ("Priya, 15, member
  of the Children in Care Council") is a speaker's line, as "Dean, 20" is (decision 0187), and
  heads nothing, though a designer set it apart in colour (read as bold) and it runs to ten
  words.

Sections still tile the text.
"""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_COVER = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Harrowby District Council\n\n"
    "## Children's Services Procedures Manual\n\n"
    "## Version 4\n\n"
    "## September 2025\n\n"
    "## Contents\n\n"
    "1. Scope of this chapter\n\n"
    "2. Our values\n\n"
    "## 1. Scope of this chapter\n\n"
    "This chapter applies to everyone who works in Harrowby's children's services. It was "
    "amended in September 2025.\n\n"
    "## 2. Our values\n\n"
    "We listen to children, we are honest with their families and we do what we say we will.\n"
)


def test_a_cover_in_large_type_under_the_title_stands_with_the_title() -> None:
    outline = outline_of(_COVER, "markdown")
    assert_tiles(outline)
    sections = kinds_and_starts(outline, 60)
    assert sections[0][0] == "title"
    assert [kind for kind, _ in sections] == ["title", "scope", "scope", "values"]
    assert outline.sections[0].text.rstrip().endswith("## September 2025")


_QUOTED = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## What we believe\n\n"
    "Children belong with people who love them, and we look to their own families first "
    "whenever they cannot live at home.\n\n"
    '"They listened to what I wanted and then they actually did it."\n\n'
    "{speaker}\n\n"
    "We judge ourselves by what children tell us about their lives.\n\n"
    "## Sharing information\n\n"
    "We share what families tell us only when the law allows it and a child's safety needs it.\n"
)


def test_a_speaker_with_the_age_before_a_role_heads_nothing() -> None:
    speaker = "**Priya, 15, member of the Harrowby Children in Care Council**"
    outline = outline_of(_QUOTED.format(speaker=speaker), "markdown")
    assert_tiles(outline)
    headings = [
        block.text for section in outline.sections for block in section.blocks
        if block.type == "heading"
    ]  # fmt: skip
    assert not any("Priya" in heading for heading in headings)
    assert [kind for kind, _ in kinds_and_starts(outline)] == [
        "title",
        "values",
        "information_sharing",
    ]


def test_a_capitalised_heading_under_a_quotation_still_heads_its_section() -> None:
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "What We Believe\n\n"
        "Children belong with people who love them, and we look to their own families first.\n\n"
        '"They listened to what I wanted and then they actually did it."\n\n'
        "Sharing Information With Other Agencies\n\n"
        "We share what families tell us only when the law allows it and a child's safety "
        "needs it.\n"
    )
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    assert [kind for kind, _ in kinds_and_starts(outline, 40)][-1] == "information_sharing"
