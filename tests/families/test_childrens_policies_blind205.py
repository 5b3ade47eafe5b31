"""Wordings and layouts the 205th blind round used that the reading did not know (decision
0324): a second date joined to an amendment statement by "and", an "Updated <day>" note saying
what a part of the chapter now says, an amendment stamp with its size in brackets, a note naming
the chapter it replaces, and the first title under a "Related guidance" line. Each case is
written for this test in our own words, with near misses that must not be read so."""

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from tests.reading import facts_of

TITLE = "Children's Services Policies, Values and Principles\n"
BODY = "\nIntroduction\nThis chapter sets out what our children's services believe in.\n"


def _kinds(text: str) -> list[str]:
    version = analyze(read_source(text.encode(), "page.txt"), get_family())
    return [section.kind for section in version.outline.sections]


def _headings(text: str) -> list[str | None]:
    version = analyze(read_source(text.encode(), "page.txt"), get_family())
    return [section.heading for section in version.outline.sections]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("This chapter was reviewed locally in May 2025 and December 2025.", "2025-12"),
        ("This chapter was amended on 3 March 2025 and again on 9 June 2025.", "2025-06-09"),
        ("We updated this chapter in April 2024, and in January 2025.", "2025-01"),
    ],
)
def test_a_second_date_joined_by_and_dates_the_chapter_too(line: str, date: str) -> None:
    assert facts_of(TITLE + line + "\n" + BODY)["amendment_date"].value == date


def test_dates_joined_to_another_documents_change_are_not_the_chapters() -> None:
    line = "Working Together to Safeguard Children was updated in May 2025 and December 2025."
    assert facts_of(TITLE + line + "\n" + BODY)["amendment_date"].value is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        (
            "Updated 19 January 2026 \u2013 Section 2 now describes our practice model.",
            "2026-01-19",
        ),
        ("Updated 4 May 2025: the leaving care paragraph now names Staying Close.", "2025-05-04"),
    ],
)
def test_an_updated_day_note_saying_what_a_part_now_says_is_an_amendment(
    line: str, date: str
) -> None:
    assert facts_of(TITLE + "Amendment\n" + line + "\n" + BODY)["amendment_date"].value == date


def test_an_updated_day_stamp_alone_is_still_the_pages() -> None:
    facts = facts_of(TITLE + "Updated 19 January 2026\n" + BODY)
    assert facts["amendment_date"].value is None


@pytest.mark.parametrize(
    "line",
    ["Amended June 2025 (minor)", "Revised March 2024 (minor changes)", "Amended 04/2025 (major)"],
)
def test_an_amendment_stamp_with_its_size_in_brackets_opens_the_scope(line: str) -> None:
    text = TITLE + line + "\nScope of this chapter\nThis chapter applies to all staff.\n" + BODY
    assert _kinds(text)[:3] == ["title", "scope", "scope"]


@pytest.mark.parametrize(
    "line",
    [
        "This chapter replaces Values and Standards in Children's Services, which has been"
        " withdrawn.",
        "This chapter replaces Chapter 1.2, Our Principles of Practice, and Chapter 1.3, Values"
        " for Staff.",
    ],
)
def test_a_note_naming_the_chapter_it_replaces_opens_the_scope(line: str) -> None:
    text = TITLE + line + "\nScope of this chapter\nThis chapter applies to all staff.\n" + BODY
    assert _kinds(text)[:3] == ["title", "scope", "scope"]


def test_a_policy_replacing_a_practice_is_no_such_note() -> None:
    text = TITLE + "This policy replaces guesswork with a clear plan for every child.\n" + BODY
    assert "scope" not in _kinds(text)


def test_the_first_title_under_related_guidance_is_no_heading() -> None:
    text = (
        TITLE + "Scope of this chapter\nThis chapter applies to all staff.\n"
        "Related guidance\n"
        "Ashmere Corporate Parenting Strategy 2025 to 2028\n"
        "Our Promise to Children in Care\n"
        "Leaving Care Local Offer\n\n"
        "Corporate parenting\nEvery councillor is a corporate parent to our Children in Care.\n"
    )
    assert _headings(text)[1:] == ["Scope of this chapter", "Corporate parenting"]


def test_a_lone_title_under_related_guidance_leaves_the_heading_after_it() -> None:
    text = (
        TITLE + "Scope of this chapter\nThis chapter applies to all staff.\n"
        "Related guidance\n"
        "Working Together to Safeguard Children\n"
        "Introduction\n"
        "Our children's services work to keep children safe with their families.\n"
    )
    assert "Introduction" in _headings(text)
