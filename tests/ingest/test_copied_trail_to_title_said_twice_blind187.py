"""A page copied from a browser as text, its breadcrumb trail one step a line under "Home",
down to the page's name that the title line right under it says again: every step is the
site's, even one with a comma ("Children, young people and families"), and the title is the
second copy of the name (decision 0296). Each page is written for this test in our own words."""

from __future__ import annotations

from app.ingest import read_source

_BODY = (
    "Why this page exists\n"
    "Our procedures for children in care are long, so this page gives the main points simply.\n"
    "Help after care\n"
    "Every care leaver can keep a personal adviser until they are 23.\n"
)


def _text(page: str) -> str:
    return read_source(page.encode(), "page.txt").text


def test_a_trail_with_a_comma_step_down_to_the_title_said_twice_is_dropped() -> None:
    text = _text(
        "Skip to main content\nBrackenford Borough Council\nMenu\nSearch\nHome\n"
        "Children, young people and families\nSocial care\n"
        "Children in care: the main points\nChildren in care: the main points\n" + _BODY
    )
    assert text.startswith("Children in care: the main points\n")
    assert "Children, young people and families" not in text
    assert "Social care" not in text


def test_a_title_with_a_comma_under_home_with_no_repeat_is_kept() -> None:
    text = _text(
        "Skip to main content\nBrackenford Borough Council\nMenu\nHome\n"
        "Children in care, in brief\n" + _BODY
    )
    assert "Children in care, in brief" in text
