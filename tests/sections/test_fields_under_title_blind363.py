"""A known heading right under the title's record fields opens the chapter (decision 0534).

A page copied as text may set one to three fields of its record under the title ("Owner:
Head of Service", "Author: Practice Standards Team") and go straight on to the chapter's
first heading on the next line. The fields end the record as a stamp line does: the heading
is read as one, not as a line of a list. Cases written for this test.
"""

from __future__ import annotations

import pytest

from app.sections.rules import _RECORD_FIELD
from tests.reading import read_kinds_and_headings

_TITLE = "Foster Care Standards and Values"
_BODY = (
    "Introduction\n"
    "This chapter tells foster carers and the social workers who support them what the "
    "service promises and how it keeps those promises.\n"
    "Our values\n"
    "We treat carers as colleagues and we tell them about every decision that affects them.\n"
)


@pytest.mark.parametrize(
    "fields",
    [
        "Owner: Head of Service\n",
        "Author: Practice Standards Team\n",
        "Owner: Head of Fostering, Ellerby Vale\nApproved by: Fostering Panel Chair\n",
    ],
)
def test_the_heading_under_the_fields_opens_its_section(fields: str) -> None:
    kinds = read_kinds_and_headings(f"{_TITLE}\n{fields}{_BODY}", "page.txt")
    assert kinds[0] == ("title", _TITLE)
    assert ("introduction", "Introduction") in kinds


def test_a_field_line_under_prose_leaves_the_title_alone() -> None:
    text = (
        f"{_TITLE}\n"
        "We list the people to contact below.\n"
        "Duty line: Ellerby Vale Family Contact\n"
        "Introduction\n"
        "This chapter tells foster carers what the service promises.\n"
    )
    assert _RECORD_FIELD.fullmatch("Duty line: Ellerby Vale Family Contact") is not None
    kinds = read_kinds_and_headings(text, "page.txt")
    assert kinds[0] == ("title", _TITLE)
