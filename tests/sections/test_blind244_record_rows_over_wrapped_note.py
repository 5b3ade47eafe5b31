"""Blind round 244 (decision 0368): a record of the page's fields drawn as a table under the
title stays with the title even when the reader parts its rows into two blocks and the
chapter's amendment note after it is wrapped over two lines, as a text-mode browser sets it;
the note opens the scope section (decision 0347). Texts are our own."""

from app.ingest import read_source
from app.sections import Outline
from tests.sections.helpers import assert_tiles, outline_of


def _outline(text: str) -> Outline:
    source = read_source(text.encode("utf-8"), "page.txt")
    return outline_of(source.text, source.text_syntax)


def test_a_drawn_record_stays_with_the_title_over_a_wrapped_note() -> None:
    text = (
        "              Fostering Values and Principles\n\n"
        "   +---------------------------------------------+\n"
        "   | Owner        | Head of Fostering            |\n"
        "   |--------------+------------------------------|\n"
        "   | Issue        | 3.1                          |\n"
        "   |--------------+------------------------------|\n"
        "   | Next review  | October 2027                 |\n"
        "   +---------------------------------------------+\n\n"
        "   This chapter was revised in May 2026 to add the new allowances for\n"
        "   carers and to bring the training section up to date.\n\n"
        "The law we work under\n\n"
        "   Our fostering service works within the Children Act 1989 and the Fostering\n"
        "   Services (England) Regulations 2011.\n\n"
        "What we value\n\n"
        "   We are honest with carers and children, and we keep our promises to them.\n"
    )
    outline = _outline(text)
    kinds = [section.kind for section in outline.sections]
    assert kinds[:2] == ["title", "scope"]
    assert "Next review" in outline.sections[0].text
    assert outline.sections[1].text.lstrip().startswith("This chapter was revised in May 2026")
    assert_tiles(outline)
