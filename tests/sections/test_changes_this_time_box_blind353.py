"""An undated box of the edition's changes under the title and its stamp lines ("Changes this
time: …") opens the scope, as "What's changed: …" does; the council line and the stamp above it
stay with the title (decision 0522). Written for these tests in our own words."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from tests.reading import read_kinds_and_headings


@pytest.mark.parametrize(
    "label",
    [
        "> **Changes this time:**",
        "**Changes this time:**",
        "Changes this time \u2013",
        "> **Changes in this edition:**",
        "What changed this time:",
    ],
)
def test_an_undated_changes_box_under_the_title_opens_the_scope(label: str) -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "Fennick Vale Council \u00b7 Children's Services\n\n"
        "*Last reviewed: Spring 2025 \u2014 next review due Spring 2027*\n\n"
        f"{label} the youth offending team is named among our partners, and the part on "
        "short breaks is shorter.\n\n"
        "## Our values\n\n"
        "We are honest with families and we do what we say we will do.\n"
    )

    sections = analyze(read_source(text.encode(), "chapter.md"), get_family()).outline.sections

    assert [(section.kind, section.heading) for section in sections] == [
        ("title", "Children's Services Policies, Values and Principles"),
        ("scope", None),
        ("values", "Our values"),
    ]
    assert "Fennick Vale Council" in sections[0].text
    assert "Last reviewed" in sections[0].text
    assert sections[1].text.startswith(label)


def test_a_sentence_about_changes_this_time_for_families_opens_no_scope() -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "Fennick Vale Council \u00b7 Children's Services\n\n"
        "## Our values\n\n"
        "Changes this time of year can unsettle children, so we plan moves with care.\n"
    )

    kinds = read_kinds_and_headings(text, "chapter.md")

    assert [kind for kind, _ in kinds] == ["title", "values"]


def test_a_short_lead_in_sentence_over_a_cued_opening_stays_with_the_opening() -> None:
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "Start here, before anything else.\n\n"
        "This chapter applies to everyone who works in Fennick Vale's children's services, "
        "including agency staff and students on placement.\n\n"
        "Our values\n\n"
        "We are honest with families and we do what we say we will do.\n"
    )

    analyzed = analyze(read_source(text.encode(), "chapter.txt"), get_family())
    title = analyzed.outline.sections[0]

    assert title.kind == "title"
    assert "Start here" not in title.text


def test_a_box_label_over_a_cued_opening_stays_out_of_the_title() -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "[panel]\nKey facts\n\n"
        "This chapter applies to everyone who works in Fennick Vale's children's services.\n\n"
        "Care leavers have a personal adviser to the age of 25.\n\n"
        "## Our values\n\n"
        "We are honest with families and we do what we say we will do.\n"
    )

    sections = analyze(read_source(text.encode(), "chapter.md"), get_family()).outline.sections

    assert sections[0].kind == "title"
    assert "Key facts" not in sections[0].text
