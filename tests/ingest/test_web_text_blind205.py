"""Page chrome of blind round 205 (decision 0324), copied as text: a procedures manual's name
over its tools ("Print", "Translate"), a name joined by "and", a notice panel's label over a
printed-copy notice, a "Chapter tools" rail and a text-size control's choices. Each rule has a
negative: the chapter's own words that look like it. Every case is written for this test in our
own words."""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome

CUES = load_chrome_cues()
TITLE = "Fostering Values, Standards and Principles"
BODY = (
    "Scope of this chapter\n"
    "This chapter applies to every fostering team and to the carers who work with them.\n"
)


def test_a_manual_name_over_its_tools_is_no_title() -> None:
    text = (
        "Skip to content\n"
        "Harlow Fen Children's Social Care Procedures Manual\n"
        "Print\n"
        "Translate\n"
        "Text size\n"
        "Home\n"
        f"{TITLE}\n" + BODY
    )
    kept = strip_edge_chrome(text, CUES)
    assert kept.startswith(TITLE)


def test_a_title_over_its_tools_stays_the_title() -> None:
    text = f"Skip to content\nHarlow Fen Council\n{TITLE}\nPrint\n" + BODY
    assert TITLE in strip_edge_chrome(text, CUES)


def test_a_manual_name_joined_by_and_is_a_manuals() -> None:
    text = (
        "Skip to main content\n"
        "Harlow Fen Safeguarding and Children's Services Procedures Manual\n"
        "Print | Translate | A- A A+\n"
        f"{TITLE}\n" + BODY
    )
    assert strip_edge_chrome(text, CUES).startswith(TITLE)


def test_a_caution_label_goes_with_its_printed_copy_notice() -> None:
    text = (
        f"{TITLE}\n"
        "Caution\n"
        "Printed copies of this chapter may be out of date. Always check the online manual.\n"
        "AMENDMENT\n"
        "This chapter was amended in May 2025.\n\n" + BODY
    )
    kept = strip_edge_chrome(text, CUES)
    assert "Caution" not in kept and "Printed copies" not in kept
    assert "AMENDMENT" in kept


def test_a_caution_panel_of_the_chapters_own_words_stays() -> None:
    text = (
        f"{TITLE}\n"
        "Caution\n"
        "This chapter does not replace the procedures for particular tasks.\n\n" + BODY
    )
    assert "Caution\nThis chapter does not replace" in strip_edge_chrome(text, CUES)


def test_a_chapter_tools_rail_and_text_size_choices_are_chrome() -> None:
    text = (
        "Harlow Fen Children's Services Procedures\n"
        "Chapter tools\n"
        "Print this chapter\n"
        "Translate\n"
        "Text size: Normal | Large | Larger\n"
        f"{TITLE}\n" + BODY
    )
    kept = strip_edge_chrome(text, CUES)
    assert "Chapter tools" not in kept and "Larger" not in kept


def test_a_size_word_inside_the_chapter_stays() -> None:
    text = f"{TITLE}\n" + BODY + "Large\nSibling groups are placed together wherever we can.\n"
    assert "Large\n" in strip_edge_chrome(text, CUES)
