"""Reading Word and PDF files: a section of bench/bench.py (`python bench/bench.py documents`).

The bench makes its own inputs: a 20-page Word file (python-docx) and a 20-page PDF (fpdf2,
Helvetica 11 pt body, 15 pt bold headings, running header and page numbers on every page), both
from the first seed's paragraphs, repeated under numbered headings until the page count is
reached. It times `read_source` (bytes → markdown text) and `analyze` (sections and facts) of each,
medians of repeated runs after a warm-up, against the target of 1 s for the two together.
"""

from __future__ import annotations

import io
import re
from typing import Any

import docx
from fpdf import FPDF

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source

PAGES = 20
TARGET_SECONDS = 1.0
WORDS_PER_WORD_PAGE = 500
"""A Word page of 11 pt body text with headings holds about this many words."""
_HEADING_EVERY = 6


def _paragraphs(seed: bytes) -> list[str]:
    text = seed.decode("utf-8", "replace")
    blocks = [" ".join(block.split()) for block in re.split(r"\n\s*\n", text)]
    return [block for block in blocks if len(block) > 60]


def make_word(paragraphs: list[str], pages: int) -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Children's Services Procedures Manual"
    document.add_paragraph("Children's Services Policies, Values and Principles", style="Title")
    words = 0
    index = 0
    while words < pages * WORDS_PER_WORD_PAGE:
        if index % _HEADING_EVERY == 0:
            document.add_heading(f"{index // _HEADING_EVERY + 1}. Section", level=1)
        paragraph = paragraphs[index % len(paragraphs)]
        style = "List Bullet" if index % 4 == 3 else None
        document.add_paragraph(paragraph, style=style)
        words += len(paragraph.split())
        index += 1
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class _Pdf(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", size=8)
        self.set_y(8)
        self.cell(0, 6, "Children's Services Procedures Manual", align="C")
        self.set_y(20)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", size=8)
        self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")


def make_pdf(paragraphs: list[str], pages: int) -> bytes:
    pdf = _Pdf(format="A4")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.multi_cell(
        0, 10, "Children's Services Policies, Values and Principles", new_x="LMARGIN", new_y="NEXT"
    )
    index = 0
    while True:
        if index % _HEADING_EVERY == 0:
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(
                0, 8, f"{index // _HEADING_EVERY + 1}. Section", new_x="LMARGIN", new_y="NEXT"
            )
            pdf.ln(2)
        pdf.set_font("Helvetica", size=11)
        latin = paragraphs[index % len(paragraphs)].encode("latin-1", "replace").decode("latin-1")
        pdf.multi_cell(0, 6, latin, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        index += 1
        if pdf.page_no() >= pages and pdf.get_y() > pdf.h * 0.7:
            break
    return bytes(pdf.output())


def bench_documents(context: Any) -> dict[str, Any]:
    """Median seconds to read and to analyse a 20-page Word file and a 20-page PDF."""
    from bench import median_seconds  # the runner's timing, shared by every section

    paragraphs = _paragraphs(context.seeds[0][1])
    inputs = {
        "docx": ("chapter.docx", make_word(paragraphs, PAGES)),
        "pdf": ("chapter.pdf", make_pdf(paragraphs, PAGES)),
    }
    family = get_family()
    repeats = max(3, context.repeats // 3)
    rows = []
    print(f"documents ({PAGES} pages; median milliseconds of {repeats} runs after a warm-up)")
    print(f"  {'format':<6} {'bytes':>9} {'chars':>8} {'read':>8} {'analyse':>8} {'total':>8}")
    for name, (filename, data) in inputs.items():
        source = read_source(data, filename)
        read = median_seconds(
            lambda data=data, filename=filename: read_source(data, filename), repeats
        )
        analysed = median_seconds(lambda source=source: analyze(source, family), repeats)
        total = read + analysed
        rows.append(
            {
                "format": name,
                "bytes": len(data),
                "characters": len(source.text),
                "read_s": read,
                "analyse_s": analysed,
                "total_s": total,
                "within_target": total < TARGET_SECONDS,
            }
        )
        print(
            f"  {name:<6} {len(data):>9,} {len(source.text):>8,} {read * 1000:8.1f} "
            f"{analysed * 1000:8.1f} {total * 1000:8.1f}"
        )
    return {"pages": PAGES, "target_s": TARGET_SECONDS, "formats": rows}


SECTIONS = {"documents": bench_documents}
