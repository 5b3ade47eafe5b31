"""Empty HTML anchors (Word bookmarks kept by converters) show nothing in a markdown viewer."""

from app.ingest import read_source
from app.ingest.markdown_html_blocks import leave_out_empty_anchors


def test_an_anchor_before_a_bold_line_goes_and_the_bold_line_stays_whole() -> None:
    text = 'Intro.\n\n<a id="_Toc77"></a>__Who we are__\n\nWe are a council.\n'
    assert leave_out_empty_anchors(text) == "Intro.\n\n__Who we are__\n\nWe are a council.\n"


def test_name_anchors_single_quotes_and_self_closing_anchors_go_too() -> None:
    text = "<A NAME='_Ref12'></A><a id=x1/>**Leaving care**\nText <a name=\"m\"> </a>runs on."
    assert leave_out_empty_anchors(text) == "**Leaving care**\nText runs on."


def test_a_line_of_anchors_only_goes_without_breaking_its_paragraph() -> None:
    text = 'First line of a paragraph\n<a id="_Toc5"></a>\nsecond line.'
    assert leave_out_empty_anchors(text) == "First line of a paragraph\nsecond line."


def test_links_with_words_and_anchors_in_code_are_left_alone() -> None:
    text = '[Fostering](https://example.org)\n<a href="/x">Fostering</a>\n```\n<a id="k"></a>\n```'
    assert leave_out_empty_anchors(text) == text


def test_a_mammoth_style_heading_after_an_anchor_reads_as_a_heading() -> None:
    source = (
        "__Our Policy__\n\n"
        '<a id="_Toc1"></a>__How decisions are made__\n\n'
        "Managers agree every plan with the family before it is signed.\n\n"
        '<a id="_Toc2"></a>__Keeping records__\n\n'
        "Records are kept for as long as the law requires.\n"
    )
    text = read_source(source.encode(), "a.md").text
    assert "<a" not in text
    assert "\n__Keeping records__\n" in text
