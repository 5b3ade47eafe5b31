"""Build the Word and PDF case documents from their plain-text sources.

usage: python tests/cases/documents/build_binary.py [NAME.docx.md | NAME.pdf.md ...]

Each `NNN-name.docx.md` / `NNN-name.pdf.md` beside this script describes one document in a small
markdown-like language, and this script writes `NNN-name.docx` / `NNN-name.pdf` next to it. The
sources are what a reviewer reads and edits; the built files are committed too, because they are
what the parser is scored on. Builds are reproducible: the same source gives the same bytes.

Source language:
    %% key: value      options, at the top (see OPTIONS below)
    # Title            the document's title
    ## Heading         a heading; ### a sub-heading
    **Heading**        a line that is only bold text: a bold pseudo-heading (never a Word style)
    - item             a bulleted list item (Word: real bullet numbering)
    1. item            a numbered list item (Word: real numbering, restarted at each list)
    (a) item           a lettered item, kept as written in an indented paragraph
    | a | b |          a table row (a row of only dashes and pipes is skipped)
    blank line         ends a paragraph; consecutive text lines join into one paragraph

Needs python-docx and fpdf2 (`pip install python-docx fpdf2`); the service itself does not.
"""

from __future__ import annotations

import copy
import io
import re
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED_TIME = datetime(2025, 1, 1, tzinfo=UTC)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

OPTIONS = {
    "headings": "styles (Word Heading styles / larger bold PDF headings) or bold (bold paragraphs)",
    "header": "running page header text",
    "footer": "running page footer text; {page} and {pages} are page numbers",
    "align": "PDF body alignment: left (default) or justify",
    "maker": "another tool makes the file: see build_binary_tools.py",
    "columns": "weasyprint: text columns",
    "hyphenate": "weasyprint: yes to hyphenate justified text",
    "title-style": "python-docx / lo-fodt-*: the title's paragraph style name",
    "heading-style": "python-docx / lo-fodt-*: the headings' paragraph style name",
    "heading-bold": "python-docx: no for headings set only in a larger size",
    "outline": "python-docx / lo-fodt-*: no for a heading style without an outline level",
    "url": "build_blind7 makers: the address a page is printed from, or the first page's banner",
    "font": "build_blind7 chromium makers: the body font family",
    "toc": "build_blind11 LibreOffice makers: yes for a contents index before the first heading",
    "cover": "build_blind11 lo-odt-cover-docx: the cover page's lines under the title, '|' apart",
}


@dataclass
class Block:
    """One unit of the source: a heading, paragraph, list item or table row."""

    kind: str  # title | heading | subheading | bold | para | bullet | number | lettered | row
    text: str
    list_index: int = 0  # which numbered list an item belongs to (to restart Word numbering)
    ordinal: int = 0  # a numbered item's number within its list
    cells: list[str] = field(default_factory=list)


@dataclass
class Source:
    options: dict[str, str]
    blocks: list[Block]


def parse_source(text: str) -> Source:
    """The options and blocks of a source file."""
    options: dict[str, str] = {}
    blocks: list[Block] = []
    paragraph: list[str] = []
    list_index = 0

    def flush() -> None:
        if paragraph:
            blocks.append(Block("para", " ".join(paragraph)))
            paragraph.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("%%"):
            key, _, value = line[2:].partition(":")
            if key.strip() not in OPTIONS:
                raise SystemExit(
                    f"unknown option {key.strip()!r}. To fix: use one of {list(OPTIONS)}"
                )
            options[key.strip()] = value.strip()
            continue
        heading = re.match(r"^(#{1,3}) (.+)$", line)
        bullet = re.match(r"^[-\u2022] (.+)$", line)
        number = re.match(r"^\d+\. (.+)$", line)
        bold = re.match(r"^\*\*(.+)\*\*$", line)
        if not line:
            flush()
            continue
        if heading or bullet or number or bold or line.startswith(("(", "|")):
            flush()
        if heading:
            kind = {1: "title", 2: "heading", 3: "subheading"}[len(heading.group(1))]
            blocks.append(Block(kind, heading.group(2)))
        elif bold:
            blocks.append(Block("bold", bold.group(1)))
        elif bullet:
            blocks.append(Block("bullet", bullet.group(1)))
        elif number:
            continues = bool(blocks) and blocks[-1].kind == "number"
            list_index += 0 if continues else 1
            ordinal = blocks[-1].ordinal + 1 if continues else 1
            blocks.append(Block("number", number.group(1), list_index=list_index, ordinal=ordinal))
        elif re.match(r"^\([a-z0-9]+\) ", line):
            blocks.append(Block("lettered", line))
        elif line.startswith("|"):
            if not re.fullmatch(r"[|\s:-]+", line):
                cells = [cell.strip() for cell in line.strip("|").split("|")]
                blocks.append(Block("row", " | ".join(cells), cells=cells))
        else:
            paragraph.append(line)
    flush()
    return Source(options, blocks)


