"""A page copied or printed as text closes on two of its site's boxes that the tail's chrome
phrases do not find (misses round 41, decision 0284): a feedback form whose question heads a
comment prompt and a privacy note written as sentences, and a link to the site's helpdesk
after the chapter's last words. Both go; the chapter's own sentences about its helpdesk, an
owner field, and a feedback heading over more than a form's lines stay.
"""

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome

CUES = load_chrome_cues()

BODY = (
    "Short Breaks Policy\n"
    "\n"
    "Eligibility\n"
    "\n"
    "Disabled children and their families can ask for short breaks at any time, and we "
    "answer within ten working days.\n"
)


def test_a_feedback_form_with_a_comment_prompt_and_privacy_note_goes():
    text = (
        BODY + "\n"
        "**Did you find this page useful?**\n"
        "\n"
        "Yes No\n"
        "\n"
        "Let us know what was missing or unclear on this page. Do not give names or addresses.\n"
        "\n"
        "Submit\n"
    )
    kept = strip_edge_chrome(text, CUES)
    assert kept.rstrip().endswith("within ten working days.")
    assert "missing or unclear" not in kept


def test_a_feedback_heading_over_more_than_a_forms_lines_stays():
    long_line = "Parents told us the old forms were hard to follow, so we rewrote them. " * 3
    text = BODY + "Was this page helpful?\n" + long_line.strip() + "\n"
    assert "rewrote them" in strip_edge_chrome(text, CUES)


def test_a_helpdesk_link_after_the_chapters_last_words_goes():
    for link in (
        "Contact the family services helpdesk",
        "[Email our customer services team](/contact)",
        "Call the council's contact centre",
    ):
        kept = strip_edge_chrome(BODY + "\n" + link + "\n", CUES)
        assert kept.rstrip().endswith("within ten working days."), link


def test_the_chapters_own_contact_words_stay():
    for line in (
        "Contact the helpdesk on 01632 960000 if you need this page in another format.",
        "Contact: Head of Disabled Children's Service",
        "Contact the short breaks team",
    ):
        assert line in strip_edge_chrome(BODY + "\n" + line + "\n", CUES), line


def test_a_helpdesk_link_above_the_chapters_last_words_stays():
    text = BODY + "\nContact the family services helpdesk\n\nWe review this policy every year.\n"
    assert "Contact the family services helpdesk" in strip_edge_chrome(text, CUES)


def test_a_stamp_under_a_feedback_form_stays():
    text = BODY + "\nWas this page useful?\nYes\nNo\nThis page was last checked on 12 March 2026\n"
    assert "last checked on 12 March 2026" in strip_edge_chrome(text, CUES)
