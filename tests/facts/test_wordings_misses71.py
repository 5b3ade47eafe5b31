"""Facts the misses71 round read (decision 0491): a bare "Approved" field of a document-control
table dates a chapter that states nothing else and gives no day to an amendment stated for its
month; an age after a label that leads in to it ("Support ends at age" over "21") is the limit,
as "ends at age 21" is; a table of Acts set out by spaces whose notes column wraps onto lines of
their own is read row by row. Written for this test in our own words, each with a near miss.
"""

from __future__ import annotations

from tests.reading import facts_of

_TITLE = "Children's Services Policies, Values and Principles\n\n"


def _value(text: str, key: str, name: str = "chapter.txt") -> object:
    return facts_of(_TITLE + text, name)[key].value


def test_a_bare_approved_row_dates_a_chapter_that_states_nothing_else() -> None:
    text = (
        "| Version | 4.0 |\n"
        "| Owner | Head of Corporate Parenting |\n"
        "| Approved | 3 February 2026 |\n"
        "| Next review | February 2028 |\n\n"
        "Purpose\n\n"
        "This chapter says what our services for children believe and how they work.\n"
    )
    assert _value(text, "amendment_date") == "2026-02-03"


def test_a_bare_approved_row_gives_no_day_to_an_amendment_of_its_month() -> None:
    text = (
        "| Version | 4.0 |\n"
        "| Approved | 3 February 2026 |\n\n"
        "Amendment\n\n"
        "This chapter was updated in February 2026 to add a part on kinship care.\n"
    )
    assert _value(text, "amendment_date") == "2026-02"


def test_an_approved_by_row_is_no_date() -> None:
    text = (
        "| Version | 4.0 |\n"
        "| Approved by | Children's Leadership Team |\n\n"
        "Purpose\n\n"
        "This chapter says what our services for children believe and how they work.\n"
    )
    assert _value(text, "amendment_date") is None


def test_support_that_ends_at_age_names_its_limit() -> None:
    text = "Leaving care\n\nA care leaver's personal adviser support ends at age 22.\n"
    assert _value(text, "leaving_care_support_age") == {"age": 22, "extended": []}


def test_an_age_alone_under_a_label_that_leads_in_to_it_is_the_limit() -> None:
    text = (
        "## Care leavers\n\n"
        "**Help from a personal adviser lasts up to the age of**\n\n"
        "23\n\n"
        "## Sharing information\n\n"
        "We share what we know only where the law allows it.\n"
    )
    assert _value(text, "leaving_care_support_age", "chapter.md") == {"age": 23, "extended": []}


def test_an_age_alone_under_a_label_that_does_not_lead_in_is_no_limit() -> None:
    text = (
        "## Care leavers\n\n"
        "**Personal advisers in the leaving care team**\n\n"
        "23\n\n"
        "## Sharing information\n\n"
        "We share what we know only where the law allows it.\n"
    )
    assert _value(text, "leaving_care_support_age", "chapter.md") is None


_WRAPPED_TABLE = (
    "Our duties\n"
    "The Acts below set out what the council must do.\n\n"
    "Act                               Year      Why it matters\n"
    "Children Act                      1989      Welfare first; parental\n"
    "                                            responsibility\n"
    "Adoption and Children Act         2002      Adoption orders and special\n"
    "                                            guardianship\n"
    "Children and Young Persons        2008      Reviews of care\n"
    "Act                                         plans\n"
    "Children and Social Work Act      2017      The corporate parenting\n"
    "                                            principles\n\n"
    "Our values\n"
    "We tell families plainly what we are worried about and why.\n"
)


def test_a_spaced_table_whose_notes_wrap_is_read_row_by_row() -> None:
    assert _value(_WRAPPED_TABLE, "legislation_count") == 4
