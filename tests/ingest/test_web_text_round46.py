"""A markdown page's own contents list of jump links under its title (decision 0095): a link to a
place on the page itself ("- [Amendment](#amendment)") is an entry of the chapter's contents, not
a menu's link to another page, so it stays in the text; a link to another page under the title is
still navigation and goes.

Each page is written for this test in our own words.
"""

from __future__ import annotations

from app.ingest import read_source


def _text(page: str) -> str:
    return read_source(page.encode(), "page.md").text


def test_a_contents_list_of_jump_links_stays():
    page = (
        "# Short Breaks: Our Principles\n\n## Contents\n\n- [Amendment](#amendment)\n"
        "- [Our values](#our-values)\n\n## Amendment\n\nThis chapter was last amended in "
        "May 2025.\n\n## Our values\n\nWe listen to children.\n"
    )
    text = _text(page)
    assert "- [Amendment](#amendment)\n- [Our values](#our-values)" in text


def test_links_to_other_pages_under_the_title_still_go():
    page = (
        "# Short Breaks: Our Principles\n\n- [Children and families](/children)\n"
        "- [Short breaks](/short-breaks)\n\n## Amendment\n\nThis chapter was last amended in "
        "May 2025.\n\n## Our values\n\nWe listen to children.\n"
    )
    text = _text(page)
    assert "Children and families" not in text
    assert "## Amendment" in text
