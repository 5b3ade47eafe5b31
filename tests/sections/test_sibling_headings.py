"""Headings of one kind in a row: siblings that each open a section, or parts that join one.

A contents list names the document's sections; headings marked up at the same rank as a section
that already says something of its own are siblings; a one-line lead-in, plain lines and a scope
box's own parts keep the headings together (decision 0043).
"""

from hypothesis import given
from hypothesis import strategies as st

from app.sections.contents_list import entry_words
from tests.sections.helpers import assert_tiles, outline_of


def _headings(outline):
    return [(section.kind, section.heading) for section in outline.sections]


def test_a_heading_named_by_the_contents_list_opens_its_own_scope_section():
    text = (
        "# Our Services: Policy, Values and Principles\n\n## Contents\n\n- Scope of this chapter\n"
        "- Our values\n\n## Scope of this chapter\n\nThis chapter applies to every member of staff "
        "in the service.\n\n## Our values\n\nWe are open and fair with families.\n"
    )
    outline = outline_of(text, "markdown")
    assert _headings(outline)[1:3] == [("scope", "Contents"), ("scope", "Scope of this chapter")]
    assert_tiles(outline)


def test_an_amendment_heading_the_contents_list_does_not_name_stays_in_the_scope_box():
    text = (
        "# Policy, Values and Principles\n\n## Contents\n\n- Introduction\n- Our values\n\n"
        "## Amendment\n\nIn June 2024 this chapter was reviewed and updated.\n\n"
        "## Introduction\n\nThis policy sets out the framework for our work with children.\n"
    )
    outline = outline_of(text, "markdown")
    assert [kind for kind, _heading in _headings(outline)] == ["title", "scope", "introduction"]
    assert _headings(outline)[1] == ("scope", "Contents")


def test_a_same_rank_heading_after_a_section_with_its_own_body_is_a_sibling():
    text = (
        "# Policy, Values and Principles\n\n## Permanence\n\nA permanence plan is agreed at the "
        "second review. Family and friends are always considered first.\n\n"
        "## Support for care leavers\n\nAge | Support\n18 to 21 | A personal adviser for all\n"
    )
    outline = outline_of(text, "markdown")
    assert _headings(outline)[1:] == [
        ("key_principles", "Permanence"),
        ("key_principles", "Support for care leavers"),
    ]
    assert_tiles(outline)


def test_a_one_sentence_lead_in_keeps_its_sub_headings():
    text = (
        "# Policy, Values and Principles\n\n## Key Outcomes\n\nWe measure five outcomes.\n\n"
        "## Being healthy\n\nChildren see a doctor. They see a dentist too.\n\n"
        "## Being safe\n\nChildren are protected from harm. Risks are reviewed.\n"
    )
    outline = outline_of(text, "markdown")
    assert _headings(outline)[1:] == [("key_outcomes", "Key Outcomes")]


def test_plain_lines_of_one_kind_still_join():
    text = (
        "Policy, Values and Principles\n\nPermanence\n\nA permanence plan is agreed at the second "
        "review. Family and friends are considered first.\n\nLeaving care\n\nCare leavers keep "
        "a personal adviser until they are 21.\n"
    )
    outline = outline_of(text, "plain")
    assert [kind for kind, _heading in _headings(outline)].count("key_principles") == 1


def test_contents_entries_compare_without_number_leader_or_page():
    assert entry_words("1. Scope of this chapter ........ 2") == entry_words(
        "Scope of this chapter"
    )
    assert entry_words("Scope of this chapter") != entry_words("Scope of this procedure")


@given(
    st.text(alphabet="abcdefg ", min_size=1, max_size=40).filter(lambda words: words.strip()),
    st.integers(min_value=1, max_value=99),
    st.integers(min_value=1, max_value=999),
)
def test_a_numbered_entry_with_leader_and_page_reads_as_its_words(words, number, page):
    words = words.strip()
    assert entry_words(f"{number}. {words} ....... {page}") == entry_words(words)
