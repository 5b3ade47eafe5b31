"""A wiki's panel exported as a quote under the page's title, its own title a bold line over
the panel's words ("> **Note**" over "> This chapter was revised in …"): the amendment note it
holds is the scope box's note (decisions 0042, 0085), read past the panel's title as it would be
without the panel; a panel that says no amendment is not taken for one. Written for this test
in our own words (blind402, decision 0592)."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_TITLE = "# Fostering Panel Principles\n\n"
_REST = (
    "## Contents\n\n- [Who the panel serves](#who-the-panel-serves)\n"
    "- [Our values](#our-values)\n\n"
    "## Who the panel serves\n\nEvery foster carer approved by the council, and every child "
    "placed with one.\n\n"
    "## Our values\n\nWe are honest with carers and we keep our promises to them.\n"
)


@pytest.mark.parametrize("label", ["**Note**", "**Please read**", "__Update__", "**Info:**"])
@pytest.mark.parametrize(
    "note",
    [
        "This chapter was revised in April 2025. Section 2 is new.",
        "Amended: 3 June 2025",
    ],
)
def test_a_titled_panel_under_the_title_holding_the_amendment_is_scope(
    label: str, note: str
) -> None:
    panel = f"> {label}\n> {note}\n\n"
    outline = outline_of(f"{_TITLE}{panel}{_REST}", "markdown")
    assert_tiles(outline)
    assert [(section.kind, section.heading) for section in outline.sections][:3] == [
        ("title", "Fostering Panel Principles"),
        ("scope", None),
        ("scope", "Contents"),
    ]
    assert outline.sections[1].text.startswith(f"> {label}\n> {note[:10]}")


def test_a_titled_panel_saying_no_amendment_is_not_taken_for_the_note() -> None:
    panel = "> **Note**\n> Carers should read this page with the carers' handbook.\n\n"
    outline = outline_of(f"{_TITLE}{panel}{_REST}", "markdown")
    assert_tiles(outline)
    assert (outline.sections[1].kind, outline.sections[1].heading) == ("other", None)
