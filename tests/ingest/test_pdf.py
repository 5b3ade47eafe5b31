"""PDF files read as a reader sees them: paragraphs, headings, lists, no page furniture."""

from __future__ import annotations

import io
import json
import random
import re
import zlib

import pytest
from fpdf import FPDF
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PIL import Image

from app.analysis import analyze
from app.errors import (
    CorruptDocument,
    DocumentTooComplex,
    EmptySource,
    EncryptedDocument,
    InvalidSource,
    NoTextLayer,
)
from app.families import get_family
from app.ingest import pdf, read_source
from app.schemas import ParsedVersionRead
from tests.documents import PdfBlock, pdf_bytes

TITLE = "Children's Services Policies, Values and Principles"
RUNNING_HEADER = "Riverton Council Children's Services Procedures Manual"
INTRODUCTION = (
    "This policy sets out how the council works with children, young people and their "
    "families, and the values every member of staff brings to that work. It applies to all "
    "teams in Children's Services and to the partners who work beside them."
)
CORPORATE_PARENTING = (
    "Every part of the council is a corporate parent to the children it looks after. "
    "Councillors and officers ask of each decision whether it would be good enough for their "
    "own child, and they listen to what children in care tell them. "
) * 6


def _chapter() -> bytes:
    return pdf_bytes(
        [
            PdfBlock("title", TITLE),
            PdfBlock("heading", "1. Introduction"),
            PdfBlock("paragraph", INTRODUCTION),
            PdfBlock(
                "lines",
                lines=[
                    "Staff work with partners in a spirit of cooperation, and with the chil-",
                    "dren and families themselves. Our multi-",
                    "agency panels review the well-",
                    "being of every child looked after each year from 2019-",
                    "2020 onwards, in co-",
                    "operation with health partners.",
                ],
            ),
            PdfBlock("heading", "2. Our Values"),
            PdfBlock("label", "What we believe"),
            PdfBlock("bullet", "We put the child at the centre of every plan we make."),
            PdfBlock(
                "bullet",
                "We value families and the difference they make, and we support children to "
                "live safely with their own families wherever that is possible.",
            ),
            PdfBlock("heading", "3. Corporate Parenting"),
            PdfBlock("paragraph", CORPORATE_PARENTING),
        ],
        running_header=RUNNING_HEADER,
        min_pages=3,
    )


@pytest.fixture(scope="module")
def chapter() -> bytes:
    return _chapter()


def test_a_chapter_reads_as_markdown_paragraphs_headings_and_lists(chapter: bytes) -> None:
    source = read_source(chapter, "chapter.pdf")

    assert (source.source_format, source.text_syntax, source.encoding) == ("pdf", "markdown", "")
    blocks = source.text.split("\n\n")
    assert blocks[:9] == [
        f"# {TITLE}",
        "## 1. Introduction",
        INTRODUCTION,
        "Staff work with partners in a spirit of cooperation, and with the children and "
        "families themselves. Our multi-agency panels review the well-being of every child "
        "looked after each year from 2019-2020 onwards, in cooperation with health partners.",
        "## 2. Our Values",
        "**What we believe**",
        "- We put the child at the centre of every plan we make.",
        "- We value families and the difference they make, and we support children to live "
        "safely with their own families wherever that is possible.",
        "## 3. Corporate Parenting",
    ]
    assert blocks[9] == CORPORATE_PARENTING.strip()


def test_running_headers_and_page_numbers_are_dropped(chapter: bytes) -> None:
    text = read_source(chapter, "chapter.pdf").text
    assert "Procedures Manual" not in text
    assert "Page " not in text
    assert "of 3" not in text


def test_the_original_bytes_are_kept_unchanged(chapter: bytes) -> None:
    assert read_source(chapter, "chapter.pdf").data == chapter


def test_sections_follow_the_headings_found_from_font_size(chapter: bytes) -> None:
    analyzed = analyze(read_source(chapter, "chapter.pdf"), get_family(None))

    assert analyzed.outline.title == TITLE
    assert [(s.kind, s.heading) for s in analyzed.outline.sections] == [
        ("title", TITLE),
        ("introduction", "1. Introduction"),
        ("values", "2. Our Values"),
        ("corporate_parenting", "3. Corporate Parenting"),
    ]


