"""Page chrome of blind round 373 (decision 0551): a labelled site alert over the masthead's name,
a search box's button copied on a line of its own, a page's links to its signed video and to
its Easy Read file. Pages written for this test in our own words, other than blind373's."""

from __future__ import annotations

import pytest

from app.ingest import read_source
from app.ingest.web_text import is_chrome_line, strip_edge_chrome
from tests.ingest.test_web_text import CUES

TITLE = "Supervision of Practitioners"
BODY = (
    f"{TITLE}\n"
    "Revision note\n"
    "We rewrote the section on reflective supervision in April 2026.\n"
    "Why supervision matters\n"
    "Every practitioner meets their manager at least once a month to talk through their work "
    "with families.\n"
)


@pytest.mark.parametrize(
    "alert",
    [
        "System alert: the case recording system is offline on Saturday from 8am.",
        "Website notice: some forms may be slow this week while we move servers.",
    ],
)
def test_a_labelled_alert_over_the_mastheads_name_goes_with_the_sites_head(alert: str) -> None:
    text = strip_edge_chrome(
        f"{alert}\nBrindlecote Practice Portal\nSearch this site\n" + BODY, CUES
    )
    assert text.startswith(TITLE + "\n")


def test_an_unlabelled_sentence_over_a_name_line_is_not_taken_for_an_alert() -> None:
    opening = (
        "The chapter below describes how we supervise our staff.\nBrindlecote Practice Portal\n"
    )
    text = strip_edge_chrome(opening + "Search this site\n" + BODY, CUES)
    assert "how we supervise our staff" in text


def test_an_alert_over_a_line_of_prose_keeps_the_prose() -> None:
    text = strip_edge_chrome(
        "Staff alert: read the new lone working guidance.\n"
        "Managers should check the rota every Monday.\nSearch\n" + BODY,
        CUES,
    )
    assert "Managers should check the rota every Monday." in text


@pytest.mark.parametrize("button", ["Go", "Find", "OK"])
@pytest.mark.parametrize("label", ["Search procedures", "Enter search terms"])
def test_a_search_button_under_the_search_label_is_chrome(label: str, button: str) -> None:
    text = strip_edge_chrome(f"Menu\n{label}\n{button}\n" + BODY, CUES)
    assert text.startswith(TITLE + "\n")


def test_a_go_line_under_a_non_search_line_is_left() -> None:
    text = strip_edge_chrome("Menu\nSign in\nGo\n" + BODY, CUES)
    assert "Go\n" in text


@pytest.mark.parametrize(
    "line",
    [
        "Watch this page in BSL",
        "British Sign Language version",
        "Easy read version (PDF, 640 KB)",
        "Easy Read copy (Word, 80KB)",
    ],
)
def test_links_to_the_pages_other_formats_are_chrome_lines(line: str) -> None:
    assert is_chrome_line(line, CUES), line


def test_a_heading_naming_only_the_easy_read_version_is_still_no_chrome() -> None:
    assert not is_chrome_line("Easy read version", CUES)


def test_an_html_pages_signed_video_and_easy_read_links_above_its_heading_are_dropped() -> None:
    page = (
        "<!doctype html><html><body><main>"
        '<div><a href="/bsl/supervision">View this page in British Sign Language</a> '
        '<a href="/er/supervision.pdf">Easy read version (PDF, 2 MB)</a></div>'
        f"<h1>{TITLE}</h1><p>Every practitioner meets their manager at least once a month to "
        "talk through their work with families.</p></main></body></html>"
    )
    text = read_source(page.encode()).text
    assert "Sign Language" not in text
    assert "Easy read" not in text
    assert TITLE in text
