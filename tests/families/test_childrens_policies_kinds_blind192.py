"""Section kinds met in blind round 192 (decision 0305): a section under a heading no cue knows
whose first sentence says, after a lead-in, that the staff have been trained in a well-known
practice model. Each document is written for this test in our own words."""

import pytest

from tests.reading import read_kinds_and_headings


def _page(heading: str, body: str) -> str:
    return (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Our legal basis\n\n"
        "Our duties come from the Children Act 1989 and the Children Act 2004.\n\n"
        f"## {heading}\n\n{body}\n\n"
        "## Keeping information safe\n\n"
        "Information about families is confidential and shared only to protect a child.\n"
    )


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        (
            "Alongside parents, not above them",
            "Since last spring every social worker in Brindlecote has been trained in "
            "Restorative Practice, so that plans are made with families.",
        ),
        (
            "How our conversations go",
            "Over the past two years our early help workers have all been trained in Motivational "
            "Social Work. They listen for what a parent already wants to change.",
        ),
        (
            "The way we meet families",
            "In 2022 our child protection teams were trained in Signs of Safety.",
        ),
    ],
)
def test_staff_trained_in_a_known_model_head_the_practice_model(heading: str, body: str) -> None:
    assert ("practice_model", heading) in read_kinds_and_headings(_page(heading, body), "page.md")


def test_staff_not_trained_in_a_model_name_none() -> None:
    body = (
        "Since 2024 our practitioners have not been trained in Signs of Safety; we work "
        "alongside the other agencies in the Brindlecote partnership to keep children safe."
    )
    kinds = read_kinds_and_headings(_page("Working with other agencies", body), "page.md")
    assert ("practice_model", "Working with other agencies") not in kinds
