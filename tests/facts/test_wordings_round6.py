"""Facts in a sixth round of wordings (issue 12): an amendment note whose subject is the
chapter, named in the sentence before ("It was amended in …") or as a part of the text ("The
answers were last revised in …"); a changes label set off by a comma ("Update, June 2024: …");
a leaving-care age stated in an answer whose subject is only in the question above it.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.reading import facts_of


def _value(text: str, key: str, filename: str = "chapter.txt") -> object:
    return facts_of(text, filename)[key].value


# --- amendment notes whose subject is the chapter ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amendment"),
    [
        (
            "Our values\n\nThis chapter opens the manual for our social workers. "
            "It was last updated in October 2024.\n",
            "2024-10",
        ),
        (
            "Our values\n\nThis policy guides every team.\n\nIt was brought up to date in "
            "March 2025, when the offer to care leavers changed.\n",
            "2025-03",
        ),
        (
            "Our values\n\nThe guidance below applies to all staff. The questions and answers "
            "were revised in August 2023 to add the new framework.\n",
            "2023-08",
        ),
        (
            "## About this chapter\n\nIt was amended in January 2024 to add a paragraph on "
            "kinship care.\n",
            "2024-01",
        ),
        (
            "Our values\n\nWe welcome comments from staff. Update, May 2025: the part on "
            "permanence has been shortened.\n",
            "2025-05",
        ),
    ],
)
def test_a_note_whose_subject_is_the_chapter_dates_its_amendment(text: str, amendment: str) -> None:
    fact = facts_of(text)["amendment_date"]
    assert fact.value == amendment
    assert fact.evidence and amendment[:4] in fact.evidence[-1].quote


@pytest.mark.parametrize(
    "text",
    [
        # "It" names something other than the chapter: the sentence before is about an Act.
        "Our values\n\nThe Children Act 1989 sets out our duties. It was amended in May 2017.\n",
        # The subject is a name, not a part of the text.
        "Our values\n\nThe Framework Guidance was updated in December 2023 by the government.\n",
        # A change to come is no amendment.
        "Our values\n\nThis chapter explains our duties. It will be revised in June 2026.\n",
    ],
)
def test_a_change_of_something_else_is_no_amendment_of_the_chapter(text: str) -> None:
    assert _value(text, "amendment_date") is None


# --- a leaving-care age under a question heading --------------------------------------------------


def test_an_answer_takes_its_subject_from_the_question_above_it() -> None:
    text = (
        "# Our values\n\n"
        "## How long does our support for care leavers last?\n\n"
        "A. Until they turn 21, or 25 if they are at college or university.\n"
    )
    fact = facts_of(text, "chapter.md")["leaving_care_support_age"]
    assert fact.value == {
        "age": 21,
        "extended": [{"age": 25, "condition": "at college or university"}],
    }
    assert any("care leavers" in evidence.quote for evidence in fact.evidence)


def test_an_answer_under_a_question_about_something_else_states_no_leaving_care_age() -> None:
    text = (
        "# Our values\n\n"
        "## How long can a child stay with foster carers?\n\n"
        "A. Until they are 21, if the carers agree.\n"
    )
    assert _value(text, "leaving_care_support_age", "chapter.md") is None
