"""Round 166: a two-column layout table under a header row of column labels (decision 0268)."""

from __future__ import annotations

from app.ingest import read_source


def _render(body: str) -> str:
    page = f"<!doctype html><html><head></head><body>{body}</body></html>"
    return read_source(page.encode()).text


_ROWS = (
    "<tr><th scope='row'>Purpose</th><td><p>This chapter tells staff and families what the "
    "family help service stands for and how its other procedures are read.</p>"
    "<p>It is read before every other chapter of the manual.</p></td></tr>"
    "<tr><th scope='row'>Legal basis</th><td><p>The service follows these laws, and the "
    "statutory guidance issued under each of them:</p>"
    "<ul><li>Children Act 1989</li><li>Children Act 2004</li></ul></td></tr>"
    "<tr><th scope='row'>Confidentiality</th><td><p>Personal information about a family is "
    "shared only where the law allows it and only with those who need to know it.</p></td></tr>"
)


def test_a_layout_table_may_carry_a_header_row_of_column_labels() -> None:
    text = _render(
        "<main><h1>Family Help Policies and Principles</h1><table>"
        f"<thead><tr><th>Topic</th><th>Guidance</th></tr></thead><tbody>{_ROWS}</tbody>"
        "</table></main>"
    )
    assert "Topic | Guidance\n\n## Purpose\n\nThis chapter tells staff" in text
    assert "## Legal basis\n\nThe service follows" in text
    assert "## Confidentiality\n\nPersonal information" in text
    assert text.count(" | ") == 1


def test_short_entries_under_a_header_row_stay_a_table() -> None:
    text = _render(
        "<main><h1>Family Help Policies and Principles</h1>"
        "<p>This chapter tells staff and families what the family help service stands for.</p>"
        "<table><tr><th>Duty</th><th>What it asks of us</th></tr>"
        "<tr><td>Children in need</td><td><p>Assess their needs.</p><p>Offer help.</p></td></tr>"
        "<tr><td>Working together</td><td><p>Share plans.</p><p>Meet monthly.</p></td></tr>"
        "<tr><td>Fair treatment</td><td><p>No one left out.</p><p>Easy access.</p></td></tr>"
        "</table></main>"
    )
    assert "## Children in need" not in text
    assert "Children in need | " in text
