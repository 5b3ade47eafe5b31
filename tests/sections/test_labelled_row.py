"""A one-row box whose label cell names a section ("Amendment | In May 2025 …") opens that
section with the label as its heading; record rows and data tables stay whole (decision 0084)."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, outline_of

_BODY = (
    "## Introduction\n\nThis policy sets out the framework within which our social workers "
    "support children and families across the district.\n\n"
    "## Our values\n\nWe listen to children and act on what they tell us.\n\n"
)


def test_a_labelled_amendment_box_opens_the_scope() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "Version | 3.2\nOwner | Head of Service\n\n"
        "**Amendment** | In May 2025 this chapter was revised to describe our new offer.\n\n"
        + _BODY
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    scope = next(s for s in outline.sections if s.kind == "scope")
    assert scope.heading == "Amendment"
    assert scope.text.startswith("**Amendment** | In May 2025")


def test_a_plain_label_cell_as_a_printed_page_gives_it_opens_the_scope() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "Amendment | This chapter was updated in March 2025 to name our practice model.\n\n"
        "Introduction\n\nThis policy sets out the framework within which we work with "
        "families.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [(s.kind, s.heading) for s in outline.sections][:2] == [
        ("title", "Policies, Values and Principles"),
        ("scope", "Amendment"),
    ]


def test_rows_of_a_record_or_a_label_no_cue_knows_stay_whole() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "Owner | Head of Service, Children in Care\n\n"
        "Note from the editor | Please tell us when a link in this chapter is broken.\n\n" + _BODY
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    headings = [s.heading for s in outline.sections]
    assert "Owner" not in headings and "Note from the editor" not in headings
    assert all(b.text.strip() != "Owner" for s in outline.sections for b in s.blocks)


def test_a_table_of_several_rows_is_no_box() -> None:
    text = (
        "# Policies, Values and Principles\n\n" + _BODY + "Amendment | The chapter was revised in "
        "May 2025 for the new framework.\nAmendment | The chapter was first issued in 2021 for "
        "all teams.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert all(s.heading != "Amendment" for s in outline.sections)


# --- a table of rows naming different kinds (decision 0158) -------------------------------------

_ROWS_OF_KINDS = (
    "# Policies, Values and Principles\n\n"
    "## Our values\n\nWe listen to children and act on what they tell us, and we say plainly "
    "what worries us.\n\n"
    "**Our vision** | We want every child in Eastwick to grow up in a safe and loving home.\n"
    "**Our practice model** | Every team works restoratively, with families and not to them.\n\n"
    "## Key principles\n\nChildren should live with their own families wherever it is safe.\n"
)


def test_a_table_whose_rows_name_different_kinds_opens_a_section_a_row() -> None:
    outline = outline_of(_ROWS_OF_KINDS, "markdown")
    assert_tiles(outline)
    assert [(s.kind, s.heading) for s in outline.sections][2:4] == [
        ("vision", "Our vision"),
        ("practice_model", "Our practice model"),
    ]


def test_a_table_with_a_row_no_cue_knows_or_two_rows_of_one_kind_stays_whole() -> None:
    for rows in (
        "**Our vision** | We want every child in Eastwick to grow up in a safe and loving home.\n"
        "**Budget** | The service spends most of its money on children in care each year.\n\n",
        "**Our vision** | We want every child in Eastwick to grow up in a safe and loving home.\n"
        "**Vision for 2030** | We want every child in Eastwick to leave school with choices.\n\n",
    ):
        text = _ROWS_OF_KINDS.replace(_ROWS_OF_KINDS.split("\n\n")[3] + "\n\n", rows)
        assert rows in text
        outline = outline_of(text, "markdown")
        assert_tiles(outline)
        assert [s.kind for s in outline.sections].count("vision") <= 1
        assert all(s.heading not in ("Our vision", "Budget") for s in outline.sections)
