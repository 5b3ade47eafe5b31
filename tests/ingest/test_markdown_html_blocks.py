"""HTML block lines written among markdown (`<div>`, `<details>`, `<summary>`, `<p>`) are read as
a markdown viewer shows them (decision 0150). Texts in our own words."""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.markdown_html_blocks import leave_out_html_comments, unwrap_html_blocks


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


def test_html_comment_blocks_go_as_a_blank_line_between_paragraphs():
    text = (
        "<!-- exported from the site on 3 May 2025 -->\n\n# T\n\nThe offer.\n"
        "<!-- is this age still right? -->\nAdvisers until 25.\n\nEnd.\n<!-- end of body -->\n"
    )
    assert leave_out_html_comments(text) == "# T\n\nThe offer.\n\nAdvisers until 25.\n\nEnd.\n"


def test_a_comment_over_several_lines_goes_whole_and_words_after_its_close_stay():
    text = "A.\n\n<!--\nnote for editors:\ncheck the dates\n--> Shown.\n\nB.\n"
    assert leave_out_html_comments(text) == "A.\n\nShown.\n\nB.\n"


def test_comments_in_code_and_in_a_line_are_left_alone():
    text = "Words <!-- inline --> more.\n\n```\n<!-- kept -->\n```\n"
    assert leave_out_html_comments(text) == text


def test_read_source_leaves_html_comments_out_of_markdown_only():
    text = "# Title\n\n<!-- TODO: check with the team -->\nSome words.\n"
    assert "TODO" not in read_source(text.encode(), "a.md").text
    assert "TODO" in read_source(text.encode(), "a.txt").text


def test_an_html_table_is_written_as_markdown_table_rows():
    text = (
        "## Key dates\n\n<table>\n<tr>\n  <td>Review of the plan</td>\n"
        "  <td>By the <strong>third</strong> month<br>in care</td>\n</tr>\n"
        "<tr><td>Leaving care | support</td><td>To 21</td></tr>\n<tr><td></td><td></td></tr>\n"
        "</table>\nAfter the table.\n"
    )
    assert unwrap_html_blocks(text) == (
        "## Key dates\n\n| Review of the plan | By the third month in care |\n"
        "| Leaving care \\| support | To 21 |\n\nAfter the table.\n"
    )


def test_a_table_in_code_or_never_closed_is_left_as_written():
    fenced = "Example:\n\n```\n<table><tr><td>a</td></tr></table>\n```\n"
    assert unwrap_html_blocks(fenced) == fenced
    unclosed = "Words.\n\n<table>\n<tr><td>Age</td><td>21</td></tr>\n"
    assert unwrap_html_blocks(unclosed) == unclosed
