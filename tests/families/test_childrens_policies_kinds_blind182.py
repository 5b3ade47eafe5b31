"""Section kinds met in blind round 182 (decision 0290): a scope heading naming who should read
the page and what changed; a heading that is a known practice model's own name, or a body saying
the council "took up" one; consultation through a youth panel or forum; the council's or the care
leavers' offer, pledge or charter. Each document is written for this test in our own words."""

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
    "heading",
    ["Who should read this and what has changed", "Who needs to read this page"],
)
def test_who_should_read_this_heads_the_scope(heading: str) -> None:
    body = (
        "Social workers, foster carers and managers in Pendlebrook should know this page. It "
        "was amended in March 2026 to add a part on short breaks."
    )
    assert ("scope", heading) in read_kinds_and_headings(_page(heading, body), "page.md")


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        (
            "Family Valued",
            "Every family is offered a family group conference before any plan is made.",
        ),
        (
            "Motivational Social Work in Pendlebrook",
            "Workers listen for what a parent already wants to change.",
        ),
        (
            "Our teenagers' hub",
            "Pendlebrook took up the No Wrong Door model in 2021, with one hub for teenagers.",
        ),
    ],
)
def test_a_known_model_named_or_taken_up_heads_the_practice_model(heading: str, body: str) -> None:
    assert ("practice_model", heading) in read_kinds_and_headings(_page(heading, body), "page.md")


def test_listening_to_a_youth_panel_is_consultation() -> None:
    heading = "Hearing from our Care Leavers' Forum"
    body = (
        "The forum meets every six weeks, and its members tell senior managers what is working "
        "for them and what is not."
    )
    assert ("key_principles", heading) in read_kinds_and_headings(_page(heading, body), "page.md")


@pytest.mark.parametrize("heading", ["The Pendlebrook local offer", "Our care leavers' charter"])
def test_an_offer_or_charter_to_care_leavers_is_a_principle(heading: str) -> None:
    body = (
        "Each young person who leaves our care is offered a personal adviser until they are 21, "
        "a setting-up-home grant and help to find a first job."
    )
    assert ("key_principles", heading) in read_kinds_and_headings(_page(heading, body), "page.md")
