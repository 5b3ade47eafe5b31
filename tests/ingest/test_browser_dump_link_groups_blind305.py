"""A text browser's dump whose closing address list is parted into "Visible links:" and
"Hidden links:", and whose form buttons are drawn "(BUTTON)" in the page's body (blind305,
decision 0442). The pages are written for this test in our own words about invented councils.
"""

from __future__ import annotations

from app.ingest.browser_dump import undo_link_numbers

_BODY = """\
   [3]Skip to content

                    Support for young carers

   Young carers in Brindle Heath can ask the [4]carers' hub for a break, and
   their school will be told only if they agree.

   Did this page help you? (BUTTON) Yes (BUTTON) No
"""

_GROUPED = (
    _BODY
    + """
References

   Visible links:
   3. https://www.brindleheath.example/young-carers#content
   4. https://www.brindleheath.example/carers-hub

   Hidden links:
   1. https://www.brindleheath.example/search.xml
   2. https://www.brindleheath.example/news.rss
"""
)


def test_the_numbers_go_when_the_list_is_parted_into_visible_and_hidden_links() -> None:
    text = undo_link_numbers(_GROUPED)
    assert "[4]" not in text and "[3]" not in text
    assert "ask the carers' hub for a break" in text
    assert "Visible links" not in text and "Hidden links" not in text
    assert "https://" not in text


def test_a_list_opening_at_its_visible_links_line_is_the_browsers_too() -> None:
    without_heading = _GROUPED.replace("References\n\n", "")
    text = undo_link_numbers(without_heading)
    assert "[4]" not in text and "https://" not in text


def test_the_button_marker_is_the_browsers_and_its_label_stays() -> None:
    text = undo_link_numbers(_GROUPED)
    assert "(BUTTON)" not in text
    assert "Did this page help you? Yes No" in text


def test_a_hidden_links_list_alone_does_not_take_numbers_it_does_not_name() -> None:
    only_hidden = _BODY + (
        "\n   Hidden links:\n   1. https://www.brindleheath.example/search.xml\n"
        "   2. https://www.brindleheath.example/news.rss\n"
    )
    assert undo_link_numbers(only_hidden) == only_hidden


def test_a_closing_list_under_a_heading_of_the_chapters_own_stays() -> None:
    reading_list = (
        "Further reading\n\n   1. https://www.brindleheath.example/a\n"
        "   2. https://www.brindleheath.example/b\n"
    )
    assert undo_link_numbers(reading_list) == reading_list
