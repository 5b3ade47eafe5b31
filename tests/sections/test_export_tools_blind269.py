"""Blind round 269 (decision 0400): headings and boxes as export tools lay them out: an
outliner's heading blocks, a numbered list's last short item, a wiki's byline over its page
properties, and a callout's label over the chapter's amendment note. Each case is written for
this test in our own words, with near misses that must stay."""

from __future__ import annotations

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from tests.sections.helpers import assert_tiles


def _sections(page: str, name: str = "page.md") -> list[tuple[str, str | None, str]]:
    analyzed = analyze(read_source(page.encode(), name), get_family())
    assert_tiles(analyzed.outline)
    return [
        (section.kind, section.heading, section.text.strip()[:40])
        for section in analyzed.outline.sections
    ]


OUTLINE = (
    "status:: approved\nowner:: Head of Service\n\n"
    "- # Children's Services Policies, Values and Principles\n"
    "- Kelmsley Council\n"
    "- ## What this chapter covers\n"
    "\t- It sets out what the service believes and how it works with families.\n"
    "- ## Corporate parenting\n"
    "  id:: 66a1b2c3-0000-4000-8000-1234567890ab\n"
    "\t- Every councillor is a corporate parent of the children the council looks after.\n"
    "- ## Sharing information\n"
    "\t- Information is shared only where the law allows it and a child needs it.\n"
    "- Last updated: 4 March 2026\n"
)


def test_an_outliners_heading_blocks_are_the_chapters_headings() -> None:
    sections = _sections(OUTLINE)
    assert [(kind, heading) for kind, heading, _ in sections] == [
        ("title", "Children's Services Policies, Values and Principles"),
        ("scope", "What this chapter covers"),
        ("corporate_parenting", "Corporate parenting"),
        ("information_sharing", "Sharing information"),
        ("end_matter", None),
    ]
    assert "id::" not in "".join(start for _, _, start in sections)


def test_one_heading_in_a_list_item_does_not_make_a_page_an_outline() -> None:
    page = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Our values\n\n"
        "- ## Listening\n"
        "- Children are heard.\n"
        "- Families are partners.\n"
    )
    sections = _sections(page)
    assert sections[-1][0] == "values"


PRINCIPLES = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Corporate parenting\n\n"
    "The council must have regard to the need:\n\n"
    "1. To act in the best interests of the children it looks after and to promote their "
    "physical and mental health\n"
    "2. To encourage them to express their views, wishes and feelings on every decision\n"
    "3. To prepare them for adult life\n\n"
    "## How we practise\n\n"
    "Our practice model is Signs of Safety.\n\n"
    "## Leaving care\n\n"
    "Care leavers keep a personal adviser until they are 25.\n"
)


def test_a_lists_short_last_item_is_no_numbered_heading() -> None:
    kinds = [kind for kind, _, _ in _sections(PRINCIPLES)]
    assert kinds == ["title", "corporate_parenting", "practice_model", "key_principles"]


def test_numbered_headings_with_text_between_them_still_open_sections() -> None:
    page = (
        "Children's Services Policies, Values and Principles\n\n"
        "1. Our values\n\n"
        "We put children first in everything we do.\n\n"
        "2. Corporate parenting\n\n"
        "Every councillor is a corporate parent.\n"
    )
    kinds = [kind for kind, _, _ in _sections(page, "page.txt")]
    assert kinds == ["title", "values", "corporate_parenting"]


WIKI = (
    "# Children's Services Policies, Values and Principles\n\n"
    "Created by Sam Ortiz, last modified on Feb 2, 2026\n\n"
    "| Owner | Principal Social Worker |\n"
    "| --- | --- |\n"
    "| Status | Published |\n"
    "| Next review | February 2027 |\n\n"
    "> **Note**\n>\n"
    "> This page was revised in February 2026 to add the new offer to care leavers.\n\n"
    "## Purpose of this chapter\n\n"
    "It sets out the values every team works to.\n\n"
    "## Our values\n\n"
    "We are honest and we keep going.\n"
)


def test_a_wiki_byline_and_properties_stay_with_the_title_and_the_note_box_opens_scope() -> None:
    sections = _sections(WIKI)
    assert sections[0][0] == "title"
    assert "Status | Published" in read_source(WIKI.encode(), "p.md").text
    assert [(kind, heading) for kind, heading, _ in sections[1:]] == [
        ("scope", None),
        ("scope", "Purpose of this chapter"),
        ("values", "Our values"),
    ]
    assert sections[1][2].startswith("> **Note**")


def test_the_same_box_with_an_icon_before_its_label_opens_scope_too() -> None:
    page = WIKI.replace("> **Note**", "> **\U0001f4dd Note**")
    sections = _sections(page)
    assert [kind for kind, _, _ in sections] == ["title", "scope", "scope", "values"]
    assert sections[1][2].startswith("> **\U0001f4dd Note**")


def test_a_bold_line_in_a_quote_that_names_no_callout_type_may_still_head() -> None:
    page = WIKI.replace("> **Note**\n>\n", "> **Our promise to care leavers**\n>\n")
    sections = _sections(page)
    assert not any(start.startswith("> **Note**") for _, _, start in sections)
