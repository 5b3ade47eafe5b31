"""A banner showing the chapter's own note at the top of a copied page keeps its note, but its
close button ("Dismiss") is the site's and goes (decision 0136)."""

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome

CUES = load_chrome_cues()
NOTE = "This procedure was revised in March 2025 so that it covers short breaks."
BODY = (
    "Fostering Values and Principles\n"
    "Purpose\n"
    "This chapter explains what we believe about fostering and how we support our carers.\n"
)


def test_the_close_button_under_the_chapters_banner_goes_and_the_note_stays():
    for button in ("Dismiss", "Close this message"):
        text = "Our services\n" + NOTE + "\n" + button + "\n" + BODY
        stripped = strip_edge_chrome(text, CUES)
        assert NOTE in stripped
        assert "\n" + button + "\n" not in stripped
        assert "Fostering Values and Principles" in stripped


def test_a_button_word_deep_in_the_chapter_stays():
    paragraphs = "".join(
        f"Paragraph {n} of the chapter says something of its own.\n" for n in range(14)
    )
    text = (
        BODY + paragraphs + "This chapter was revised in March 2025.\nClose\nMore words follow.\n"
    )
    assert "\nClose\n" in strip_edge_chrome(text, CUES)


def test_a_button_word_under_a_line_that_is_no_sentence_stays():
    text = BODY + "This chapter at a glance\nClose\nMore words follow here in a sentence.\n"
    assert "\nClose\n" in strip_edge_chrome(text, CUES)
