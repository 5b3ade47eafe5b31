"""Decision 0376: the content cues also read the words after a short colon label when they open a
sentence of their own ("Aim: This chapter sets out …"): the page's label hides the opening the
cues are anchored to. The kind earlier in the family's order wins, so a searched cue of a later
kind no longer names the paragraph. A label followed by lower-case words is a note the cues read
whole, and a label with few words after it is a field's value."""

import pytest

from app.families import get_family
from app.sections.classify import compile_cues
from tests.sections.helpers import assert_tiles, outline_of


@pytest.fixture(scope="module")
def cues():
    return compile_cues(get_family().kinds)


def test_a_sentence_about_the_chapter_after_a_label_is_its_scope(cues) -> None:
    opening = (
        "Aim of this page: This chapter sets out the values and the duties in law that guide "
        "our work with children in Wexcombe."
    )
    assert cues.content_kind(opening, near_end=False) == "scope"
    assert cues.content_kind(opening.split(": ", 1)[1], near_end=False) == "scope"


def test_lower_case_words_after_a_label_are_read_whole(cues) -> None:
    opening = "Update: in June 2025 we updated our local offer for care leavers."
    assert cues.content_kind(opening, near_end=False) != "scope"


def test_a_field_with_few_words_after_its_label_is_not_read_after_it(cues) -> None:
    assert cues.content_kind("Owner: This chapter's editor", near_end=False) != "scope"


def test_run_in_labels_open_scope_then_introduction() -> None:
    text = (
        "# Our Values and Principles\n\n"
        "Aim of this page: This chapter sets out the values and the duties in law that guide "
        "our work with children in Wexcombe, and explains how they shape our practice.\n\n"
        "Where our duties come from: The duties we carry out come from the Children Act 1989 "
        "and the Children and Social Work Act 2017, and from the guidance made under them.\n\n"
        "What we believe: Children do best when they grow up safely with their own families.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    kinds = [section.kind for section in outline.sections]
    assert kinds[:3] == ["title", "scope", "introduction"]
