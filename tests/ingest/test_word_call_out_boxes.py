"""Text boxes in a Word chapter's body that hold sentences are call-outs, read where they are
anchored (decision 0205); a box beside the text holding a label alone stays a side note.

Written for this test in our own words."""

from __future__ import annotations

from tests.documents import new_word
from tests.ingest.test_word_marks_boxes_placeholders import _body_xml, _box_paragraph, _text


def _opening(document: object) -> None:
    document.add_heading("Policies, Values and Principles", 0)  # type: ignore[attr-defined]
    document.add_heading("Introduction", 1)  # type: ignore[attr-defined]
    document.add_paragraph("This chapter sets out how we work with families.")  # type: ignore[attr-defined]
    document.add_heading("How we work", 1)  # type: ignore[attr-defined]


BESIDE = '<wp:wrapSquare wrapText="bothSides"/>'


def test_a_call_out_beside_the_text_holding_a_sentence_is_read_in_place() -> None:
    document = new_word()
    _opening(document)
    _body_xml(
        document,
        _box_paragraph(
            ["Our practice model is Open Doors: we listen first and plan with families."],
            wrap=BESIDE,
        ),
    )
    document.add_paragraph("Every team has a practice lead.")

    text = _text(document)

    assert text.count("Our practice model is Open Doors") == 1
    assert text.index("How we work") < text.index("Open Doors") < text.index("practice lead")


def test_a_box_beside_the_text_holding_a_short_label_is_not_read() -> None:
    document = new_word()
    _opening(document)
    _body_xml(document, _box_paragraph(["See also: our leaflet."], wrap=BESIDE))
    document.add_paragraph("Every team has a practice lead.")

    assert "leaflet" not in _text(document)
