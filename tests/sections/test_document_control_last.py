"""A document-control heading (version, owner, next review) that closes a chapter is end matter;
the same heading in a box under the title, before the body, still opens the scope."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, outline_of

_BODY = (
    "## Introduction\n\nThis policy sets out the framework within which our social workers "
    "support children and families across the district.\n\n"
    "## Our values\n\nWe listen to children and act on what they tell us.\n\n"
)


def test_a_version_control_heading_at_the_end_is_end_matter() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        + _BODY
        + "## Version control\n\nVersion | 5.0\nLead officer | Service Manager, Quality\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    last = outline.sections[-1]
    assert (last.kind, last.heading) == ("end_matter", "Version control")
    assert "Version | 5.0" in last.text


def test_a_document_control_box_before_the_body_stays_scope() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## Document control\n\nVersion | 5.0\nLead officer | Service Manager, Quality\n\n" + _BODY
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    control = next(s for s in outline.sections if s.heading == "Document control")
    assert control.kind == "scope"
