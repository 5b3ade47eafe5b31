"""A bold lead before a `<br>` on a page that writes its bold paragraphs as `**…**` lines
(decision 0399): the lead is written as they are, the same heading in other markup, not as a
`###` that would outrank every bold line after it. Where the page has no bold paragraph the
lead keeps its heading markup (decision 0254). Written for this test in our own words.
"""

from __future__ import annotations

from app.ingest.html_render import render_html


def _heading_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(("#", "**"))]


def test_a_bold_lead_beside_bold_paragraphs_under_an_h2_title_is_a_bold_line() -> None:
    html = (
        "<div class='body'><h2>Family Support Principles</h2>"
        "<p><strong>Who should read this</strong></p><p>Every worker in the early help teams.</p>"
        "<p><b>Where our duties come from</b><br>The Children Act 1989 and the Children Act "
        "2004 set out most of what we must do.</p>"
        "<p><strong>How we treat families</strong></p><p>We are honest, kind and on time.</p>"
        "<p><strong>Keeping records</strong></p><p>Notes are kept safe for six years.</p></div>"
    )
    assert _heading_lines(render_html(html)) == [
        "## Family Support Principles",
        "**Who should read this**",
        "**Where our duties come from**",
        "**How we treat families**",
        "**Keeping records**",
    ]


def test_a_bold_lead_on_a_page_of_h3_sections_with_no_bold_paragraph_keeps_its_markup() -> None:
    html = (
        "<main><h1>Family Support Principles</h1><h2>Working with others</h2>"
        "<p><b>Health visitors and nurseries</b><br>They often notice first when a family "
        "is struggling and tell us.</p><h2>Keeping records</h2><p>Notes are kept safe.</p></main>"
    )
    assert _heading_lines(render_html(html)) == [
        "# Family Support Principles",
        "## Working with others",
        "### Health visitors and nurseries",
        "## Keeping records",
    ]
