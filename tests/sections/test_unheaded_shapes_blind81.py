"""Sections met in the eighty-first blind round (decision 0141): chapters with no headings.

- a numbered paragraph that is only a lead-in ending on a colon ("2. The law we work under
  includes:") with lettered sub-paragraphs "(a) …", "(b) …" under it is the first paragraph of
  its number's group, so it may open a section as a numbered paragraph does, however short;
  a lead-in over a list that is not lettered, or a numbered line ending on no colon, is not;
- a one-line lead-in that announces its topic ("A word on partnership.") stays with the
  paragraph under it when that paragraph's cue opens a section;
- the chapter's name opening on two of its words ("Values and Principles of … Children's
  Services") is the title, not a values heading.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from tests.sections.outline_helpers import kinds_and_openings

_NUMBERED = (
    "Children's Services Policy, Values and Principles\n\n"
    "1. This chapter applies to everyone who works with children in Pellow Cross, on the "
    "council's staff or on its behalf. It explains what the service stands for.\n\n"
    "2. The law we work under includes:\n\n"
    "(a) the Children Act 1989;\n\n"
    "(b) the Children Act 2004;\n\n"
    "(c) the Children and Families Act 2014.\n\n"
    "3. Keeping children safe is shared with schools, doctors, the police and neighbours. We "
    "meet them through the local safeguarding partnership and act on what they tell us.\n\n"
    "4. We hold to these values:\n\n"
    "(a) children come first;\n\n"
    "(b) parents are told the truth;\n\n"
    "(c) every family is treated fairly.\n\n"
    "5. Personal records are confidential. They are shared only where the law allows it and "
    "a child's safety needs it, and families are told what was shared.\n"
)


def test_a_numbered_lead_in_over_lettered_paragraphs_opens_its_section() -> None:
    kinds = kinds_and_openings(_NUMBERED, "plain", 30)
    assert [kind for kind, _ in kinds] == [
        "title",
        "scope",
        "introduction",
        "shared_responsibility",
        "values",
        "information_sharing",
    ]
    assert kinds[2][1].startswith("2. The law we work under")
    assert kinds[4][1].startswith("4. We hold to these values")


def test_a_numbered_lead_in_over_a_bulleted_list_is_no_group_lead() -> None:
    from app.sections.assemble import _leads_its_numbered_group
    from app.sections.blocks_text import scan_text_blocks
    from app.text import LineIndex

    for lead, first in (
        ("2. The law we work under includes:", "- the Children Act 1989;"),
        ("2. The law we work under includes.", "(a) the Children Act 1989;"),
        ("2. The law we work under includes:", "(a) the Children Act 1989;"),
    ):
        text = f"1. Scope of the chapter is set out here.\n\n{lead}\n\n{first}\n"
        raw = scan_text_blocks(text, LineIndex(text).line_starts())
        index = next(i for i, block in enumerate(raw) if text[block.start :].startswith("2."))
        expected = lead.endswith(":") and first.startswith("(a)")
        assert _leads_its_numbered_group(text, raw, index) is expected, (lead, first)


def test_a_line_announcing_its_topic_stays_with_the_cued_paragraph_under_it() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "This chapter is for every member of staff in children's services in Orland.\n\n"
        "Orland Council works with children and families under the Children Act 1989 and the "
        "Children Act 2004, and with the statutory guidance issued under them.\n\n"
        "A few words about partnership.\n\n"
        "No single agency can protect children on its own. Teachers, health visitors and the "
        "police all see what we do not, and we rely on them to tell us when they are worried.\n"
    )
    kinds = kinds_and_openings(text, "plain", 30)
    assert kinds[-1][0] == "shared_responsibility"
    assert kinds[-1][1].startswith("A few words about partnershi")


def test_the_chapters_name_opening_on_values_and_principles_is_the_title() -> None:
    text = (
        "Values and Principles of Fernley Children's Services\n\n"
        "What is this chapter for? It sets out the beliefs behind every procedure in this manual "
        "and applies to all staff.\n\n"
        "Which laws apply? The Children Act 1989 is the main one, with the Children Act 2004.\n"
    )
    kinds = kinds_and_openings(text, "plain", 30)
    assert kinds[0] == ("title", "Values and Principles of Fernl")
    assert "values" not in [kind for kind, _ in kinds]
