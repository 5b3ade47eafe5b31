"""A document-control record in the scope box, then a heading naming the scope over prose.

The record (owner, version, review date) says which file this is; the heading after it is where
the chapter's own scope section begins, so readers find the scope at its heading (decision 0057).
"""

from hypothesis import given
from hypothesis import strategies as st

from app.sections.raw import RawBlock
from app.sections.record_box import holds_only_fields
from tests.sections.helpers import assert_tiles, outline_of


def _headings(outline):
    return [(section.kind, section.heading) for section in outline.sections]


def test_a_scope_heading_after_a_record_of_rows_opens_its_own_section():
    text = (
        "# Fostering: Values and Principles\n\nVersion control\nLead officer | Service Manager\n"
        "Issue | 3.1\nSigned off | 2 February 2025\n\n## Scope\n\nThis procedure applies to "
        "everyone who supports foster carers on the county's behalf.\n\n## Our values\n\n"
        "We listen to children and we keep our promises.\n"
    )
    outline = outline_of(text, "markdown")
    assert _headings(outline)[1:3] == [("scope", "Version control"), ("scope", "Scope")]
    assert_tiles(outline)


def test_labelled_fields_under_a_bold_heading_are_a_record_too():
    text = (
        "# Children in Care: Our Principles\n\n**Document history**\n\nOwner: Head of Service\n"
        "Next review: May 2026\n\n## Purpose of this chapter\n\nIt tells staff and partners what "
        "we expect of one another.\n\n## Our values\n\nWe are honest with families.\n"
    )
    outline = outline_of(text, "markdown")
    assert _headings(outline)[1:3] == [
        ("scope", "Document history"),
        ("scope", "Purpose of this chapter"),
    ]


def test_a_scope_heading_after_a_box_with_prose_stays_in_the_box():
    text = (
        "# Fostering: Values and Principles\n\n## Amendment\n\nThe section on short breaks "
        "was rewritten and two contacts were corrected.\n\n## Scope\n\nThis procedure applies "
        "to every team.\n\n## Our values\n\nWe listen to children.\n"
    )
    outline = outline_of(text, "markdown")
    assert [kind for kind, _heading in _headings(outline)] == ["title", "scope", "values"]


def test_a_scope_heading_after_a_box_holding_only_its_dated_changes_note_opens_its_own():
    """A box that only dates the chapter's change, in the council's voice ("In March 2025 we
    rewrote …") as in the chapter's ("This chapter was updated in …"), is the changes note,
    and the scope is found at its own heading (decisions 0454, 0551, 0557)."""
    for note in (
        "In March 2025 we rewrote the section on short breaks.",
        "This chapter was updated in March 2025 to add the section on short breaks.",
    ):
        text = (
            "# Fostering: Values and Principles\n\n## Amendment\n\n" + note + "\n\n## Scope\n\n"
            "This procedure applies to every team.\n\n## Our values\n\nWe listen to children.\n"
        )
        outline = outline_of(text, "markdown")
        assert _headings(outline) == [
            ("title", "Fostering: Values and Principles"),
            ("scope", "Amendment"),
            ("scope", "Scope"),
            ("values", "Our values"),
        ]


def test_a_contents_list_after_a_record_stays_in_the_box():
    text = (
        "# Fostering: Values and Principles\n\nVersion control\nIssue | 3.1\n"
        "Signed off | 2 February 2025\n\n## Contents\n\n- Our values\n- Working together\n\n"
        "## Our values\n\nWe listen to children and we keep our promises.\n"
    )
    outline = outline_of(text, "markdown")
    assert [kind for kind, _heading in _headings(outline)][:3] == ["title", "scope", "values"]


def _blocks(text: str) -> list[RawBlock]:
    blocks = []
    position = 0
    for part in text.split("\n\n"):
        blocks.append(
            RawBlock(
                type="paragraph",
                start=position,
                end=position + len(part),
                content_start=position,
                content_end=position + len(part),
                line_count=part.count("\n") + 1,
            )
        )
        position += len(part) + 2
    return blocks


def test_prose_is_not_a_record():
    text = "Owner | Head of Service\n\nThis chapter was rewritten in full: read it again."
    assert not holds_only_fields(text, _blocks(text), 0, 2)
    assert holds_only_fields(text, _blocks(text), 0, 1)


def test_nothing_is_not_a_record():
    assert not holds_only_fields("", [], 0, 0)


_CELL = st.text(st.characters(categories=("L", "N")), min_size=1, max_size=12)


@given(st.lists(st.lists(_CELL, min_size=2, max_size=4), min_size=1, max_size=6))
def test_rows_of_cells_are_always_a_record(rows):
    text = "\n".join(" | ".join(cells) for cells in rows)
    assert holds_only_fields(text, _blocks(text), 0, 1)
