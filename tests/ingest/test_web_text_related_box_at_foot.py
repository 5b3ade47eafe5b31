"""A box of links to other chapters closing a page copied as text ("Related chapters" and its
short lines, then the site's footer) is the page's, as the same box under the title is; without
the site's footer below it, or with prose or a dated line under it, it stays (decision 0238)."""

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome

CUES = load_chrome_cues()

CHAPTER = (
    "Adoption Values and Principles\n"
    "Purpose\n"
    "This chapter explains what we believe about adoption and how we support families.\n"
    "\n"
)


def test_a_related_box_above_the_site_footer_goes():
    text = (
        CHAPTER + "See also\n"
        "Matching Children and Adopters\n"
        "Adoption Support Plan (PDF, 90 KB)\n"
        "\n"
        "Was this page helpful? Yes No\n"
        "Back to top\n"
    )
    assert strip_edge_chrome(text, CUES).rstrip().endswith("support families.")


def test_the_box_stays_without_a_site_footer_below_it():
    text = CHAPTER + "Related documents\nMatching Children with Adopters\n"
    assert strip_edge_chrome(text, CUES).rstrip().endswith("Matching Children with Adopters")


def test_the_box_stays_with_prose_or_a_stamp_under_it():
    prose = (
        CHAPTER + "Related documents\n"
        "Read the matching procedure before any placement is agreed.\n"
        "Back to top\n"
    )
    assert "Related documents" in strip_edge_chrome(prose, CUES)
    stamp = CHAPTER + "Related documents\nUpdated 4 March 2025\nBack to top\n"
    assert "Related documents" in strip_edge_chrome(stamp, CUES)


def test_a_heading_alone_at_the_foot_is_no_box():
    text = CHAPTER + "Related chapters\n\nBack to top\n"
    assert "Related chapters" in strip_edge_chrome(text, CUES)


def test_the_box_stays_over_a_line_in_the_chapters_words():
    text = (
        CHAPTER
        + "See also\nThe matching chapter explains how introductions are planned\nBack to top\n"
    )
    assert "See also" in strip_edge_chrome(text, CUES)
