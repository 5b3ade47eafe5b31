"""Plain-line headings with an icon before their words, as a page copied from a browser keeps
them (blind290, decision 0425).

A site that sets an emoji or symbol before each heading ("🧭 How we decide", "⚖️ Our legal
duties") loses the heading's markup when the page is copied as text, but keeps the icon. The
heading is the same sentence-case line over its paragraph that the plain-line rules already
take without the icon; the icon is decoration (as `heading_label` already treats it for
cues), so it must not stop the line from reading as a heading.

Each case is written for this test in our own words.
"""

from app.ingest import read_source
from app.sections.model import Outline
from tests.sections.helpers import assert_tiles, outline_of

_CHAPTER = (
    "{t}Children's Services Policies, Values and Principles\n"
    "\n"
    "{a}Who should read this\n"
    "Everyone who works with children for Brantwick Council should read this chapter, "
    "which was revised in April 2025.\n"
    "\n"
    "{b}Our legal duties\n"
    "The Children Act 1989 and the Children and Social Work Act 2017 set out what the council "
    "must do.\n"
    "\n"
    "{c}Where a child will grow up\n"
    "A plan for a permanent home is agreed within five months of a child coming into care.\n"
    "\n"
    "{d}Keeping records private\n"
    "Personal information is shared only where the law allows it and a child needs it.\n"
)


def _outline(text: str) -> Outline:
    return outline_of(read_source(text.encode(), "chapter.txt").text)


def _first_lines(outline: Outline) -> list[str]:
    return [section.text.strip().split("\n")[0] for section in outline.sections]


def test_icon_led_lines_are_headings_as_the_same_lines_without_icons_are() -> None:
    plain = _outline(_CHAPTER.format(t="", a="", b="", c="", d=""))
    icons = _outline(
        _CHAPTER.format(
            t="\U0001f4d8 ", a="\U0001f4cc ", b="\u2696\ufe0f ", c="\U0001f3e0 ", d="\u2709 "
        )
    )
    assert_tiles(icons)
    assert [s.kind for s in icons.sections] == [s.kind for s in plain.sections]
    assert len(icons.sections) == 5
    assert _first_lines(icons)[1:] == [
        "\U0001f4cc Who should read this",
        "\u2696\ufe0f Our legal duties",
        "\U0001f3e0 Where a child will grow up",
        "\u2709 Keeping records private",
    ]
    assert [s.heading for s in icons.sections][1:] == _first_lines(icons)[1:]


def test_an_icon_led_sentence_stays_prose() -> None:
    text = (
        "Children's Services Policies, Values and Principles\n"
        "\n"
        "Our values\n"
        "We are honest, kind and ambitious for every child.\n"
        "\U0001f4a1 Ask your manager if you are not sure how this applies.\n"
        "We review this chapter every year.\n"
    )
    outline = _outline(text)
    assert_tiles(outline)
    assert not any((section.heading or "").startswith("\U0001f4a1") for section in outline.sections)