def test_a_paragraph_running_onto_the_next_page_is_one_paragraph() -> None:
    long_paragraph = (
        "Each child in care has a plan that says how the council will meet their needs, "
        "who is responsible for each part of it, and when it will be reviewed. "
    ) * 30
    text = read_source(
        pdf_bytes([PdfBlock("paragraph", long_paragraph)], running_header="Running words"),
        "long.pdf",
    ).text
    assert text == long_paragraph.strip()


MATHS_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuMathTeXGyre.ttf"
"""A font with letters beyond Unicode's Basic Multilingual Plane (Debian's fonts-dejavu-extra)."""


def test_a_character_beyond_the_basic_plane_is_read_whole_and_the_reading_serialises() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("Maths", "", MATHS_FONT)
    pdf.set_font("Maths", size=12)
    pdf.cell(text="Our promise \U0001d400 to every child")
    pdf.ln()
    pdf.cell(text="We listen to children and act on what they tell us.")
    source = read_source(bytes(pdf.output()), "promise.pdf")
    assert "Our promise \U0001d400 to every child" in source.text
    served = ParsedVersionRead.from_analyzed(analyze(source, get_family(None))).model_dump_json()
    assert "Our promise \U0001d400 to every child" in json.loads(served)["sections"][0]["text"]


def test_numbered_lines_are_list_items_and_look_alike_text_is_escaped() -> None:
    text = read_source(
        pdf_bytes(
            [
                PdfBlock("paragraph", "The council will:"),
                PdfBlock("paragraph", "1. listen to children;"),
                PdfBlock("paragraph", "2. act on what they say."),
                PdfBlock("paragraph", "(a) a lettered point."),
                PdfBlock("paragraph", "# of referrals rose this year."),
            ],
            page_numbers=False,
        ),
        "numbers.pdf",
    ).text
    assert text.split("\n\n") == [
        "The council will:",
        "1. listen to children;",
        "2. act on what they say.",
        "- (a) a lettered point.",
        "\\# of referrals rose this year.",
    ]


# --- hostile and broken files ----------------------------------------------------------------


def test_an_encrypted_pdf_is_refused_with_how_to_fix_it() -> None:
    document = FPDF()
    document.add_page()
    document.set_font("Helvetica", size=11)
    document.cell(0, 6, "Our Values")
    document.set_encryption(owner_password="owner", user_password="reader")
    with pytest.raises(EncryptedDocument, match=r"the PDF is encrypted.*To fix: save"):
        read_source(bytes(document.output()), "locked.pdf")


def test_a_pdf_of_images_only_is_refused_as_a_scan() -> None:
    picture = io.BytesIO()
    Image.new("L", (60, 80), color=200).save(picture, format="PNG")
    document = FPDF()
    for _ in range(2):
        document.add_page()
        document.image(io.BytesIO(picture.getvalue()), x=10, y=10, w=180)
    with pytest.raises(NoTextLayer, match=r"only images.*no text layer.*To fix"):
        read_source(bytes(document.output()), "scan.pdf")


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.95])
def test_a_truncated_pdf_is_refused_as_incomplete(chapter: bytes, keep: float) -> None:
    with pytest.raises(CorruptDocument, match=r"incomplete.*%%EOF.*To fix"):
        read_source(chapter[: int(len(chapter) * keep)], "chapter.pdf")


def test_a_pdf_with_a_damaged_structure_is_refused() -> None:
    junk = random.Random(7).randbytes(4000)
    with pytest.raises(CorruptDocument, match=r"the PDF is damaged.*To fix"):
        read_source(b"%PDF-1.7\n" + junk + b"\n%%EOF\n", "broken.pdf")


