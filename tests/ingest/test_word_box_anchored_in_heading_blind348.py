"""A call-out text box anchored in a heading's paragraph is read after that heading, inside the
section it opens, not before it at the end of the section above (decision 0513). Boxes
anchored in body paragraphs keep their place before the paragraph."""

from __future__ import annotations

from docx.oxml import parse_xml

from app.ingest import read_source
from tests.documents import new_word, word_bytes

NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
SIDE_NOTE = [
    "Quick guide",
    "Young people who leave our care may ask for an adviser until they turn 25.",
]


def _run(text: str, bold: bool = False) -> str:
    properties = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{properties}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _floating_box(lines: list[str]) -> str:
    """A run holding a box floated at the margin (text wraps around it), with its VML copy."""
    inner = "".join(f"<w:p>{_run(line)}</w:p>" for line in lines)
    return (
        "<w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="3" name="Side note"/><a:graphic><a:graphicData uri="wps">'
        f"<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent>"
        "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def _text(document: object) -> str:
    return read_source(word_bytes(document), "chapter.docx").text  # type: ignore[arg-type]


def _chapter_around(anchor_xml: str) -> object:
    document = new_word()
    document.add_heading("Policies, Values and Principles", 0)
    document.add_heading("Who this is for", 1)
    document.add_paragraph("Every worker in the family support service reads this chapter.")
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(f"<w:p {NAMESPACES}>{anchor_xml}</w:p>"))
    document.add_paragraph("A permanence plan is in place within five months.")
    return document


def test_a_box_anchored_in_a_styled_heading_is_read_after_the_heading() -> None:
    text = _text(
        _chapter_around(
            '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>'
            + _run("How we plan")
            + _floating_box(SIDE_NOTE)
        )
    )

    heading = text.index("## How we plan")
    assert text.index("Quick guide") > heading
    assert text.index("until they turn 25") > heading
    assert text.index("until they turn 25") < text.index("A permanence plan")


def test_a_box_anchored_before_the_words_of_a_heading_set_by_outline_level_follows_it() -> None:
    text = _text(
        _chapter_around(
            '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>'
            + _floating_box(SIDE_NOTE)
            + _run("How we plan")
        )
    )

    assert text.index("until they turn 25") > text.index("How we plan")


def test_a_box_anchored_in_a_bold_heading_line_typed_by_hand_follows_it() -> None:
    text = _text(_chapter_around(_run("How we plan", bold=True) + _floating_box(SIDE_NOTE)))

    assert text.index("until they turn 25") > text.index("**How we plan**")


def test_a_box_anchored_in_a_body_paragraph_is_still_read_before_that_paragraph() -> None:
    text = _text(
        _chapter_around(
            _run("Plans are written with the family and shared with them.")
            + _floating_box(SIDE_NOTE)
        )
    )

    assert text.index("until they turn 25") < text.index("Plans are written with the family")
    assert text.index("until they turn 25") > text.index("Every worker in the family")
