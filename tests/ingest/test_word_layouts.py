"""Word files laid out as councils' own templates and pasted pages lay them out: contents fields
with page numbers, sections in a two-column layout table, paragraphs broken by line breaks."""

from __future__ import annotations

from docx.document import Document as WordDocument
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from tests.documents import add_xml_paragraph, new_word, word_bytes


def _read(document: WordDocument) -> list[str]:
    return read_source(word_bytes(document), "chapter.docx").text.split("\n\n")


def _contents_entry(label: str, anchor: str, page: int) -> str:
    return (
        f'<w:hyperlink w:anchor="{anchor}"><w:r><w:t>{label}</w:t></w:r><w:r><w:tab/></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{page}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>'
    )


def test_contents_entries_lose_their_page_numbers_whatever_their_style() -> None:
    document = new_word()
    document.add_paragraph("Policies, Values and Principles", style="Title")
    add_xml_paragraph(
        document,
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + _contents_entry("Our values", "_Toc1", 2),
    )
    add_xml_paragraph(
        document,
        _contents_entry("Corporate parenting", "_Toc2", 14)
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    )
    add_xml_paragraph(
        document,
        '<w:r><w:t xml:space="preserve">Children come first (page </w:t></w:r>'
        '<w:fldSimple w:instr="PAGEREF _Toc1"><w:r><w:t>2</w:t></w:r></w:fldSimple>'
        "<w:r><w:t>).</w:t></w:r>",
    )

    blocks = _read(document)

    assert blocks[1:3] == ["Our values", "Corporate parenting"]
    assert blocks[-1] == "Children come first (page )."
    assert "TOC" not in "".join(blocks) and "PAGEREF" not in "".join(blocks)


def test_a_table_laying_out_headings_beside_their_text_reads_as_headings_and_paragraphs() -> None:
    document = new_word()
    document.add_paragraph("Policies, Values and Principles", style="Title")
    table = document.add_table(rows=0, cols=2)
    for heading, paragraphs in (
        ("Scope", ["This chapter applies to all staff.", "It was amended in May 2024."]),
        ("Our values", ["We listen to children. We are honest with families about worries."]),
    ):
        row = table.add_row()
        row.cells[0].paragraphs[0].add_run(heading).bold = True
        row.cells[1].paragraphs[0].add_run(paragraphs[0])
        for text in paragraphs[1:]:
            row.cells[1].add_paragraph(text)
    bullets = table.add_row()
    bullets.cells[0].paragraphs[0].add_run("Legislation").bold = True
    bullets.cells[1].paragraphs[0].add_run("Our work rests on:")
    bullets.cells[1].add_paragraph("Children Act 1989", style="List Bullet")

    assert _read(document)[1:] == [
        "**Scope**",
        "This chapter applies to all staff.",
        "It was amended in May 2024.",
        "**Our values**",
        "We listen to children. We are honest with families about worries.",
        "**Legislation**",
        "Our work rests on:",
        "- Children Act 1989",
    ]


def test_a_layout_table_names_its_columns_in_a_row_that_heads_no_section() -> None:
    document = new_word()
    table = document.add_table(rows=0, cols=2)
    across = table.add_row().cells
    across[0].merge(across[1]).paragraphs[0].add_run("Looking after children").bold = True
    labels = table.add_row().cells
    labels[0].paragraphs[0].add_run("Heading").bold = True
    labels[1].paragraphs[0].add_run("Our policy").bold = True
    for heading, first, second in (
        ("About this policy", "It covers every fostering team.", "It was revised in June 2025."),
        ("Our promise", "We keep brothers and sisters together.", "We visit when we say we will."),
    ):
        row = table.add_row().cells
        row[0].paragraphs[0].add_run(heading).bold = True
        row[1].paragraphs[0].add_run(first)
        row[1].add_paragraph(second)

    assert _read(document) == [
        "**Looking after children**",
        "Heading | Our policy",
        "**About this policy**",
        "It covers every fostering team.",
        "It was revised in June 2025.",
        "**Our promise**",
        "We keep brothers and sisters together.",
        "We visit when we say we will.",
    ]