def test_a_pdf_of_500_pages_is_refused_before_its_pages_are_read() -> None:
    document = FPDF()
    document.set_font("Helvetica", size=11)
    for page in range(500):
        document.add_page()
        document.cell(0, 6, f"Page {page + 1} of a whole procedures manual")
    data = bytes(document.output())
    assert len(data) < 2 * 1024 * 1024

    with pytest.raises(DocumentTooComplex, match=r"500 pages, more than the 200"):
        read_source(data, "manual.pdf")


def _pdf_with_content_stream(content: bytes) -> bytes:
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def test_a_compression_bomb_is_refused_before_pdfium_inflates_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pdf, "MAX_INFLATED_BYTES", 4_000_000)
    text = b"BT /F1 12 Tf 72 720 Td (Our Values) Tj ET\n"
    assert "Our Values" in read_source(_pdf_with_content_stream(text), "small.pdf").text

    bomb = _pdf_with_content_stream(text + b" " * 8_000_000)
    assert len(bomb) < 20_000
    with pytest.raises(DocumentTooComplex, match=r"compression bomb.*To fix"):
        read_source(bomb, "bomb.pdf")


def test_a_pdf_with_more_text_than_a_chapter_is_refused(
    chapter: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf, "MAX_CHARACTERS", 1_000)
    with pytest.raises(DocumentTooComplex, match=r"more than 1,000 characters by page 1"):
        read_source(chapter, "chapter.pdf")


def test_a_pdf_with_only_running_lines_is_refused_as_empty() -> None:
    data = pdf_bytes([], running_header="Procedures Manual", min_pages=2, filler=False)
    with pytest.raises(EmptySource, match="the PDF has no text"):
        read_source(data, "blank.pdf")


def test_text_declared_as_pdf_is_refused() -> None:
    with pytest.raises(InvalidSource, match="declared as a PDF"):
        read_source(b"Plain words, not a PDF.", "notes.txt", "pdf")


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
        "well-",
        "chil-",
        "dren",
        "Corporate",
        "Parenting",
        "Our",
        "Values",
        "Introduction",
        "25",
        "21",
        "months",
        "Act",
        "1989",
        "**",
    ]
)
_TEXTS = st.lists(_WORDS, min_size=1, max_size=30).map(" ".join)
_BLOCKS = st.lists(
    st.tuples(
        st.sampled_from(["title", "heading", "label", "paragraph", "bullet", "lines"]), _TEXTS
    ),
    min_size=1,
    max_size=10,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_BLOCKS)
@example([("title", "1989"), ("heading", "care")])  # a heading under a year's title (0459)
def test_any_pdf_analyses_into_sections_that_tile_its_text(blocks: list[tuple[str, str]]) -> None:
    document = [
        PdfBlock(kind, text, lines=text.split(" - ") if kind == "lines" else [])
        for kind, text in blocks
    ]
    try:
        source = read_source(pdf_bytes(document, running_header="Manual"), "generated.pdf")
    except EmptySource:
        # A page holding only numbers and marks ("25") is all page furniture: refused, not read.
        assert not any(re.search(r"[A-Za-z]{2}", text) for _, text in blocks), blocks
        return
    analyzed = analyze(source, get_family(None))

    assert "".join(section.text for section in analyzed.outline.sections) == source.text
    for fact in analyzed.facts:
        for evidence in fact.evidence:
            assert source.text[evidence.start : evidence.end] == evidence.quote
    assert "Page 1 of" not in source.text


def test_a_one_page_pdf_drops_its_small_running_header_and_footer() -> None:
    """Nothing repeats on a single page: its header and footer are known by their small type
    at the page's edges, and the chapter's own lines stay."""
    data = pdf_bytes(
        [
            PdfBlock("title", "Policies, Values and Principles"),
            PdfBlock("paragraph", "This chapter sets out what we believe about our work."),
        ],
        running_header="Lowmoor Social Care Procedures",
    )
    text = read_source(data, "chapter.pdf").text
    assert "Lowmoor Social Care Procedures" not in text
    assert "Page 1" not in text
    assert "Policies, Values and Principles" in text
    assert "This chapter sets out what we believe" in text
