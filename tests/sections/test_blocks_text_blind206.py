"""Headings a copy from a PDF ran onto a list's last item or onto a sentence ending in a
number (blind round 206, decision 0325). Written for this test in our own words."""

from __future__ import annotations

from app.sections.blocks_text import scan_text_blocks
from app.text import LineIndex


def scan(text: str) -> list[tuple[str, str]]:
    lines = LineIndex(text)
    blocks = scan_text_blocks(text, [lines.line_start(i) for i in range(lines.line_count)])
    return [(block.type, text[block.content_start : block.content_end]) for block in blocks]


def test_a_heading_run_onto_a_lists_last_item_is_a_block_of_its_own() -> None:
    found = scan(
        "Our promises to families are these:\n"
        "- We return calls within a working day.\n"
        "- We explain every decision in writing.Planning for the Future\n"
        "Each child has a plan that says where they will live.\n"
    )
    assert found == [
        ("paragraph", "Our promises to families are these:"),
        ("list_item", "We return calls within a working day."),
        ("list_item", "We explain every decision in writing."),
        ("paragraph", "Planning for the Future"),
        ("paragraph", "Each child has a plan that says where they will live."),
    ]


def test_an_item_ending_in_an_initialism_keeps_its_words() -> None:
    found = scan("- Staff are vetted by the D.B.S.\n- Training is yearly.\n")
    assert found == [
        ("list_item", "Staff are vetted by the D.B.S."),
        ("list_item", "Training is yearly."),
    ]


def test_a_title_case_heading_run_onto_a_sentence_ending_in_a_number_opens_a_block() -> None:
    found = scan(
        "An adviser stays in touch with every young person until they turn 25.How We Listen\n"
        "Young people sit on our interview panels.\n"
    )
    assert found[-2:] == [
        ("paragraph", "How We Listen"),
        ("paragraph", "Young people sit on our interview panels."),
    ]


def test_a_sentence_case_phrase_after_a_number_stays_in_its_sentence() -> None:
    found = scan("We aim to place children within 12.Most of them stay\nwith relatives.\n")
    assert all(content != "Most of them stay" for _type, content in found)
