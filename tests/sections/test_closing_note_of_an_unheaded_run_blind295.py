"""A short note of whom to ask about the chapter closing a chapter with no headings is `other`
(decision 0431), even where the kind model reads it as the topic above it. Written for this test
in our own words; the near misses are closing paragraphs that say something of the chapter's
topics."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_BODY = (
    "Holmeford Council: Children's Services Policies, Values and Principles\n\n"
    "This chapter applies to everyone who works in Holmeford's children's services, and it was "
    "amended in May 2026.\n\n"
    "Our work rests on the Children Act 1989, the Children Act 2004 and the Children and Social "
    "Work Act 2017.\n\n"
    "The whole council acts as a parent to the children it looks after, and councillors meet "
    "every two months to ask how those children are doing at school and at home.\n\n"
    "Care leavers keep a personal adviser until they are 21, or 25 if they ask for one, and a "
    "plan for permanence is agreed within four months of a child coming into care.\n\n"
    "Information about a family is kept securely. It is passed to another agency only when a "
    "child's safety needs it, and the family is told unless that would put the child at risk.\n\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "Questions about this chapter can be sent to the Principal Social Worker.",
        "Any comments or questions about this policy should be addressed to the Quality Team.",
        "If you have a question about this chapter, please contact the Service Manager.",
    ],
)
def test_a_closing_note_of_whom_to_ask_is_other(note: str) -> None:
    outline = outline_of(_BODY + note + "\n")
    assert_tiles(outline)
    assert kinds_and_starts(outline)[-1] == ("other", note[:40])


@pytest.mark.parametrize(
    "closing",
    [
        "Questions children ask about their records are answered by their social worker, who "
        "explains what has been shared and why.",
        "Please remember that a family's story belongs to them: share only what the child's "
        "safety needs.",
    ],
)
def test_a_closing_paragraph_on_the_topic_stays_with_it(closing: str) -> None:
    outline = outline_of(_BODY + closing + "\n")
    assert kinds_and_starts(outline)[-1][0] != "other"


_VISION_THEN_MODEL = (
    "Ashcombe Council: Children's Services Policies, Values and Principles\n\n"
    "This chapter applies to everyone who works in Ashcombe's children's services.\n\n"
    "We want Ashcombe to be a place where every child can do well, whoever they are. Our "
    "workers aim for that through the {name} {word}, which the council built with families in "
    "2023.\n\n"
    "{paragraph}\n\n"
    "Information about families is kept confidential and shared only when a child's safety "
    "calls for it.\n"
)
_HABITS = (
    " Workers sit with the whole family, they name what is going well before what worries them, "
    "and they write the plan in the family's words."
)


def _kind_of(outline_kinds: list[tuple[str, str]], paragraph: str) -> str:
    return next(kind for kind, start in outline_kinds if paragraph.startswith(start))


@pytest.mark.parametrize(
    ("name", "word", "opening"),
    [
        ("Hearthstone", "approach", "Hearthstone asks three things of every worker."),
        ("Open Table", "model", "Open Table rests on three habits."),
        ("Steady Ground", "framework", "The Steady Ground framework has three parts."),
    ],
)
def test_a_paragraph_opening_on_a_model_named_just_above_is_the_model(
    name: str, word: str, opening: str
) -> None:
    paragraph = opening + _HABITS
    outline = outline_of(_VISION_THEN_MODEL.format(name=name, word=word, paragraph=paragraph))
    assert_tiles(outline)
    assert _kind_of(kinds_and_starts(outline), paragraph) == "practice_model"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ashcombe's schools, health visitors and police share the work of keeping children safe, "
        "and they meet every month to agree who does what.",
        "Hearthstone Primary School and the other schools in the borough share the work of "
        "keeping children safe, and they meet every month to agree who does what.",
    ],
)
def test_a_paragraph_opening_on_another_name_is_not_the_model(paragraph: str) -> None:
    outline = outline_of(
        _VISION_THEN_MODEL.format(name="Hearthstone", word="approach", paragraph=paragraph)
    )
    assert "practice_model" not in [kind for kind, _start in kinds_and_starts(outline)]
