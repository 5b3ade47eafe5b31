"""Wordings blind set 368 showed the reader missing (decision 0543).

- A support age after "up to" with bracketed or comma-set words saying whether the birthday
  itself is in ("up to (but not including) their 25th birthday").
- The corporate parenting duties paraphrased over two paragraphs, the second opening on "also".
- The principles set out in two lists, each introduced by a count of its part ("The first three
  principles …", "The other four …"): a part's count is no stated count of the principles.
- A law section whose first sentence runs three Acts together and whose next sentence cites a
  fourth in prose: the heading makes every Act the section cites its list.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from __future__ import annotations

from tests.families.fact_helpers import fact_count, fact_value, support_ages
from tests.reading import facts_of

_CHAPTER = (
    "Children's Services Policies, Values and Principles\n\n"
    "Introduction\n\n"
    "This chapter is for everyone who works in the county's services for children.\n\n"
    "{heading}\n\n"
    "{paragraphs}\n"
)


def _chapter(paragraphs: str, heading: str) -> str:
    return _CHAPTER.format(heading=heading, paragraphs=paragraphs)


def test_words_set_in_brackets_or_commas_after_up_to_leave_the_age_read() -> None:
    leaving = "Leaving care"
    bracketed = _chapter(
        "Each young person who has left care keeps a personal adviser up to (and including) "
        "the age of 24.",
        leaving,
    )
    assert support_ages(bracketed) == (24, [])
    comma_set = _chapter(
        "Care leavers are offered a personal adviser up to, but not including, their "
        "twenty-fifth birthday.",
        leaving,
    )
    assert support_ages(comma_set) == (25, [])


def test_duties_paraphrased_over_two_paragraphs_are_counted_together() -> None:
    paragraphs = (
        "As a corporate parent the council will act in the best interests of every child it "
        "looks after, encourage each of them to say what they think and feel, and take what "
        "they say into account.\n\n"
        "The council will also help them to access and make the most of its services, hold high "
        "aspirations for them, help them to be safe and to enjoy stability at home and at "
        "school, and prepare them for adulthood and independent living."
    )
    assert (
        fact_count(_chapter(paragraphs, "Corporate parenting"), "corporate_parenting_principles")
        == 7
    )


def test_a_paragraph_that_does_not_carry_on_the_duties_is_not_counted_with_them() -> None:
    """The next paragraph speaks of the panel, not of more duties: the first paragraph's three
    duties alone are no paraphrase of the principles."""
    paragraphs = (
        "As a corporate parent the council will act in the best interests of every child it "
        "looks after, encourage each of them to say what they think and feel, and take what "
        "they say into account.\n\n"
        "The corporate parenting panel meets every quarter to check how well this is done."
    )
    assert (
        fact_count(_chapter(paragraphs, "Corporate parenting"), "corporate_parenting_principles")
        != 7
    )


def test_the_count_of_a_part_of_the_principles_is_no_stated_count() -> None:
    paragraphs = (
        "The first four principles are about how we treat children:\n\n"
        "- act in their best interests and promote their health and well-being\n"
        "- encourage them to express their views, wishes and feelings\n"
        "- take account of those views, wishes and feelings\n"
        "- help them to gain access to and make the best use of services\n\n"
        "The remaining three principles are about their future:\n\n"
        "- promote high aspirations and seek the best outcomes for them\n"
        "- help them to be safe and to have stability in their lives\n"
        "- prepare them for adulthood and independent living\n"
    )
    fact = fact_value(_chapter(paragraphs, "Corporate parenting"), "corporate_parenting_principles")
    assert fact == 7
    principles = facts_of(_chapter(paragraphs, "Corporate parenting"), "chapter.md")[
        "corporate_parenting_principles"
    ]
    assert not principles.alternatives


def test_every_act_a_law_section_cites_is_its_list() -> None:
    paragraphs = (
        "Our duties come mainly from the Children Act 1989, the Adoption and Children Act 2002 "
        "and the Children Act 2004. The Children and Social Work Act 2017 introduced the "
        "principles of corporate parenting."
    )
    assert fact_count(_chapter(paragraphs, "Where our duties come from"), "legislation_count") == 4


def test_acts_cited_outside_the_law_section_are_not_added() -> None:
    """Only the law section's own sentences add to its list."""
    chapter = _chapter(
        "Our duties come mainly from the Children Act 1989, the Adoption and Children Act 2002 "
        "and the Children Act 2004.",
        "Where our duties come from",
    ) + (
        "\nCorporate parenting\n\n"
        "The Children and Social Work Act 2017 introduced the principles of corporate "
        "parenting.\n"
    )
    assert fact_count(chapter, "legislation_count") == 3


def test_short_names_for_listed_acts_in_the_law_section_are_not_added() -> None:
    """The section's later sentence names the listed Acts again by short names ("the Act of
    2004", "the Adoption Act and the 1989 Act"): no Act is added."""
    paragraphs = (
        "Three Acts set our duties: the Children Act 1989, the Adoption and Children Act 2002 "
        "and the Children Act 2004. Below, the Act of 2004 and the Adoption Act and the 1989 "
        "Act mean these."
    )
    assert fact_count(_chapter(paragraphs, "Where our duties come from"), "legislation_count") == 3
