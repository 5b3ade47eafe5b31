"""Word paragraphs whose opening words alone are bold, wholly bold list items and paragraphs
set in italics by their runs, read as markdown writes them (decision 0251): "**Our promise.**
We will …", "- **Our values**", "*A council's byline*". The wording is our own."""

from __future__ import annotations

from app.ingest import read_source
from tests.documents import new_word, word_bytes


def _blocks(document: object) -> list[str]:
    return read_source(word_bytes(document), "chapter.docx").text.split("\n\n")  # type: ignore[arg-type]


def _lead(document: object, lead: str, rest: str, style: str | None = None) -> None:
    paragraph = document.add_paragraph(style=style)  # type: ignore[attr-defined]
    paragraph.add_run(lead).bold = True
    paragraph.add_run(rest)


def test_a_bold_lead_in_is_written_in_bold_before_its_plain_words() -> None:
    document = new_word()
    _lead(document, "Our promise.", " We will answer every letter within ten working days.")
    _lead(document, "Issue 4", " \u2014 revised after the panel met in the spring.")

    assert _blocks(document) == [
        "**Our promise.** We will answer every letter within ten working days.",
        "**Issue 4** \u2014 revised after the panel met in the spring.",
    ]


def test_bold_inside_a_word_or_after_plain_words_is_not_a_lead() -> None:
    document = new_word()
    _lead(document, "Every", "one of our carers has a supervising worker.")
    paragraph = document.add_paragraph("We ")
    paragraph.add_run("always").bold = True
    paragraph.add_run(" listen first.")

    assert _blocks(document) == [
        "Everyone of our carers has a supervising worker.",
        "We always listen first.",
    ]


def test_a_list_items_bold_lead_and_a_wholly_bold_item_keep_their_bold() -> None:
    document = new_word()
    document.add_paragraph("Our values", style="List Bullet").runs[0].bold = True
    _lead(document, "Respect:", " we treat every family fairly.", style="List Bullet")

    assert _blocks(document) == ["- **Our values**", "- **Respect:** we treat every family fairly."]


def test_a_paragraph_its_runs_set_in_italics_is_marked_but_not_a_styles_italics() -> None:
    document = new_word()
    document.add_paragraph("Fostering and Permanence", style="Title")
    document.add_paragraph().add_run("Westmere Borough Council, children's services").italic = True
    document.add_paragraph("Our service in brief", style="Subtitle")
    document.add_paragraph("This chapter describes how we find homes for children.")

    assert _blocks(document) == [
        "# Fostering and Permanence",
        "*Westmere Borough Council, children's services*",
        "Our service in brief",
        "This chapter describes how we find homes for children.",
    ]
