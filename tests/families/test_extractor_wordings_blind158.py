"""Facts in wordings blind set 158 showed the reader missing (decision 0259).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- amendment date: the edition "of the chapter" came into force --------------------------------


def test_an_edition_of_the_chapter_coming_into_force_dates_the_amendment():
    text = (
        "Fostering Policy\n\nAbout this edition\n\n"
        "This edition of the policy came into force on 2 June 2025. It applies to all carers.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-06-02"


def test_an_act_coming_into_force_is_still_the_laws_date():
    text = (
        "Fostering Policy\n\nThe law\n\n"
        "The Children and Social Work Act came into force on 27 April 2017.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


# --- amendment date: rewritten from start to finish ----------------------------------------------


def test_a_text_rewritten_from_beginning_to_end_is_dated_then():
    text = (
        "Fostering Policy\n\nPurpose\n\nThis chapter explains how carers are supported. "
        "It was rewritten from beginning to end in June 2025, after carers were asked.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-06"


def test_a_plan_rewritten_from_start_to_finish_is_not_the_chapter():
    text = (
        "Fostering Policy\n\nPurpose\n\nCarers are paid weekly. The recruitment plan was "
        "rewritten from start to finish in June 2025.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


# --- version label closing a sentence about the text; "It" after it ------------------------------


def test_a_version_sentence_after_the_text_is_named_is_the_label_and_it_is_the_chapter():
    text = (
        "Fostering Policy\n\nPurpose\n\nThis guidance explains how carers are paid. Version 3.2."
        "\n\nIt was signed off by the Fostering Panel in June 2025 and replaces earlier versions.\n"
    )
    facts = facts_of(text)
    assert facts["version_label"].value == "Version 3.2"
    assert facts["amendment_date"].value == "2025-06"


def test_a_version_sentence_after_other_prose_is_no_label():
    text = (
        "Fostering Policy\n\nPurpose\n\nWe adopted the model in 2019 and trained everyone. "
        "Version 3.2.\n\nCarers are paid weekly.\n"
    )
    assert facts_of(text)["version_label"].value is None


def test_it_after_a_sentence_about_something_else_is_not_the_chapter():
    text = (
        "Fostering Policy\n\nPurpose\n\nThe Fostering Panel has eight members.\n\n"
        "It was signed off by the Fostering Panel in June 2025 and replaces earlier versions.\n"
    )
    assert facts_of(text)["amendment_date"].value is None
