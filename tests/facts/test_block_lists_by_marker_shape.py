"""A list read from the outline's blocks ends where its items' markers change shape (decision
0116): numbered paragraphs "1." and "2." and the lettered statutes under "2." are two lists, so
the statutes are counted alone. Texts are our own."""

from __future__ import annotations

from app.analysis import analyze
from app.facts.readers import read_outline
from app.families import get_family
from app.ingest import read_source
from tests.reading import facts_of

_TEXT = (
    "Policies, values and principles\n\n"
    "1. This chapter sits at the front of the Harwick manual. It explains the reasons behind "
    "the procedures that follow it, for every member of staff.\n\n"
    "2. Harwick Borough Council works with children under several Acts of Parliament. The main "
    "ones are:\n\n"
    "(a) the Children Act 1989;\n"
    "(b) the Children Act 2004;\n"
    "(c) the Children and Families Act 2014.\n\n"
    "3. Keeping children safe is work the council shares with the police, schools and health "
    "services, and each is expected to act on a worry the day it arises.\n"
)


def test_numbered_paragraphs_and_a_lettered_list_are_two_lists() -> None:
    outline = analyze(read_source(_TEXT.encode(), "chapter.txt"), get_family()).outline
    lists = read_outline(outline).block_lists()
    texts = [[outline.text[item.start : item.end] for item in items] for items in lists]
    assert [
        "the Children Act 1989",
        "the Children Act 2004",
        "the Children and Families Act 2014",
    ] in texts
    assert not any(
        "the Children Act 1989" in items and any("This chapter sits" in text for text in items)
        for items in texts
    )


def test_the_statutes_under_a_numbered_paragraph_are_counted_alone() -> None:
    assert facts_of(_TEXT)["legislation_count"].value == 3


def test_one_shape_of_marker_is_one_list() -> None:
    text = (
        "We rely on:\n\n(a) the Children Act 1989;\n(b) the Children Act 2004;\n"
        "(c) the Care Act 2014.\n"
    )
    outline = analyze(read_source(text.encode(), "chapter.txt"), get_family()).outline
    lists = read_outline(outline).block_lists()
    assert [len(items) for items in lists] == [3]
