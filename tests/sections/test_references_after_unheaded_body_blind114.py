"""A notes or references heading that is the chapter's last heading, in the later half of its
blocks, stands after the body even where the body above it is un-headed and its kinds are not
yet known ("References:" over a closing list of Acts after un-headed paragraphs, decision 0188);
the same label near the top of the chapter, before any body, is not taken for the closing notes.
A closing note after that list that says when the chapter took effect, who replaced the earlier
edition, or who reviewed and reissued it, is end matter.

Written for this test in our own words; not copied from any case document.
"""

from __future__ import annotations

import pytest

from tests.sections.outline_helpers import kinds_and_openings

_BODY = (
    "Policies, Values and Principles\n\n"
    "This chapter applies to every member of staff in the children's social care service and "
    "to the fostering and leaving care teams.\n\n"
    "The council is the legal parent of each child it looks after, and every councillor shares "
    "that duty. Whenever it decides something for one of these children, it must show that it "
    "acted in their best interests and listened to them.\n\n"
    "Children should not wait long for a decision about where they will live. The independent "
    "reviewing officer checks the plan for each child at every review and raises any drift "
    "with the team manager.\n\n"
    "Young people begin to plan for adult life at sixteen, with a pathway plan written with "
    "them, and a personal adviser helps them with housing, money and work.\n\n"
)
_LIST = (
    "References:\n\n"
    "- Children Act 1989\n"
    "- Children (Leaving Care) Act 2000\n"
    "- Children and Social Work Act 2017\n\n"
)


def test_a_references_label_after_an_unheaded_body_is_of_no_kind() -> None:
    kind, start = kinds_and_openings(_BODY + _LIST, "plain", 24)[-1]
    assert (kind, start[:11]) == ("other", "References:")


@pytest.mark.parametrize(
    "note",
    [
        "This text takes effect from April 2025. It follows the edition of October 2024.",
        "Greyhithe replaced the May 2021 edition of this chapter with this one in June 2025.",
        "Reviewed and reissued by the Children's Services Board on 4 February 2025.",
    ],
)
def test_a_closing_note_after_the_references_is_end_matter(note: str) -> None:
    kinds = kinds_and_openings(_BODY + _LIST + note + "\n", "plain", 24)
    assert (kinds[-2][0], kinds[-2][1][:11]) == ("other", "References:")
    assert kinds[-1] == ("end_matter", note[:24])
