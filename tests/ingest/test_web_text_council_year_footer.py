"""A council's name and a year alone on a line is a copyright footer that lost its sign
("Ashby Vale Borough Council 2024"); the name in a sentence, or with more words, is not
(decision 0136)."""

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_chrome_line, strip_edge_chrome

CUES = load_chrome_cues()


def test_a_council_name_and_a_year_is_a_footer_line():
    assert is_chrome_line("Ashby Vale Borough Council 2024", CUES)
    assert is_chrome_line("Orlestone Council, 2023", CUES)


def test_a_council_name_in_words_of_the_chapter_is_no_footer():
    assert not is_chrome_line("Ashby Vale Borough Council", CUES)
    assert not is_chrome_line("Ashby Vale Borough Council 2024 to 2027 plan", CUES)
    assert not is_chrome_line("Ashby Vale Borough Council adopted this in 2024", CUES)


def test_the_footer_goes_from_the_end_of_a_copied_page():
    text = (
        "Fostering Values and Principles\n"
        "Purpose\n"
        "This chapter explains what we believe about fostering and how we support carers.\n"
        "Ashby Vale Borough Council 2024\n"
    )
    assert strip_edge_chrome(text, CUES).rstrip().endswith("support carers.")
