"""Section kinds met in blind round 189 (decision 0300): a scope heading that names what the
chapter covers and its changes in one phrase. Each document is written for this test in our own
words."""

import pytest

from tests.reading import read_kinds_and_headings


def _page(heading: str) -> str:
    return (
        "# Children's Services Policies, Values and Principles\n\n"
        f"## {heading}\n\n"
        "This policy sets the values and principles for all work with children and families by "
        "Harrowdene's children's services and the agencies we commission.\n\n"
        "Updated May 2025. Version 2.3.\n\n"
        "## The law we work under\n\n"
        "Our duties come from the Children Act 1989 and the Children and Families Act 2014.\n\n"
        "## Our values\n\n"
        "We listen to children and we tell families honestly what worries us.\n"
    )


@pytest.mark.parametrize(
    "heading",
    [
        "What this policy covers and its revision",
        "What the chapter covers and recent changes",
        "What this guidance covers, and any amendments",
        "What this document covers and how it has changed",
    ],
)
def test_what_it_covers_and_its_changes_heads_the_scope(heading: str) -> None:
    assert ("scope", heading) in read_kinds_and_headings(_page(heading), "page.md")
