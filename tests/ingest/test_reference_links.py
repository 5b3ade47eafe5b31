"""Reference links with their addresses listed last, as html2text writes a page (decision
0146): written inline, the list left out. Pages in our own words."""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.reference_links import inline_reference_links

PAGE = """\
[Skip to main content][1]

[![Rowanbury Council][2]][3]

  * [Parking][4]
  * [Contact us][5]

# Short Breaks for Disabled Children

We follow [the short breaks statement][6] when we plan care.

   [1]: #main
   [2]: /logo.png
   [3]: /
   [4]: /parking
   [5]: /contact
   [6]: https://rowanbury.example/short-breaks "Short breaks"
"""


def test_references_are_written_inline_and_the_list_goes():
    text = inline_reference_links(PAGE)
    assert text.startswith("[Skip to main content](#main)\n\n[![Rowanbury Council](/logo.png)](/)")
    assert "  * [Parking](/parking)" in text
    assert "[the short breaks statement](https://rowanbury.example/short-breaks) when" in text
    assert "[1]:" not in text and "[6]" not in text


def test_a_reference_the_list_does_not_give_leaves_the_text_alone():
    text = PAGE.replace("[Parking][4]", "[Parking][9]")
    assert inline_reference_links(text) == text


def test_a_single_closing_footnote_is_no_link_list():
    text = "See the [guidance][1].\n\n[1]: https://example.org/guidance\n"
    assert inline_reference_links(text) == text


def test_the_page_head_is_then_known_for_chrome():
    text = read_source(PAGE.encode(), "page.md").text
    assert text.lstrip().startswith("# Short Breaks for Disabled Children")
    assert "Parking" not in text and "/short-breaks" in text
