"""Labels run into their paragraphs, one part after another (decision 0470); cases in our own words.

Where a page heads a part by a label run into its first paragraph ("Leaving care. Care leavers
…") and the next paragraph opens with a label of its own, the two labels are peers: each is the
heading of a section, also when both name the same kind, which the segmenter alone would read
as one section. A labelled paragraph inside a section under a real heading, or after a part a
cue opened without a label, is a point inside that section; and on a page headed by such
labels alone, two labelled paragraphs of one kind stay one section of it. Sections still tile.
"""

from __future__ import annotations

from app.sections import Outline
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_TITLE = "# Children's Services Policies, Values and Principles\n\n"

_PRACTICE = (
    "## How our workers practise\n\n"
    "The borough's workers follow a strengths-based model. Every visit begins with what the "
    "family already does well, and each plan is written in the family's own words.\n\n"
)

_HOME = (
    "A lasting home. Children settle when they know early on where they will grow up, so "
    "we agree a plan for their future home within weeks of their coming into our care.\n\n"
)

_CARE_LEAVERS = (
    "Leaving care. Young adults who were in our care keep a named adviser into their "
    "twenties, who helps them with a flat, a course, a job and their money, and keeps in touch.\n"
)


def _starting(outline: Outline, words: str) -> list[str]:
    return [kind for kind, start in kinds_and_starts(outline, 60) if start.startswith(words)]


def test_a_labelled_part_after_a_labelled_part_of_the_same_kind_is_its_own_section() -> None:
    outline = outline_of(_TITLE + _PRACTICE + _HOME + _CARE_LEAVERS, "markdown")
    assert_tiles(outline)
    assert _starting(outline, "A lasting home.") == ["key_principles"]
    assert _starting(outline, "Leaving care.") == ["key_principles"]


def test_a_labelled_paragraph_under_its_own_heading_stays_in_the_section() -> None:
    text = (
        _TITLE
        + "## Our principles\n\n"
        + "We hold to a few principles in every piece of work we do with children.\n\n"
        + _HOME
        + _CARE_LEAVERS
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert not _starting(outline, "Leaving care.")


def test_on_a_page_headed_by_run_in_labels_only_two_of_one_kind_stay_together() -> None:
    text = (
        _TITLE
        + "Our practice model. The borough's workers follow a strengths-based model, and every "
        "visit begins with what the family already does well.\n\n" + _HOME + _CARE_LEAVERS
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert _starting(outline, "A lasting home.") == ["key_principles"]
    assert not _starting(outline, "Leaving care.")
