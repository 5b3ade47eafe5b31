"""HTML block lines written among markdown (`<div>`, `<details>`, `<summary>`, `<p>`) are read as
a markdown viewer shows them (decision 0150). Texts in our own words."""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.markdown_html_blocks import unwrap_html_blocks


def test_tag_only_lines_go_and_a_summary_is_a_bold_label():
    text = (
        "Intro:\n\n<details>\n<summary>The Acts we follow</summary>\n\n- Children Act 1989\n\n"
        "</details>\n\nNext.\n"
    )
    assert unwrap_html_blocks(text) == (
        "Intro:\n\n**The Acts we follow**\n\n- Children Act 1989\n\nNext.\n"
    )


def test_a_line_holding_words_keeps_them_as_a_paragraph_with_bold_marks():
    text = '# T\n\n<div class="note">\n<p><strong>Changed:</strong> in May 2025.</p>\n</div>\n'
    assert unwrap_html_blocks(text) == "# T\n\n**Changed:** in May 2025.\n"


def test_a_one_line_div_after_a_paragraph_is_set_apart():
    text = "Last paragraph.\n<div class='meta'>Version 3</div>\n"
    assert unwrap_html_blocks(text) == "Last paragraph.\n\nVersion 3\n"


def test_inline_html_and_code_blocks_are_left_alone():
    text = "A line with <span>inline</span> markup.\n\n```\n<div>kept</div>\n```\n"
    assert unwrap_html_blocks(text) == text


def test_read_source_unwraps_html_blocks_in_markdown_only():
    text = "# Title\n\n<div>\n\nSome words.\n\n</div>\n"
    assert "<div>" not in read_source(text.encode(), "a.md").text
    assert "<div>" in read_source(text.encode(), "a.txt").text


def test_blank_lines_away_from_tag_lines_are_left_as_written():
    text = "Para one.\n\n\n\nPara two.\n\n<div>\n\nBoxed.\n\n</div>\n\nPara three.\n"
    assert unwrap_html_blocks(text) == "Para one.\n\n\n\nPara two.\n\nBoxed.\n\nPara three.\n"
