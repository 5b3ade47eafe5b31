"""A paragraph where the service says it uses a practice model known by name ("We use Systemic
Practice in all our work …"), closing a headed section of another kind with a paragraph more on
the model after it, is an un-headed practice-model section (misses round 21, decision 0191).
Alone at the end of the framework, where chapters name their model in passing, it stays. Every
text is written for these tests in our own words. Sections still tile the text."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_OPENING = (
    "Children's Services Policies, Values and Principles\n\n"
    "This chapter sets out the values and principles behind every procedure of Ashcombe's "
    "children's social care manual, and it applies to all staff and commissioned services.\n\n"
    "Our values\n\n"
    "We are honest with families, we do what we say we will do, and we treat every parent "
    "with the respect we would want for ourselves.\n\n"
)

_MOVING_ON = (
    "Moving on from care\n\n"
    "Young people should leave care slowly and only when they feel ready. Care leavers keep "
    "their personal adviser until they are twenty-one, or twenty-five if they ask.\n\n"
    "We use Systemic Practice in all our work with young people: we look at the relationships "
    "around a young person rather than at one person's faults.\n\n"
)

_CLOSING = (
    "Information sharing\n\n"
    "We tell young people what we write down about them and with whom we share it, and we "
    "share it without their agreement only where the law allows.\n"
)


def _found(text: str) -> list[tuple[str, str]]:
    outline = outline_of(text)
    assert_tiles(outline)
    return [(kind, " ".join(start.split())) for kind, start in kinds_and_starts(outline, 24)]


def test_a_known_model_we_use_running_on_breaks_away() -> None:
    found = _found(
        _OPENING
        + _MOVING_ON
        + "Each new worker in the leaving care team is trained in Systemic Practice in their "
        "first months, and every team meeting starts with a look at a family's network.\n\n"
        + _CLOSING
    )

    assert ("practice_model", "We use Systemic Practice") in found


def test_a_known_model_we_use_alone_at_a_sections_end_stays() -> None:
    found = _found(
        _OPENING + "Our framework\n\n"
        "Ashcombe's children's services work within the Children Act 1989, the Children Act "
        "2004 and the statutory guidance Working Together to Safeguard Children.\n\n"
        "We use Signs of Safety in all of our work with children and families, so that families "
        "and their networks are part of every plan we make.\n\n" + _CLOSING
    )

    assert not any(kind == "practice_model" for kind, _start in found)
