"""A vision opened by a short phrase turning to the future or to what matters most ("Looking
ahead, our vision is …", "In the years ahead, the council's vision for its children is …") is
the vision's statement as much as one opening "Our vision is …" (decision 0428): under a heading
of two topics it ends the first part, which keeps the heading, and stands as an un-headed
vision. A heading of its own still heads it, and the turn of phrase alone names no vision.

Each page is written for this test in our own words.
"""

import pytest

from app.families import get_family
from app.sections import compile_cues
from tests.sections.helpers import assert_tiles, outline_of

_PAGE = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Our duties\n\nThe council's duties come from the Children Act 1989 and the Children "
    "Act 2004.\n\n"
    "## {heading}\n\n"
    "We put the child first, we speak plainly to parents about our worries, and we build on "
    "what a family already does well.\n\n"
    "We expect our staff to be curious, to keep learning and to ask for help when a case is "
    "hard.\n\n"
    "{vision}\n\n"
    "## Sharing information\n\nWe share information only where the law allows it.\n"
)

_VISIONS = [
    "Looking ahead, our vision is a county where every child is safe at home, does well at "
    "school and has adults they trust.",
    "In the years ahead, the council's vision for its children is that none of them grows up "
    "without a family to belong to.",
    "Above all, our vision is a borough in which fewer families reach crisis because help "
    "came early.",
]


@pytest.mark.parametrize("vision", _VISIONS)
def test_vision_after_a_turn_of_phrase_leaves_the_values(vision: str) -> None:
    outline = outline_of(
        _PAGE.format(heading="What we believe and what we hope for", vision=vision), "markdown"
    )
    kinds = [(section.kind, section.heading) for section in outline.sections]
    assert ("values", "What we believe and what we hope for") in kinds
    vision_sections = [section for section in outline.sections if section.kind == "vision"]
    assert [section.heading for section in vision_sections] == [None]
    assert vision_sections[0].text.startswith(vision[:20])
    assert_tiles(outline)


def test_a_vision_heading_keeps_it() -> None:
    outline = outline_of(_PAGE.format(heading="Our vision", vision=_VISIONS[0]), "markdown")
    assert [section.kind for section in outline.sections].count("vision") == 1
    assert_tiles(outline)


def test_the_turn_of_phrase_alone_is_no_vision_cue() -> None:
    cues = compile_cues(get_family().kinds)
    assert cues.content_kind("Looking ahead, our vision is a city in which children thrive.") == (
        "vision"
    )
    assert cues.content_kind("Put simply, the service's vision for every child is a home.") == (
        "vision"
    )
    assert cues.content_kind("Above all, Marshby's vision is a town where children thrive.") == (
        "vision"
    )
    assert cues.content_kind("Looking ahead, we will recruit twenty more foster carers.") is None
    assert cues.content_kind("Above all, our values are honesty and respect.") != "vision"
