"""Footnotes and endnotes of a Word file are read where their reference marks stand (decision
0087): after the sentence whose end the mark stands at (decision 0595), else at the end of the
paragraph holding the mark, after a heading that holds one, after the list when a list item or
the paragraph introducing a list holds one."""

from __future__ import annotations

import io
import re
import zipfile

from docx.document import Document as WordDocument

from app.ingest import read_source
from tests.documents import new_word, word_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NOTE_TYPES = {
    "footnote": "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
    "endnote": "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
}
RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}s"
MARK = re.compile(r"\[(footnote|endnote):(\d+)\]</w:t></w:r>")


def _with_notes(data: bytes, notes: dict[str, dict[int, str]]) -> bytes:
    """The Word file with each "[footnote:N]" ending a run replaced by a reference to note N,
    and the notes' parts added."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/document.xml":
                content = MARK.sub(
                    lambda m: f'</w:t></w:r><w:r><w:{m[1]}Reference w:id="{m[2]}"/></w:r>',
                    content.decode(),
                ).encode()
            elif item.filename == "word/_rels/document.xml.rels":
                added = "".join(
                    f'<Relationship Id="rIdNote{kind}" Type="{RELATIONSHIP.format(kind=kind)}" '
                    f'Target="{kind}s.xml"/>'
                    for kind in notes
                )
                content = content.replace(b"</Relationships>", added.encode() + b"</Relationships>")
            elif item.filename == "[Content_Types].xml":
                added = "".join(
                    f'<Override PartName="/word/{kind}s.xml" ContentType="{NOTE_TYPES[kind]}"/>'
                    for kind in notes
                )
                content = content.replace(b"</Types>", added.encode() + b"</Types>")
            target.writestr(item, content)
        for kind, texts in notes.items():
            body = "".join(
                f'<w:{kind} w:id="{number}"><w:p><w:r><w:{kind}Ref/></w:r>'
                f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:{kind}>'
                for number, text in texts.items()
            )
            separator = f'<w:{kind} w:type="separator" w:id="-1"><w:p/></w:{kind}>'
            target.writestr(
                f"word/{kind}s.xml", f'<w:{kind}s xmlns:w="{W}">{separator}{body}</w:{kind}s>'
            )
    return buffer.getvalue()


def _paragraph(document: WordDocument, *runs: str) -> None:
    paragraph = document.add_paragraph()
    for run in runs:
        paragraph.add_run(run)


def test_notes_are_read_where_their_marks_stand() -> None:
    document = new_word()
    document.add_paragraph("Policies and Values", style="Title")
    heading = document.add_heading("", level=1)
    heading.add_run("Leaving care")
    heading.add_run("[footnote:3]")
    _paragraph(
        document,
        "Every care leaver has a personal adviser until they are 21.[footnote:1]",
        " Advisers keep in touch.",
    )
    _paragraph(document, "Our duties come from these Acts:[footnote:2]")
    document.add_paragraph("Children Act 1989[endnote:1]", style="List Bullet")
    document.add_paragraph("Children Act 2004", style="List Bullet")
    document.add_paragraph("Plans are reviewed twice a year.")
    data = _with_notes(
        word_bytes(document),
        {
            "footnote": {
                1: "They can ask for an adviser until they are 25.",
                2: "Each as amended.",
                3: "See also the local offer.",
                4: "A note no mark points to.",
            },
            "endnote": {1: "Part 3 in particular."},
        },
    )

    blocks = read_source(data, "chapter.docx").text.split("\n\n")

    assert blocks == [
        "# Policies and Values",
        "## Leaving care",
        "See also the local offer.",
        "Every care leaver has a personal adviser until they are 21. They can ask for an "
        "adviser until they are 25. Advisers keep in touch.",
        "Our duties come from these Acts:",
        "- Children Act 1989",
        "- Children Act 2004",
        "Each as amended.",
        "Part 3 in particular.",
        "Plans are reviewed twice a year.",
    ]


def test_a_file_without_note_parts_reads_as_before() -> None:
    document = new_word()
    document.add_paragraph("Every care leaver has a personal adviser until they are 21.")

    text = read_source(word_bytes(document), "chapter.docx").text

    assert text == "Every care leaver has a personal adviser until they are 21."
