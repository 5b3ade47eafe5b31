"""Wordings blind set 349 showed the reader missing (decision 0514).

- A name the service uses, set in apposition to "its model" or "their framework" ("The
  Virtual School uses the Harbour Compass, its model for …"): the possessive says whose model it
  is, as "our" and "the" did already, wherever the section it stands in was read.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from __future__ import annotations

import pytest

from app.sections.classify import Cues
from tests.reading import facts_of, read_kinds_and_headings

_CHAPTER = (
    "Children's Services Policies, Values and Principles\n\n"
    "Who this is for\n\n"
    "This chapter is for everyone who helps children in care with their schooling.\n\n"
    "Our duties\n\n"
    "The council applies the corporate parenting principles to every decision.\n\n"
    "{paragraph}\n"
)


@pytest.mark.parametrize(
    ("paragraph", "model"),
    [
        (
            "The Virtual School keeps close to every pupil. The Virtual School uses the Harbour "
            "Compass, its model for planning each pupil's learning around four points.",
            "Harbour Compass",
        ),
        (
            "Our residential homes follow Quiet Waters, their framework for calming a child "
            "after a hard day.",
            "Quiet Waters",
        ),
    ],
)
def test_a_name_used_in_apposition_to_its_own_model_is_the_model(
    paragraph: str, model: str
) -> None:
    text = _CHAPTER.format(paragraph=paragraph)
    assert facts_of(text)["named_models"].value == [model]


def test_a_law_used_in_apposition_to_no_model_is_no_model() -> None:
    text = _CHAPTER.format(
        paragraph="The education team uses the Education Act 1996, its guide to what every "
        "school must offer."
    )
    assert facts_of(text)["named_models"].value == []


# The kinds of a chapter on another topic of children's services (school moves), whose sections
# say what they are only in that topic's words. The family's cues are asked directly: the kind
# model, having learned blind349, may read such text right without them, and the cues are what
# carry the reading to the next topic's wording.

_UNHEADED = (
    "Keeping Pupils in Care at One School: Policy, Values and Principles\n\n"
    "This chapter explains how the borough tries to keep each pupil in its care at the school "
    "they already know. It was amended in May 2025.\n\n"
    "We believe that every change of school costs a pupil friends, teachers and progress, and "
    "we will go a long way to avoid one.\n\n"
    "{paragraph}\n"
)

_JUDGED_BY_CHANGES = (
    "The borough will measure this policy by whether fewer pupils in care change school in the "
    "middle of a year, whether more of them sit their exams where they began, and whether fewer "
    "are excluded.",
    "We will judge ourselves by whether more care leavers start college and whether fewer of "
    "them leave their course in the first term.",
)


@pytest.mark.parametrize("opening", _JUDGED_BY_CHANGES)
def test_the_service_judged_by_whether_lives_change_opens_the_outcomes(
    cues: Cues, opening: str
) -> None:
    assert cues.content_kind(opening) == "key_outcomes"


@pytest.mark.parametrize(
    "opening",
    [
        "We will judge ourselves by whether fewer meetings are cancelled at short notice.",
        "The council will judge each application by whether the family lives in the borough.",
    ],
)
def test_the_service_judged_by_one_change_or_none_opens_no_outcomes(
    cues: Cues, opening: str
) -> None:
    assert cues.content_kind(opening) != "key_outcomes"


@pytest.mark.parametrize("paragraph", _JUDGED_BY_CHANGES)
def test_an_unheaded_chapter_closes_on_its_outcomes(paragraph: str) -> None:
    kinds = read_kinds_and_headings(_UNHEADED.format(paragraph=paragraph), "chapter.txt")
    assert kinds[-1] == ("key_outcomes", None)


_SIGNS_OF_SUCCESS = (
    "Signs that our help is working",
    "Signs the school plan is making a difference",
)


@pytest.mark.parametrize("heading", _SIGNS_OF_SUCCESS)
def test_signs_that_the_work_is_working_hint_the_outcomes(cues: Cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "key_outcomes"
    assert cues.only_hinted("key_outcomes", heading)


@pytest.mark.parametrize(
    "heading", ["Signs that a pupil is struggling", "Signs that a placement is at risk"]
)
def test_signs_of_trouble_hint_no_outcomes(cues: Cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "key_outcomes"


_HEADED = (
    "# Keeping Pupils in Care at One School: Policy, Values and Principles\n\n"
    "## Who should read this\n\n"
    "This chapter is for everyone who helps a pupil in care to stay at their school. It was "
    "amended in May 2025.\n\n"
    "## {heading}\n\n"
    "{paragraph}\n"
)


@pytest.mark.parametrize("heading", _SIGNS_OF_SUCCESS)
def test_signs_of_success_head_the_outcomes_in_a_reading(heading: str) -> None:
    text = _HEADED.format(
        heading=heading,
        paragraph="Pupils stay at the school they started in, go to lessons every day and leave "
        "with the qualifications their classmates have.",
    )
    assert read_kinds_and_headings(text, "chapter.md")[-1] == ("key_outcomes", heading)


_MANY_HANDS = (
    "Keeping a pupil at one school depends on many people. Carers get the pupil there each "
    "morning, teachers notice when something is wrong, and the school nurse and the transport "
    "team each play their part.",
    "A settled school life relies on a range of agencies: the school, the council's transport "
    "service, health staff and the pupil's carers all have to pull together.",
)


@pytest.mark.parametrize("opening", _MANY_HANDS)
def test_work_said_to_depend_on_many_people_opens_the_shared_responsibility(
    cues: Cues, opening: str
) -> None:
    assert cues.content_kind(opening) == "shared_responsibility"


@pytest.mark.parametrize(
    "opening",
    [
        "Keeping a pupil at one school depends on the social worker acting quickly.",
        "Good planning relies on accurate records being kept.",
    ],
)
def test_work_said_to_depend_on_one_person_or_thing_opens_no_shared_responsibility(
    cues: Cues, opening: str
) -> None:
    assert cues.content_kind(opening) != "shared_responsibility"


@pytest.mark.parametrize("paragraph", _MANY_HANDS)
def test_many_hands_under_a_heading_no_cue_knows_are_the_shared_responsibility(
    paragraph: str,
) -> None:
    text = _HEADED.format(heading="Everyone around the pupil", paragraph=paragraph)
    assert read_kinds_and_headings(text, "chapter.md")[-1] == (
        "shared_responsibility",
        "Everyone around the pupil",
    )


_OWN_MODEL = (
    "The Virtual School uses the Harbour Compass, its model for planning each pupil's learning "
    "around four points.",
    "Our residential homes follow Quiet Waters, their framework for calming a child after a hard "
    "day.",
)


@pytest.mark.parametrize("opening", _OWN_MODEL)
def test_a_service_using_a_name_it_calls_its_model_opens_the_practice_model(
    cues: Cues, opening: str
) -> None:
    assert cues.content_kind(opening) == "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "Our staff use Teams, a video-calling tool, to meet families who live far away.",
        "The court applies the Children Act 1989, its framework for deciding where a child lives.",
    ],
)
def test_a_tool_or_a_law_in_apposition_opens_no_practice_model(cues: Cues, opening: str) -> None:
    assert cues.content_kind(opening) != "practice_model"


@pytest.mark.parametrize("paragraph", _OWN_MODEL)
def test_a_service_s_own_model_under_a_heading_no_cue_knows_is_the_practice_model(
    paragraph: str,
) -> None:
    text = _HEADED.format(heading="Inside the team", paragraph=paragraph)
    assert read_kinds_and_headings(text, "chapter.md")[-1] == ("practice_model", "Inside the team")
