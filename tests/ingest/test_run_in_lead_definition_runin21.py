"""One definition of a bold run-in lead for HTML, markdown and Word (decision 0426, after 0422):
`is_run_in_lead` says what the HTML renderer and the markdown block scanner both ask, and a page
of leads reads with the same headings whether it arrives as HTML, as markdown or as a Word file
of Normal paragraphs opening with a bold run; a Word file with real headings keeps its bold
"Please note:" inside its section.

Written for this test in our own words about invented councils; not copied from any case
document.
"""

from __future__ import annotations

import pytest

from app.families import DEFAULT_FAMILY, get_family
from app.ingest import read_source
from app.ingest.html_render import is_run_in_lead, leads_read_as_titles
from app.sections import split_sections
from tests.documents import new_word, word_bytes

_TITLE = "Fostering in Ormsby Dale"
_LEADS = (
    (
        "Becoming a carer.",
        "Anyone over twenty-one with a spare bedroom can ask to be assessed as a foster carer.",
    ),
    (
        "Training:",
        "Every new carer joins a three-day course before their first child is placed with them.",
    ),
    (
        "Support at night",
        "A duty worker answers the carers' line every night of the year, holidays included.",
    ),
)


@pytest.mark.parametrize(
    ("lead", "words_after", "expected"),
    [
        ("Our promise.", 6, True),
        ("Working together:", 12, True),
        ("Short breaks", 8, True),
        ("Updated:", 3, False),  # a field and its value
        ("Our promise.", 5, False),
        ("we will always listen to what children tell us.", 10, False),  # a sentence in bold
        ("Reviewed in May 2025.", 9, False),  # a date is a stamp, not a title
    ],
)
def test_is_run_in_lead(lead: str, words_after: int, expected: bool) -> None:
    assert is_run_in_lead(lead, words_after) is expected


def _headings(text: str, syntax: str) -> list[str | None]:
    family = get_family(DEFAULT_FAMILY)
    return [section.heading for section in split_sections(text, family.kinds, syntax).sections]


def _word_page(*, heading: str | None = None, note: str | None = None) -> bytes:
    document = new_word()
    document.add_paragraph(_TITLE, style="Title")
    if heading is not None:
        document.add_paragraph(heading, style="Heading 1")
    for lead, rest in _LEADS:
        paragraph = document.add_paragraph()
        paragraph.add_run(lead).bold = True
        paragraph.add_run(" " + rest)
    if note is not None:
        paragraph = document.add_paragraph()
        paragraph.add_run("Please note:").bold = True
        paragraph.add_run(" " + note)
    return word_bytes(document)


def test_a_page_of_leads_reads_alike_in_html_markdown_and_word() -> None:
    html = (
        f"<html><body><main><h1>{_TITLE}</h1>"
        + "".join(f"<p><strong>{lead}</strong> {rest}</p>" for lead, rest in _LEADS)
        + "</main></body></html>"
    )
    markdown = f"# {_TITLE}\n\n" + "".join(f"**{lead}** {rest}\n\n" for lead, rest in _LEADS)
    word = read_source(_word_page(), "fostering.docx")
    expected = [_TITLE, *(lead for lead, _ in _LEADS)]

    assert _headings(read_source(html.encode(), "fostering.html").text, "markdown") == expected
    assert _headings(read_source(markdown.encode(), "fostering.md").text, "markdown") == expected
    assert _headings(word.text, word.text_syntax) == expected


def test_a_word_file_with_real_headings_keeps_its_bold_leads_inside_its_section() -> None:
    word = read_source(
        _word_page(
            heading="Our fostering service", note="carers are paid on the first of each month."
        ),
        "fostering.docx",
    )
    headings = _headings(word.text, word.text_syntax)

    assert headings == [_TITLE, "Our fostering service"]
    assert "**Please note:** carers are paid" in word.text


@pytest.mark.parametrize(
    ("leads", "expected"),
    [
        (["Our promise.", "After care.", "What we believe."], True),
        (["Our promise.", "After care.", "Nobody does this alone."], True),
        (["Our promise.", "After care."], False),  # two are not yet a style
        (["We value openness.", "Permanence is planned early.", "Our promise."], False),
        (["The law comes first.", "We work restoratively.", "Our duties are set by law."], False),
    ],
)
def test_leads_read_as_titles(leads: list[str], expected: bool) -> None:
    assert leads_read_as_titles(leads) is expected


def test_an_html_page_of_bold_sentences_keeps_them_in_their_paragraphs() -> None:
    sentences = (
        (
            "We answer every carer.",
            "Anyone who fosters for us can ring the duty line at any hour of the day.",
        ),
        (
            "Training is never finished.",
            "Every carer joins two refresher courses a year and a support group.",
        ),
        (
            "Children are heard first.",
            "A child's own words are written in every review and every plan.",
        ),
    )
    html = (
        f"<html><body><main><h1>{_TITLE}</h1>"
        + "".join(f"<p><strong>{lead}</strong> {rest}</p>" for lead, rest in sentences)
        + "</main></body></html>"
    )
    text = read_source(html.encode(), "fostering.html").text
    assert "## We answer every carer." not in text
    assert "We answer every carer. Anyone who fosters" in text
