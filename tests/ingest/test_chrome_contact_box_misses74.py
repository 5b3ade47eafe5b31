"""A copied council page's contact box after the chapter (decision 0501): a link to a service's
contact page over the number it gives, alone on the page's last lines, is the site's, not the
chapter's. Pages written for this test in our own words."""

from __future__ import annotations

import pytest

from app.ingest.web_text import strip_edge_chrome
from tests.ingest.test_web_text import CUES

BODY = (
    "Skip to main content\n\n"
    "# Short Breaks for Disabled Children\n\n"
    "Short breaks give families time to rest while their child does something they enjoy.\n\n"
    "## Who can have one\n\nAny family caring for a disabled child in the borough.\n\n"
)


@pytest.mark.parametrize(
    "box",
    [
        "Contact children's social care\n01632 960 222\n",
        "Call the children's front door\nTel: 01632 960222\n",
    ],
)
def test_a_contact_link_over_its_number_last_goes(box: str) -> None:
    text = strip_edge_chrome(BODY + box, CUES)
    assert "01632" not in text
    assert "Any family caring for a disabled child" in text


@pytest.mark.parametrize(
    "closing",
    [
        "Contact: Short Breaks Team\n01632 960 222\n",  # a field of the chapter's own
        "Call us if you are unsure whether you qualify.\n01632 960 222\n",  # a sentence
        "Contact children's social care\nMonday to Friday, 9am to 5pm\n",  # no number alone
    ],
)
def test_a_chapters_own_contact_lines_stay(closing: str) -> None:
    text = strip_edge_chrome(BODY + closing, CUES)
    assert closing.splitlines()[0] in text
