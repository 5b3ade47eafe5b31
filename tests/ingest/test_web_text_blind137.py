"""Page chrome of round 137 (decision 0229), copied as text: a closure notice under a short
label and banners stacked over their close button; a council's name with its tagline, on one
line or two; a problem-report form's questions, button and privacy note at the page's foot.
Each rule has a negative: the chapter's own words that look like it. Every case is written for
this test in our own words."""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome

CUES = load_chrome_cues()
TITLE = "Fostering Values, Standards and Principles"
BODY = (
    "Scope of this chapter\n"
    "This chapter applies to every fostering team and to the carers who work with them.\n"
)


def test_a_labelled_closure_notice_over_another_banner_and_its_button_is_chrome() -> None:
    text = (
        "Ashby Vale District Council\n"
        "Easter closures: our offices will be closed from 18 to 21 April.\n"
        "Road alert: the car park at the civic centre is shut until further notice.\n"
        "Close\n"
        "Menu\n"
        f"{TITLE}\n" + BODY
    )
    kept = strip_edge_chrome(text, CUES)
    assert kept.startswith(TITLE)
    assert "Easter closures" not in kept and "Road alert" not in kept


def test_a_labelled_closure_sentence_under_the_title_stays() -> None:
    text = (
        f"{TITLE}\n"
        "Holiday cover: our fostering offices will be closed on 25 December, and the duty "
        "team covers every placement that day.\n" + BODY
    )
    assert "Holiday cover" in strip_edge_chrome(text, CUES)


def test_a_council_name_and_tagline_on_one_line_is_chrome() -> None:
    text = f"Orton County Council | Making Orton a better place to live\nSign in\n{TITLE}\n" + BODY
    kept = strip_edge_chrome(text, CUES)
    assert kept.startswith(TITLE)


def test_a_council_name_and_a_sentence_is_no_tagline() -> None:
    text = (
        f"Orton County Council - this chapter was agreed by the cabinet in May.\n{TITLE}\n" + BODY
    )
    assert "agreed by the cabinet" in strip_edge_chrome(text, CUES)


def test_a_tagline_under_the_council_name_over_the_search_box_is_chrome() -> None:
    text = (
        "Orton Council\n"
        "Caring, green and growing\n"
        "Search this site\n"
        "Search\n"
        "Home\n"
        f"{TITLE}\n" + BODY
    )
    kept = strip_edge_chrome(text, CUES)
    assert "Caring, green and growing" not in kept
    assert kept.startswith(TITLE)


def test_a_title_under_the_council_name_is_no_tagline() -> None:
    text = f"Orton Council\n{TITLE}\n" + BODY
    assert TITLE in strip_edge_chrome(text, CUES)


def test_a_problem_report_form_at_the_foot_is_chrome() -> None:
    text = (
        f"{TITLE}\n" + BODY + "Report a problem with this page\n"
        "Help us improve orton.gov.uk\n"
        "Please do not include any personal or financial information, such as your bank details.\n"
        "What were you doing?\n"
        "What went wrong?\n"
        "Send\n"
        "Privacy notice\n"
    )
    kept = strip_edge_chrome(text, CUES)
    assert kept.rstrip().endswith("the carers who work with them.")


def test_a_privacy_sentence_of_the_chapter_that_goes_on_stays() -> None:
    text = (
        f"{TITLE}\n" + BODY + "Do not include personal information in a referral's subject "
        "line, because the line is shown on the shared screen in reception. Write it in the "
        "body of the message.\n"
        "Privacy notice\n"
    )
    assert "Write it in the body of the message." in strip_edge_chrome(text, CUES)


def test_a_council_name_and_a_lower_case_title_over_the_chapter_stays() -> None:
    text = "Orton County Council - fostering values and principles\n" + BODY
    assert strip_edge_chrome(text, CUES).startswith("Orton County Council - fostering values")


def test_a_council_name_and_a_title_cased_line_over_chrome_is_the_title() -> None:
    text = "Orton County Council - Fostering Values in Practice\nPrint this page\n" + BODY
    assert "Fostering Values in Practice" in strip_edge_chrome(text, CUES)
