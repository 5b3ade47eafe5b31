"""A document-control table set above the title may name the chapter in one of its rows
("Document name | Social Care for Children: Policies, Values and Principles"): that row is a field
of the record about the file, and the line the document sets as its title, below the table, is
the title (blind374, decision 0552). A banner row whose first cell is the chapter's name, and a
record with no title line under it, keep their first line as the title. A "Purpose" whose
opening says what the chapter "states" is the chapter's scope, as one that "sets out" is."""

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_NAME = "Social Care for Children: Policies, Values and Principles"
_BODY = (
    "## Whom this applies to\n\n"
    "Everyone who works with children for the borough should read this chapter first, before "
    "any of the procedures that follow it.\n\n"
    "## The council as a parent\n\n"
    "The borough is the corporate parent of its Children in Care and has regard to the seven "
    "corporate parenting principles.\n"
)


@pytest.mark.parametrize("label", ["Document name", "Title", "Name of policy"])
def test_a_record_row_naming_the_chapter_leaves_the_title_to_the_line_below(label):
    rows = (
        f"| {label} | {_NAME} |\n|---|---|\n| Issue | 3 |\n| Date issued | May 2025 |\n"
        "| Author | Head of Safeguarding |"
    )
    outline = outline_of(f"{rows}\n\n# {_NAME}\n\nOakhurst Borough\n\n{_BODY}", "markdown")
    titles = [section for section in outline.sections if section.kind == "title"]
    assert len(titles) == 1
    assert titles[0].text.startswith(f"# {_NAME}")
    assert [section.heading for section in outline.sections].count("Whom this applies to") == 1
    assert f"| {label} | {_NAME} |" in outline.sections[0].text
    assert_tiles(outline)


def test_a_banner_row_opening_on_the_chapter_name_is_still_the_title():
    outline = outline_of(
        f"| {_NAME} | Oakhurst Borough |\n|---|---|\n| Issue | 3 |\n\n{_BODY}", "markdown"
    )
    assert outline.sections[0].kind == "title"
    assert outline.sections[0].text.startswith(f"| {_NAME} | Oakhurst Borough |")
    assert_tiles(outline)


def test_a_record_row_with_no_title_line_below_it_stays_the_title():
    outline = outline_of(
        f"| Document name | {_NAME} |\n|---|---|\n| Issue | 3 |\n\n{_BODY}", "markdown"
    )
    assert outline.sections[0].kind == "title"
    assert outline.sections[0].text.startswith(f"| Document name | {_NAME} |")
    assert_tiles(outline)


def test_a_purpose_that_says_what_the_chapter_states_is_the_scope_after_a_contents_list():
    # "Purpose" alone only hints at the introduction; after a contents list the scope is no
    # longer a kind the model may overrule the hint with, so the opening's own words decide.
    text = (
        "# Fostering: Policies, Values and Principles\n\n"
        "Contents\n\n1. Purpose\n\n2. The law\n\n3. Corporate parenting\n\n"
        "## 1. Purpose\n\n"
        "This chapter states the values our fostering service holds. It applies to every "
        "supervising social worker and every approved foster carer in the district.\n\n"
        "## 2. The law\n\n"
        "The Children Act 1989 and the Care Standards Act 2000 set the duties described here.\n\n"
        "## 3. Corporate parenting\n\n"
        "The district is the corporate parent of its Looked After Children.\n"
    )
    outline = outline_of(text, "markdown")
    assert [(s.kind, s.heading) for s in outline.sections if s.heading == "1. Purpose"] == [
        ("scope", "1. Purpose")
    ]
    assert_tiles(outline)
