"""Wordings the 195th blind round used that the family did not know (decision 0308): an
amendment label "amended in part", a model said to go by or have a name, "children we care
for", a sentence that counts as few as two Acts, and a heading after a stack of questions.
Each case is written for this test in our own words, with near misses that must not be read so."""

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from tests.reading import facts_of

TITLE = "Children's Services Policies, Values and Principles\n\n"


@pytest.mark.parametrize(
    ("line", "month"),
    [
        ("Amended in part, October 2025 (section 3 only).", "2025-10"),
        ("Revised in part: February 2024.", "2024-02"),
        ("Updated in part, June 2023, to add the local offer.", "2023-06"),
    ],
)
def test_a_part_amended_dates_the_chapter(line: str, month: str) -> None:
    text = TITLE + f"Status of this chapter\n\n{line}\n\nOur values\n\nWe put children first.\n"
    assert facts_of(text)["amendment_date"].value == month


MODEL = TITLE + "How we practise\n\n{sentence}\n"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Practice here goes by the name Firm Foundations: workers build on strengths.",
            "Firm Foundations",
        ),
        (
            "Our model has a name \u2014 Open Table \u2014 because decisions are made together.",
            "Open Table",
        ),
        (
            "Our practice framework has the name Steady Steps, chosen by young people.",
            "Steady Steps",
        ),
        ("The council's way of working goes by the name Kinder Together.", "Kinder Together"),
    ],
)
def test_a_model_said_to_go_by_or_have_a_name_is_named(sentence: str, name: str) -> None:
    assert facts_of(MODEL.format(sentence=sentence))["named_models"].value == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Every child has a name and a story that we listen to.",
        "The building goes by the name Harbour House among staff.",
    ],
)
def test_other_things_with_names_are_no_model(sentence: str) -> None:
    assert not facts_of(MODEL.format(sentence=sentence))["named_models"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "We want the children and young people we care for to thrive.",
        "Every child we care for has a say in their plan.",
    ],
)
def test_children_we_care_for_are_cared_for_children(sentence: str) -> None:
    text = TITLE + f"Our values\n\n{sentence}\n"
    assert facts_of(text)["looked_after_term"].value == "Cared for Children"


def test_people_we_care_for_other_than_children_name_no_term() -> None:
    text = TITLE + "Our values\n\nThe foster carers we care for as colleagues are valued.\n"
    assert facts_of(text)["looked_after_term"].value is None


LAW = TITLE + "Our duties\n\n{sentence}\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Two Acts matter most here: the Children Act 1989 and the Children and Social Work Act "
        "2017.",
        "Two statutes sit behind this chapter, the Children Act 1989 and the Adoption and "
        "Children Act 2002.",
    ],
)
def test_a_sentence_counting_two_acts_gives_them_as_the_list(sentence: str) -> None:
    assert facts_of(LAW.format(sentence=sentence))["legislation_count"].value == 2


def test_a_count_unlike_the_titles_cited_gives_no_list() -> None:
    sentence = "Three Acts matter most, the Children Act 1989 and the Children Act 2004."
    assert facts_of(LAW.format(sentence=sentence))["legislation_count"].value in (0, None)


def _headings(text: str) -> list[str | None]:
    analyzed = analyze(read_source(text.encode(), "chapter.txt"), get_family())
    return [section.heading for section in analyzed.outline.sections]


QUESTIONS = (
    TITLE + "Being a good corporate parent\n\nWe ask ourselves these questions:\n\n"
    "Are we acting in their best interests and promoting their health?\n"
    "Have we asked them what they think and feel about their plan?\n"
    "Are we preparing them for adult life and for living on their own?\n\n"
    "{line}\n\nOur social workers build the plan with the family and keep the same worker.\n"
)


def test_a_line_set_apart_after_a_stack_of_questions_is_a_heading() -> None:
    assert "Our way of practising" in _headings(QUESTIONS.format(line="Our way of practising"))


def test_one_more_question_after_the_stack_is_no_heading() -> None:
    line = "Are we keeping them close to home?"
    assert line not in _headings(QUESTIONS.format(line=line))
