"""Sub-headings that name sections of their own (decision 0153).

- numbered parts of a numbered section ("3.1", "3.2" under "3."), each named by the family's
  cues as a different kind and not all of the section's own kind, are sections of the chapter;
  parts no cue names, two parts of one kind, or parts of the section's own kind stay inside;
- marked-up sub-headings that stand one to a heading, each naming a kind no top heading has,
  are the top headings' peers (a Word chapter whose headings differ only by type size);
- a closing line giving the chapter's approval status is end matter (its cue is tested in
  tests/families/test_childrens_policies_kinds_sections10.py).

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of


def _kinds(text: str, syntax: str = "markdown") -> list[tuple[str, str]]:
    """Each section's kind and its first line."""
    outline = outline_of(text, syntax)
    assert_tiles(outline)
    return [(kind, start.split("\n")[0]) for kind, start in kinds_and_starts(outline, 60)]


def _starts(text: str, syntax: str = "markdown") -> list[str]:
    return [start for _, start in _kinds(text, syntax)]


_NUMBERED_PARTS = (
    "# Policies, Values and Principles\n\n"
    "## 1. Introduction\n\n"
    "This policy sets out the framework within which Ashbrook's children's services help "
    "children and their families.\n\n"
    "### 1.1 Legislation\n\n"
    "The duties come from the Children Act 1989 and the Children Act 2004.\n\n"
    "### 1.2 Working with Partners\n\n"
    "We work with schools, the police and health visitors under the local safeguarding "
    "arrangements.\n\n"
    "## 2. Values and Principles\n\n"
    "We want every child in Ashbrook to grow up safe and loved, and we are honest with "
    "families.\n\n"
    "### 2.1 Corporate Parenting\n\n"
    "The council acts as corporate parent to every child in its care.\n\n"
    "### 2.2 Permanence and Leaving Care\n\n"
    "Every child in care has a plan for permanence, and care leavers keep a personal adviser "
    "until they are 25.\n\n"
    "## 3. Information Sharing\n\n"
    "We share information with other agencies only when a child needs it.\n"
)


def test_numbered_parts_naming_kinds_of_their_own_are_sections() -> None:
    starts = _starts(_NUMBERED_PARTS)
    assert "### 1.1 Legislation" in starts
    assert "### 1.2 Working with Partners" in starts
    assert "### 2.1 Corporate Parenting" in starts
    assert "### 2.2 Permanence and Leaving Care" in starts
    kinds = {start: kind for kind, start in _kinds(_NUMBERED_PARTS)}
    assert kinds["### 2.1 Corporate Parenting"] == "corporate_parenting"
    assert kinds["### 1.2 Working with Partners"] == "shared_responsibility"


def test_numbered_parts_in_plain_text_are_sections_too() -> None:
    text = _NUMBERED_PARTS.replace("### ", "").replace("## ", "").replace("# ", "")
    starts = _starts(text, "plain")
    assert "2.1 Corporate Parenting" in starts
    assert "2.2 Permanence and Leaving Care" in starts


def test_numbered_parts_no_cue_names_stay_inside() -> None:
    text = _NUMBERED_PARTS.replace("2.2 Permanence and Leaving Care", "2.2 Being there")
    starts = _starts(text)
    assert "### 2.1 Corporate Parenting" not in starts
    assert "### 2.2 Being there" not in starts


def test_numbered_parts_of_one_kind_stay_inside() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## 1. Introduction\n\n"
        "This policy sets out the framework for our work with children and families.\n\n"
        "## 2. How we work\n\n"
        "These principles guide every plan we make.\n\n"
        "### 2.1 Permanence\n\n"
        "Every child in care has a plan for permanence by the second review.\n\n"
        "### 2.2 Leaving care\n\n"
        "Care leavers keep a personal adviser until they are 25.\n"
    )
    starts = _starts(text)
    assert "### 2.1 Permanence" not in starts
    assert "### 2.2 Leaving care" not in starts