# --- Word ---------------------------------------------------------------------------------------


def build_docx(source: Source, target: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    styled = source.options.get("headings", "styles") == "styles"
    properties = document.core_properties
    properties.created = properties.modified = FIXED_TIME.replace(tzinfo=None)
    properties.author = properties.last_modified_by = "policydiff test cases"
    properties.revision = 1

    section = document.sections[0]
    if "header" in source.options:
        section.header.paragraphs[0].text = source.options["header"]
    if "footer" in source.options:
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        parts = re.split(r"(\{page\}|\{pages\})", source.options["footer"])
        for part in parts:
            if part in ("{page}", "{pages}"):
                field = OxmlElement("w:fldSimple")
                field.set(qn("w:instr"), "PAGE" if part == "{page}" else "NUMPAGES")
                run = OxmlElement("w:r")
                text = OxmlElement("w:t")
                text.text = "1"
                run.append(text)
                field.append(run)
                footer._p.append(field)
            elif part:
                footer.add_run(part)

    numbering = document.part.numbering_part.numbering_definitions._numbering
    list_number_num = document.styles["List Number"]._element.pPr.numPr.numId.val
    template_num = next(
        num
        for num in numbering.findall(qn("w:num"))
        if num.get(qn("w:numId")) == str(list_number_num)
    )
    restarted: dict[int, int] = {}

    def restart_numbering(list_index: int) -> int:
        """A new Word list (w:num) on List Number's definition, starting again at 1."""
        if list_index not in restarted:
            num_id = max(int(num.get(qn("w:numId"))) for num in numbering.findall(qn("w:num"))) + 1
            num = copy.deepcopy(template_num)
            num.set(qn("w:numId"), str(num_id))
            override = OxmlElement("w:lvlOverride")
            override.set(qn("w:ilvl"), "0")
            start = OxmlElement("w:startOverride")
            start.set(qn("w:val"), "1")
            override.append(start)
            num.append(override)
            numbering.append(num)
            restarted[list_index] = num_id
        return restarted[list_index]

    table = None
    for block in source.blocks:
        if block.kind != "row":
            table = None
        if block.kind == "title":
            if styled:
                document.add_paragraph(block.text, style="Title")
            else:
                run = document.add_paragraph().add_run(block.text)
                run.bold, run.font.size = True, Pt(18)
        elif block.kind in ("heading", "subheading"):
            level = 1 if block.kind == "heading" else 2
            if styled:
                document.add_heading(block.text, level=level)
            else:
                run = document.add_paragraph().add_run(block.text)
                run.bold = True
                run.font.size = Pt(13 if level == 1 else 11)
        elif block.kind == "bold":
            document.add_paragraph().add_run(block.text).bold = True
        elif block.kind == "bullet":
            document.add_paragraph(block.text, style="List Bullet")
        elif block.kind == "number":
            paragraph = document.add_paragraph(block.text, style="List Number")
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = restart_numbering(block.list_index)
        elif block.kind == "lettered":
            paragraph = document.add_paragraph(block.text)
            paragraph.paragraph_format.left_indent = Pt(24)
        elif block.kind == "row":
            if table is None:
                table = document.add_table(rows=0, cols=len(block.cells))
                table.style = "Table Grid"
            cells = table.add_row().cells
            for cell, value in zip(cells, block.cells, strict=True):
                cell.text = value
        else:
            document.add_paragraph(block.text)

    buffer = io.BytesIO()
    document.save(buffer)
    target.write_bytes(_with_fixed_zip_times(buffer.getvalue()))


def _with_fixed_zip_times(data: bytes) -> bytes:
    """The same zip with every member dated FIXED_TIME, so that rebuilding changes no byte."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


# --- PDF ----------------------------------------------------------------------------------------


def build_pdf(source: Source, target: Path) -> None:
    from fpdf import FPDF

    header_text = source.options.get("header", "")
    footer_text = source.options.get("footer", "Page {page} of {pages}")
    styled = source.options.get("headings", "styles") == "styles"
    align = "J" if source.options.get("align") == "justify" else "L"

    class CasePdf(FPDF):
        def header(self) -> None:
            if header_text:
                self.set_font(body_font, size=8)
                self.set_text_color(90, 90, 90)
                self.cell(0, 6, header_text, align="R")
                self.ln(10)
                self.set_text_color(0, 0, 0)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font(body_font, size=8)
            self.set_text_color(90, 90, 90)
            text = footer_text.replace("{page}", str(self.page_no())).replace("{pages}", "{nb}")
            self.cell(0, 8, text, align="C")
            self.set_text_color(0, 0, 0)

    pdf = CasePdf(format="A4")
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_title("Children's Services Policies, Values and Principles")
    pdf.set_author("policydiff test cases")
    if (FONT_DIR / "DejaVuSans.ttf").exists():
        pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        body_font = "DejaVu"
    else:
        body_font = "Helvetica"
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(auto=True, margin=22)
    pdf.set_margins(22, 18, 22)
    pdf.add_page()

    def write(
        text: str, size: float, bold: bool = False, indent: float = 0, after: float = 2.5
    ) -> None:
        pdf.set_font(body_font, "B" if bold else "", size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(pdf.epw - indent, size * 0.5, _pdf_text(text, body_font), align=align)
        pdf.ln(after)

    for block in source.blocks:
        if block.kind == "title":
            write(block.text, 17, bold=True, after=5)
        elif block.kind == "heading":
            write(block.text, 13 if styled else 10.5, bold=True, after=2)
        elif block.kind == "subheading":
            write(block.text, 11.5 if styled else 10.5, bold=True, after=1.5)
        elif block.kind == "bold":
            write(block.text, 10.5, bold=True, after=1.5)
        elif block.kind == "bullet":
            write("\u2022 " + block.text, 10.5, indent=6, after=1)
        elif block.kind == "number":
            write(f"{block.ordinal}. {block.text}", 10.5, indent=6, after=1)
        elif block.kind == "lettered":
            write(block.text, 10.5, indent=6, after=1)
        elif block.kind == "row":
            write("    ".join(block.cells), 10, after=1)
        else:
            write(block.text, 10.5)
    pdf.output(str(target))


def _pdf_text(text: str, font: str) -> str:
    """Text the font can draw: the core fonts have no bullet, curly quotes or dashes."""
    if font != "Helvetica":
        return text
    table = {
        "\u2022": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
    }
    return "".join(table.get(ch, ch) for ch in text)


def build(path: Path) -> Path:
    source = parse_source(path.read_text(encoding="utf-8"))
    target = path.with_name(path.name.removesuffix(".md"))
    if "maker" in source.options:
        sys.path.insert(0, str(HERE))
        from build_binary_tools import build_with
        from build_blind7 import MAKERS
        from build_blind7 import build_with as build_blind7_with
        from build_blind11 import MAKERS as BLIND11_MAKERS
        from build_blind11 import build_with as build_blind11_with
        from build_blind25 import MAKERS as BLIND25_MAKERS
        from build_blind25 import build_with as build_blind25_with

        if source.options["maker"] in BLIND25_MAKERS:
            build_blind25_with(source, target)
        elif source.options["maker"] in BLIND11_MAKERS:
            build_blind11_with(source, target)
        elif source.options["maker"] in MAKERS:
            build_blind7_with(source, target)
        else:
            build_with(source, target)
    elif target.suffix == ".docx":
        build_docx(source, target)
    elif target.suffix == ".pdf":
        build_pdf(source, target)
    else:
        raise SystemExit(f"{path.name}: not a .docx.md or .pdf.md source")
    return target


def main(argv: list[str]) -> None:
    sources = [HERE / name for name in argv] or sorted(
        [*HERE.glob("*.docx.md"), *HERE.glob("*.pdf.md")]
    )
    for path in sources:
        print(f"built {build(path).name}")


if __name__ == "__main__":
    main(sys.argv[1:])
