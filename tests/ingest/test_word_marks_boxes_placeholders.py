"""Word internals of blind round 83 (decision 0143): a tracked deletion of a paragraph mark, a
text box standing in the flow as a heading, and a content control showing its placeholder."""

from __future__ import annotations

from docx.oxml import parse_xml

from app.ingest import read_source
from tests.documents import add_xml_paragraph, new_word, word_bytes

NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
DELETED_MARK = '<w:pPr><w:rPr><w:del w:id="9" w:author="Editor"/></w:rPr></w:pPr>'


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _text(document: object) -> str:
    return read_source(word_bytes(document), "chapter.docx").text  # type: ignore[arg-type]


def _body_xml(document: object, xml: str) -> None:
    body = document.element.body  # type: ignore[attr-defined]
    body.insert(len(body) - 1, parse_xml(xml))


def _box_paragraph(lines: list[str], wrap: str = "<wp:wrapTopAndBottom/>", own: str = "") -> str:
    inner = "".join(f"<w:p>{_run(line)}</w:p>" for line in lines)
    return (
        f"<w:p {NAMESPACES}>{_run(own) if own else ''}<w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        f'{wrap}<wp:docPr id="1" name="Box"/><a:graphic><a:graphicData uri="wps">'
        f"<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent>"
        "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )


def _opening(document: object) -> None:
    document.add_heading("Policies, Values and Principles", 0)  # type: ignore[attr-defined]
    document.add_paragraph("We wrote this chapter with the families we work with.")  # type: ignore[attr-defined]


def test_a_paragraph_whose_mark_is_deleted_runs_on_into_the_next() -> None:
    document = new_word()
    add_xml_paragraph(document, DELETED_MARK + _run("The plan is agreed at the second review, "))
    add_xml_paragraph(document, _run("within six months of the child coming into care."))

    assert _text(document) == (
        "The plan is agreed at the second review, within six months of the child coming into care."
    )


def test_deleted_marks_in_a_row_join_every_paragraph_and_the_next_keeps_its_style() -> None:
    document = new_word()
    add_xml_paragraph(document, DELETED_MARK + _run("Our "))
    add_xml_paragraph(document, DELETED_MARK)  # an empty paragraph, its mark deleted too
    add_xml_paragraph(document, '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' + _run("Values"))
    document.add_paragraph("We listen to children.")

    assert _text(document) == "## Our Values\n\nWe listen to children."


def test_a_deleted_mark_on_the_last_paragraph_leaves_it_as_it_is() -> None:
    document = new_word()
    document.add_paragraph("We listen to children.")
    add_xml_paragraph(document, DELETED_MARK + _run("End"))

    assert _text(document) == "We listen to children.\n\nEnd"


def test_a_moved_away_mark_joins_like_a_deleted_one_and_a_kept_mark_does_not() -> None:
    document = new_word()
    add_xml_paragraph(
        document,
        '<w:pPr><w:rPr><w:moveFrom w:id="3" w:author="Editor"/></w:rPr></w:pPr>' + _run("One, "),
    )
    add_xml_paragraph(document, _run("two."))
    add_xml_paragraph(
        document,
        '<w:pPr><w:rPr><w:ins w:id="4" w:author="Editor"/></w:rPr></w:pPr>' + _run("Three."),
    )
    document.add_paragraph("Four.")

    assert _text(document) == "One, two.\n\nThree.\n\nFour."


def test_a_text_box_in_the_flow_holding_one_line_is_read_once_where_it_stands() -> None:
    document = new_word()
    _opening(document)
    _body_xml(document, _box_paragraph(["A Shared Responsibility"]))
    document.add_paragraph("No single agency can keep children safe.")

    text = _text(document)

    assert text.count("A Shared Responsibility") == 1
    assert text.index("A Shared Responsibility") < text.index("No single agency")


def test_a_text_box_beside_the_text_or_in_words_holding_no_sentence_stays_a_side_note() -> None:
    document = new_word()
    _opening(document)
    _body_xml(
        document, _box_paragraph(["Beside the text"], wrap='<wp:wrapSquare wrapText="bothSides"/>')
    )
    _body_xml(
        document, _box_paragraph(["Anchored in words"], own="A paragraph with its own words.")
    )
    document.add_paragraph("No single agency can keep children safe.")

    text = _text(document)

    assert "Beside the text" not in text
    assert "Anchored in words" not in text
    assert "A paragraph with its own words." in text


def test_a_text_box_holding_sentences_is_read_once_where_it_is_anchored() -> None:
    """Decision 0205: a call-out's sentences are the chapter's words (its PDF prints them), so a
    box holding sentences is read where it is anchored, as 0143 left it unread no longer."""
    document = new_word()
    _opening(document)
    _body_xml(document, _box_paragraph(["Call us on the number below.", "We answer every day."]))
    document.add_paragraph("No single agency can keep children safe.")

    text = _text(document)

    assert text.count("Call us on the number below.") == 1
    assert text.index("Call us") < text.index("No single agency")


def test_a_content_control_showing_its_placeholder_is_not_read() -> None:
    document = new_word()
    add_xml_paragraph(
        document,
        _run("Version: ")
        + "<w:sdt><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>"
        + _run("Click or tap here to enter text.")
        + "</w:sdtContent></w:sdt>",
    )
    add_xml_paragraph(
        document,
        _run("Status: ")
        + "<w:sdt><w:sdtPr><w:dropDownList/></w:sdtPr><w:sdtContent>"
        + _run("Approved")
        + "</w:sdtContent></w:sdt>",
    )

    assert _text(document) == "Version:\n\nStatus: Approved"
