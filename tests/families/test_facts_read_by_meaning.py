"""Facts read by meaning where no wording the reader lists states them (decision 0564): a
support age written with its unit ("age 23", "the age of 22", "their 24th birthday") after words
of extent the patterns do not list, about care leavers named in the sentence, earlier in its
paragraph or in its section's heading; and an amendment date in a sentence holding a word of
change, under a heading naming the chapter's amendment or said of the chapter's own text. Each
case is written for this test in our own words, each rule with near misses that stay unread."""

import pytest

from tests.families.fact_helpers import fact_count, fact_text, support_ages

_TITLE = "Fostering Handbook: Policy, Values and Principles\n\n"
_BODY = _TITLE + "## About this handbook\n\nThe handbook is for fostering staff.\n\n{part}\n"


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        (
            "## After care\n\nCare leavers keep their personal adviser as far as the age of 23.",
            (23, []),
        ),
        (
            "## After care\n\nOur aftercare service works with every care leaver. The team stays "
            "in touch with each of them as far as age 22.",
            (22, []),
        ),
        (
            "## Care leavers\n\nEvery young person keeps a named worker as far as age 21, or age "
            "25 where they are studying.",
            (21, [25]),
        ),
        (
            "## Care leavers\n\nA named worker is offered no later than their 24th birthday.",
            (24, []),
        ),
    ],
)
def test_a_support_age_is_read_by_its_unit_and_its_subject(
    part: str, expected: tuple[int, list[int]]
) -> None:
    assert support_ages(_BODY.format(part=part)) == expected


@pytest.mark.parametrize(
    "part",
    [
        "## After care\n\nCare leavers can join the youth forum from age 21.",
        "## After care\n\nCare leavers reach the age of 25 at different times in their lives.",
        "## After care\n\nCare leavers may use the council's gyms. Their classes are offered "
        "as far as age 30.",
        "## Fostering households\n\nCarers keep their supervising social worker as far as age 23.",
    ],
)
def test_an_age_that_starts_support_or_is_no_care_leavers_is_no_limit(part: str) -> None:
    assert support_ages(_BODY.format(part=part)) is None


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        (
            "## Amendment\n\nThe rota part was re-issued with corrections on 2 June 2025.",
            "2025-06-02",
        ),
        ("## Changes\n\nThe glossary was removed in May 2025.", "2025-05"),
        (
            "## Latest changes\n\nWork on the family time part was completed in July 2025.",
            "2025-07",
        ),
        ("This handbook was looked over and corrected in May 2025.", "2025-05"),
        ("The present wording was adopted by the board in April 2026.", "2026-04"),
    ],
)
def test_a_date_beside_a_word_of_change_under_an_amendment_heading_or_of_the_text_is_amended(
    part: str, expected: str
) -> None:
    assert fact_text(_BODY.format(part=part), "amendment_date") == expected


@pytest.mark.parametrize(
    "part",
    [
        "## Amendment\n\nThe next review of this handbook will take place in March 2027.",
        "## Amendment\n\nThe handbook now cites the new guidance (published June 2025).",
        "This policy replaces the edition dated May 2023.",
        "## Family time\n\nThe family time rota was changed in July 2025 by the centre.",
    ],
)
def test_a_date_to_come_cited_replaced_or_of_something_else_is_no_amendment(part: str) -> None:
    assert fact_text(_BODY.format(part=part), "amendment_date") is None


_SEVEN = "\n".join(
    f"- {item}"
    for item in (
        "their good comes first;",
        "what they say is heard;",
        "what they say makes a difference;",
        "they find the help there is;",
        "we aim high for them;",
        "home is safe and steady;",
        "they are ready for life on their own.",
    )
)


@pytest.mark.parametrize(
    "part",
    [
        "## Corporate parenting\n\nWhen the council decides anything about a child in its care, "
        f"it thinks about whether:\n\n{_SEVEN}",
        f"## Our duties as corporate parent\n\nEvery councillor asks themselves:\n\n{_SEVEN}",
    ],
)
def test_the_statutes_number_of_items_listed_in_the_corporate_parenting_section_are_principles(
    part: str,
) -> None:
    assert fact_count(_BODY.format(part=part), "corporate_parenting_principles") == 7


@pytest.mark.parametrize(
    "part",
    [
        f"## Our values\n\nEvery member of staff asks themselves:\n\n{_SEVEN}",
        "## Corporate parenting\n\nEvery councillor asks themselves:\n\n"
        + "\n".join(_SEVEN.splitlines()[:5]),
        "## Corporate parenting\n\nThe duties come from these laws:\n\n"
        + "\n".join(f"- Children Act {year}" for year in range(1989, 1996)),
    ],
)
def test_another_sections_list_another_count_or_a_list_of_laws_is_no_principles(
    part: str,
) -> None:
    assert fact_count(_BODY.format(part=part), "corporate_parenting_principles") == 0