def test_a_data_table_of_short_cells_stays_rows_of_cells() -> None:
    document = new_word()
    document.add_paragraph("Support for care leavers")
    table = document.add_table(rows=0, cols=2)
    for age, support in (("18 to 21", "A personal adviser"), ("21 to 25", "Support on request")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = age, support

    assert _read(document)[1] == "18 to 21 | A personal adviser\n21 to 25 | Support on request"


def test_a_paragraph_of_line_broken_sections_reads_as_headings_paragraphs_and_items() -> None:
    document = new_word()
    document.add_paragraph("Policies, Values and Principles", style="Title")
    paragraph = document.add_paragraph()
    paragraph.add_run("Legislation").bold = True
    paragraph.add_run().add_break(WD_BREAK.LINE)
    paragraph.add_run("The law behind this chapter")
    paragraph.add_run().add_break(WD_BREAK.LINE)
    paragraph.add_run("includes:")
    paragraph.add_run().add_break(WD_BREAK.LINE)
    paragraph.add_run("\u2022 Children Act 1989")
    paragraph.add_run().add_break(WD_BREAK.LINE)
    paragraph.add_run("\u2022 Children Act 2004")
    paragraph.add_run().add_break(WD_BREAK.LINE)
    paragraph.add_run().add_break(WD_BREAK.LINE)
    paragraph.add_run("It was updated in May 2024.")

    assert _read(document)[1:] == [
        "**Legislation**",
        "The law behind this chapter\nincludes:",
        "- Children Act 1989",
        "- Children Act 2004",
        "It was updated in May 2024.",
    ]


def test_a_paragraph_with_line_breaks_but_no_heading_or_list_stays_one_paragraph() -> None:
    document = new_word()
    paragraph = document.add_paragraph("We listen to children")
    paragraph.add_run().add_break(WD_BREAK.LINE)
    paragraph.add_run("and to their families.")
    bold = document.add_paragraph()
    bold.add_run("Our Values").bold = True
    bold.add_run().add_break(WD_BREAK.LINE)
    bold.add_run("and ambitions").bold = True

    assert _read(document) == [
        "We listen to children\nand to their families.",
        "Our Values\nand ambitions",
    ]


def test_a_content_control_holding_a_date_keeps_its_text() -> None:
    document = new_word()
    paragraph = document.add_paragraph("Last updated: ")
    paragraph._p.append(
        parse_xml(
            f"<w:sdt {nsdecls('w')}><w:sdtPr><w:date/></w:sdtPr><w:sdtContent><w:r>"
            "<w:t>1 September 2024</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )

    assert _read(document) == ["Last updated: 1 September 2024"]


def _titled_table(title: str, rows: list[tuple[str, str]], bold: bool = True) -> WordDocument:
    document = new_word()
    document.add_paragraph("Fostering: Values and Principles", style="Title")
    table = document.add_table(rows=0, cols=2)
    across = table.add_row().cells
    across[0].merge(across[1]).paragraphs[0].add_run(title).bold = bold
    for first, second in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = first, second
    document.add_paragraph("Foster carers are told of any change in writing.")
    return document


def test_a_title_row_across_a_data_table_reads_as_a_paragraph_above_its_rows() -> None:
    document = _titled_table(
        "Support after care", [("Personal adviser", "Until 23"), ("Staying Put", "Until 22")]
    )

    assert _read(document)[1:] == [
        "**Support after care**",
        "Personal adviser | Until 23\nStaying Put | Until 22",
        "Foster carers are told of any change in writing.",
    ]


def test_a_row_across_a_data_table_holding_a_sentence_stays_a_row() -> None:
    document = _titled_table(
        "These allowances were agreed by the fostering panel in April.",
        [("Weekly allowance", "Paid fortnightly"), ("Birthday grant", "Paid once a year")],
        bold=False,
    )

    assert _read(document)[1] == (
        "These allowances were agreed by the fostering panel in April.\n"
        "Weekly allowance | Paid fortnightly\nBirthday grant | Paid once a year"
    )


def test_a_title_row_across_a_table_of_acts_heads_its_section() -> None:
    document = new_word()
    document.add_paragraph("Fostering: Values and Principles", style="Title")
    document.add_paragraph().add_run("Who this chapter is for").bold = True
    document.add_paragraph("Every supervising social worker and every approved foster carer.")
    document.add_paragraph()
    table = document.add_table(rows=0, cols=2)
    across = table.add_row().cells
    across[0].merge(across[1]).paragraphs[0].add_run("Statutes behind our fostering").bold = True
    for act, why in (
        ("Children Act 1989", "Duties to children in care"),
        ("Care Standards Act 2000", "Registration of fostering services"),
    ):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = act, why
    document.add_paragraph().add_run("What we believe").bold = True
    document.add_paragraph("Children do best with families who know them and stay with them.")

    outline = analyze(read_source(word_bytes(document), "chapter.docx"), get_family()).outline
    headings = [section.heading for section in outline.sections]

    assert "Statutes behind our fostering" in headings
