"""Decision 0144: a plain-line "Introduction" first under the title, then a plain-line heading
of the introduction's own ("Legislation"), are two sections also when no earlier section has
shown the plain lines' rank. The introduction's label opens the chapter and gathers no topics
under it (`label_gathers_parts = false`), so what follows it is its sibling, not its part. A
first heading that is no such label ("Permanence", then "Leaving care") still takes the next one
as its part when nothing shows the rank (decision 0071)."""

from app.families import get_family
from app.sections.classify import compile_cues
from tests.sections.helpers import assert_tiles, outline_of

_TITLE = "Policy, Values and Principles\n\n"
_LATER = "Corporate Parenting\n\nThe council is the parent of every child in its care.\n"


def _kinds_and_headings(outline):
    return [(section.kind, section.heading) for section in outline.sections]


def test_introduction_first_then_legislation_are_two_sections():
    text = (
        f"{_TITLE}Introduction\n\nThis chapter says how the Ashdale service looks after the "
        "children in its care and what our staff may expect of us.\n\nLegislation\n\n"
        "1. Children Act 1989\n2. Children and Families Act 2014\n\n"
        f"{_LATER}"
    )
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    assert _kinds_and_headings(outline)[1:] == [
        ("introduction", "Introduction"),
        ("introduction", "Legislation"),
        ("corporate_parenting", "Corporate Parenting"),
    ]


def test_a_short_lead_in_under_introduction_still_takes_legislation_as_its_part():
    text = (
        f"{_TITLE}Introduction\n\nOur duties are below.\n\nLegislation\n\n"
        "1. Children Act 1989\n2. Children and Families Act 2014\n\n"
        f"{_LATER}"
    )
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    assert _kinds_and_headings(outline)[1:] == [
        ("introduction", "Introduction"),
        ("corporate_parenting", "Corporate Parenting"),
    ]


def test_only_a_label_that_gathers_no_parts_opens_the_chapter():
    cues = compile_cues(get_family().kinds)
    assert cues.opens_the_chapter("introduction", "Introduction")
    assert cues.opens_the_chapter("introduction", "INTRODUCTION")
    assert not cues.opens_the_chapter("introduction", "Legislation")
    assert not cues.opens_the_chapter("key_principles", "Key Principles")
    assert not cues.opens_the_chapter("key_principles", "Permanence")
