"""Decision 0127: "Introduction" is the introduction (SPEC: the policy framework, the law, who it
covers), also when its paragraph says whom the chapter applies to, and a plain-line heading of the
introduction's own ("Legislation") after it is a section beside it, as the label "Introduction"
opens the chapter rather than gathering the kind's topics under it. A council's name alone under
the title, over an opening paragraph a content cue names, is the page's byline and stands with
the title."""

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


_BYLINE_BODY = (
    "This chapter sets out the values and principles that guide Ashdale's children's social "
    "care. It is for everyone who works in the service.\n\nIntroduction\n\nAshdale Borough "
    "Council works with children in need and with the children in its care.\n\nHow We Work\n\n"
    "We keep children with their families wherever that is safe.\n"
)


def test_a_council_name_over_a_cued_opening_stands_with_the_title():
    text = f"Policies, Values and Principles\n\nAshdale Borough Council\n\n{_BYLINE_BODY}"
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    assert outline.sections[0].kind == "title"
    assert "Ashdale Borough Council" in outline.sections[0].text
    assert (outline.sections[1].kind, outline.sections[1].heading) == ("scope", None)
    assert outline.sections[1].text.startswith("This chapter sets out")
    assert [section.heading for section in outline.sections[2:4]] == [
        "Introduction",
        "How We Work",
    ]


def test_a_heading_that_is_no_council_name_keeps_the_opening_under_it():
    text = f"Policies, Values and Principles\n\nWho this is for\n\n{_BYLINE_BODY}"
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    assert outline.sections[0].text == "Policies, Values and Principles\n\n"
    assert outline.sections[1].heading == "Who this is for"
