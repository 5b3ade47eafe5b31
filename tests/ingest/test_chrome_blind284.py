"""Page chrome of blind round 284 (decision 0418): an intranet page printed by a browser keeps
its rows of buttons on one line each, single spaces between the labels ("Like Comment Save for
later" under the page, "SharePoint Search this site" in the suite bar above it). Pages written
for this test in our own words, other than blind284's."""

from __future__ import annotations

from app.ingest.web_text import is_chrome_line, strip_edge_chrome
from tests.ingest.test_web_text import CUES

BODY = (
    "# Short Breaks for Disabled Children\n\n"
    "Short breaks give families time to rest while their child does something they enjoy.\n\n"
    "## Who can have one\n\nAny family caring for a disabled child in the borough.\n"
)


def test_rows_of_buttons_run_together_at_a_pages_edges_go() -> None:
    text = strip_edge_chrome(
        "SharePoint Search this site\n\n" + BODY + "\nLike Comment Save for later\n", CUES
    )
    assert text.startswith("# Short Breaks for Disabled Children\n")
    assert "Save for later" not in text and "SharePoint" not in text


def test_a_row_needs_every_word_in_listed_labels_each_capitalised() -> None:
    assert is_chrome_line("Follow Share Print", CUES)
    assert is_chrome_line("Like Comment", CUES)
    for line in (
        "Comments and complaints",  # "and" opens no label
        "Next steps",  # "steps" is no label
        "Like, Comment",  # punctuation a sentence has
        "like comment",  # labels are capitalised
    ):
        assert not is_chrome_line(line, CUES), line
