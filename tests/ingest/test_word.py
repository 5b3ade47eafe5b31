"""Word files read as Word shows them: headings, list numbers, tables, tracked changes."""

from __future__ import annotations

import io
import random
import re
import zipfile

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.analysis import analyze
from app.errors import (
    CorruptDocument,
    DocumentTooComplex,
    EmptySource,
    EncryptedDocument,
    InvalidSource,
    UnsupportedMediaType,
)
from app.families import get_family
from app.ingest import archive, read_source
from tests.documents import (
    NumberingLevel,
    abstract_of,
    add_hyperlink,
    add_numbering,
    add_xml_paragraph,
    new_word,
    numbered,
    word_bytes,
)

CHAPTER_TITLE = "Children's Services Policies, Values and Principles"


def _chapter() -> bytes:
    """A chapter with numbered headings, lists of each kind, a table and running text."""
    document = new_word(header="Riverton Council Procedures Manual", footer="Printed copies expire")
    document.add_paragraph(CHAPTER_TITLE, style="Title")
    headings = add_numbering(document, [NumberingLevel("decimal", "%1.")])
    numbered(document.add_heading("Introduction", level=1), headings)
    document.add_paragraph(
        "This policy describes how the council works with children, young people and their "
        "families. It rests on the following legislation:"
    )
    laws = add_numbering(
        document, [NumberingLevel("decimal", "%1."), NumberingLevel("lowerLetter", "(%2)")]
    )
    numbered(document.add_paragraph("Children Act 1989;"), laws)
    numbered(document.add_paragraph("section 17, children in need;"), laws, 1)
    numbered(document.add_paragraph("section 20, accommodation;"), laws, 1)
    numbered(document.add_paragraph("Children and Families Act 2014;"), laws)
    numbered(document.add_paragraph("part 3, special educational needs."), laws, 1)
    numbered(document.add_heading("Our Values", level=1), headings)
    document.add_paragraph("We put children first.", style="List Bullet")
    document.add_paragraph("We work openly with families.", style="List Bullet")
    numbered(document.add_heading("Corporate Parenting", level=1), headings)
    document.add_paragraph(
        "Every part of the council shares the duty of a good parent to the children it looks "
        "after, and to care leavers until they are 25."
    )
    table = document.add_table(rows=3, cols=2)
    for row, (age, support) in enumerate(
        [("Age", "Support"), ("18", "A personal adviser"), ("21", "Help with education costs")]
    ):
        table.cell(row, 0).text = age
        table.cell(row, 1).text = support
    return word_bytes(document)


def test_a_chapter_reads_as_markdown_with_headings_numbers_and_tables() -> None:
    source = read_source(_chapter(), "chapter.docx")

    assert (source.source_format, source.text_syntax, source.encoding) == ("docx", "markdown", "")
    assert source.text == (
        f"# {CHAPTER_TITLE}\n\n"
        "## 1. Introduction\n\n"
        "This policy describes how the council works with children, young people and their "
        "families. It rests on the following legislation:\n\n"
        "1. Children Act 1989;\n\n"
        "   - (a) section 17, children in need;\n\n"
        "   - (b) section 20, accommodation;\n\n"
        "2. Children and Families Act 2014;\n\n"
        "   - (a) part 3, special educational needs.\n\n"
        "## 2. Our Values\n\n"
        "- We put children first.\n\n"
        "- We work openly with families.\n\n"
        "## 3. Corporate Parenting\n\n"
        "Every part of the council shares the duty of a good parent to the children it looks "
        "after, and to care leavers until they are 25.\n\n"
        "Age | Support\n"
        "18 | A personal adviser\n"
        "21 | Help with education costs"
    )


def test_the_original_bytes_are_kept_unchanged() -> None:
    data = _chapter()
    source = read_source(data, "chapter.docx")
    assert source.data == data


