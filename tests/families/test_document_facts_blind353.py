"""Document facts in shapes the 353rd blind round showed the reader missing (decision 0522): the
children in a council's care named by the council's place ("each child in Ashgrove's care"),
and a document-control table whose column of issue dates stands beside its column of approval
dates ("Date approved | Date of issue"). Written for these tests in our own words about invented
councils; each near miss is a wording a careless reader would take."""

from __future__ import annotations

import pytest

from tests.reading import facts_of

_TITLE = "Children's Services Policies, Values and Principles\n\n"


def _chapter(*paragraphs: str) -> str:
    return _TITLE + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize("place", ["Ashgrove", "Lower Fennick", "Ashgrove Borough Council"])
def test_children_in_a_place_named_councils_care_are_children_in_care(place: str) -> None:
    text = _chapter(
        "Corporate parenting",
        f"Councillors ask what a good parent would do for each child in {place}\u2019s care "
        "before they decide anything that affects them.",
    )

    assert facts_of(text)["looked_after_term"].value == "Children in Care"


@pytest.mark.parametrize(
    "carer", ["their grandmother's", "a relative's", "an aunt's", "their parents'"]
)
def test_a_child_in_a_relatives_care_names_no_term(carer: str) -> None:
    text = _chapter(
        "Family and friends care",
        f"Where a child in {carer} care needs support, the family and friends team offers it.",
    )

    assert facts_of(text)["looked_after_term"].value is None


@pytest.mark.parametrize("issued", ["Date of issue", "Issue date", "Date issued", "Issued"])
def test_an_issue_column_beside_an_approval_column_dates_the_amendment(issued: str) -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Scope\n\nThis chapter applies to every team in the children's service.\n\n"
        "## Document control\n\n"
        f"| Next review | Date approved | {issued} | Version |\n"
        "|---|---|---|---|\n"
        "| May 2027 | 3 April 2025 | 22 April 2025 | 4 |\n"
    )

    assert str(facts_of(text, "chapter.md")["amendment_date"].value) == "2025-04-22"


def test_an_issue_column_holding_version_numbers_dates_nothing() -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Scope\n\nThis chapter applies to every team in the children's service.\n\n"
        "## Document control\n\n"
        "| Issue | Date approved | Next review |\n"
        "|---|---|---|\n"
        "| 5 | 3 April 2025 | May 2027 |\n"
    )

    assert str(facts_of(text, "chapter.md")["amendment_date"].value) == "2025-04-03"
