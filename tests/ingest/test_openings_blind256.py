"""Blind round 256 (decision 0383): a cookie preference centre copied open, a file viewer's and a
knowledge base's record lines, Firefox's "1 of 3" print footer and a page's own `<header>`
holding its `<h1>`. Texts written for these tests in our own words."""

from __future__ import annotations

from app.ingest import read_source

COOKIE_CENTRE = """\
Your privacy choices
Brackwell Council sets cookies to run this site and to learn how it is used.
Essential cookies
Always active
They keep you signed in and remember your answers on forms.
Measurement cookies
Off
They tell us which pages people read, so that we know what to improve.
Confirm my choices
Accept all cookies
Skip to main content
Brackwell Council
Fostering: Our Values
We reviewed this chapter in April 2026.
Our values
Foster carers are part of the team around the child.
"""


def test_a_cookie_centre_copied_open_goes_with_its_descriptions_and_toggles() -> None:
    text = read_source(COOKIE_CENTRE.encode(), "page.txt").text
    assert "Your privacy choices" not in text and "Confirm my choices" not in text
    assert "Off" not in text.split("\n") and "Always active" not in text
    assert "which pages people read" not in text
    assert "Foster carers are part of the team" in text


SENTENCE_ABOUT_COOKIES_IN_A_CHAPTER = """\
Fostering: Our Values
We reviewed this chapter in April 2026.
Our values
Foster carers keep children's records safe.
Our website explains how we use cookies.
"""


def test_a_chapter_line_after_a_cookie_sentence_of_its_own_stays() -> None:
    text = read_source(SENTENCE_ABOUT_COOKIES_IN_A_CHAPTER.encode(), "page.txt").text
    assert "Foster carers keep children's records safe." in text


FILE_VIEWER = """\
Shared files
Fostering manual
Fostering-Values-v2.docx
Edited by Sam Lee 2 hours ago
Fostering: Our Values
Amended: 3 April 2026
Our values
Foster carers are part of the team around the child.
"""


def test_a_viewers_relative_stamp_is_no_line_of_the_chapter() -> None:
    text = read_source(FILE_VIEWER.encode(), "page.txt").text
    assert "2 hours ago" not in text
    assert "Amended: 3 April 2026" in text


KNOWLEDGE_ARTICLE = """\
<html><head><title>KB0020011 - Staff Hub</title></head><body>
<div class="hub-head"><a href="/">Staff Hub</a></div>
<article>
<h1>Fostering: Our Values</h1>
<p><span>KB0020011</span> <span>Fostering</span> <span>1,204 views</span>
<span>Last updated 5 days ago</span></p>
<p>This article was amended on 3 April 2026.</p>
<h2>Our values</h2>
<p>Foster carers are part of the team around the child, and we listen to them.</p>
</article></body></html>
"""


def test_a_portal_row_of_views_and_age_under_the_title_goes() -> None:
    text = read_source(KNOWLEDGE_ARTICLE.encode(), "page.html").text
    assert "views" not in text and "KB0020011" not in text
    assert "This article was amended on 3 April 2026." in text


def test_a_sentence_about_views_in_the_chapter_stays() -> None:
    page = KNOWLEDGE_ARTICLE.replace(
        "and we listen to them.", "and 12 views from carers shaped it a week ago."
    )
    text = read_source(page.encode(), "page.html").text
    assert "12 views from carers shaped it a week ago." in text


FIREFOX_PRINT = """\
Fostering: Our Values | Brackwell Council
https://www.brackwell.gov.uk/fostering/values
Fostering: Our Values
We reviewed this chapter in April 2026.
Our values
Foster carers will:
- be part of the team around the child;
- keep a record of the child's life story;
1 of 2
12/04/2026, 10:05
Fostering: Our Values | Brackwell Council
https://www.brackwell.gov.uk/fostering/values
- take the child to family time as the plan says.
2 of 2
12/04/2026, 10:05
"""


