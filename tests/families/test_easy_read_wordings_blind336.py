"""Facts as easy-read and young people's versions of the chapter say them (decision 0493): a
later leaving-care age in the point after a picture's label, or after a sentence that only
states its condition; "This is Version 4." naming the text for the "it" after it; "the
policies were last changed in …" dating the chapter. Written for this test in our own words."""

from __future__ import annotations

from tests.families.fact_helpers import fact_text, support_ages

TITLE = "Children's Services Policies, Values and Principles\n\n"
AFTER = (
    "\n\nWho sees what you tell us?\n\n"
    "Picture: a locked box\n\n"
    "We keep what you tell us safe and share it only to keep someone from harm.\n"
)


def test_a_later_age_after_a_picture_label_extends_the_first() -> None:
    text = TITLE + (
        "Help when you leave care\n\n"
        "Picture: a young man carrying a box\n\n"
        "A personal adviser helps you until you are 21.\n\n"
        "Picture: a girl with a laptop\n\n"
        "If you are on an apprenticeship, you can keep your adviser until you are 25." + AFTER
    )
    assert support_ages(text) == (21, [25])


def test_a_condition_alone_then_the_age_it_opens() -> None:
    text = TITLE + (
        "Leaving care\n\n"
        "Your personal adviser will stay with you until you are 21. "
        "If you still need them after that, tell us. "
        "They can carry on until you are 25.\n"
    )
    assert support_ages(text) == (21, [25])


def test_a_later_sentence_with_no_condition_before_it_is_no_extension() -> None:
    text = TITLE + (
        "Leaving care\n\n"
        "Picture: a young woman with a key\n\n"
        "Your personal adviser will stay with you until you are 21.\n\n"
        "Picture: a calendar\n\n"
        "We will meet you every month until then." + AFTER
    )
    assert support_ages(text) == (21, [])


def test_this_is_version_names_the_text_for_the_it_after() -> None:
    text = TITLE + (
        "What is this leaflet?\n\n"
        "It tells you what our policies say. This is Version 4. We last updated it in June 2025.\n"
    )
    assert fact_text(text, "amendment_date") == "2025-06"


def test_the_policies_were_last_changed_dates_the_chapter() -> None:
    text = TITLE + (
        "About this page\n\n"
        "Our children's services follow a set of policies. "
        "The policies were last updated in August 2025.\n"
    )
    assert fact_text(text, "amendment_date") == "2025-08"
