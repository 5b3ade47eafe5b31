"""The family's extractors on wordings met in the twenty-eighth blind round (decision 0067): a
chapter's pages that "were revised", and "It was amended …" in the scope a few sentences after
the sentence naming the chapter.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from tests.families.fact_helpers import fact_value

TITLE = "Children's Services Policies, Values and Principles\n\n"


def test_pages_that_were_revised_date_the_amendment():
    text = TITLE + (
        "These pages describe the beliefs behind our procedures for social workers. They were "
        "revised in September 2023, mainly to take account of new government guidance.\n"
    )
    assert fact_value(text, "amendment_date") == "2023-09"


def test_it_was_amended_in_the_scope_dates_the_chapter_however_far_from_its_name():
    text = TITLE + (
        "This chapter explains the thinking behind our manual. Nobody should follow it as a "
        "procedure in its own right.\n\n"
        "It was amended in April 2022, when a paragraph on private fostering was added.\n\n"
        "Our duties come from the Children Act 1989, and we work with children in need and "
        "their families across the county.\n"
    )
    assert fact_value(text, "amendment_date") == "2022-04"


def test_they_after_a_sentence_about_a_law_is_no_amendment():
    text = TITLE + (
        "Councils must follow the Children Act 1989 and the regulations made under it. They "
        "were revised in March 2021 by the government.\n"
    )
    assert fact_value(text, "amendment_date") is None


def _models(text: str) -> object:
    return fact_value(
        TITLE + "This chapter applies to all of our staff.\n\n" + text, "named_models"
    )


def test_a_model_we_call_by_a_name_names_the_model():
    text = "Our teams practise through a model we call Open Doors, which begins with the family.\n"
    assert _models(text) == ["Open Doors"]


def test_a_model_and_we_call_on_someone_is_no_name():
    text = "We test every model we call on with families before it is used.\n"
    assert _models(text) == []