def test_one_numbered_part_stays_inside() -> None:
    text = _NUMBERED_PARTS.split("### 2.2")[0]
    assert "### 2.1 Corporate Parenting" not in _starts(text)


_LONE_SUB_HEADINGS = (
    "# Policies, Values and Principles\n\n"
    "## Scope of this chapter\n\n"
    "This chapter sets out the values of Corrowby's children's services.\n\n"
    "### Introduction\n\n"
    "This policy sets out the framework for all of the council's work with children.\n\n"
    "## A Shared Responsibility\n\n"
    "No one agency can keep children safe on its own.\n\n"
    "### Our Practice Model\n\n"
    "Corrowby uses Restorative Practice with every family.\n\n"
    "## Corporate Parenting\n\n"
    "The council acts as corporate parent to every child in its care.\n\n"
    "### Leaving Care\n\n"
    "Young people leaving care keep a personal adviser until they are 25.\n\n"
    "## Information Sharing\n\n"
    "We share information only when a child needs it.\n"
)


def test_lone_sub_headings_naming_kinds_no_top_heading_has_are_peers() -> None:
    kinds = _kinds(_LONE_SUB_HEADINGS)
    assert ("introduction", "### Introduction") in kinds
    assert ("practice_model", "### Our Practice Model") in kinds
    assert ("key_principles", "### Leaving Care") in kinds


def test_a_lone_sub_heading_of_a_top_headings_kind_keeps_them_all_sub_headings() -> None:
    text = _LONE_SUB_HEADINGS.replace(
        "## Information Sharing", "## Key Principles\n\nWe keep families together.\n\n## Sharing"
    )
    starts = _starts(text)
    assert "### Leaving Care" not in starts
    assert "### Our Practice Model" not in starts


def test_two_sub_headings_under_one_heading_keep_them_all_sub_headings() -> None:
    text = _LONE_SUB_HEADINGS.replace(
        "### Our Practice Model", "### Vision\n\nWe want children to thrive.\n\n### Our Model"
    )
    starts = _starts(text)
    assert "### Vision" not in starts
    assert "### Leaving Care" not in starts


def test_a_single_lone_sub_heading_stays_under_its_heading() -> None:
    text = _LONE_SUB_HEADINGS.replace("### Our Practice Model\n\n", "").replace(
        "### Introduction\n\n", ""
    )
    assert "### Leaving Care" not in _starts(text)


def test_an_introduction_under_the_scope_opens_its_section_whatever_the_group() -> None:
    """Decision 0147: a sub-heading under the scope whose paragraph a cue opens starts that
    section, whether or not the lone sub-headings rise as peers (decision 0153)."""
    text = _LONE_SUB_HEADINGS.replace("### Our Practice Model\n\n", "").replace(
        "### Leaving Care\n\n", ""
    )
    assert ("introduction", "### Introduction") in _kinds(text)


def test_a_status_line_closing_the_chapter_opens_end_matter() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "Introduction\n\n"
        "This policy sets out the framework for our work with children and families.\n\n"
        "Key Principles\n\n"
        "Every child in care has a plan for permanence within four months.\n\n"
        "Status of this chapter: Approved\n"
    )
    assert _kinds(text, "plain")[-1] == ("end_matter", "Status of this chapter: Approved")


def test_a_status_line_under_the_title_is_no_end_matter() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "Status of this chapter: Approved\n\n"
        "Introduction\n\n"
        "This policy sets out the framework for our work with children and families. It "
        "applies to every team.\n\n"
        "Our Values\n\n"
        "We are honest with families and we listen to children, and we keep our promises.\n\n"
        "Corporate Parenting\n\n"
        "The council acts as corporate parent to every child in its care.\n\n"
        "Key Principles\n\n"
        "Every child in care has a plan for permanence within four months.\n"
    )
    assert "end_matter" not in [kind for kind, _ in _kinds(text, "plain")]
