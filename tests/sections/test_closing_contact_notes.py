"""Closing notes about the chapter are material of no kind after the body, as the notes of whom
to ask are (decisions 0123, 0135): a request to get in touch worded as an imperative ("Contact
the Policy Team with any questions about this chapter."), and a note welcoming questions or
comments ("Comments or questions about this chapter are welcome: …", decision 0147).

Written for this test in our own words; not copied from any case document.
"""

from __future__ import annotations

import pytest

from tests.sections.outline_helpers import kinds_and_openings

_BODY = (
    "Policies, Values and Principles\n\n"
    "Our values:\n"
    "We listen to children, we are honest with their families and we keep the promises we "
    "make to them, however hard that turns out to be.\n\n"
    "Information sharing:\n"
    "Information about children is kept securely and shared with other agencies only where "
    "the law allows it and a child needs it to be safe.\n\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "Contact the Practice Quality Team with any questions about this chapter.",
        "Please e-mail standards@example.org if you have a query about this procedure.",
        "Ask your team manager if you have any concerns about this policy.",
    ],
)
def test_a_request_to_get_in_touch_about_the_chapter_is_of_no_kind(note: str) -> None:
    kinds = kinds_and_openings(_BODY + note + "\n", "plain", 24)
    assert kinds[-1] == ("other", note[:24])


def test_a_request_to_call_about_a_child_stays_in_its_section() -> None:
    note = "Contact the duty team at once with any worries about a child's safety.\n"
    kinds = kinds_and_openings(_BODY + note, "plain", 24)
    assert kinds[-1][0] == "information_sharing"


@pytest.mark.parametrize(
    "note",
    [
        "Comments or questions about this chapter are welcome: write to policy@example.org.",
        "Feedback on this page is always welcome, by e-mail to the standards team.",
        "Questions and suggestions about this procedure can be sent to the quality team.",
    ],
)
def test_a_note_welcoming_questions_about_the_chapter_is_of_no_kind(note: str) -> None:
    kinds = kinds_and_openings(_BODY + note + "\n", "plain", 24)
    assert kinds[-1] == ("other", note[:24])


def test_comments_welcome_about_a_child_stay_in_their_section() -> None:
    note = "Comments from the child about their plan are welcome at every review.\n"
    kinds = kinds_and_openings(_BODY + note, "plain", 24)
    assert kinds[-1][0] == "information_sharing"
