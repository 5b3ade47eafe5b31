"""A one-column table that sets a chapter out a section to two rows: the heading in a cell of its
own, unstyled, over a cell of the section's sentences (decision 0573, after 0547's section
cells). Written for this test in our own words about an invented council."""

from __future__ import annotations

from app.ingest.html_render import render_html


def _section(heading: str, body: str) -> str:
    return f"<tr><td><span class='lbl'>{heading}</span></td></tr><tr><td>{body}</td></tr>"


_TWO_ROW_SECTIONS = (
    "<html><body><table>"
    + _section("Who reads this", "Every practitioner in Brackenholt reads this before any other.")
    + _section("What we believe", "A child does best with family around them when it is safe.")
    + _section("Keeping records", "We note what we did and why on the day that we did it.")
    + _section("Sharing what we know", "We pass on what we hold only as the law allows.")
    + "<tr><td>End<br><br>Last Updated: 9 May 2026</td></tr>"
    + "</table></body></html>"
)


def test_a_heading_cell_over_a_cell_of_sentences_reads_as_a_heading_and_its_paragraph() -> None:
    text = render_html(_TWO_ROW_SECTIONS)
    assert "Who reads this\n\nEvery practitioner in Brackenholt" in text
    assert "before any other.\n\nWhat we believe\n\nA child does best" in text
    assert "End\n\nLast Updated: 9 May 2026" in text


def test_a_one_column_table_of_phrases_under_title_cells_stays_data() -> None:
    rows = "".join(
        f"<tr><td>{cell}</td></tr>"
        for cell in (
            "Permanence",
            "Within four months",
            "Leaving care",
            "Up to 25",
            "Reviews",
            "Every six months",
        )
    )
    text = render_html(f"<html><body><table>{rows}</table></body></html>")
    assert "\n\nWithin four months" not in text
