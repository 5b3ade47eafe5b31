# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the PDF of the three-hundred-and-ninety-ninth blind set (39908): a page printed from a browser.

    39908  Elsington: a council's chapter page as a browser prints it to PDF. The browser's own
           print header (the date and time, then the page's <title>, which repeats the chapter's
           name with the council's) and print footer (the address and "1/1") frame the page;
           the site's chrome comes first (the council's name, an "Accessibility | Contact us |
           Sign in" row, a "Search" line, a ">" breadcrumb), then the title, a "Last reviewed"
           stamp, an "Amendment" section and an "Introduction" whose five Acts are a bullet
           list. LibreOffice lays the HTML out and exports it, as a browser's "Save as PDF"
           would.

usage: .venv/bin/python tests/cases/documents/build_blind399.py   (needs LibreOffice). The PDF
gets a .md note beside it.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import _libreoffice, blocks_note  # noqa: E402

SCRIPT = "build_blind399.py"

# (kind, text): "print" a line the browser adds when printing (two cells, its left and right parts,
# split at the first two spaces), "chrome" a line of the site,
# "title" the page's <h1>, "stamp" a small line under it, "h" an <h2>, "p" a paragraph,
# "b" a bullet.
Block = tuple[str, str]

# fmt: off
ELSINGTON: list[Block] = [
    ("print", "08/12/2026, 09:41        Children's Services Policies, Values and Principles | Elsington Borough Council"),
    ("chrome", "Elsington Borough Council"),
    ("chrome", "Accessibility | Contact us | Sign in"),
    ("chrome", "Search the site"),
    ("chrome", "Home > Care and support > Children's social care > Procedures manual"),
    ("title", "Children's Services Policies, Values and Principles"),
    ("stamp", "Last reviewed: 20 October 2025"),
    ("h", "Amendment"),
    ("p", "This chapter was updated in September 2025 so that it names the Children's Social Care National Framework and describes the borough's new kinship care team."),
    ("h", "Introduction"),
    ("p", "Elsington Borough Council wants every child in the borough to grow up safe, to be healthy and to have people around them who care what happens to them. Most children get this from their families; some need help from us to get it, and a few need us to care for them."),
    ("p", "Our work is shaped above all by these Acts:"),
    ("b", "Children Act 1989"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("p", "We call the children we look after our Children in Care, and the rest of this manual does the same."),
    ("print", "https://www.elsington.gov.uk/care/childrens-social-care/procedures/policies-values        1/1"),
]
# fmt: on


def page_html(blocks: list[Block]) -> str:
    """The printed page as HTML: the browser's lines small and grey, the site's chrome as small
    paragraphs, then the chapter's own headings and text."""
    parts = ['<html><head><meta charset="utf-8"><title>Print</title></head><body>']
    in_list = False
    for kind, text in blocks:
        if kind == "b" and not in_list:
            parts.append("<ul>")
            in_list = True
        elif kind != "b" and in_list:
            parts.append("</ul>")
            in_list = False
        escaped = html.escape(text)
        if kind == "print":
            left, _, right = text.partition("  ")
            parts.append(
                '<table width="100%" style="font-size:8pt;color:#555555"><tr>'
                f'<td width="22%" nowrap>{html.escape(left)}</td><td align="right">{html.escape(right.strip())}</td>'
                "</tr></table>"
            )
        elif kind == "chrome":
            parts.append(f'<p style="font-size:9pt">{escaped}</p>')
        elif kind == "title":
            parts.append(f"<h1>{escaped}</h1>")
        elif kind == "stamp":
            parts.append(f'<p style="font-size:9pt"><i>{escaped}</i></p>')
        elif kind == "h":
            parts.append(f"<h2>{escaped}</h2>")
        elif kind == "b":
            parts.append(f"<li>{escaped}</li>")
        else:
            parts.append(f"<p>{escaped}</p>")
    if in_list:
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)


def main() -> None:
    name = "39908-pdf-browser-print-header-date-and-page-title-site-chrome-gt-crumb-last-reviewed-stamp-amendment-month-introduction-five-acts-bullets-print-footer-url"
    target = HERE / f"{name}.pdf"
    _libreoffice(page_html(ELSINGTON), ".html", "pdf:writer_pdf_Export", target)
    about = "a council's chapter page printed to PDF from a browser (39908)"
    (HERE / f"{name}.pdf.md").write_text(blocks_note(ELSINGTON, SCRIPT, about), encoding="utf-8")


if __name__ == "__main__":
    main()
