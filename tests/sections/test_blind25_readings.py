"""Section readings met in the twenty-fifth blind round: a document-control table at the end of a
Word chapter whose first row is the version ("Version | 3.0"), set out with a bar between its
cells as the Word reader writes table rows."""

from tests.sections.helpers import assert_tiles, outline_of


def test_a_version_row_opens_the_end_matter_of_a_control_table_at_the_end():
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "**Sharing information**\n\n"
        "We pass on what we know about a family only when the law lets us.\n\n"
        "Version | 5.1\nReview owner | Service Manager, Quality\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    last = outline.sections[-1]
    assert last.kind == "end_matter"
    assert last.text.startswith("Version | 5.1")


def test_a_version_row_in_a_control_table_under_the_title_is_not_end_matter():
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "Version | 5.1\nReview owner | Service Manager, Quality\n\n"
        "**About this chapter**\n\nThis chapter applies to everyone who works with children.\n\n"
        "**Our values**\n\nWe are honest with families and we listen to children.\n\n"
        "**Working with partners**\n\nSchools, health services and the police work with us.\n\n"
        "**Leaving care**\n\nCare leavers have a personal adviser until they are 21.\n"
    )
    kinds = [section.kind for section in outline_of(text, "markdown").sections]
    assert "end_matter" not in kinds
