"""A data table whose first row is one `<th>` (or bold cell) spanning its columns: the title is
written as a bold line above the rows, so it can head the section it opens (blind273)."""

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source


def _page(table: str) -> bytes:
    return (
        "<!doctype html><html><body><h1>Adoption: Values and Principles</h1>"
        "<h2>Who this chapter is for</h2><p>Every adoption social worker in the agency.</p>"
        f"{table}<h2>What we believe</h2><p>Children do best with families who stay.</p>"
        "</body></html>"
    ).encode()


def _rows(first: str) -> str:
    return (
        f"<table><tr>{first}</tr>"
        "<tr><td>Adoption and Children Act 2002</td><td>Duties of adoption agencies</td></tr>"
        "<tr><td>Children and Families Act 2014</td><td>Early permanence</td></tr></table>"
    )


def test_a_title_row_across_a_table_is_written_above_its_rows() -> None:
    text = read_source(_page(_rows('<th colspan="2">Statutes we work under</th>'))).text

    assert "**Statutes we work under**\n\nAdoption and Children Act 2002 | Duties" in text


def test_a_bold_title_cell_across_a_table_heads_its_section() -> None:
    page = _page(_rows('<td colspan="2"><strong>Statutes we work under</strong></td>'))
    outline = analyze(read_source(page, "chapter.html"), get_family()).outline

    assert "Statutes we work under" in [section.heading for section in outline.sections]


def test_a_plain_or_sentence_row_across_a_table_stays_a_row() -> None:
    plain = read_source(_page(_rows('<td colspan="2">Statutes we work under</td>'))).text
    sentence = read_source(
        _page(_rows('<th colspan="2">These Acts were checked by our lawyers in May.</th>'))
    ).text

    assert "Statutes we work under\nAdoption and Children Act 2002" in plain
    assert "These Acts were checked by our lawyers in May.\nAdoption and Children" in sentence
