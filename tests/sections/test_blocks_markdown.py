"""Markdown blocks through markdown-it: token line maps become exact character spans."""

import itertools
from pathlib import Path

from app.sections.blocks_markdown import scan_markdown_blocks
from app.text import LineIndex

APP_DIR = Path(__file__).resolve().parents[2] / "app"


def scan(text: str):
    blocks = scan_markdown_blocks(text, LineIndex(text))
    return [(block.type, text[block.content_start : block.content_end]) for block in blocks], blocks


def test_markdown_it_is_imported_by_one_module_only():
    importers = [
        path.relative_to(APP_DIR).as_posix()
        for path in APP_DIR.rglob("*.py")
        if "import markdown_it" in path.read_text(encoding="utf-8")
        or "from markdown_it" in path.read_text(encoding="utf-8")
    ]
    assert importers == ["sections/blocks_markdown.py"]


def test_headings_paragraphs_and_items_with_spans_without_markup():
    text = "# Title\n\n## **4. Key Principles**\n\nSome *text* here.\n\n- first\n- second\n"
    found, blocks = scan(text)
    assert found == [
        ("heading", "Title"),
        ("heading", "4. Key Principles"),
        ("paragraph", "Some *text* here."),
        ("list_item", "first"),
        ("list_item", "second"),
    ]
    assert [block.markup_level for block in blocks[:2]] == [1, 2]
    assert blocks[1].start == text.index("##")
    assert all(block.end <= following.start for block, following in itertools.pairwise(blocks))


def test_nested_items_are_blocks_of_their_own_and_clip_their_parent():
    text = "- parent item\n  - child item\n- next item\n"
    found, blocks = scan(text)
    assert found == [
        ("list_item", "parent item"),
        ("list_item", "child item"),
        ("list_item", "next item"),
    ]
    assert [block.depth for block in blocks] == [1, 2, 1]
    assert blocks[0].end == blocks[1].start


def test_a_lone_numbered_item_is_marked_as_such():
    _found, blocks = scan("Intro text.\n\n4. Corporate Parenting\n\nBody text.\n")
    assert blocks[1].type == "list_item" and blocks[1].ordered and blocks[1].sole_item


def test_lines_pasted_without_blank_lines_become_paragraphs_of_their_own():
    text = "Scope of this chapter\nThis chapter applies to all staff.\nAmendment\nIt was revised.\n"
    found, _blocks = scan(text)
    assert [content for _type, content in found] == [
        "Scope of this chapter",
        "This chapter applies to all staff.",
        "Amendment",
        "It was revised.",
    ]


def test_lazy_lines_after_a_list_become_paragraphs_again():
    text = "- Children Act 1989;\n- Children Act 2004.\nThe key outcomes for children are these.\n"
    found, _blocks = scan(text)
    assert found[-1] == ("paragraph", "The key outcomes for children are these.")
    assert found[1] == ("list_item", "Children Act 2004.")


def test_setext_headings_and_rules():
    found, blocks = scan("Values\n------\n\nText.\n\n***\n\nMore text.\n")
    assert found == [("heading", "Values"), ("paragraph", "Text."), ("paragraph", "More text.")]
    assert blocks[0].markup_level == 2


def test_raw_html_is_text_not_markup():
    found, _blocks = scan("<div>Scope of this chapter</div>\n\nText.\n")
    assert found[0] == ("paragraph", "<div>Scope of this chapter</div>")


def test_bullets_markdown_does_not_know_are_items_without_their_bullet():
    found, blocks = scan("Legislation includes:\n\n  • Children Act 1989;\n  • Children Act 2004\n")
    assert found == [
        ("paragraph", "Legislation includes:"),
        ("list_item", "Children Act 1989;"),
        ("list_item", "Children Act 2004"),
    ]
    assert [block.depth for block in blocks] == [0, 1, 1]


def test_a_sentence_over_a_dashed_line_stays_a_paragraph():
    found, _blocks = scan("We will always listen to children and act on it.\n---\n\nNext.\n")
    assert found[0] == ("paragraph", "We will always listen to children and act on it.")