def test_firefox_print_head_and_foot_go_across_the_page_turn() -> None:
    text = read_source(FIREFOX_PRINT.encode(), "page.txt").text
    assert "1 of 2" not in text and "10:05" not in text and "https://" not in text
    assert "| Brackwell Council" not in text
    assert "- keep a record of the child's life story;\n- take the child" in text


PAGE_HEADER_HERO = """\
<html><head><title>Fostering values - Brackwell Council</title></head><body>
<header class="masthead"><a href="/"><img src="logo.svg" alt="Brackwell Council"></a>
<ul><li><a href="/pay">Pay</a></li><li><a href="/apply">Apply</a></li></ul></header>
<header class="page-heading"><h1>Fostering: Our Values</h1>
<p>Last updated: 12 April 2026</p></header>
<nav class="crumbs"><a href="/">Home</a> / <a href="/fostering">Fostering</a></nav>
<main>
<h2>Our values</h2>
<p>Foster carers are part of the team around the child, and we listen to them.</p>
</main></body></html>
"""


def test_a_header_holding_only_the_pages_h1_and_stamp_gives_the_title() -> None:
    text = read_source(PAGE_HEADER_HERO.encode(), "page.html").text
    assert text.startswith("# Fostering: Our Values")
    assert "Last updated: 12 April 2026" in text
    assert "Pay" not in text


def test_a_site_header_with_links_beside_its_h1_stays_chrome() -> None:
    page = PAGE_HEADER_HERO.replace(
        "<p>Last updated: 12 April 2026</p>",
        '<p>Last updated: 12 April 2026</p><a href="/a-z">A to Z</a>',
    )
    text = read_source(page.encode(), "page.html").text
    assert not text.startswith("# Fostering: Our Values")


WORKSPACE_PAGE = """\
Home
Recent
Hollowdene Practice Space
Fostering: Our Values
Carers' handbook
Allowances
+ New page
Share
2 people are here
Fostering: Our Values
We reviewed this chapter in April 2026.
Our values
Foster carers are part of the team around the child.
"""


def test_a_page_list_naming_the_page_goes_up_to_the_heading_that_says_it_again() -> None:
    text = read_source(WORKSPACE_PAGE.encode(), "page.txt").text
    assert text.startswith("Fostering: Our Values\nWe reviewed")
    assert "Allowances" not in text and "people are here" not in text


TITLE_REPEATED_AFTER_PROSE = """\
Home
Fostering: Our Values
We reviewed this chapter in April 2026.
Fostering: Our Values
Foster carers are part of the team around the child.
"""


def test_a_title_said_again_after_a_sentence_is_left_alone() -> None:
    text = read_source(TITLE_REPEATED_AFTER_PROSE.encode(), "page.txt").text
    assert "We reviewed this chapter in April 2026." in text


SIDE_MENU_UNDER_TITLE = """\
Skip to main content
Brackwell Council
Menu
Fostering: Our Values
In this section
Fostering: Our Values
Allowances and expenses
Carers' handbook
Our values
Foster carers are part of the team around the child.
"""


def test_a_side_menu_repeating_the_title_over_its_entries_leaves_the_title() -> None:
    text = read_source(SIDE_MENU_UNDER_TITLE.encode(), "page.txt").text
    assert text.startswith("Fostering: Our Values\nOur values\n")
    assert "Allowances and expenses" not in text


CONTENTS_ENTRY_SAID_AGAIN = """\
Brackwell Fostering Manual
Fostering: Our Values
Contents
1. About this chapter
2. Our values
Caution: printed copies are uncontrolled.
1. About this chapter
This chapter applies to all foster carers and their supervising social workers.
"""


def test_a_numbered_contents_entry_said_again_keeps_the_title_and_the_list() -> None:
    text = read_source(CONTENTS_ENTRY_SAID_AGAIN.encode(), "page.txt").text
    assert "Fostering: Our Values" in text and "2. Our values" in text
