"""Picture labels in an easy-read text copied as plain lines (decision 0495): a line that only
labels a picture ("Picture: a bus stop") is never a heading, and a question heading whose body
opens with such a label still heads its section. Every text is written for these tests in our
own words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from app.text.pictures import labels_a_picture

_POINTS = (
    (
        "Why do we write this?",
        "Picture: a pencil and a notepad",
        "This page says how the council looks after children and young people.",
        "Picture: a row of houses",
        "Everyone who works for the council must follow it.",
    ),
    (
        "What do we care about?",
        "Picture: two people shaking hands",
        "We keep our promises to you.",
        "Picture: a child on a swing",
        "We listen before we decide anything.",
    ),
    (
        "Who keeps your secrets?",
        "Picture: a key on a ring",
        "We keep what you tell us safe.",
        "Picture: a closed door",
        "We share it only when someone could get hurt.",
    ),
)


def _page() -> str:
    lines = ["Looking After Children in Our Town"]
    for point in _POINTS:
        lines.extend(point)
    return "\n\n".join(lines) + "\n"


def _headings(text: str) -> list[str]:
    analyzed = analyze(read_source(text.encode(), "chapter.txt"), get_family())
    return [section.heading or "" for section in analyzed.outline.sections]


def test_no_picture_label_heads_a_section() -> None:
    headings = _headings(_page())
    assert not [heading for heading in headings if heading.startswith("Picture")]


def test_each_question_heads_its_section_past_the_picture_under_it() -> None:
    headings = _headings(_page())
    for point in _POINTS:
        assert point[0] in headings


def test_an_idea_after_picture_of_is_no_label() -> None:
    assert not labels_a_picture("Picture of success")
    assert labels_a_picture("**Picture of a bus stop**")
    assert labels_a_picture("Image: three children at a table")


@given(st.sampled_from(["Picture", "Image", "Photo", "Drawing"]), st.text(min_size=1, max_size=30))
def test_a_label_that_ends_a_sentence_is_no_label(word: str, shown: str) -> None:
    assert not labels_a_picture(f"{word}: {shown}. Then more words follow")
