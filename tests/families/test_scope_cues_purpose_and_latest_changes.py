"""Scope cues of the chapter family: the chapter's purpose asked in plain words ("Why we have
this chapter") as a heading, and the latest changes labelled with their month in brackets
("Latest changes (September 2024): …") as an unheaded note under the title (decision 0239).

Each case is written for this test in our own words; each near miss is a heading or line of
another kind.
"""

import pytest

from tests.reading import read_kinds_and_headings

TITLE = "Family Help Standards, Aims and Duties\n\n"


@pytest.mark.parametrize(
    "heading", ["Why we have this chapter", "Why this policy exists", "Why we wrote this guidance"]
)
def test_the_chapters_purpose_asked_in_plain_words_is_its_scope(heading) -> None:
    text = (
        TITLE + heading + "\nThis chapter sets out what our staff believe in and how we expect "
        "them to work with families. It applies to every team in the service.\n\n"
        "Leaving care\nEvery care leaver has a personal adviser until they are 21.\n"
    )

    assert ("scope", heading) in read_kinds_and_headings(text, "chapter.txt")


@pytest.mark.parametrize(
    "note",
    [
        "Latest changes (September 2024): we added the seven corporate parenting principles.",
        "Recent updates (3 March 2025): the kinship section was rewritten.",
        "Changes to this chapter (May 2025) - a new part on sharing information.",
    ],
)
def test_latest_changes_with_their_month_in_brackets_are_the_scope(note) -> None:
    text = TITLE + note + "\n\nLeaving care\nEvery care leaver has a personal adviser.\n"

    assert read_kinds_and_headings(text, "chapter.txt")[1] == ("scope", None)
