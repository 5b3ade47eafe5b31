"""Decision 0127: "Introduction" is the introduction (SPEC: the policy framework, the law, who it
covers), also when its paragraph says whom the chapter applies to, and a plain-line heading of the
introduction's own ("Legislation") after it is a section beside it, as the label "Introduction"
opens the chapter rather than gathering the kind's topics under it."""

from app.families import get_family
from app.sections.classify import compile_cues
from tests.sections.helpers import assert_tiles, outline_of

_TITLE = "Policy, Values and Principles\n\n"
_LAW = (
    "Legislation\n\nOur duties come from these Acts:\n\n- Children Act 1989\n"
    "- Children and Families Act 2014\n\n"
)
_LATER = "Corporate Parenting\n\nThe council is the parent of every child in its care.\n"


def _kinds_and_headings(outline):
    return [(section.kind, section.heading) for section in outline.sections]


def test_an_introduction_saying_whom_it_is_for_then_legislation_are_two_sections():
    text = (
        f"{_TITLE}Changes\n\nWe revised the leaving care part in April 2025.\n\nIntroduction\n\n"
        "This chapter gives the values of the Ashdale children's service. It is for everyone who "
        f"works with our children in care.\n\n{_LAW}{_LATER}"
    )
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    assert _kinds_and_headings(outline)[1:] == [
        ("scope", "Changes"),
        ("introduction", "Introduction"),
        ("introduction", "Legislation"),
        ("corporate_parenting", "Corporate Parenting"),
    ]


def test_a_first_introduction_opening_with_whom_it_applies_to_keeps_its_kind():
    text = (
        f"{_TITLE}Introduction\n\nThis chapter applies to everyone who works in the Ashdale "
        f"children's service.\n\n{_LATER}"
    )
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    assert _kinds_and_headings(outline)[1] == ("introduction", "Introduction")


def test_the_introduction_label_gathers_no_parts_and_key_principles_does():
    cues = compile_cues(get_family().kinds)
    assert not cues.names_the_kind("introduction", "Introduction")
    assert cues.names_the_kind("key_principles", "Key Principles")
    assert cues.names_the_kind("key_outcomes", "Key outcomes")
