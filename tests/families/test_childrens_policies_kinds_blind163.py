"""A closing amendment note that says the chapter or its page was "changed" (decision 0265):
"This page was changed on 18 November 2025 to say …" after the body is end matter, as the same
note saying "amended" or "updated" already was (decision 0097), and so is the dated stamp
"Changed on 18 November 2025: …", as "Amended on …" was. A plan or an arrangement that
was changed is no note of the chapter's, and away from the end the note opens nothing of its
own.

Each case is written for this test in our own words; the near misses are shapes a careless cue
would take.
"""

import pytest

from tests.sections.helpers import assert_tiles, outline_of


@pytest.mark.parametrize(
    "opening",
    [
        "This page was changed on 18 November 2025 to say how long an adviser is available.",
        "The chapter was last changed in June 2025, when the list of Acts was checked.",
        "This policy has been changed to add the new local offer for care leavers.",
        "Amendment: the chapter was changed in March 2026 to name the new practice model.",
        "In May 2025 this chapter was changed so that it names the National Framework.",
        "Changed on 18 November 2025: the paragraph on care leavers now says more.",
        "Changed 3 March 2025",
    ],
)
def test_a_closing_note_that_the_chapter_was_changed_is_end_matter(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=True) == "end_matter"


@pytest.mark.parametrize(
    "opening",
    [
        "The plan was changed at the second review so that the child could stay with her aunt.",
        "The law was changed in 2017 to give care leavers an adviser until 25.",
        "Our arrangements for visits have changed since the pandemic.",
        "Changed circumstances in March 2025 meant the plan was reviewed again.",
    ],
)
def test_something_else_that_was_changed_is_no_closing_note(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=True) != "end_matter"


def test_a_changed_page_note_closes_an_unheaded_chapter() -> None:
    text = (
        "Brackenholt Council: Children's Services Policies, Values and Principles\n\n"
        "This chapter applies to every member of staff in Brackenholt's children's services.\n\n"
        "Our vision is that every child in Brackenholt grows up safe, loved and hopeful.\n\n"
        "We share information about families only when the law allows us to and a child "
        "needs protecting.\n\n"
        "This page was changed on 4 February 2026 to add the new contact arrangements.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert outline.sections[-1].kind == "end_matter"
    assert outline.sections[-1].text.startswith("This page was changed on 4 February 2026")
