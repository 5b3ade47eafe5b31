"""The family's extractors on wordings met in the twenty-sixth blind round (pages and their
copies as text): a model the council's staff "practise within", a version line that says when
it was last amended, statutes in a sentence about the framework they set or the policy's
footing, and a version history copied from a web page with tabs between its cells.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from tests.families.fact_helpers import fact_value

TITLE = "Fostering Values\n\n"


def test_practising_within_a_name_under_a_practice_model_heading_names_the_model():
    text = TITLE + (
        "Our practice model\n\nOur family workers practise within Bright Paths, a way of "
        "working we wrote with parents. It asks what is going well before what is not.\n"
    )
    assert fact_value(text, "named_models") == ["Bright Paths"]


def test_working_within_a_named_area_elsewhere_names_no_model():
    text = TITLE + (
        "Our teams\n\nOur family workers work within Northgate Children's Services and "
        "visit families at home.\n"
    )
    assert fact_value(text, "named_models") == []


def test_a_version_line_saying_when_it_was_last_amended_dates_the_amendment():
    text = TITLE + "Version 5.2 \u2013 last amended 14 August 2024\n\nThe scope of this chapter.\n"
    assert fact_value(text, "amendment_date") == "2024-08-14"
    assert fact_value(text, "version_label") == "Version 5.2"


def test_a_version_line_saying_when_it_was_published_is_no_later_amendment_wording():
    text = TITLE + "Version 5.2 \u2013 next review 14 August 2026\n\nThe scope of this chapter.\n"
    assert fact_value(text, "amendment_date") is None


def test_statutes_in_the_framework_they_set_are_the_legislation():
    text = TITLE + (
        "Introduction\n\nWe support foster carers within the framework set by the Children "
        "Act 1989, the Care Standards Act 2000 and the Children and Families Act 2014.\n"
    )
    assert fact_value(text, "legislation_count") == 3


def test_two_statutes_the_policy_is_underpinned_by_are_its_legislation():
    text = TITLE + (
        "Introduction\n\nThis policy is underpinned by the Children Act 1989 and the Care "
        "Standards Act 2000, which set the duties of a fostering service.\n"
    )
    assert fact_value(text, "legislation_count") == 2


def test_two_statutes_mentioned_in_passing_are_no_legislation_list():
    text = TITLE + (
        "Introduction\n\nThe Children and Families Act 2014 changed parts of the Children "
        "Act 1989 that deal with fostering for adoption.\n"
    )
    assert fact_value(text, "legislation_count") == 0


def test_a_version_history_copied_with_tabs_gives_the_latest_version():
    text = TITLE + (
        "Changes to this page\n"
        "Date\tVersion\tWhat changed\n"
        "June 2024\t3.1\tAllowances section rewritten\n"
        "May 2022\t3.0\tFirst published on the new site\n\n"
        "Scope\n\nThis chapter applies to every fostering social worker.\n"
    )
    assert fact_value(text, "version_label") == "3.1"


def test_words_set_apart_by_single_spaces_are_no_table():
    text = TITLE + (
        "Scope\n\nThis chapter version 3 of our guidance applies to every fostering social "
        "worker.\n"
    )
    assert fact_value(text, "version_label") is None
