"""Site chrome met in the ninetieth blind round (decision 0155): an accordion page copied as
text, whose every fold's label is followed by its toggle on a line of its own ("Open", "Close",
"+", "\u2212") and whose control over all the folds ("Expand all sections") stands where the
page sets it, not only under the title. A one-word toggle goes only where two or more stand
under labels, as an accordion repeats them: one "Close" may be a banner's or the chapter's.

Each page is written for this test in our own words; each negative case is a line a careless
reader would take for a toggle.
"""

from __future__ import annotations

import pytest

from app.ingest import read_source


def _text(page: str) -> str:
    return read_source(page.encode(), "page.txt").text


_PAGE = (
    "Policies and Principles\n"
    "This chapter says what the council believes in and how it works with families.\n"
    "{control}\n"
    "Our values\n"
    "{toggle}\n"
    "We are honest with families and we keep our promises to their children.\n"
    "Corporate parenting\n"
    "{toggle}\n"
    "The whole council is the corporate parent of the children it looks after.\n"
)


@pytest.mark.parametrize(
    ("control", "toggle"),
    [
        ("Expand all sections", "Open"),
        ("Collapse all sections", "Close"),
        ("Show all sections", "+"),
        ("Open all", "\u2212"),
    ],
)
def test_an_accordions_toggle_lines_are_dropped(control: str, toggle: str) -> None:
    text = _text(_PAGE.format(control=control, toggle=toggle))
    lines = text.splitlines()
    assert control not in lines and toggle not in lines
    assert "Our values\nWe are honest" in text
    assert "Corporate parenting\nThe whole council" in text


@pytest.mark.parametrize(
    "line",
    [
        "The office is open from nine until five.",
        "Close relatives are asked first.",
        "Open days",
        "Open and honest",
    ],
)
def test_words_that_only_begin_like_a_toggle_stay(line: str) -> None:
    page = _PAGE.format(control="Expand all sections", toggle="Open").replace(
        "Our values\nOpen\n", f"Our values\n{line}\n"
    )
    assert line.strip() in _text(page)


def test_one_toggle_word_under_a_label_stays() -> None:
    page = _PAGE.format(control="Expand all sections", toggle="Open").replace(
        "Corporate parenting\nOpen\n", "Corporate parenting\n"
    )
    assert "Our values\nOpen\n" in _text(page)


def test_toggle_words_under_sentences_stay() -> None:
    page = (
        "Policies and Principles\n"
        "This chapter says what the council believes in and how it works with families.\n"
        "Our doors are always open to families who ask for help.\n"
        "Open\n"
        "We answer every call on the day it is made.\n"
        "Close\n"
        "The whole council is the corporate parent of the children it looks after.\n"
    )
    lines = _text(page).splitlines()
    assert "Open" in lines and "Close" in lines
