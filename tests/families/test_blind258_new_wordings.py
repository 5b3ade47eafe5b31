"""Fact wordings the 258th blind round showed the reader missing (decision 0385), in wordings of
our own and others than the round's: an ordinal day written with its article ("the 17th of
March 2025") in a history list or a bracketed label, months said to be whole ones, a permanence
plan dated by the time the sentence before named ("at that point"), principles counted by
ordinal clauses or as the questions the principles pose, a model the council's teams work to
said to go by a name, and a "last updated" day followed by what changed then. Each case is
written for this test in our own words about invented councils; each near miss keeps what was
read before."""

import pytest

from app.facts.readers import find_dates
from tests.reading import facts_of

_TITLE = "Children's Services Policies, Values and Principles\n\n"


def _chapter(*paragraphs: str) -> str:
    return _TITLE + "\n\n".join(paragraphs) + "\n"


def test_an_ordinal_day_takes_its_article() -> None:
    text = "Revised on the 1st of May 2025 and again on 2nd June 2025; the lathe 3rd May 2025"
    spans = [text[found.span.start : found.span.end] for found in find_dates(text)]
    assert spans == ["the 1st of May 2025", "2nd June 2025", "3rd May 2025"]


@pytest.mark.parametrize(
    ("note", "date"),
    [
        (
            "Revision history\n\n- the 2nd of June 2025: permanence section rewritten\n"
            "- 4 April 2023: first issue",
            "2025-06-02",
        ),
        (
            "Summary of changes (the 9th of January 2026): the leaving care paragraph was revised.",
            "2026-01-09",
        ),
    ],
)
def test_an_ordinal_day_with_its_article_dates_a_change(note: str, date: str) -> None:
    text = _chapter(note, "Introduction", "This chapter applies to all of Orbury's staff.")
    assert facts_of(text)["amendment_date"].value == date


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("The permanence plan is due before a child has been in care for five complete months.", 5),
        ("A plan for permanence is made within four whole months of a child entering care.", 4),
        (
            "We aim to decide where each child will live for good within five months of entering "
            "care. Their plan for permanence goes to the panel at that stage.",
            5,
        ),
        (
            "A child should know where they will grow up within 4 months of entering care. The "
            "permanence plan is signed off by then.",
            4,
        ),
    ],
)
def test_permanence_timescales_in_other_words(sentence: str, months: int) -> None:
    text = _chapter("Permanence", sentence)
    assert facts_of(text)["permanence_plan_months"].value == months


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Permanence",
            "Children see their social worker every six weeks. Their permanence plan is agreed "
            "at that point.",
        ),
        (
            "Visits",
            "We visit every new carer within 4 months.",
            "Permanence",
            "The permanence plan is agreed by then.",
        ),
    ],
)
def test_a_plan_pointing_back_to_no_months_gives_none(paragraphs: tuple[str, ...]) -> None:
    assert facts_of(_chapter(*paragraphs))["permanence_plan_months"].value is None


def test_principles_counted_by_ordinal_clauses() -> None:
    paragraph = (
        "Members keep in mind the principles set out in law. The first is to act in each "
        "child's best interests and promote their health. The second is to help them say what "
        "they think; the third is to take account of what they say. Fourth, we help them use "
        "the services on offer. The fifth principle expects high aspirations for them. Sixth, "
        "we keep them safe and settled. The seventh and final one is to prepare them for "
        "adult life."
    )
    text = _chapter("Corporate Parenting", paragraph)
    assert facts_of(text)["corporate_parenting_principles"].value == 7


def test_the_questions_the_principles_pose_are_counted() -> None:
    sentence = (
        "Before any decision about a child in care, officers work through the seven tests the "
        "corporate parenting principles set."
    )
    assert (
        facts_of(_chapter("Corporate Parenting", sentence))["corporate_parenting_principles"].value
        == 7
    )


def test_questions_the_principles_do_not_pose_count_nothing() -> None:
    sentence = (
        "We ask seven questions at every review, and the corporate parenting principles guide "
        "our answers."
    )
    assert (
        facts_of(_chapter("Corporate Parenting", sentence))["corporate_parenting_principles"].value
        != 7
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The framework which every Orbury social worker uses has the name Open Hands.",
        "The model that our family support teams work to goes by the name of Open Hands.",
    ],
)
def test_the_model_the_teams_work_to_said_to_go_by_a_name(sentence: str) -> None:
    text = _chapter("How we work", sentence)
    assert facts_of(text)["named_models"].value == ["Open Hands"]


def test_a_last_updated_day_followed_by_what_changed_dates_the_amendment() -> None:
    sentence = (
        "This chapter was last updated on 12 March 2025, when the section on leaving care was "
        "rewritten."
    )
    facts = facts_of(_chapter("Introduction", "This chapter applies to all staff.", sentence))
    assert facts["amendment_date"].value == "2025-03-12"
    assert facts["last_updated"].value is None


def test_a_last_updated_day_alone_stays_the_pages_stamp() -> None:
    stamp = "Last updated: 12 March 2025"
    facts = facts_of(_chapter("Introduction", "This chapter applies to all staff.", stamp))
    assert facts["last_updated"].value == "2025-03-12"
    assert facts["amendment_date"].value is None


def test_a_closing_line_of_last_checked_and_last_amended_gives_both() -> None:
    closing = "This page was last checked on 4 March 2026. It was last amended in January 2026."
    facts = facts_of(_chapter("Introduction", "This chapter applies to all staff.", closing))
    assert facts["last_updated"].value == "2026-03-04"
    assert facts["amendment_date"].value == "2026-01"
