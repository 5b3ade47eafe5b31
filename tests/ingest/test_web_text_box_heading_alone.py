"""A sidebar box's heading copied without its links ("In this section" alone over a heading of
the chapter and its prose) goes; the chapter's heading and prose stay (decision 0216)."""

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_chrome_boxes


def test_a_box_heading_alone_over_a_chapter_heading_and_its_prose_goes() -> None:
    text = (
        "We plan with families.\n"
        "In this section\n"
        "How we work\n"
        "Our social workers use one approach with every family they meet.\n"
    )
    kept = strip_chrome_boxes(text, load_chrome_cues())
    assert "In this section" not in kept
    assert "How we work\nOur social workers use one approach" in kept


def test_a_box_heading_over_links_and_then_a_chapter_heading_takes_only_its_links() -> None:
    text = (
        "We plan with families.\n"
        "Related pages\n"
        "Fostering\n"
        "Adoption\n"
        "How we work\n"
        "Our social workers use one approach with every family they meet.\n"
    )
    kept = strip_chrome_boxes(text, load_chrome_cues())
    assert "Related pages" not in kept and "Adoption" not in kept
    assert "How we work\nOur social workers" in kept


def test_a_box_heading_over_prose_alone_still_stays() -> None:
    text = "In this section\nWe describe how the service plans with families and carers.\n"
    assert strip_chrome_boxes(text, load_chrome_cues()) == text
