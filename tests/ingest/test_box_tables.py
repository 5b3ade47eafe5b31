"""Tables drawn with box-drawing characters, as w3m dumps a page (decision 0146): each drawn row
becomes one `| cell |` row, wrapped cells joined, the rules left out; a footer's box of the
site's columns goes whole. Tables in our own words."""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.box_tables import redraw_box_tables
from app.ingest.html_render import load_chrome_cues

DRAWN = """\
Before the table.

┌──────────────┬──────────────────────┐
│Law           │What it does          │
├──────────────┼──────────────────────┤
│Children Act  │Duties to children in │
│1989          │need                  │
├──────────────┼──────────────────────┤
│Version       │4                     │
└──────────────┴──────────────────────┘

After the table.
"""


def test_each_drawn_row_is_one_row_of_cells():
    text = redraw_box_tables(DRAWN, load_chrome_cues())
    assert text == (
        "Before the table.\n\n"
        "| Law | What it does |\n"
        "| Children Act 1989 | Duties to children in need |\n"
        "| Version | 4 |\n\n"
        "After the table.\n"
    )


def test_a_table_headed_by_the_sites_boxes_goes_whole():
    footer = DRAWN.replace(
        "│Law           │What it does          │", "│Contact us    │Follow us             │"
    )
    text = redraw_box_tables(footer, load_chrome_cues())
    assert "Children Act" not in text and "Contact us" not in text
    assert text.startswith("Before the table.") and "After the table." in text


def test_text_without_a_drawing_is_unchanged():
    text = "A line with a bar │ in it.\n\nAnother ─ line.\n"
    assert redraw_box_tables(text, load_chrome_cues()) == text


def test_a_text_file_gives_its_version_field():
    page = "Fostering Panels\n\n" + DRAWN
    assert "| Version | 4 |" in read_source(page.encode(), "page.txt").text
