"""Section readings met in the fifteenth blind round (issue 12): paragraphs numbered 1.1, 1.2
with no headings keep the sections their numbers make; a section whose body is one full
sentence of some length is complete, so the next heading of its rank is a sibling; outcomes
named by what the service wants for children."""

from hypothesis import given
from hypothesis import strategies as st

from app.sections.paragraph_numbers import continues_numbered_section, paragraph_section_number
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of


def test_a_numbered_paragraph_stays_in_the_section_its_number_names() -> None:
    text = (
        "Our Policy, Values and Principles\n\n"
        "1.1 This chapter gives the policy that all of the manual's procedures follow.\n\n"
        "1.2 It was revised in May 2024 to shorten the values.\n\n"
        "1.3 It applies to every child and family the service works with, and to children in "
        "care and care leavers.\n\n"
        "2.1 The council's duties come from the Children Act 1989, the Children Act 2004 and "
        "the Children and Families Act 2014, and from statutory guidance.\n\n"
        "3.1 We are honest with families, we listen to children and we keep our promises.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    starts = kinds_and_starts(outline, 12)
    assert ("scope", "1.1 This cha") in starts
    assert all(not start.startswith("1.3") for _kind, start in starts)


def test_paragraph_numbers_group_paragraphs_by_their_first_number() -> None:
    assert paragraph_section_number("4.2 We keep records safe.") == 4
    assert paragraph_section_number("In 2024 we changed it.") is None
    assert paragraph_section_number("1989 was the year of the Act.") is None
    contents = ["1.1 One.", "1.2 Two.", "- a list item", "1.3 Three.", "2.1 Four.", "2.2 Five."]
    assert continues_numbered_section(contents) == [False, True, False, True, False, True]


@given(st.lists(st.integers(min_value=1, max_value=12), max_size=12))
def test_a_paragraph_continues_only_the_number_before_it(numbers: list[int]) -> None:
    contents = [f"{number}.1 Words." for number in numbers]
    continuing = continues_numbered_section(contents)
    assert len(continuing) == len(contents)
    for position, continues in enumerate(continuing):
        assert continues == (position > 0 and numbers[position] == numbers[position - 1])


def test_a_heading_after_one_long_sentence_of_its_kind_is_a_sibling() -> None:
    text = (
        "# Policies\n\n## Our values\n\nWe are fair. We are kind.\n\n"
        "## Permanence\n\nEvery child who comes into care has a plan for where they will grow "
        "up agreed at their second review, and a panel checks that the plan is carried out.\n\n"
        "## Support for care leavers\n\nCare leavers have a personal adviser until they are "
        "21, and until 25 if they are studying.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    headings = [(section.kind, section.heading) for section in outline.sections]
    assert ("key_principles", "Permanence") in headings
    assert ("key_principles", "Support for care leavers") in headings


def test_a_short_lead_in_still_gathers_the_headings_under_it() -> None:
    text = (
        "# Policies\n\n## Key Outcomes\n\nWe measure outcomes.\n\n"
        "## Being healthy\n\nChildren get help with their health.\n\n"
        "## Being safe\n\nChildren are protected from harm.\n"
    )
    outline = outline_of(text, "markdown")
    assert [section.heading for section in outline.sections] == ["Policies", "Key Outcomes"]


def test_outcomes_asked_as_what_the_service_wants_for_children() -> None:
    text = (
        "# Policies\n\n**What do we value?**\n\nWe value honesty and we keep our word.\n\n"
        "**What do we want for our young people?**\n\nThat they stay safe and well, make "
        "progress at school and college, and have people around them they can rely on.\n\n"
        "**How do we make decisions?**\n\nWe ask children first, and families second.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    kinds = {section.heading: section.kind for section in outline.sections}
    assert kinds["What do we want for our young people?"] == "key_outcomes"
