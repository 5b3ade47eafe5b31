"""Facts in wordings blind set 47 showed the reader missing (decision 0096).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- amendment date: ranges of months, a year naming the chapter's review ---------------------


def test_a_chapter_amended_over_a_range_of_months_is_dated_by_the_ranges_end():
    text = (
        "Fostering Policy\n\nAbout this policy\n"
        "This policy was revised between February and April 2025. It covers all carers.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-04"


def test_a_range_with_years_on_both_ends_is_dated_by_its_end():
    text = (
        "Fostering Policy\n\nAbout this policy\n"
        "This policy was updated from November 2024 to January 2025. It covers all carers.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-01"


def test_a_changes_label_over_a_range_of_months_is_an_amendment():
    text = (
        "Fostering Policy\n\n"
        "Changes made between June and August 2024 are shown in bold.\n\n"
        "About this policy\nIt covers all carers.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-08"


def test_another_documents_review_over_a_range_of_months_is_no_amendment():
    text = (
        "Fostering Policy\n\nAbout this policy\n"
        "Read it with the Carers' Handbook, which was reviewed between February and April 2025.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


def test_a_year_naming_the_chapters_review_dates_the_part_it_changed():
    text = (
        "Fostering Policy\n\nAmendment\n"
        "After the 2024 review, section 5 now says how allowances are paid.\n\n"
        "About this policy\nIt covers all carers.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024"


def test_a_year_naming_a_published_review_is_no_amendment():
    text = (
        "Fostering Policy\n\nAbout this policy\n"
        "After the 2022 Review of Children's Social Care, section 5 of the guidance changed.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


def test_a_year_naming_a_review_without_a_part_changed_is_no_amendment():
    text = (
        "Fostering Policy\n\nAbout this policy\n"
        "The 2024 review of allowances found carers were paid on time.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


# --- corporate parenting principles: "all seven of the" ---------------------------------------


def test_all_seven_of_the_principles_states_a_count():
    text = (
        "Fostering Policy\n\nCorporate parenting\n"
        "Every officer applies all seven of the corporate parenting principles to carers' "
        "children too.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 7


def test_one_of_the_principles_states_no_count():
    text = (
        "Fostering Policy\n\nCorporate parenting\n"
        "Stability is one of the corporate parenting principles and matters most to carers.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 0


# --- legislation: Acts set apart by semicolons ------------------------------------------------


def test_three_acts_set_apart_by_semicolons_are_a_list_without_a_word_for_legislation():
    text = (
        "Fostering Policy\n\nIntroduction\n"
        "Our work is shaped by the Children Act 1989; the Care Standards Act 2000; "
        "and the Children and Families Act 2014.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_three_acts_named_with_commas_in_plain_prose_are_still_no_list():
    text = (
        "Fostering Policy\n\nIntroduction\n"
        "Carers told us the Children Act 1989, the Care Standards Act 2000 and the Children "
        "and Families Act 2014 were hard to read.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0


# --- named models: another council's ------------------------------------------------------------


def test_a_model_named_as_a_neighbouring_councils_approach_is_not_ours():
    text = (
        "Fostering Policy\n\nOur approach\n"
        "We met a neighbouring council whose approach is Family Safeguarding to learn from it.\n"
    )
    assert facts_of(text)["named_models"].value == []
