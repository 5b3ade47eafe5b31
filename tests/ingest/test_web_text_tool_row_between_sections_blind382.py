"""A page tool's label and its targets on one line between two sections of a page copied as
text (blind382, decision 0561): "Share this page: Email | Facebook | X" after a section is the
page's share box, as it is under the title or at the foot, and goes wherever it stands, so the
heading under it still opens its section. A line that only looks like one (its targets not all
the page's tools, or no tool's label) stays. Pages written for this test in our own words."""

from __future__ import annotations

import pytest

from app.ingest.web_text import strip_edge_chrome
from tests.ingest.test_web_text import CUES

PAGE = (
    "Skip to main content\n"
    "Fostering Standards\n"
    "How we choose carers\n"
    "Every applicant is visited at home several times and meets a panel of experienced carers "
    "and social workers before the council decides whether to approve them as foster carers.\n"
    "{row}\n"
    "Support after approval\n"
    "Each approved carer has a supervising social worker who visits every month, answers the "
    "phone out of hours and arranges training that suits the children the carer looks after.\n"
    "Last updated: 4 May 2026\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "Share this page: Email | Facebook | X | LinkedIn",
        "Share: Facebook, Twitter, WhatsApp",
        "Share this page: Email / LinkedIn",
    ],
)
def test_a_share_row_between_sections_is_dropped(row: str) -> None:
    text = strip_edge_chrome(PAGE.format(row=row), CUES)
    assert row not in text
    assert "looks after.\nSupport after approval\n" not in text
    assert "foster carers.\nSupport after approval\n" in text


@pytest.mark.parametrize(
    "row",
    [
        "Share this page: carers told us the panel felt less daunting after a visit",
        "Training: Email the fostering team to book a place",
    ],
)
def test_a_labelled_line_of_the_chapters_own_words_stays(row: str) -> None:
    text = strip_edge_chrome(PAGE.format(row=row), CUES)
    assert row in text
