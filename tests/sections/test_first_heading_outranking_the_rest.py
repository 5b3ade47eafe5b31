"""A chapter on another topic (leaving care, permanence, corporate parenting) whose title names
a kind is titled by its first heading when that heading outranks every other heading of the
document: Word's Heading 1 over Heading 2 sections, or over sections numbered 1, 2, 3 (blind
round 102, decision 0170). Each text is in our own words."""

from tests.sections.helpers import assert_tiles, outline_of
from tests.sections.outline_helpers import kinds_and_headings

_BODY = (
    "### Scope of this chapter\n\nThis chapter is for the social workers of children in care.\n\n"
    "### Legal framework\n\nOur duties come from the Children Act 1989.\n\n"
    "### Sharing information\n\nRecords are shared only when the law allows it.\n"
)


def test_a_first_heading_naming_a_kind_over_deeper_headings_is_the_title() -> None:
    kinds = kinds_and_headings("## Corporate Parenting\n\n" + _BODY, "markdown")

    assert kinds[0] == ("title", "Corporate Parenting")
    assert kinds[1] == ("scope", "Scope of this chapter")


def test_a_first_heading_over_numbered_sections_is_the_title() -> None:
    text = (
        "## Permanence Planning\n\n1. About this chapter\n\n1.1 This chapter is for the "
        "social workers of children in care.\n\n2. The law\n\n2.1 Our duties come from the "
        "Children Act 1989.\n\n3. Sharing information\n\n3.1 Records are shared only when the "
        "law allows it.\n"
    )

    assert kinds_and_headings(text, "markdown")[0] == ("title", "Permanence Planning")


def test_a_first_heading_with_a_peer_of_its_rank_is_a_section() -> None:
    text = "## Corporate Parenting\n\nCouncillors are corporate parents.\n\n" + _BODY.replace(
        "### Sharing", "## Sharing"
    )

    assert kinds_and_headings(text, "markdown")[0][0] == "corporate_parenting"


def test_a_first_heading_over_one_sub_heading_is_a_section() -> None:
    text = (
        "## Corporate Parenting\n\nCouncillors are corporate parents to every child in care.\n\n"
        "### The Corporate Parenting Board\n\nThe Board meets every two months.\n"
    )

    assert kinds_and_headings(text, "markdown")[0][0] == "corporate_parenting"


def _blocks(text: str) -> list[tuple[str, str]]:
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    return [
        (block.type, block.text.strip()) for section in outline.sections for block in section.blocks
    ]


def test_the_last_numbered_line_of_a_semicolon_list_is_no_heading() -> None:
    text = (
        "## Corporate Parenting\n\n2. The law\n\n2.1 Our duties come from these:\n\n"
        "2.1.1 Children Act 1989;\n\n2.1.2 Children and Social Work Act 2017;\n\n"
        "2.1.3 Care Leavers (England) Regulations 2010.\n\n3. The Board\n\n"
        "3.1 The Board meets every two months.\n"
    )

    blocks = _blocks(text)

    assert ("paragraph", "2.1.3 Care Leavers (England) Regulations 2010.") in blocks
    assert ("heading", "3. The Board") in blocks


def test_a_numbered_heading_after_a_sentence_stays_a_heading() -> None:
    text = (
        "## Corporate Parenting\n\n2. The law\n\n2.1 Our duties come from the Children Act "
        "1989.\n\n2.2 Our Board\n\nThe Board meets every two months.\n"
    )

    assert ("heading", "2.2 Our Board") in _blocks(text)
