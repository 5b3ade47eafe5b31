"""A page's box of jump links labelled by what it lists ("Sections on this page", "Topics in
this chapter") is the scope's contents list with that label as its heading, as "On this page"
is (decision 0480). Pages written for this test in our own words."""

import pytest

from tests.sections.helpers import assert_tiles, outline_of


@pytest.mark.parametrize(
    "label", ["Sections on this page", "Topics in this chapter", "Parts of this page"]
)
def test_a_jump_box_labelled_by_what_it_lists_is_a_scope_section(label: str) -> None:
    text = (
        "Private Fostering Arrangements\n"
        f"{label}\n1. Telling us\n2. Our checks\n"
        "1. Telling us\nParents and carers must tell the council about a private fostering "
        "arrangement at least six weeks before it begins.\n"
        "2. Our checks\nA social worker visits the home within seven working days of hearing "
        "about the arrangement.\n"
    )
    outline = outline_of(text, "plain")
    headings = [(section.kind, section.heading) for section in outline.sections]
    assert headings[:2] == [("title", "Private Fostering Arrangements"), ("scope", label)]
    assert outline.sections[1].text.startswith(f"{label}\n1. Telling us\n2. Our checks\n")
    assert_tiles(outline)
