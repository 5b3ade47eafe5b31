"""Blind round 183 (decision 0291): a reader view's byline naming a team, longer than a site's
name, over the view's reading time; a related box at a copied page's foot whose links are
written in sentence case or name a file's type. Our own words."""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome

CUES = load_chrome_cues()

READER_VIEW_WITH_TEAM_BYLINE = """\
Fostering Values and Principles
Ashdown Fold Council Fostering Service Quality and Practice Team
5\u20137 minutes

This chapter explains how foster carers are supported.

Who supports foster carers

Every foster carer has a supervising social worker.
"""


def test_a_long_team_byline_over_a_reading_time_goes():
    text = read_source(READER_VIEW_WITH_TEAM_BYLINE.encode(), "page.txt").text
    assert "Quality and Practice Team" not in text and "minutes" not in text
    assert "Fostering Values and Principles\n" in text
    assert "Who supports foster carers" in text


def test_a_long_sentence_case_subtitle_over_a_reading_time_stays():
    page = READER_VIEW_WITH_TEAM_BYLINE.replace(
        "Ashdown Fold Council Fostering Service Quality and Practice Team",
        "How we look after the carers who look after our children",
    )
    text = read_source(page.encode(), "page.txt").text
    assert "How we look after the carers who look after our children" in text


CHAPTER = (
    "Adoption Values and Principles\n"
    "Purpose\n"
    "This chapter explains what we believe about adoption and how we support families.\n"
    "\n"
)


def test_a_sentence_case_related_box_above_the_footer_goes():
    text = (
        CHAPTER + "Related documents\n"
        "Adoption support plan (PDF, 120KB)\n"
        "Recruitment strategy 2025 to 2028\n"
        "Adoption panel terms of reference\n"
        "Did you find what you were looking for?\n"
        "Yes\n"
        "No\n"
        "Cookie policy\n"
    )
    assert strip_edge_chrome(text, CUES).rstrip().endswith("support families.")


def test_a_long_sentence_case_line_under_the_box_heading_keeps_the_box():
    text = (
        CHAPTER + "Related documents\n"
        "Adoption panel terms of reference\n"
        "The panel chair and the agency adviser meet before every panel\n"
        "Back to top\n"
    )
    assert "Related documents" in strip_edge_chrome(text, CUES)


def test_a_comma_in_a_sentence_case_line_keeps_the_box():
    text = CHAPTER + "Related documents\nAdopters, children and panels\nBack to top\n"
    assert "Related documents" in strip_edge_chrome(text, CUES)