def _without_numbering_part(data: bytes) -> bytes:
    """The same Word file with its list definitions left out, as LibreOffice writes a file
    that has no lists: no numbering part, no relationship to it, no content type for it."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            if item.filename == "word/numbering.xml":
                continue
            content = source.read(item.filename)
            if item.filename in ("word/_rels/document.xml.rels", "[Content_Types].xml"):
                text = content.decode("utf-8")
                text = re.sub(r"<(Relationship|Override)\b[^>]*numbering[^>]*/>", "", text)
                content = text.encode("utf-8")
            target.writestr(item, content)
    return out.getvalue()


def test_a_word_file_without_list_definitions_is_read_not_refused_as_damaged() -> None:
    document = new_word()
    document.add_heading("Our Values", level=1)
    document.add_paragraph("We listen to children and act on what they tell us.")
    data = _without_numbering_part(word_bytes(document))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert "word/numbering.xml" not in archive.namelist()
    text = read_source(data, "values.docx").text
    assert text == "## Our Values\n\nWe listen to children and act on what they tell us."


def test_page_headers_and_footers_are_not_read() -> None:
    text = read_source(_chapter(), "chapter.docx").text
    assert "Riverton Council Procedures Manual" not in text
    assert "Printed copies expire" not in text


def test_sections_follow_the_word_headings() -> None:
    analyzed = analyze(read_source(_chapter(), "chapter.docx"), get_family(None))

    assert analyzed.outline.title == CHAPTER_TITLE
    assert [(s.kind, s.heading, s.number) for s in analyzed.outline.sections] == [
        ("title", CHAPTER_TITLE, None),
        ("introduction", "1. Introduction", "1"),
        ("values", "2. Our Values", "2"),
        ("corporate_parenting", "3. Corporate Parenting", "3"),
    ]
    legislation = analyzed.fact("legislation_count")
    assert legislation is not None and legislation.value == 2


def test_list_numbers_follow_start_values_formats_levels_and_restarts() -> None:
    document = new_word()
    roman = add_numbering(
        document,
        [NumberingLevel("upperRoman", "%1.", start=4), NumberingLevel("decimal", "%1.%2")],
    )
    numbered(document.add_paragraph("Fourth principle"), roman)
    numbered(document.add_paragraph("first detail"), roman, 1)
    numbered(document.add_paragraph("second detail"), roman, 1)
    numbered(document.add_paragraph("Fifth principle"), roman)
    numbered(document.add_paragraph("detail again from one"), roman, 1)
    document.add_paragraph("Between the lists.")
    continued = add_numbering(document, [], abstract_id=abstract_of(document, roman))
    numbered(document.add_paragraph("Sixth principle, same list"), continued)
    restarted = add_numbering(
        document, [], abstract_id=abstract_of(document, roman), start_overrides={0: 1}
    )
    numbered(document.add_paragraph("A new list from one"), restarted)
    letters = add_numbering(
        document,
        [NumberingLevel("decimal", "%1)"), NumberingLevel("lowerLetter", "%2.", restart_after=0)],
    )
    numbered(document.add_paragraph("one"), letters)
    numbered(document.add_paragraph("a never restarts"), letters, 1)
    numbered(document.add_paragraph("two"), letters)
    numbered(document.add_paragraph("b carries on"), letters, 1)

    text = read_source(word_bytes(document), "lists.docx").text

    assert text.split("\n\n") == [
        "- IV. Fourth principle",
        "  - IV.1 first detail",
        "  - IV.2 second detail",
        "- V. Fifth principle",
        "  - V.1 detail again from one",
        "Between the lists.",
        "- VI. Sixth principle, same list",
        "- I. A new list from one",
        "1) one",
        "   - a. a never restarts",
        "2) two",
        "   - b. b carries on",
    ]


def test_numbers_shown_in_several_levels_make_numbered_paragraphs() -> None:
    document = new_word()
    outline = add_numbering(
        document, [NumberingLevel("decimal", "%1."), NumberingLevel("decimal", "%1.%2")]
    )
    numbered(document.add_paragraph("Key Principles"), outline)
    numbered(document.add_paragraph("Families come first."), outline, 1)
    numbered(document.add_paragraph("Kinship care is explored early."), outline, 1)

    text = read_source(word_bytes(document), "principles.docx").text

    assert text.split("\n\n") == [
        "1. Key Principles",
        "1.1 Families come first.",
        "1.2 Kinship care is explored early.",
    ]


def test_headings_come_from_styles_based_on_headings_and_from_outline_levels() -> None:
    document = new_word()
    custom = document.styles.add_style("Council Section", WD_STYLE_TYPE.PARAGRAPH)
    custom.base_style = document.styles["Heading 2"]
    document.add_paragraph("Our Vision", style="Council Section")
    outlined = document.add_paragraph("How We Work")
    outlined._p.get_or_add_pPr().append(
        docx.oxml.parse_xml(f'<w:outlineLvl {docx.oxml.ns.nsdecls("w")} w:val="0"/>')
    )
    document.add_paragraph("We plan with families, not for them.")

    text = read_source(word_bytes(document), "vision.docx").text

    assert text.split("\n\n") == [
        "### Our Vision",
        "## How We Work",
        "We plan with families, not for them.",
    ]


def test_tracked_changes_hidden_text_and_links_read_as_the_document_now_stands() -> None:
    document = new_word()
    add_xml_paragraph(
        document,
        '<w:r><w:t xml:space="preserve">Care leavers are supported until they are </w:t></w:r>'
        '<w:del w:id="1" w:author="Editor"><w:r><w:delText>21</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="Editor"><w:r><w:t>25</w:t></w:r></w:ins>'
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> (draft note)</w:t></w:r>'
        "<w:r><w:t>.</w:t></w:r>",
    )
    paragraph = document.add_paragraph("Read the ")
    add_hyperlink(paragraph, "statutory guidance", "https://example.org/guidance")
    paragraph.add_run(" for more.")

    text = read_source(word_bytes(document), "changes.docx").text

    assert text == (
        "Care leavers are supported until they are 25.\n\nRead the statutory guidance for more."
    )


def test_text_that_looks_like_markup_is_escaped() -> None:
    document = new_word()
    document.add_paragraph("1. Typed by hand, not a Word list.")
    document.add_paragraph("- a dash typed at the start")
    document.add_paragraph("# of referrals this year")
    document.add_paragraph("2024. The year the plan was renewed.")

    text = read_source(word_bytes(document), "typed.docx").text

    assert text.split("\n\n") == [
        "1\\. Typed by hand, not a Word list.",
        "\\- a dash typed at the start",
        "\\# of referrals this year",
        "2024\\. The year the plan was renewed.",
    ]


def test_a_paragraph_in_bold_is_marked_strong_and_read_as_a_heading() -> None:
    document = new_word()
    document.add_paragraph(CHAPTER_TITLE)
    document.add_paragraph().add_run("Information Sharing and Confidentiality").bold = True
    document.add_paragraph(
        "Information about children is shared only where the law allows it and with care."
    )

    source = read_source(word_bytes(document), "bold.docx")
    outline = analyze(source, get_family(None)).outline

    assert "**Information Sharing and Confidentiality**" in source.text
    assert [s.kind for s in outline.sections] == ["title", "information_sharing"]


def test_a_one_column_table_is_read_as_the_paragraphs_it_frames() -> None:
    document = new_word()
    box = document.add_table(rows=1, cols=1)
    box.cell(0, 0).text = "Scope of this chapter"
    box.cell(0, 0).add_paragraph("This chapter applies to all staff.")

    text = read_source(word_bytes(document), "box.docx").text

    assert text.split("\n\n") == ["Scope of this chapter", "This chapter applies to all staff."]


# --- hostile and broken files ----------------------------------------------------------------


def _zip(parts: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_zip_bomb_named_docx_is_refused_before_it_is_inflated() -> None:
    bomb = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * 50_000_000})
    assert len(bomb) < 100_000

    with pytest.raises(DocumentTooComplex, match=r"compression bomb.*To fix"):
        read_source(bomb, "chapter.docx")


def test_an_archive_of_too_many_parts_is_refused() -> None:
    parts = {f"word/media/image{i}.png": b"x" for i in range(2_100)}
    parts["word/document.xml"] = b"<w:document/>"
    with pytest.raises(DocumentTooComplex, match=r"2,101 parts"):
        read_source(_zip(parts, zipfile.ZIP_STORED), "chapter.docx")


def test_an_archive_that_inflates_past_the_total_bound_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(archive, "MAX_UNCOMPRESSED_BYTES", 1_000_000)
    parts = {f"word/media/image{i}.png": random.Random(i).randbytes(300_000) for i in range(4)}
    parts["word/document.xml"] = b"<w:document/>"
    with pytest.raises(DocumentTooComplex, match=r"would inflate to 1,200,013 bytes"):
        read_source(_zip(parts), "chapter.docx")


@pytest.mark.parametrize("keep", [0.3, 0.9, 0.999])
def test_a_truncated_word_file_is_refused_as_damaged(keep: float) -> None:
    data = _chapter()
    with pytest.raises(CorruptDocument, match=r"Word file is damaged.*To fix"):
        read_source(data[: int(len(data) * keep)], "chapter.docx")


def test_a_word_file_with_broken_xml_is_refused_as_damaged() -> None:
    with zipfile.ZipFile(io.BytesIO(_chapter())) as original:
        parts = {name: original.read(name) for name in original.namelist()}
    parts["word/document.xml"] = parts["word/document.xml"][:-200]
    with pytest.raises(CorruptDocument, match="damaged"):
        read_source(_zip(parts), "chapter.docx")


def test_a_zip_with_a_document_part_but_no_package_is_refused_as_damaged() -> None:
    with pytest.raises(CorruptDocument, match="damaged"):
        read_source(_zip({"word/document.xml": b"<w:document/>"}), "chapter.txt")


def test_a_password_protected_word_file_is_refused_as_encrypted() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500
    data = ole + "EncryptedPackage".encode("utf-16-le") + b"\0" * 500
    with pytest.raises(EncryptedDocument, match=r"password-protected.*To fix: open it in Word"):
        read_source(data, "chapter.docx")


def test_other_office_files_are_refused_by_name() -> None:
    workbook = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
    with pytest.raises(UnsupportedMediaType, match="an Excel workbook"):
        read_source(workbook, "chapter.xlsx")


def test_a_word_file_with_no_body_text_is_refused_as_empty() -> None:
    document = new_word(header="Only a header here")
    with pytest.raises(EmptySource, match="no text in its body"):
        read_source(word_bytes(document), "empty.docx")


def test_text_declared_as_word_is_refused() -> None:
    with pytest.raises(InvalidSource, match="declared as a Word"):
        read_source(b"Plain words, not a Word file.", "notes.txt", "docx")


# --- properties ------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "children",
        "families",
        "council",
        "care",
        "leavers",
        "plan",
        "values",
        "parent",
        "support",
        "review",
        "1.",
        "2)",
        "-",
        "#",
        ">",
        "Corporate",
        "Parenting",
        "Our",
        "Values",
        "Introduction",
        "25",
        "21",
        "months",
        "looked",
        "after",
        "Act",
        "1989",
        "**",
    ]
)
_TEXTS = st.lists(_WORDS, min_size=1, max_size=14).map(" ".join)
_BLOCKS = st.lists(
    st.tuples(
        st.sampled_from(["title", "h1", "h2", "p", "bold", "bullet", "number", "sub"]), _TEXTS
    ),
    min_size=1,
    max_size=12,
)


def _generated(blocks: list[tuple[str, str]]) -> bytes:
    document = new_word(header="Header words")
    number = add_numbering(
        document, [NumberingLevel("decimal", "%1."), NumberingLevel("lowerRoman", "%2)")]
    )
    for kind, text in blocks:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind in ("h1", "h2"):
            document.add_heading(text, level=int(kind[1]))
        elif kind == "bold":
            document.add_paragraph().add_run(text).bold = True
        elif kind == "bullet":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "number":
            numbered(document.add_paragraph(text), number)
        elif kind == "sub":
            numbered(document.add_paragraph(text), number, 1)
        else:
            document.add_paragraph(text)
    return word_bytes(document)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_BLOCKS)
def test_any_word_document_analyses_into_sections_that_tile_its_text(
    blocks: list[tuple[str, str]],
) -> None:
    source = read_source(_generated(blocks), "generated.docx")
    analyzed = analyze(source, get_family(None))

    assert "".join(section.text for section in analyzed.outline.sections) == source.text
    for fact in analyzed.facts:
        for evidence in fact.evidence:
            assert source.text[evidence.start : evidence.end] == evidence.quote
    assert "Header words" not in source.text


def test_a_legacy_word_file_is_refused_with_how_to_convert_it() -> None:
    legacy = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000 + "WordDocument".encode("utf-16-le")
    with pytest.raises(UnsupportedMediaType, match=r"legacy Microsoft Office.*save it as \.docx"):
        read_source(legacy, "chapter.doc")


def test_headings_numbered_through_their_styles_keep_their_numbers() -> None:
    document = new_word()
    outline = add_numbering(
        document, [NumberingLevel("decimal", "%1."), NumberingLevel("decimal", "%1.%2")]
    )
    for style_name, level in (("Heading 1", 0), ("Heading 2", 1)):
        properties = document.styles[style_name].element.get_or_add_pPr()
        properties.append(
            docx.oxml.parse_xml(
                f'<w:numPr {docx.oxml.ns.nsdecls("w")}><w:ilvl w:val="{level}"/>'
                f'<w:numId w:val="{outline}"/></w:numPr>'
            )
        )
    document.add_heading("Introduction", level=1)
    document.add_heading("Who this covers", level=2)
    document.add_heading("What the law asks", level=2)
    document.add_heading("Key Principles", level=1)
    document.add_heading("Families first", level=2)

    text = read_source(word_bytes(document), "outline.docx").text

    assert text.split("\n\n") == [
        "## 1. Introduction",
        "### 1.1 Who this covers",
        "### 1.2 What the law asks",
        "## 2. Key Principles",
        "### 2.1 Families first",
    ]


def test_an_entity_expansion_bomb_in_the_document_part_is_refused_quickly() -> None:
    with zipfile.ZipFile(io.BytesIO(_chapter())) as original:
        parts = {name: original.read(name) for name in original.namelist()}
    entities = '<!ENTITY a "care care care care care care care care care care">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{f"&{chr(97 + i)};" * 10}">' for i in range(9)
    )
    head, body = parts["word/document.xml"].decode().split("?>", 1)
    body = body.replace("This policy describes", "&j; This policy describes", 1)
    parts["word/document.xml"] = f"{head}?><!DOCTYPE w:document [{entities}]>{body}".encode()

    with pytest.raises(CorruptDocument, match="damaged"):
        read_source(_zip(parts), "laughs.docx")
