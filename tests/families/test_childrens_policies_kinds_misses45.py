"""Section kinds of known-misses round 45 (decision 0299): Acts said to underpin or govern the
work open the introduction, whatever the paragraph says of the partners after; a permanence
plan's time limit stated first as every child's due is a principle, a reviewing officer's check
after it notwithstanding; a heading naming where the service aims to be by a year, or over the
years ahead, is the strategy's. Each document is written for this test in our own words about
invented councils."""

import pytest

from tests.reading import read_kinds_and_headings


def _page(heading: str, body: str) -> str:
    return (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Our legal basis\n\n"
        "Our duties come from the Children Act 1989 and the Children Act 2004.\n\n"
        "## When the council is the parent\n\n"
        "Thornby Council is the corporate parent of every child in its care and every care "
        "leaver.\n\n"
        f"## {heading}\n\n{body}\n\n"
        "## Keeping information safe\n\n"
        "Information about families is confidential and shared only to protect a child.\n"
    )


def _unheaded(paragraph: str) -> str:
    return (
        "Children's Services Policies, Values and Principles\n\n"
        "This chapter was last changed in June 2026, when a part on short breaks was added.\n\n"
        f"{paragraph}\n\n"
        "Thornby Council is the corporate parent of every child in its care and every care "
        "leaver, and councillors and officers keep the corporate parenting principles in mind.\n"
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "Five Acts underpin what we do, chief among them the Children Act 1989. Our partners in "
        "health, education and the police take part in every plan for a child and tell us when "
        "they are worried.",
        "Three main Acts govern this work: the Children Act 1989, the Children Act 2004 and the "
        "Children and Families Act 2014. We work alongside health visitors, schools and the "
        "police, and we expect each of them to tell us when they are worried about a child.",
    ],
)
def test_acts_that_underpin_the_work_open_the_introduction(paragraph: str) -> None:
    kinds = [kind for kind, _heading in read_kinds_and_headings(_unheaded(paragraph), "page.txt")]
    assert kinds[:3] == ["title", "scope", "introduction"]


def test_values_that_underpin_the_work_are_not_the_law() -> None:
    text = _unheaded(
        "Kindness and honesty underpin our work, and we expect the same of every agency we "
        "work beside."
    )
    assert ("introduction", None) not in read_kinds_and_headings(text, "page.txt")


@pytest.mark.parametrize(
    "body",
    [
        "Every child in care must have a permanence plan within three months of coming into "
        "care. The reviewing officer looks at the plan at each review.",
        "Any child in care is to have a permanence plan no later than four months after "
        "entering care. The independent reviewing officer checks the plan at each review.",
        "A child who comes into care should have their permanence plan no later than the second "
        "review. The independent reviewing officer confirms at each review that it is on "
        "course.",
    ],
)
def test_a_permanence_plan_due_to_every_child_is_a_principle(body: str) -> None:
    assert ("key_principles", "Settled homes, soon") in read_kinds_and_headings(
        _page("Settled homes, soon", body), "page.md"
    )


def test_a_care_plan_procedure_stays_other() -> None:
    body = (
        "The social worker writes the care plan before the child is placed. The independent "
        "reviewing officer checks it at every review."
    )
    assert ("other", "Writing it down") in read_kinds_and_headings(
        _page("Writing it down", body), "page.md"
    )


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        (
            "Where we plan to be by March 2029",
            "We want fewer children to come into care, and those who do to find settled homes "
            "sooner. To do that, every child in care will have a permanence plan within four "
            "months and our foster carers will grow by thirty households.",
        ),
        (
            "What we will have achieved by 2030",
            "We want children to grow up in families, not institutions. For that, ten more "
            "foster families will be recruited each year and every care leaver will have a home "
            "of their own by 19.",
        ),
        (
            "What we aim to change over the next four years",
            "We want fewer children to need care, and those who do to return home safely "
            "sooner. The edge-of-care team will double and every family will be offered a "
            "family group conference.",
        ),
    ],
)
def test_aims_with_a_deadline_head_the_strategy(heading: str, body: str) -> None:
    assert ("strategy", heading) in read_kinds_and_headings(_page(heading, body), "page.md")


@pytest.mark.parametrize(
    "heading",
    ["Where we want Thornby's children to be in ten years", "Looking to 2031"],
)
def test_a_horizon_for_the_children_is_not_a_strategy_heading(heading: str) -> None:
    body = (
        "We want every child in Thornby to grow up safe, loved and proud of where they come "
        "from, with adults around them who stay."
    )
    assert ("strategy", heading) not in read_kinds_and_headings(_page(heading, body), "page.md")


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        (
            "Where we want to be by 2031",
            "By 2031 we want every child in Thornby to live with people who love them, to "
            "learn well and to have a say in the decisions that shape their lives.",
        ),
        (
            "What we hope to achieve over the next five years",
            "In five years' time we want Thornby to be a place where children who cannot live "
            "at home grow up close to the people who matter to them.",
        ),
    ],
)
def test_wanting_by_a_year_over_a_vision_is_the_vision(heading: str, body: str) -> None:
    """Decision 0319 (blind202): wanting or hoping by a year is only the strategy's hint; a
    vision's opening under it decides."""
    assert ("vision", heading) in read_kinds_and_headings(_page(heading, body), "page.md")


def test_wanting_by_a_year_over_a_plan_is_still_the_strategy() -> None:
    heading = "What we want to have done by 2029"
    body = (
        "Over the next three years we will open two small children's homes in the borough, "
        "recruit forty foster families and halve the number of children placed far away."
    )
    assert ("strategy", heading) in read_kinds_and_headings(_page(heading, body), "page.md")
