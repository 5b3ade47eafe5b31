"""Site chrome met in the nineteenth blind round (issue 12, item 3): a trail of arrows that does
not start at "Home", a manual's notice about printed copies, an intranet's and a wiki's page
tools, a comments box and a blog page's category links; and a markdown file's front matter.

Each page is written for this test in our own words.
"""

from __future__ import annotations

import pytest

from app.ingest import read_source
from app.ingest.front_matter import strip_front_matter
from app.ingest.html_render import load_chrome_cues, render_html
from app.ingest.web_text import is_breadcrumb, is_chrome_line, strip_edge_chrome

CUES = load_chrome_cues()


@pytest.mark.parametrize(
    "line",
    [
        "Family Support Handbook > Part 2: Our Approach > Policies, Values and Principles",
        "Eastmere Council \u203a Publications \u203a Children and young people",
    ],
)
def test_a_trail_of_arrows_from_the_manuals_name_is_a_breadcrumb(line: str) -> None:
    assert is_breadcrumb(line)


@pytest.mark.parametrize(
    "line",
    [
        "If a child is over 16 > the plan changes > we review it",
        "Policies > Values",
        "Values and Principles",
    ],
)
def test_prose_with_arrows_and_short_pairs_are_not_breadcrumbs(line: str) -> None:
    assert not is_breadcrumb(line)


@pytest.mark.parametrize(
    "line",
    [
        "Warning: pages printed from this site may not be the current version",
        "Paper copies are uncontrolled",
        "Site contents",
        "Be the first to like this",
        "Add a comment",
        "Download this document",
    ],
)
def test_page_tools_and_printed_copy_notices_are_chrome_lines(line: str) -> None:
    assert is_chrome_line(line, CUES)


def test_a_sentence_about_printing_a_childs_plan_is_not_chrome() -> None:
    assert not is_chrome_line("Printed copies of a child's plan are kept in a locked drawer.", CUES)


def test_an_intranet_head_above_the_title_goes() -> None:
    page = (
        "Skip to main content\nSearch this site\nPractice Hub\nHome\nNews\nTeams\n"
        "Site contents\nEdit\nFollow\nShare\n"
        "Policies, Values and Principles\n"
        "This chapter explains what our services rest on.\n"
        "Comments\nAdd a comment\nLike\n"
    )
    text = strip_edge_chrome(page, CUES)
    assert text.startswith("Policies, Values and Principles")
    assert "Add a comment" not in text and "Site contents" not in text


def test_a_wikis_likes_and_comments_and_a_blogs_category_links_are_dropped() -> None:
    page = (
        "<main><article><h1>Policies, Values and Principles</h1>"
        "<p>This chapter explains what our services rest on.</p>"
        '<footer><span class="cat-links">Posted in <a href="/c">Practice</a></span></footer>'
        "</article>"
        '<div id="likes-and-labels"><span>Be the first to like this</span></div>'
        '<div class="comments-area"><h2>2 Comments</h2><p>Thanks, very clear.</p></div>'
        "</main>"
    )
    text = render_html(page)
    assert "Posted in" not in text
    assert "like this" not in text and "Comments" not in text and "very clear" not in text
    assert "what our services rest on" in text


FRONT_MATTER_PAGE = (
    "---\n"
    "layout: manual-page\n"
    "title: Policies, Values and Principles\n"
    "tags:\n"
    "  - values\n"
    "---\n\n"
    "# Policies, Values and Principles\n\n"
    "This chapter explains what our services rest on.\n"
)


def test_a_markdown_files_front_matter_is_left_out_of_its_text() -> None:
    assert strip_front_matter(FRONT_MATTER_PAGE).startswith("# Policies, Values and Principles")
    source = read_source(FRONT_MATTER_PAGE.encode(), "chapter.md")
    assert source.text.startswith("# Policies, Values and Principles")
    assert source.data == FRONT_MATTER_PAGE.encode()


@pytest.mark.parametrize(
    "text",
    [
        "---\n\nThis chapter explains what our services rest on.\n\n---\n\nMore prose.\n",
        "---\nlayout: page\n",
        "Policies\n---\nlayout: page\n---\nProse.\n",
    ],
)
def test_a_rule_above_prose_or_an_unclosed_block_is_not_front_matter(text: str) -> None:
    assert strip_front_matter(text) == text
