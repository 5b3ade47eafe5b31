"""Section kinds met in blind round 54 (decision 0106): a heading that speaks of the chapter
itself ("Why this chapter exists") names the scope; a plan for a span of time ahead opens the
strategy, the service saying when it shares information opens information sharing, and a list of
outcomes from a safe childhood to adult life opens the key outcomes. The kinds whose cued closing
paragraph breaks away from another section are marked so in the family's data.

Each wording is written for this test in our own words.
"""

import pytest


@pytest.mark.parametrize(
    "heading",
    [
        "Why this chapter exists",
        "Why this chapter matters",
        "What this chapter covers",
        "What this page is for",
        "Why the policy is needed",
    ],
)
def test_a_heading_about_the_chapter_itself_names_the_scope(cues, heading):
    assert cues.heading_kind(heading) == "scope"


@pytest.mark.parametrize(
    "heading", ["Why this policy matters to children", "What this means for families"]
)
def test_a_heading_about_something_else_is_no_scope(cues, heading):
    assert cues.heading_kind(heading) != "scope"


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        ("Over the next three years we will open two family hubs in the north.", "strategy"),
        ("In the coming year we plan to recruit twenty more foster carers.", "strategy"),
        ("During the next 18 months the service will move to locality teams.", "strategy"),
        (
            "We share information about children only when it is needed to protect them.",
            "information_sharing",
        ),
        ("We only share personal information where the law allows it.", "information_sharing"),
        ("We share information with a family's consent, if that is safe.", None),
        (
            "We want the children of Wexcombe to be safe and healthy, to enjoy school and to be "
            "ready for adult life.",
            "key_outcomes",
        ),
        (
            "We want every child to be safe, healthy, happy at school and prepared for adulthood.",
            "key_outcomes",
        ),
    ],
)
def test_opening_words_name_the_kind(cues, opening, kind):
    assert cues.content_kind(opening) == kind


@pytest.mark.parametrize(
    "opening",
    [
        "Over the years we have learnt a great deal from families.",
        "We share information early, we plan together and we hold each other to account.",
        "We want every child in Wexcombe to be safe, to be healthy and to do well at school.",
        "We want children to be safe at home.",
    ],
)
def test_near_wordings_name_none_of_these_kinds(cues, opening):
    assert cues.content_kind(opening) not in ("strategy", "information_sharing", "key_outcomes")


def test_the_breakaway_kinds_are_the_services_own_aims_and_plans(cues):
    # Values joined them in decision 0175: the service's own qualities, which other sections do
    # not name in passing by the values cues (measured on every annotated set).
    assert cues.breakaway_kinds == frozenset(
        {"vision", "key_outcomes", "strategy", "information_sharing", "values"}
    )
