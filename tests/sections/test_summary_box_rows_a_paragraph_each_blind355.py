"""A box that sums the page up, its fields set one a paragraph (a web page's `<p>` per row, a
blank line between them in the text), is read whole (decision 0524): no row opens a section,
not even one whose label names a stamp or an owner, before the text (the scope, decision 0095)
or after the body (key principles, decision 0288). A closing summary box whose first row is the
revision ("Updated: ...") is that summary, not a closing history; a page stamp set after the
box, the text's last line, still closes the chapter as end matter."""

import pytest

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_BODY = (
    "## Our duties\n\n"
    "We help families who are struggling before their problems become a crisis. Our staff "
    "visit quickly and listen first.\n\n"
    "## Corporate parenting\n\n"
    "As corporate parents we want for each child what any loving parent would want. We check "
    "every year how well we are doing.\n\n"
    "## Privacy\n\n"
    "Records are kept securely and shared only where the law allows it and a child needs it.\n\n"
)

_ROWS = (
    "Updated: March 2024\n\n"
    "Our practice model: Restorative Practice\n\n"
    "For: every fostering social worker\n\n"
    "Responsible officer: Service Manager, Fostering\n\n"
)

_STAMP = "Page last reviewed: 9 April 2024\n"


def _kinds(text: str) -> list[tuple[str, str]]:
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    return [(kind, start.split("\n")[0]) for kind, start in kinds_and_starts(outline, 40)]


@pytest.mark.parametrize("label", ["Quick facts", "Summary of this chapter"])
def test_rows_a_paragraph_each_under_a_summary_before_the_text_are_one_scope_box(
    label: str,
) -> None:
    text = f"# Fostering Policy\n\n## {label}\n\n{_ROWS}{_BODY}"
    kinds = _kinds(text)
    assert kinds[1] == ("scope", f"## {label}")
    assert kinds[2][1] == "## Our duties"


def test_a_closing_summary_opened_by_its_revision_row_is_the_summary_not_end_matter() -> None:
    text = f"# Fostering Policy\n\n{_BODY}## Quick facts\n\n{_ROWS}{_STAMP}"
    kinds = _kinds(text)
    assert kinds[-2:] == [
        ("key_principles", "## Quick facts"),
        ("end_matter", "Page last reviewed: 9 April 2024"),
    ]


def test_rows_in_another_order_are_read_as_the_same_closing_box() -> None:
    rows = (
        "Our practice model: Restorative Practice\n\n"
        "Responsible officer: Service Manager, Fostering\n\n"
        "Updated: March 2024\n\n"
    )
    text = f"# Fostering Policy\n\n{_BODY}## Quick facts\n\n{rows}{_STAMP}"
    kinds = _kinds(text)
    assert kinds[-2:] == [
        ("key_principles", "## Quick facts"),
        ("end_matter", "Page last reviewed: 9 April 2024"),
    ]


def test_labelled_paragraphs_under_an_ordinary_heading_keep_their_own_reading() -> None:
    """Not a summary's heading: the rule leaves the rows to the other rules (a closing
    owner line after the body still opens the end matter)."""
    text = (
        f"# Fostering Policy\n\n{_BODY}"
        "## Contacts\n\nFostering team: 01632 960 111\n\nOut of hours: 01632 960 222\n\n"
        "Last updated: 9 April 2024\n"
    )
    kinds = _kinds(text)
    assert kinds[-1] == ("end_matter", "Last updated: 9 April 2024")
