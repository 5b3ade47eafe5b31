"""A one-column table that sets a chapter out a section to a cell, its heading a styled span and
its paragraphs bare text parted by two `<br>`s (the blind372 round, decision 0547). Written for
this test in our own words about an invented council."""

from __future__ import annotations

from app.ingest.html_render import render_html


def _cell(heading: str, *paragraphs: str) -> str:
    return (
        f"<tr><td><span class='secthead'>{heading}</span><br><br>"
        + "<br><br>".join(paragraphs)
        + "</td></tr>"
    )


_SECTION_CELLS = (
    "<html><head><style>.secthead{font-weight:bold}</style></head><body><table>"
    + _cell(
        "Who this is for",
        "Everyone who works with children in Gallowmere reads this first.",
        "It was revised in May 2026 after the inspection.",
    )
    + _cell(
        "Our beliefs",
        "Children grow best in their own families when that is safe.",
        "We say plainly what worries us and why.",
    )
    + _cell(
        "Records",
        "We write down what we did and why, on the day we did it.",
        "Families may ask to read what we hold about them.",
    )
    + "<tr><td><b>End</b><br><br>Last Updated: 3 June 2026</td></tr>"
    + "</table></body></html>"
)


def test_a_cell_per_section_reads_as_headed_paragraphs_not_a_row_of_data() -> None:
    text = render_html(_SECTION_CELLS)
    assert "Who this is for\n\nEveryone who works" in text
    assert "in Gallowmere reads this first.\n\nIt was revised" in text
    assert "Our beliefs\n\nChildren grow best" in text
    assert "End\n\nLast Updated: 3 June 2026" in text


def test_a_one_column_table_of_single_phrases_stays_a_table_of_data() -> None:
    rows = "".join(
        f"<tr><td>{act}</td></tr>"
        for act in ("Children Act 1989", "Children Act 2004", "Equality Act 2010", "Care Act 2014")
    )
    text = render_html(f"<html><body><table>{rows}</table></body></html>")
    assert "Children Act 1989" in text and "Care Act 2014" in text
    assert "\n\nChildren Act 2004" not in text


def test_cells_of_one_line_each_broken_once_stay_rows() -> None:
    rows = "".join(
        f"<tr><td>{name}<br>{role}</td></tr>"
        for name, role in (
            ("A. Ferris", "Head of Service"),
            ("B. Oduya", "Principal Social Worker"),
            ("C. Lund", "Service Manager"),
        )
    )
    text = render_html(f"<html><body><table>{rows}</table></body></html>")
    assert "\n\nHead of Service" not in text
