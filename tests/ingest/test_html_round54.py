"""Web pages with weak structure (decision 0106): a bold lead before a `<br>` heads the
paragraph it opens; a two-column table used for layout, each section's heading in its left
cell, reads as headings and their paragraphs. A label and its value, a bold lead-in run into
its sentence, and tables of data stay as they were."""

from __future__ import annotations

from app.ingest import read_source


def _render(body: str) -> str:
    return read_source(f"<!doctype html><html><body>{body}</body></html>".encode()).text


def test_a_bold_lead_before_a_line_break_heads_its_paragraph() -> None:
    text = _render(
        "<div><p><b>Family Help Policy</b></p>"
        "<p><b>Working together</b><br>No agency keeps children safe alone, so we work with "
        "schools, health and the police.</p>"
        "<p><strong>Good lives for children</strong> <br> We want children to be safe, healthy "
        "and happy at school.</p></div>"
    )
    assert "## Working together\n\nNo agency keeps children safe alone" in text
    assert "## Good lives for children\n\nWe want children to be safe" in text


def test_a_label_and_its_value_or_a_lead_in_sentence_is_no_heading() -> None:
    text = _render(
        "<div><p><b>Family Help Policy</b></p>"
        "<p>Our work rests on the Children Act 1989 and on the guidance that goes with it.</p>"
        "<p><b>Last updated</b><br>12 May 2025</p>"
        "<p><b>Being healthy.</b> Children see a doctor and a dentist every year.</p>"
        "<p><b>Please note:</b><br>this chapter is read with the other chapters.</p></div>"
    )
    assert "## Last updated" not in text
    assert "## Being healthy" not in text
    assert "## Please note" not in text


_LAYOUT = (
    "<div><p><strong>Family Help Policy</strong></p><table>"
    "<tr><td><strong>Purpose</strong></td><td><p>This chapter tells staff and families what the "
    "Wexcombe family help service stands for and how it works with children.</p></td></tr>"
    "<tr><td><strong>Legal basis</strong></td><td><p>The service follows these laws:</p>"
    "<p>- Children Act 1989</p><p>- Children Act 2004</p></td></tr>"
    "<tr><td>&nbsp;</td><td><p>We would like Wexcombe to be a place where children are proud to "
    "grow up.</p></td></tr>"
    "<tr><td><strong>Confidentiality</strong></td><td><p>Personal information is shared only "
    "where the law allows it.</p></td></tr>"
    "</table></div>"
)


def test_a_layout_table_reads_as_headings_and_their_paragraphs() -> None:
    text = _render(_LAYOUT)
    assert "## Purpose\n\nThis chapter tells staff" in text
    assert "## Legal basis\n\nThe service follows these laws:\n\n- Children Act 1989" in text
    assert "\n\nWe would like Wexcombe to be a place" in text
    assert "## Confidentiality\n\nPersonal information" in text
    assert " | " not in text


def test_a_table_of_data_stays_a_table() -> None:
    statutes = (
        "<table><tr><td>Children Act 1989</td><td>Duties to children in need</td></tr>"
        "<tr><td>Children Act 2004</td><td>Duties to co-operate</td></tr>"
        "<tr><td>Care Act 2014</td><td>Moving to adult services</td></tr></table>"
    )
    headed = _LAYOUT.replace("<table>", "<table><tr><th>Topic</th><th>What we say</th></tr>")
    prose = (
        "<div><p><strong>Family Help Policy</strong></p>"
        + "<p>Our work rests on laws and guidance that set out what we must do for children and "
        "families, and we read every procedure in their light. </p>"
        * 6
        + "<p>The laws are these:</p>"
        + statutes
        + "</div>"
    )
    assert "Children Act 1989 | Duties to children in need" in _render(prose)
    assert "Topic | What we say" in _render(headed)


def test_a_table_of_one_paragraph_cells_stays_a_table() -> None:
    rows = "".join(
        f"<tr><td>{name}</td><td><p>{words}</p></td></tr>"
        for name, words in [
            ("Best interests", "We act as a caring parent would for every child we look after."),
            ("Their views", "We ask children what they want and tell them what we decided."),
            ("High hopes", "We expect the best for them at school, at work and at home."),
        ]
    )
    text = _render(f"<div><p><strong>Family Help Policy</strong></p><table>{rows}</table></div>")
    assert "Best interests | We act as a caring parent would" in text
