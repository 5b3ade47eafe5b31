"""Wordings blind set 173 showed the reader missing (decision 0276).

Each case is written for this test in our own words, not copied from the set's documents; the
negative cases are wordings a careless reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import fact_value
from tests.reading import facts_of

_CHAPTER = (
    "Fostering Service Policy\n\n"
    "Status\n\n"
    "{status}\n\n"
    "Values\n\n"
    "We listen to children first and we treat carers as partners.\n"
)


def _amendment(status: str) -> object:
    return fact_value(_CHAPTER.format(status=status), "amendment_date")


@pytest.mark.parametrize(
    ("status", "day"),
    [
        (
            "Approved by the Corporate Parenting Panel on 3 June 2024\nNext review: June 2026",
            "2024-06-03",
        ),
        ("Agreed by the Leadership Team on 19 November 2025", "2025-11-19"),
        ("**Signed off by the Director of Children's Services on 7 May 2025**", "2025-05-07"),
    ],
)
def test_an_approval_on_a_line_of_its_own_dates_the_chapter(status: str, day: str) -> None:
    assert _amendment(status) == day


def test_an_approval_inside_a_paragraph_dates_nothing() -> None:
    status = (
        "The family hubs this chapter describes were approved by Cabinet on 4 March 2025 and "
        "opened in the summer."
    )
    assert _amendment(status) is None


def test_an_approval_line_gives_no_day_to_an_amendment_stated_for_its_month() -> None:
    status = (
        "This chapter was amended in October 2024 to add the local offer.\n\n"
        "Approved by the Corporate Parenting Board on 21 October 2024"
    )
    assert _amendment(status) == "2024-10"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Kinfolk Circles is our approach to working with children and families.",
            "Kinfolk Circles",
        ),
        ("Open Hearth is the council's approach to practice.", "Open Hearth"),
        ("Steady Harbour, which is our approach to social work, began in 2023.", "Steady Harbour"),
    ],
)
def test_a_name_said_to_be_our_approach_to_practice_names_the_model(
    sentence: str, name: str
) -> None:
    assert fact_value(
        f"# Policy\n\n## How we work\n\n{sentence}\n", "named_models", "chapter.md"
    ) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Early Help is our approach to working with families.",
        "Family support is the council's approach to working with children.",
        "Kinfolk Circles is our approach to recruiting foster carers.",
    ],
)
def test_an_area_of_work_or_another_approach_names_no_model(sentence: str) -> None:
    assert (
        fact_value(f"# Policy\n\n## How we work\n\n{sentence}\n", "named_models", "chapter.md")
        == []
    )


def _principles(body: str) -> object:
    text = "# Policy\n\n## Corporate parenting\n\n" + body + "\n\n## Values\n\nWe listen.\n"
    return facts_of(text, "chapter.md")["corporate_parenting_principles"]


def test_principles_nested_under_group_labels_count_as_stated() -> None:
    body = (
        "The council keeps seven principles in mind, set under two heads:\n\n"
        "- **Voice**\n"
        "  - to encourage young people to express their views, wishes and feelings;\n"
        "  - to take those views into account;\n"
        "  - to help them use our services;\n"
        "- **Future**\n"
        "  - to act in their best interests;\n"
        "  - to promote high aspirations;\n"
        "  - to keep them safe and settled;\n"
        "  - to prepare them for adult life."
    )
    fact = _principles(body)
    assert fact.value == 7
    assert not fact.alternatives


def test_explanations_under_some_items_leave_the_items_the_principles() -> None:
    body = (
        "The council keeps seven principles in mind:\n\n"
        "- to act in their best interests;\n"
        "  - for example an annual health check;\n"
        "- to encourage them to express their views;\n"
        "- to take those views into account;\n"
        "- to help them use our services;\n"
        "  - such as free leisure passes;\n"
        "- to promote high aspirations;\n"
        "- to keep them safe and settled;\n"
        "- to prepare them for adult life."
    )
    assert _principles(body).value == 7


def test_groups_whose_nested_items_do_not_make_the_stated_count_stay_as_listed() -> None:
    body = (
        "The council keeps seven principles in mind:\n\n"
        "- **Voice**\n"
        "  - to encourage them to express their views;\n"
        "- **Future**\n"
        "  - to promote high aspirations."
    )
    assert _principles(body).value == 2


def _legislation(items: str) -> object:
    text = (
        "# Policy\n\n## Our duties\n\nThe law and guidance we follow:\n\n" + items + "\n\n"
        "## Values\n\nWe listen to children.\n"
    )
    return fact_value(text, "legislation_count", "chapter.md")


def test_a_guidance_title_with_its_year_in_a_bracket_is_an_item() -> None:
    items = (
        "- the Children Act 1989;\n"
        "- the Adoption and Children Act 2002;\n"
        "- Promoting the education of looked-after children (2018 guidance);\n"
        "- Care planning for children: what the regulations mean (guidance, 2021)."
    )
    assert _legislation(items) == 4


def test_a_bracketed_year_without_guidance_is_no_title() -> None:
    items = (
        "- the Children Act 1989;\n"
        "- the Adoption and Children Act 2002;\n"
        "- Our local offer was refreshed with young people (2021)."
    )
    assert _legislation(items) == 2
