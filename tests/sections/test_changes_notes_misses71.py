"""A changes note the misses71 round read (decision 0491): a bare "Amended" heading over the
note labels the amendment box, as "Amendment" does. Written for this test in our own words."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, outline_of

_TITLE = "Children's Services Policies, Values and Principles\n\n"


def test_a_bare_amended_heading_opens_the_amendment_box_after_a_numbered_section() -> None:
    text = (
        _TITLE + "1 About this chapter\n\n"
        "This chapter explains what guides our work with children and their families.\n\n"
        "2 The law we follow\n\n"
        "Our duties come from the Children Act 1989 and the Children and Families Act 2014.\n\n"
        "Amended\n"
        "This chapter was amended in May 2026 to add a part on staying close.\n\n"
        "3 Our values\n\n"
        "We believe children do best with their own families, and we say so to every parent.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    amended = [section for section in outline.sections if section.text.startswith("Amended")]
    assert [section.kind for section in amended] == ["scope"]
