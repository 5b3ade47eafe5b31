"""Wordings from blind round 70 (decision 0126), each in our own words: a closing version line
that names who approved the version before its date gives the label and the amendment date; an
approval by a minister or by a person's name is no version's date."""

from __future__ import annotations

from tests.reading import facts_of

_BODY = (
    "Family Support Policy\n\nThis chapter describes how our family support teams work with "
    "parents and children.\n\n"
)


def test_a_version_approved_by_a_team_on_a_day() -> None:
    facts = facts_of(
        _BODY + "Version 4.1, approved by the Family Help Leadership Team on 9 October 2025.\n"
    )
    assert facts["version_label"].value == "Version 4.1"
    assert facts["amendment_date"].value == "2025-10-09"


def test_a_version_issued_by_a_board_in_a_month() -> None:
    facts = facts_of(_BODY + "Version 2 - issued by the Safeguarding Board in May 2024\n")
    assert facts["version_label"].value == "Version 2"
    assert facts["amendment_date"].value == "2024-05"


def test_a_version_approved_by_a_person_is_not_read_as_dated() -> None:
    facts = facts_of(_BODY + "Version 3, approved by Sam Holt on 2 March 2025 after a long talk.\n")
    assert facts["amendment_date"].value is None


_LETTER = (
    "Family Support Policy\n\nDear colleague,\n\nThis letter describes how our family support "
    "teams work with parents and children.\n\nYours sincerely,\n\nRobin Ashe\n"
    "Director of Children's Services\n\n"
)


def test_a_letters_date_under_its_signature_is_its_amendment() -> None:
    facts = facts_of(_LETTER + "2 February 2026\n")
    assert facts["amendment_date"].value == "2026-02-02"
    assert facts["last_updated"].value is None


def test_a_date_alone_without_a_sign_off_is_still_the_pages_stamp() -> None:
    text = _LETTER.replace("Yours sincerely,\n\n", "")
    facts = facts_of(text + "2 February 2026\n")
    assert facts["last_updated"].value == "2026-02-02"


def test_a_date_after_a_sentence_below_the_sign_off_is_no_letters_date() -> None:
    text = _LETTER + "Please keep this letter with your copy of the manual.\n\n2 February 2026\n"
    assert facts_of(text)["amendment_date"].value is None
