"""Facts in blind302's wordings: a version label in brackets glossing the date of an amendment
sentence that goes on after the brackets, and the permanence plan named as the plan for where a
child will live in the long term.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from tests.reading import facts_of

_TITLE = "Children's Services Policies, Values and Principles\n\n"


def _value(text: str, key: str) -> object:
    return facts_of(_TITLE + text, "chapter.txt")[key].value


# --- a version in brackets right after the amendment's date ------------------------------------


def test_a_bracketed_version_after_the_date_is_the_label_though_the_sentence_goes_on() -> None:
    text = (
        "Amendment\n\n"
        "We revised this chapter on 4 June 2025 (v7.1) so that it names our new leaving care "
        "offer.\n\n"
        "Introduction\n\nThis chapter sets out how the council works with families.\n"
    )
    assert _value(text, "version_label") == "v7.1"


def test_a_bracketed_version_after_a_document_name_is_no_label() -> None:
    text = (
        "Introduction\n\n"
        "Read this chapter with our Local Offer (version 2) and the guidance on short breaks, "
        "which was refreshed on 4 June 2025.\n"
    )
    assert _value(text, "version_label") is None


def test_a_bracketed_version_far_into_a_long_sentence_is_no_label() -> None:
    text = (
        "Introduction\n\n"
        "When the partnership met on 4 June 2025 to look again at every part of its shared "
        "protocol for young carers (version 3) it agreed a new referral route.\n"
    )
    assert _value(text, "version_label") is None


# --- the plan for where a child will live in the long term -------------------------------------


def test_a_plan_for_where_a_child_lives_in_the_long_term_gives_the_months() -> None:
    text = (
        "Permanence\n\n"
        "Each child in our care has a plan for where they will live in the long term within "
        "three months of arriving.\n"
    )
    assert _value(text, "permanence_plan_months") == 3


def test_a_plan_for_where_a_child_will_live_long_term_said_with_a_hyphen() -> None:
    text = (
        "How we plan\n\n"
        "By the end of the sixth month, the plan for where the child is to live long-term has "
        "been agreed with the family.\n"
    )
    assert _value(text, "permanence_plan_months") == 6


def test_a_plan_for_where_a_child_lives_next_is_no_permanence_plan() -> None:
    text = (
        "Placements\n\n"
        "Within two months we agree a plan for where the child will live after the court "
        "hearing.\n"
    )
    assert _value(text, "permanence_plan_months") is None
