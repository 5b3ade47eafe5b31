"""Facts in wordings blind set 332 showed the reader missing (decision 0486).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

_TITLE = "# Fostering Values\n\n"
_CLOSE = "## Records\n\nWe keep records safe.\n"

# --- corporate parenting principles ---------------------------------------------------------


def test_paragraphs_numbered_by_hand_after_a_colon_are_counted() -> None:
    # A Word paragraph typed as "1. ..." without a list style reaches the text escaped; the
    # principles are not in the statute's order, so only their numbers make them a list.
    principles = (
        "Put the child's best interests first and look after their health.",
        "Help each child to tell us what they think.",
        "Take their wishes into account in every plan.",
        "Help them to use the services they need.",
        "Keep them safe and give them stable homes.",
        "Aim high with them and for them.",
        "Get them ready for adult life.",
    )
    numbered = "".join(f"{n}\\. {words}\n\n" for n, words in enumerate(principles, start=1))
    text = (
        _TITLE + "## The council as parent\n\n"
        "As a corporate parent the council keeps to these principles:\n\n" + numbered + _CLOSE
    )
    assert facts_of(text, "chapter.md")["corporate_parenting_principles"].value == 7


def test_a_lettered_range_after_the_principles_gives_their_number() -> None:
    text = (
        _TITLE + "## Corporate parenting\n\n"
        "The council applies the principles set out in section 1(1) of the Children and Social "
        "Work Act 2017, paragraphs (a) to (g), to every decision about a child in its care.\n\n"
        + _CLOSE
    )
    assert facts_of(text, "chapter.md")["corporate_parenting_principles"].value == 7


def test_a_lettered_range_that_cites_no_principles_counts_none() -> None:
    text = (
        _TITLE + "## Corporate parenting\n\n"
        "Councillors visit our homes, as regulation 44, paragraphs (a) to (d), requires, and "
        "report what they find to the panel.\n\n" + _CLOSE
    )
    assert facts_of(text, "chapter.md")["corporate_parenting_principles"].value == 0


_PROMISES = (
    "We promise to act in the best interests of each child and to care for their health.",
    "We promise to hear their views, wishes and feelings and to take them seriously.",
    "We promise to tell them about the services the council runs.",
    "We promise to help them make the most of these services.",
    "We promise to keep high hopes for every one of them.",
    "We promise to keep them safe and to give them a stable home.",
    "We promise to ready them for adulthood.",
)


def test_promises_one_a_paragraph_in_one_form_count_a_principle_said_in_two() -> None:
    text = (
        _TITLE + "## Corporate parenting\n\n"
        "Every councillor shares the council's role as corporate parent.\n\n"
        + "".join(f"{promise}\n\n" for promise in _PROMISES)
        + _CLOSE
    )
    assert facts_of(text, "chapter.md")["corporate_parenting_principles"].value == 7


def test_a_practice_paragraph_in_another_form_does_not_join_the_promises() -> None:
    text = (
        _TITLE + "## Corporate parenting\n\n"
        "Every councillor shares the council's role as corporate parent.\n\n"
        + "".join(f"{promise}\n\n" for promise in _PROMISES)
        + "Young adults who left care sit on the panel.\n\n"
        + _CLOSE
    )
    assert facts_of(text, "chapter.md")["corporate_parenting_principles"].value == 7


# --- amendment date and page stamp ----------------------------------------------------------


def test_a_text_that_has_applied_since_a_day_is_dated_by_it() -> None:
    text = (
        _TITLE + "This policy replaces the version of June 2020. It has applied since 2 March "
        "2026.\n\n## Our values\n\nWe tell children the truth.\n"
    )
    assert facts_of(text, "chapter.md")["amendment_date"].value == "2026-03-02"


def test_a_law_that_has_applied_since_a_day_dates_no_amendment() -> None:
    text = (
        _TITLE + "## Our values\n\nThe Children Act 1989 sets our duties. It has applied since "
        "14 October 1991.\n"
    )
    assert facts_of(text, "chapter.md")["amendment_date"].value is None


def test_the_chapter_published_in_its_current_form_is_dated_then() -> None:
    text = (
        _TITLE + "## Status\n\nThe chapter was shortened during the spring and published in "
        "its current form on 9 January 2026.\n\n"
        "## Our values\n\nWe tell children the truth.\n"
    )
    assert facts_of(text, "chapter.md")["amendment_date"].value == "2026-01-09"


def test_another_document_published_in_its_current_form_dates_no_amendment() -> None:
    text = (
        _TITLE + "## Our values\n\nWe follow Working Together. The guidance was published in "
        "its current form on 15 December 2023.\n"
    )
    assert facts_of(text, "chapter.md")["amendment_date"].value is None


def test_a_run_in_page_stamp_with_its_weekday_is_no_amendment() -> None:
    text = (
        _TITLE + "## Our values\n\nWe tell children the truth.\n\n"
        "Page updated on Friday, 6 March 2026\n"
    )
    facts = facts_of(text, "chapter.md")
    assert facts["last_updated"].value == "2026-03-06"
    assert facts["amendment_date"].value is None
