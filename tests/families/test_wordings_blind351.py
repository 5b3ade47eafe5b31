"""Wordings blind set 351 showed the reader missing (decision 0518).

- The chapter's amendments "made in the w/c <day>": the week's month, as "updated w/c" gives.
- "The revised text was approved by … on <day>": the text named by what was done to it is the
  edition as it now stands.
- A question and its labelled answer on one line ("Q: … adviser? A: Until you are 24.").
- Corporate parenting duties paraphrased in plain words: finding out what a child thinks and
  feels and letting it count, telling them what help there is and making it easy to get that
  help.
- "The 1989 and 2004 Children Acts" opening a sentence: two Acts, not a title "The 1989".
- A practice model named only by its section's heading over "The model we use …".

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from __future__ import annotations

import pytest

from tests.reading import facts_of

_CHAPTER = (
    "Children's Services Policies, Values and Principles\n\n"
    "About this chapter\n\n"
    "This chapter is for every worker in the borough's children's services.\n\n"
    "{paragraph}\n"
)


@pytest.mark.parametrize(
    ("paragraph", "date"),
    [
        (
            "Our amendments were made in the w/c 9 March 2026 and touch the fostering section.",
            "2026-03",
        ),
        ("The changes in this issue were made in the week beginning 2 June 2025.", "2025-06"),
    ],
)
def test_changes_made_in_a_named_week_date_the_chapter_to_its_month(
    paragraph: str, date: str
) -> None:
    assert facts_of(_CHAPTER.format(paragraph=paragraph))["amendment_date"].value == date


@pytest.mark.parametrize(
    ("paragraph", "date"),
    [
        (
            "The revised text was approved by the Children's Leadership Team on 3 March 2026.",
            "2026-03-03",
        ),
        ("The updated edition was agreed by the Director in July 2025.", "2025-07"),
    ],
)
def test_the_text_named_by_what_was_done_to_it_is_dated_when_agreed(
    paragraph: str, date: str
) -> None:
    assert facts_of(_CHAPTER.format(paragraph=paragraph))["amendment_date"].value == date


def test_a_revised_law_approved_by_parliament_dates_no_chapter() -> None:
    paragraph = "The revised text of the Adoption Act was approved by Parliament in May 2002."
    assert facts_of(_CHAPTER.format(paragraph=paragraph))["amendment_date"].value is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "Q: Until what age will my personal adviser stay in touch? A: Until you are 24.",
        "Q: How long do I keep my PA? A. Until you are 24.",
    ],
)
def test_a_labelled_answer_takes_its_subject_from_the_question(paragraph: str) -> None:
    value = facts_of(_CHAPTER.format(paragraph=paragraph))["leaving_care_support_age"].value
    assert value == {"age": 24, "extended": []}


def test_an_answer_to_a_question_about_something_else_states_no_support_age() -> None:
    paragraph = "Q: How old must a foster carer be? A: At least 21, with no upper limit."
    value = facts_of(_CHAPTER.format(paragraph=paragraph))["leaving_care_support_age"].value
    assert value is None


_PLAIN_DUTIES = (
    "Our corporate parenting\n\n"
    "Every member of staff and every councillor promises to:\n\n"
    "1) Do what is best for each child and look after their health.\n"
    "2) Learn what the child thinks and feels about their life, and let it count.\n"
    "3) Explain to young people what help there is for them.\n"
    "4) Make it simple for them to get that help.\n"
    "5) Expect great things of them.\n"
    "6) Keep them safe and give their lives stability.\n"
    "7) Ready them for life as independent adults.\n"
)


def test_duties_paraphrased_in_plain_words_are_the_seven_principles() -> None:
    facts = facts_of(_CHAPTER.format(paragraph=_PLAIN_DUTIES))
    assert facts["corporate_parenting_principles"].value == 7


def test_a_list_of_office_tasks_is_no_list_of_principles() -> None:
    tasks = (
        "Our office\n\n"
        "Each week the office team will:\n\n"
        "1) Check the post.\n"
        "2) Book the meeting rooms.\n"
        "3) Tell staff what help there is with the new phones.\n"
        "4) Order paper.\n"
        "5) File the invoices.\n"
    )
    facts = facts_of(_CHAPTER.format(paragraph=tasks))
    assert facts["corporate_parenting_principles"].value == 0


def test_years_before_a_plural_title_opening_a_sentence_are_two_acts() -> None:
    paragraph = (
        "Where the law comes in\n\n"
        "The 1989 and 2004 Children Acts, the Adoption and Children Act 2002 and the Children "
        "and Families Act 2014 between them give the council its duties to children."
    )
    facts = facts_of(_CHAPTER.format(paragraph=paragraph))
    assert facts["legislation_count"].value == 4


_MODEL_SECTION = (
    "Our values\n\n"
    "We are honest and kind.\n\n"
    "{heading}\n\n"
    "{opening} It asks each worker to map the family's own supporters before making a plan, and "
    "to review that plan with the family every six weeks in group supervision.\n"
)


def test_a_heading_that_is_only_a_name_names_the_model_the_section_describes() -> None:
    text = _CHAPTER.format(
        paragraph=_MODEL_SECTION.format(
            heading="Open Harbour",
            opening="The practice model we took up in 2021 rests on trust.",
        )
    )
    assert facts_of(text)["named_models"].value == ["Open Harbour"]


@pytest.mark.parametrize(
    ("heading", "opening"),
    [
        ("How We Practise", "The model we took up in 2021 rests on trust."),
        ("Our Practice Model", "The model we took up in 2021 rests on trust."),
        ("Method", "The framework we took up in 2021 rests on trust."),
        ("Open Harbour", "Social workers here are trusted to use their judgement."),
    ],
)
def test_a_general_heading_or_a_section_not_speaking_of_the_model_names_none(
    heading: str, opening: str
) -> None:
    text = _CHAPTER.format(paragraph=_MODEL_SECTION.format(heading=heading, opening=opening))
    assert facts_of(text)["named_models"].value == []
