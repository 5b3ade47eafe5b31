"""A paragraph wholly in italics is written as markdown writes it, `*…*` (decision 0263), as the
Word reader writes one (0251): a byline under the title then reads as the title's, as in a
markdown source. Written for this test in our own words; not copied from any case document.
"""

from app.ingest.html_render import render_html
from tests.sections.helpers import outline_of


def _page(body: str) -> str:
    return f"<html><body><main><h1>Our family help policy</h1>{body}</main></body></html>"


def test_a_paragraph_wholly_in_italics_is_written_as_an_italic_line():
    html = _page(
        "<p><em>Tarnmouth Borough Council, family help manual</em></p>"
        "<p>A note for <i>every</i> worker.</p>"
    )
    assert render_html(html).splitlines()[2:5] == [
        "*Tarnmouth Borough Council, family help manual*",
        "",
        "A note for every worker.",
    ]


def test_italics_inside_a_link_or_span_still_make_an_italic_line():
    html = _page("<p><span><i>Tarnmouth Borough Council</i></span> <i>manual</i></p>")
    assert "*Tarnmouth Borough Council manual*" in render_html(html)


def test_bold_italics_and_lines_with_marks_are_not_written_as_italic_lines():
    # near-misses: bold inside, a word outside the italics, a star or underscore in the words
    for body in (
        "<p><em><strong>Tarnmouth</strong> Council</em></p>",
        "<p><em>Tarnmouth</em> Council</p>",
        "<p><em>Tarnmouth_Council</em></p>",
    ):
        rendered = render_html(_page(body))
        assert "*Tarnmouth" not in rendered, body


def test_an_italic_byline_under_the_title_stays_with_the_title():
    html = _page(
        "<p><em>Tarnmouth Borough Council, family help manual</em></p>"
        "<p>Questions and answers for staff about the chapter under the whole manual.</p>"
        "<h2>Why we wrote this</h2><p>So that every worker knows what we believe.</p>"
        "<h2>Records</h2><p>Notes are kept for six years.</p>"
    )
    outline = outline_of(render_html(html), "markdown")
    assert outline.sections[0].kind == "title"
    assert "Tarnmouth Borough Council" in outline.sections[0].text
    assert [section.heading for section in outline.sections][-2:] == [
        "Why we wrote this",
        "Records",
    ]
