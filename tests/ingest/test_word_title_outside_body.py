"""A Word chapter whose body prints no title: the title kept in the document's properties (read
as the title line) or in its page header (never read), the body opening at its first numbered
section or its contents (blind round 53, decision 0105); and headings given as Word's linked
character style ("Heading 1 Char") on the runs of a Normal paragraph. Each passage is in our
own words."""

from __future__ import annotations

from docx.document import Document as WordDocument
from docx.shared import Pt

from app.ingest import read_source
from tests.documents import new_word, word_bytes

TITLE = "Fostering Services: Our Values"


def _numbered_body(document: WordDocument) -> None:
    document.add_paragraph("1. Introduction", style="Heading 1")
    document.add_paragraph("Our carers look after children when they cannot live at home.")
    document.add_paragraph("2. What we believe", style="Heading 1")
    document.add_paragraph("Children should grow up with people who love them.")


def _blocks(document: WordDocument) -> list[str]:
    return read_source(word_bytes(document), "chapter.docx").text.split("\n\n")


def test_the_title_property_is_the_title_line_of_a_body_opening_at_section_one() -> None:
    document = new_word(header="Brisley Heath Council")
    document.core_properties.title = TITLE
    _numbered_body(document)

    assert _blocks(document)[:3] == [f"# {TITLE}", "## 1. Introduction", _blocks(document)[2]]


def test_the_page_header_is_never_the_title_line() -> None:
    # running headers are never the chapter's text (SPEC), even where they hold its title
    document = new_word(header=TITLE, footer="Brisley Heath Council")
    _numbered_body(document)

    assert _blocks(document)[0] == "## 1. Introduction"
    assert TITLE not in "\n".join(_blocks(document))


def test_a_file_name_or_the_council_in_the_title_property_names_no_title() -> None:
    for title in ("Microsoft Word - fostering values v3.docx", "Brisley Heath Borough Council"):
        document = new_word()
        document.core_properties.title = title
        _numbered_body(document)

        assert _blocks(document)[0] == "## 1. Introduction"


def test_a_body_with_its_own_title_or_opening_with_prose_takes_nothing_from_outside() -> None:
    titled = new_word(header="Children's Services Procedures")
    titled.core_properties.title = "Old title"
    titled.add_paragraph(TITLE, style="Title")
    _numbered_body(titled)
    prose = new_word(header=TITLE)
    prose.add_paragraph("This chapter says what our foster carers can expect from us.")
    _numbered_body(prose)

    assert _blocks(titled)[0] == f"# {TITLE}"
    assert "Old title" not in "\n".join(_blocks(titled))
    assert _blocks(prose)[0] == "This chapter says what our foster carers can expect from us."


def test_a_contents_label_at_the_top_opens_a_body_without_a_title() -> None:
    document = new_word()
    document.core_properties.title = TITLE
    document.add_paragraph("Contents", style="Heading 1")
    document.add_paragraph("1. Introduction")
    _numbered_body(document)

    assert _blocks(document)[:2] == [f"# {TITLE}", "## Contents"]


def test_a_paragraph_whose_runs_all_carry_heading_1_char_is_a_heading() -> None:
    document = new_word()
    document.add_paragraph(TITLE, style="Title")
    # a heading of a house style in larger type than Heading 1 (as 5306's "Heading 1 Char1"):
    # by type size alone the linked character style's smaller heading would rank under it
    document.add_paragraph().add_run("Our promise to carers").font.size = Pt(18)
    document.add_paragraph("We answer every call within a day.")
    heading = document.add_paragraph()
    heading.add_run("Who this chapter ", style="Heading 1 Char")
    heading.add_run("is for", style="Heading 1 Char")
    document.add_paragraph("Every fostering social worker and every carer.")
    mixed = document.add_paragraph("We call this ")
    mixed.add_run("Our promise", style="Heading 1 Char")
    sentence = document.add_paragraph()
    sentence.add_run("We keep children's records safe.", style="Heading 1 Char")

    blocks = _blocks(document)

    assert blocks[1] == "## Our promise to carers"
    assert blocks[3] == "## Who this chapter is for"
    assert "We call this Our promise" in blocks
    assert not any(block.startswith("#") and "records" in block for block in blocks)
