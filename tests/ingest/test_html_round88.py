"""Web pages of blind round 88 (decision 0150): a page laid out as one table row, the chapter's
menu in one cell, the chapter in another and an "On this page" list in a third, is read from the
chapter's cell alone. The negatives: a table whose other cells hold prose, and a table whose
big cell is one paragraph. Pages in our own words."""

from __future__ import annotations

from app.ingest import read_source


def _render(body: str) -> str:
    page = f"<!doctype html><html><head><title>Manual</title></head><body>{body}</body></html>"
    return read_source(page.encode(), "page.html").text


_CHAPTER = (
    "<p><strong>Caring for Children in Brindle</strong></p>"
    "<p><strong>Our values</strong></p><p>We are fair, open and we keep our promises to the "
    "families we work with, whatever their story.</p>"
    "<p><strong>Corporate parenting</strong></p><p>The council is the corporate parent of every "
    "child in its care, and every councillor shares that duty with its staff.</p>"
    "<p><strong>Information sharing</strong></p><p>We share what we know with partners only when "
    "the law allows it and a child's safety depends on it.</p>"
)
_LEFT = (
    '<td><div>Chapters</div><div><a href="/a">Contacts and referrals</a></div>'
    '<div><a href="/b">Leaving care</a></div><div><a href="/c">Key outcomes</a></div></td>'
)
_RIGHT = (
    '<td><div>On this page</div><div><a href="#v">Our values</a></div>'
    '<div><a href="#c">Corporate parenting</a></div></td>'
)


def test_the_chapters_cell_of_a_layout_row_is_read_alone():
    text = _render(f"<table><tr>{_LEFT}<td>{_CHAPTER}</td>{_RIGHT}</tr></table>")
    assert "## Our values\n\nWe are fair" in text
    assert "Contacts and referrals" not in text
    assert "On this page" not in text
    assert "|" not in text


def test_a_cell_of_prose_beside_the_chapter_keeps_the_table_as_it_was():
    aside = "<td><p>Brindle Council runs this manual for its staff and its foster carers.</p></td>"
    text = _render(f"<table><tr>{aside}<td>{_CHAPTER}</td></tr></table>")
    assert "Brindle Council runs this manual" in text


def test_a_table_of_data_is_no_layout():
    rows = "".join(
        f"<tr><td><a href='/act{n}'>Act {n}</a></td><td>What the Act number {n} asks of the "
        "council and its partners when a child comes into care.</td></tr>"
        for n in range(1, 4)
    )
    text = _render(f"<h1>Caring for Children</h1><table>{rows}</table>")
    assert "| Act 1 |" in text or "Act 1 | What" in text
