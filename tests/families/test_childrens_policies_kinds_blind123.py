"""The edition a chapter replaces, named under its title, the hundred-and-twenty-third blind
round's miss (decision 0199): "This chapter replaces the version dated November 2022." opening an
un-headed note under the title was read as `other`; it is the chapter's note of its own editions,
which SPEC puts in the scope section. End matter already knew the sentence (decision 0172), so a
closing history is still end matter there.

Each case is written for this test in our own words; the near misses are shapes a careless cue
would take.
"""

import pytest

from app.families import get_family
from app.sections import split_sections


@pytest.mark.parametrize(
    "opening",
    [
        "This chapter replaces the version dated November 2022.",
        "This page replaces the previous edition, published in June 2021.",
        "The procedure supersedes the earlier version agreed in 2020.",
        "This policy replaces its last issue of March 2023.",
    ],
)
def test_the_chapter_replacing_an_edition_is_scope(cues, opening: str) -> None:
    assert cues.content_kind(opening) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "This plan replaces the version the family agreed last year.",
        "The new offer replaces the old grant for care leavers.",
        "This chapter replaces nothing; it is new.",
    ],
)
def test_near_misses_are_not_scope(cues, opening: str) -> None:
    assert cues.content_kind(opening) != "scope"


def test_an_unheaded_note_under_the_title_naming_the_replaced_edition_opens_scope() -> None:
    # Short lines alone between the title and a heading stay the title's stamps (decision 0085);
    # a note whose next line runs on past a stamp's length is a note.
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "This chapter replaces the version dated May 2022.\n"
        "Changes made in April 2025: the part on leaving care was rewritten to set out the "
        "offer to every care leaver.\n\n"
        "Law and guidance\n"
        "Children Act 1989\n"
        "Children and Families Act 2014\n"
    )
    family = get_family()
    outline = split_sections(text, family.kinds, model=family.kind_model.get())
    kinds = [section.kind for section in outline.sections]
    assert kinds[:2] == ["title", "scope"]
    assert outline.sections[1].text.startswith("This chapter replaces")
