"""Known-misses round twenty-eight (decision 0222): a case procedure under a heading no cue knows.

Councils word their leaving-care and permanence principles with the same plans and roles as
their procedures (pathway plans, personal advisers, reviews), so the kind model reads a heading
such as "The pathway plan" over a procedure as key principles. What the words do not carry is
who speaks: principles and promises speak as the service ("we", "our"); a procedure names a
practitioner doing a step ("The personal adviser reviews the plan …") or a plan reviewed at a
set interval. A heading the model names a kind with procedure cues (`SectionKind.procedure_cues`,
data in the family's kinds.toml) over a body that states one and never says "we" is `other`.

Each chapter and sentence is written for this test in our own words.
"""

import pytest

from app.families import get_family
from app.sections import split_sections
from tests.sections.helpers import SURE_OF_PRINCIPLES, SameReading, assert_tiles, states_procedure


@pytest.mark.parametrize(
    "body",
    [
        "Each young person has a plan before they are seventeen. The personal adviser goes "
        "through it with them twice a year.",
        "The young person's social worker drafts the plan with them and gives them a copy.",
        "A referral about serious harm comes to the duty desk.\n\nThe duty manager calls a "
        "strategy meeting with police and health before the office closes.",
        "**The reviewing officer must see the child before each review.**",
        "- The plan is reviewed at least every six months, and sooner if the young person asks.",
    ],
)
def test_a_body_stating_a_step_of_procedure_is_procedure(body):
    assert states_procedure("key_principles", body)


@pytest.mark.parametrize(
    "body",
    [
        # the service speaking: a principle, even with a role doing a step
        "We plan with young people, not for them. The personal adviser visits as often as the "
        "young person wants.",
        "Our plans are reviewed at least every six months.",
        # what a role is or has, and an entitlement, are no step
        "The adviser is the young person's first contact at the council.",
        "The social worker has a caseload small enough to know each child well.",
        "A personal adviser supports every care leaver until they are twenty-one.",
        # a time limit alone is what the chapter's principles say of permanence
        "A permanence plan is made by the second review, four months after a child comes into "
        "care.",
    ],
)
def test_a_body_without_a_step_or_speaking_as_the_service_is_not(body):
    assert not states_procedure("key_principles", body)


def test_a_kind_without_procedure_cues_never_reads_a_body_as_procedure():
    body = "The personal adviser reviews the plan at least every six months."
    assert states_procedure("key_principles", body)
    assert not states_procedure("values", body)


CHAPTER = (
    "# Moving On from Care at Wrexley Fen\n\n"
    "## Scope of this chapter\n\n"
    "This chapter is for everyone at Wrexley Fen who helps young people leave care.\n\n"
    "## {first}\n\n"
    "{first_body}\n\n"
    "## {second}\n\n"
    "{second_body}\n"
)
PRINCIPLES = (
    "We move at the young person's pace. We stay in touch after they leave, and our door stays "
    "open until they are twenty-five."
)
PROCEDURE = (
    "The plan is drawn up with the young person before they turn sixteen and a quarter. The "
    "personal adviser reviews it with them at least every six months."
)


def _headed(first: str, first_body: str, second: str, second_body: str) -> list[tuple[str, str]]:
    text = CHAPTER.format(
        first=first, first_body=first_body, second=second, second_body=second_body
    )
    outline = split_sections(text, get_family().kinds, "markdown", SameReading(SURE_OF_PRINCIPLES))  # type: ignore[arg-type]
    assert_tiles(outline)
    return [(s.kind, s.heading or "") for s in outline.sections[2:]]


VALUES = "We are honest with young people, and we keep our word to them."


def test_a_procedure_under_a_heading_the_model_reads_as_principles_is_other():
    assert _headed("Our values", VALUES, "The pathway plan", PROCEDURE) == [
        ("values", "Our values"),
        ("other", "The pathway plan"),
    ]


def test_principles_in_the_service_s_voice_keep_the_model_s_kind():
    # a heading no cue knows ("What guides us" is a values cue since decision 0291)
    assert _headed("The pathway plan", PROCEDURE, "Staying alongside young people", PRINCIPLES) == [
        ("other", "The pathway plan"),
        ("key_principles", "Staying alongside young people"),
    ]


def test_a_heading_cue_is_final_over_a_procedure():
    assert _headed("Key principles", PROCEDURE, "What guides us", PRINCIPLES)[0] == (
        "key_principles",
        "Key principles",
    )


def test_a_procedure_under_a_sibling_of_the_section_s_own_kind_is_other():
    # after "What guides us", which the model reads as key principles, the model reads "The
    # pathway plan" as the same kind: by its body it is a procedure all the same (decision 0200's
    # siblings keep the section's kind only when their body is no procedure)
    headed = _headed("What guides us", PRINCIPLES, "The pathway plan", PROCEDURE)
    assert headed[1] == ("other", "The pathway plan")
