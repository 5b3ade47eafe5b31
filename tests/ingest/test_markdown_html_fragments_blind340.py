"""A CMS's markdown export with some of the page's HTML left in: heading elements, `<ul>`/`<ol>`
items and `<br>` line breaks are read as a markdown viewer shows them (decision 0500). Texts
written for these tests in our own words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.ingest import read_source
from app.ingest.markdown_html_blocks import unwrap_html_blocks


def test_a_heading_element_on_its_line_is_a_markdown_heading_at_its_level() -> None:
    text = (
        "## Our promises\n\nWe keep them.\n\n"
        '<h2 class="x" id="parent">The council as parent</h2>\n\nEvery councillor shares it.\n'
    )
    assert unwrap_html_blocks(text) == (
        "## Our promises\n\nWe keep them.\n\n## The council as parent\n\n"
        "Every councillor shares it.\n"
    )


def test_a_title_element_heads_the_page() -> None:
    text = '<h1 class="page-title">Fostering Standards</h1>\n\nThis page says what we expect.\n'
    assert unwrap_html_blocks(text).startswith("# Fostering Standards\n\n")


def test_list_items_become_one_tight_list_and_an_ordered_list_is_numbered() -> None:
    text = (
        "The statutes:\n\n<ul>\n<li>Housing Act 1996</li>\n<li>Care Act 2014</li>\n</ul>\n\n"
        "Our steps:\n\n<ol class='steps'>\n<li>listen</li>\n<li>plan</li>\n<li>review</li>\n</ol>\n"
    )
    rendered = unwrap_html_blocks(text)
    assert "- Housing Act 1996\n- Care Act 2014\n" in rendered
    assert "1. listen\n2. plan\n3. review\n" in rendered
    assert "<li>" not in rendered and "<ul>" not in rendered


def test_a_line_break_inside_a_list_item_keeps_the_second_line_under_the_item() -> None:
    text = "## Beliefs\n\n- Children are heard.<br>We write down what they say.\n- We are fair.\n"
    assert unwrap_html_blocks(text) == (
        "## Beliefs\n\n- Children are heard.\n  We write down what they say.\n- We are fair.\n"
    )


def test_a_line_break_in_a_pipe_table_row_or_in_code_is_left_alone() -> None:
    text = "| Age | Help |\n|---|---|\n| 18 | A flat<br>and an adviser |\n\n```\na<br>b\n```\n"
    assert unwrap_html_blocks(text) == text


def test_a_markdown_page_with_html_fragments_reads_its_headings_and_acts() -> None:
    page = (
        '---\ntitle: "Fostering Standards"\nlast_updated: 2026-01-02\n---\n\n'
        '<h1 class="t">Fostering Standards</h1>\n\n## Laws\n\n'
        "<ul>\n<li>Housing Act 1996</li>\n<li>Care Act 2014</li>\n</ul>\n\n"
        '<h2 id="p">Promises</h2>\n\nWe keep them.\n'
    )
    text = read_source(page.encode(), "page.md").text
    assert text.startswith("# Fostering Standards")
    assert "\n## Promises\n" in text
    assert "- Housing Act 1996\n- Care Act 2014" in text


_WORDS = st.text(alphabet="abcdefgh ", min_size=1, max_size=30).filter(lambda s: s.strip())


@given(st.lists(_WORDS, min_size=1, max_size=5))
def test_no_line_break_tag_survives_outside_tables_and_code(pieces: list[str]) -> None:
    line = "<br>".join(piece.strip() for piece in pieces)
    assert "<br>" not in unwrap_html_blocks(f"Intro.\n\n- {line}\n")
