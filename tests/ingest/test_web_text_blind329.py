"""Page chrome of blind round 329 (decision 0480): a safeguarding page's quick-exit button and
its keyboard hint, a tool row between a trail's last step and the title it repeats, a title run
onto the trail with no space, a "scroll up" jump, and a council footer's feedback link and
social label. Pages written for this test in our own words, other than blind329's."""

from __future__ import annotations

from app.ingest.web_text import is_chrome_line, strip_edge_chrome
from tests.ingest.test_web_text import CUES

TITLE = "Private Fostering Arrangements"
BODY = (
    f"{TITLE}\n"
    "A private fostering arrangement is one where a child under 16 lives for 28 days or more "
    "with someone who is not a close relative.\n"
    "Telling us\n"
    "Parents and carers must tell the council about the arrangement before it starts.\n"
)


def test_a_quick_exit_button_and_its_keyboard_hint_go_with_the_sites_head() -> None:
    text = strip_edge_chrome(
        "Exit this page\nTo leave this site quickly, press Shift 3 times.\n"
        "Brackley Fen Council\nMenu\n" + BODY,
        CUES,
    )
    assert text.startswith(TITLE + "\n")


def test_the_keyboard_hint_is_chrome_in_its_usual_wordings() -> None:
    for line in (
        "Press the Esc key three times to leave this site straight away.",
        "Press Escape twice to exit this page",
        "Tap Shift 5 times to hide this page.",
        "Quick exit",
        "Leave this site",
    ):
        assert is_chrome_line(line, CUES), line


def test_a_sentence_about_pressing_or_leaving_is_not_the_hint() -> None:
    for line in (
        "Press the foster carer's doorbell twice when you arrive.",
        "Young people may leave this placement when they turn 18.",
        "Press releases are issued by the communications team.",
    ):
        assert not is_chrome_line(line, CUES), line


def test_a_tool_row_between_the_trails_last_step_and_the_title_leaves_the_title() -> None:
    title = "Short Breaks, Respite and Family Time"
    text = strip_edge_chrome(
        "Menu\nHome\nFamilies\nFamily support handbook\n"
        f"{title}\nPrint  |  Send to a colleague\n\n{title}\n"
        "On this page\n1. Who can have one\n2. How to ask\n1. Who can have one\n"
        "Short breaks give parents of disabled children a rest while the child does something "
        "they enjoy.\n",
        CUES,
    )
    assert text.startswith(title + "\nOn this page\n")
    assert "Send to a colleague" not in text and "handbook" not in text


def test_a_title_run_onto_the_trails_last_step_is_parted_from_it() -> None:
    text = strip_edge_chrome(
        "Brackley Fen Council\nHome > Families > Procedures library > Section 3Private Fostering "
        "Arrangements\n" + BODY.split("\n", 1)[1],
        CUES,
    )
    assert text.startswith(TITLE + "\nA private fostering")
    assert "Procedures library" not in text


def test_a_join_inside_a_line_that_is_no_trail_is_left_alone() -> None:
    page = "The eLearning portal is where staff book FosterCare Connect training sessions.\n" + BODY
    assert strip_edge_chrome(page, CUES) == page


HEAD = "Brackley Fen Council\nMenu\n"


def test_a_scroll_up_jump_and_a_councils_footer_lines_go_from_the_foot() -> None:
    text = strip_edge_chrome(
        HEAD
        + BODY
        + "\u2191 Scroll up\nSpotted a mistake on this page? Tell us\n"
        + "Find us on: Facebook  YouTube\n",
        CUES,
    )
    assert text.rstrip("\n").endswith("before it starts.")


def test_a_footers_feedback_link_and_social_label_are_chrome_lines() -> None:
    for line in (
        "Spotted a mistake on this page? Tell us",
        "Found a problem with this page?",
        "Report a mistake",
        "Find us on: Facebook  Instagram",
        "Join us on LinkedIn",
    ):
        assert is_chrome_line(line, CUES), line


def test_finding_or_joining_in_a_sentence_is_no_social_label() -> None:
    for line in (
        "Find us at the Family Hub on Station Road.",
        "Join the Children in Care Council to have your say.",
    ):
        assert not is_chrome_line(line, CUES), line
