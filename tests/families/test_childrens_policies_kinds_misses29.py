"""A dated note in the council's own voice saying it brought the chapter up to date is the
scope's amendment note, as "This chapter was updated in …" is; right under the title it opens the
scope rather than staying with the title as a stamp (decision 0223). Each case is written for
this test in our own words."""

import pytest

from tests.sections.helpers import assert_tiles, outline_of


@pytest.mark.parametrize(
    "note",
    [
        "We refreshed this chapter in October 2024.",
        "We last updated the chapter on 3 May 2025, adding the local offer.",
        "We have revised this procedure in January 2025 to reflect the new framework.",
        "We reviewed this guidance in June 2024: nothing of substance changed.",
    ],
)
def test_a_dated_note_in_the_council_voice_is_scope(cues, note: str) -> None:
    assert cues.content_kind(note, near_end=False) == "scope"


@pytest.mark.parametrize(
    "sentence",
    [
        "We have updated this chapter to use the words young people asked us to use.",
        "We reviewed every child's plan in October 2024.",
        "We refreshed our offer to care leavers in May 2025.",
    ],
)
def test_undated_or_about_something_else_it_is_not(cues, sentence: str) -> None:
    assert cues.content_kind(sentence, near_end=False) != "scope"


def test_under_the_title_it_opens_the_scope() -> None:
    text = (
        "# Children's Services: Policies and Principles\n\n"
        "We refreshed this chapter in March 2025.\n\n"
        "## We listen to children\n\n"
        "Every child we work with is asked what they think, and their words go into their plan. "
        "We keep the same worker with a child wherever we can.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)

    assert [section.kind for section in outline.sections][:2] == ["title", "scope"]
    assert outline.sections[1].text.startswith("We refreshed")


@pytest.mark.parametrize(
    "heading",
    [
        "The laws and principles that guide us",
        "The law we work within and the principles we hold",
        "Legislation and principles",
        "The legal framework and our values",
    ],
)
def test_the_law_and_its_principles_under_one_heading_is_the_introduction(
    cues, heading: str
) -> None:
    assert cues.heading_kind(heading) == "introduction"


@pytest.mark.parametrize(
    "heading",
    ["Principles and the law", "The law sets out the principles we must have regard to"],
)
def test_principles_first_or_a_sentence_about_them_is_not(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "introduction"
