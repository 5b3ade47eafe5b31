"""An age or a timescale inside a question is proposed, not stated (decision 0404): a
reviewer's note or a drafting question printed with the text gives no fact value, while a
question asked as a heading still gives its subject to the answer under it. Each case is
written for this test in our own words."""

import pytest

from tests.reading import facts_of


def _chapter(leaving_care: str) -> str:
    return (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Leaving care\n\n"
        "Every care leaver in Wrenfield has a personal adviser until they are 21.\n\n"
        f"{leaving_care}\n"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Should we offer care leavers at college support until 24?",
        "Note for the editor: care leavers in higher education could keep their adviser to 25 - "
        "agree?",
        "Do we still want to say that care leavers who ask get help up to the age of 25?",
    ],
)
def test_an_age_asked_about_is_no_extension(question: str) -> None:
    fact = facts_of(_chapter(question), "chapter.md")["leaving_care_support_age"]
    assert fact.value == {"age": 21, "extended": []}
    assert not fact.alternatives


def test_a_question_after_the_age_offers_no_later_one() -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Leaving care\n\n"
        "Care leavers in Wrenfield keep their personal adviser until they are 21. "
        "Could this go to 25 for those in education?\n"
    )
    fact = facts_of(text, "chapter.md")["leaving_care_support_age"]
    assert fact.value == {"age": 21, "extended": []}


def test_a_stated_extension_is_still_read() -> None:
    fact = facts_of(
        _chapter("Care leavers at college keep the adviser until they are 25."), "chapter.md"
    )["leaving_care_support_age"]
    assert fact.value is not None
    assert [item["age"] for item in fact.value["extended"]] == [25]


def test_a_question_heading_still_gives_its_answer() -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## How long do care leavers get support?\n\n"
        "Until they are 21, or 25 if they are in education or training.\n"
    )
    fact = facts_of(text, "chapter.md")["leaving_care_support_age"]
    assert fact.value is not None
    assert fact.value["age"] == 21
    assert [item["age"] for item in fact.value["extended"]] == [25]


def test_a_timescale_asked_about_is_no_permanence_timescale() -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Permanence\n\n"
        "Every child in care has a permanence plan at their second review.\n\n"
        "Should the permanence plan be agreed within three months instead?\n"
    )
    assert facts_of(text, "chapter.md")["permanence_plan_months"].value is None
