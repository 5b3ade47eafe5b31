"""A chapter printed by WeasyPrint (an HTML-to-PDF maker councils' web teams use) reads as its
author wrote it: WeasyPrint draws list bullets apart from their text, names its bold faces
"…-Bold" while declaring weight 400, puts footnotes at the page foot and hyphenates justified
text with U+2010."""

from __future__ import annotations

import pytest

from app.ingest import read_source

ACTS = ["Children Act 1989", "Children Act 2004", "Children and Families Act 2014"]
LONG = (
    "Practitioners from education, health, policing and housing understand their respective "
    "contributions and communicate comprehensively and conscientiously with one another. "
) * 14
HTML = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><style>
@page {{ size: A5; margin: 18mm 14mm; @bottom-center {{ content: "Page " counter(page) " of "
  counter(pages); font-size: 7pt; }} }}
body {{ font: 10pt/1.35 'DejaVu Serif'; }}
h1 {{ font: bold 18pt 'DejaVu Sans'; }}
p.long {{ hyphens: auto; text-align: justify; }}
.fn {{ float: footnote; font-size: 7pt; }}
</style></head><body>
<h1>Policies, Values and Principles</h1>
<p><b>1. Introduction</b></p>
<p>Our duties come from these Acts:<span class="fn">Each Act as amended.</span></p>
<ul>{"".join(f"<li>{act}</li>" for act in ACTS)}</ul>
<table style="width: 100%; font-size: 9pt"><tr><td style="width: 35%">Age</td><td>Support</td></tr>
<tr><td>18 to 21</td><td>A personal adviser for every care leaver</td></tr>
<tr><td>21 to 25</td><td>An adviser for any young person who asks for one</td></tr></table>
<p><b>2. A Shared Responsibility</b></p>
<p class="long">{LONG}</p>
</body></html>"""


@pytest.fixture(scope="module")
def text() -> str:
    weasyprint = pytest.importorskip("weasyprint")
    data = weasyprint.HTML(string=HTML).write_pdf()
    return read_source(data, "weasyprint.pdf").text


def test_list_bullets_drawn_apart_are_read_with_their_items(text: str) -> None:
    for act in ACTS:
        assert f"- {act}" in text.split("\n\n")


def test_a_table_reads_a_line_per_row_with_its_cells_apart(text: str) -> None:
    assert (
        "Age | Support\n"
        "18 to 21 | A personal adviser for every care leaver\n"
        "21 to 25 | An adviser for any young person who asks for one"
    ) in text.split("\n\n")


def test_bold_faces_declaring_normal_weight_are_read_as_bold(text: str) -> None:
    blocks = text.split("\n\n")
    assert "**1. Introduction**" in blocks
    assert "**2. A Shared Responsibility**" in blocks


def test_a_footnote_is_read_after_the_list_its_paragraph_introduces_without_its_mark(
    text: str,
) -> None:
    """Decision 0087 (0012 dropped footnotes): the note is the chapter's text, read where its
    mark points, but not between a list and the sentence introducing it."""
    blocks = text.split("\n\n")
    assert "Our duties come from these Acts:" in blocks
    assert blocks.index("Each Act as amended.") == blocks.index(f"- {ACTS[-1]}") + 1


def test_hyphenated_words_are_mended(text: str) -> None:
    assert "\u2010" not in text
    assert "comprehensively and conscientiously" in text
