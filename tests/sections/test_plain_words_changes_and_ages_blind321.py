"""Readings from blind321 (decision 0465), each case written for this test in our own words.

A council's communications team names the chapter's changes note in plain words ("Things that
have changed", "What's new"). The part is still the changes note of the scope box, and a scope
heading after it opens the chapter's own scope section rather than joining the note.

A heading named by meaning may hold the age it is about ("When you turn 18", "Once you reach
21"): a line between paragraphs that would be a heading but for that number is still one.

A first line that speaks of the chapter as "this chapter" ("What this chapter covers, and for
whom") heads its scope; it is no title, also when it is a bold line like the headings after it.
Sections still tile.
"""

from __future__ import annotations

import pytest

from app.families import get_family
from app.sections.classify import compile_cues, cue_text
from tests.sections.helpers import assert_tiles, outline_of

_CUES = compile_cues(get_family().kinds)

_CHAPTER = (
    "# Policies and values for work with children\n\n"
    "## {changes}\n\n"
    "{note}\n\n"
    "## Who this is for\n\n"
    "Every practitioner in the county's family help teams, and the carers who look after "
    "children for us, should know what these pages say.\n\n"
    "## The statutes behind us\n\n"
    "Our duties come chiefly from the Children Act 1989.\n"
)


@pytest.mark.parametrize(
    ("changes", "note"),
    [
        ("Things that have changed", "We revised this chapter in April 2026 to add a part on kin."),
        ("What's new", "This page was updated in October 2025. The list of laws is shorter."),
        ("Things that changed", "This chapter was amended in May 2026 to add advocacy."),
    ],
)
def test_a_scope_heading_after_a_plain_words_changes_note_opens_its_own_section(
    changes: str, note: str
) -> None:
    outline = outline_of(_CHAPTER.format(changes=changes, note=note), "markdown")
    assert_tiles(outline)
    headed = [(section.kind, section.heading) for section in outline.sections]
    assert ("scope", changes) in headed
    assert ("scope", "Who this is for") in headed


_PLAIN = (
    "Our children's services: what we value\n\n"
    "A home for good\n\n"
    "No child should wait long to know where they will grow up. We plan each child's "
    "permanent home early. Families and friends are asked first.\n\n"
    "{heading}\n\n"
    "Every young person who leaves our care keeps a personal adviser for as long as the law "
    "allows. We help with money, housing and study.\n\n"
    "Keeping records private\n\n"
    "We share what families tell us only when the law allows it.\n"
)


@pytest.mark.parametrize("heading", ["When you turn 18", "Once you reach 21", "As you turn 18"])
def test_a_sentence_heading_may_name_the_age_it_is_about(heading: str) -> None:
    outline = outline_of(_PLAIN.format(heading=heading), "plain")
    assert_tiles(outline)
    assert heading in [section.heading for section in outline.sections]


@pytest.mark.parametrize("line", ["Turn to page 18", "We reach 2026 soon"])
def test_other_numbers_still_keep_a_line_from_being_a_heading_by_shape(line: str) -> None:
    outline = outline_of(_PLAIN.format(heading=line), "plain")
    assert line not in [section.heading for section in outline.sections]


@pytest.mark.parametrize(
    "heading",
    [
        "What this chapter covers, and for whom",
        "What this page covers and who it is for",
        "Things that have changed",
        "Things that changed in this edition",
    ],
)
def test_plain_words_scope_headings(heading: str) -> None:
    assert _CUES.heading_kind(cue_text(heading)) == "scope"


@pytest.mark.parametrize("heading", ["Things that matter to us", "What this chapter covers next"])
def test_near_misses_are_not_scope_headings(heading: str) -> None:
    assert _CUES.heading_kind(cue_text(heading)) != "scope"


def test_a_bold_first_line_about_this_chapter_is_no_title() -> None:
    text = (
        "**What this chapter covers, and for whom**\n\n"
        "These pages set out what the borough believes about its work with children. They "
        "apply to all of our staff and carers.\n\n"
        "**The statutes behind us**\n\n"
        "Our duties come chiefly from the Children Act 1989 and the Children Act 2004.\n\n"
        "**Sharing what we know**\n\n"
        "We share what families tell us only when the law allows it.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert outline.sections[0].kind == "scope"
    assert "title" not in [section.kind for section in outline.sections]
