"""Bytes → SourceText: bound the size, decode, detect the format, render HTML, normalise once,
and leave out the site chrome lines a page copied as text (or printed to PDF from a browser)
opens and closes with."""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path

from app.errors import EmptySource, InvalidSource, SourceUnreadable
from app.ingest.asciidoc import looks_like_asciidoc, render_asciidoc
from app.ingest.box_tables import redraw_box_tables
from app.ingest.browser_dump import undo_link_addresses, undo_link_numbers
from app.ingest.chat_export import without_chat_stamps
from app.ingest.decode import decode_bytes
from app.ingest.detect import detect_format
from app.ingest.doc_comments import without_doc_comments
from app.ingest.fenced_divs import unfence_divs
from app.ingest.flattened_tables import redraw_field_lines, redraw_flattened_tables
from app.ingest.front_matter import split_front_matter, strip_front_matter
from app.ingest.html_render import load_chrome_cues, render_html
from app.ingest.mail_cover import without_mail_cover
from app.ingest.mail_quotes import unquote_mail_chain
from app.ingest.markdown_alerts import leave_out_alert_markers
from app.ingest.markdown_footnotes import place_footnotes
from app.ingest.markdown_html_blocks import (
    leave_out_empty_anchors,
    leave_out_html_comments,
    unwrap_html_blocks,
)
from app.ingest.markdown_pages import unprint_markdown_pages
from app.ingest.markdown_site_marks import leave_out_site_marks
from app.ingest.model import DOCUMENT_FORMATS, DocumentFormat, SourceFormat, SourceText, TextSyntax
from app.ingest.outline_blocks import leave_out_block_properties
from app.ingest.pdf import read_pdf_pages
from app.ingest.pdf_layout import pages_to_markdown
from app.ingest.printed_text import (
    join_raised_note_marks,
    restore_glued_note_marks,
    unprint_pages,
)
from app.ingest.reference_links import inline_reference_links
from app.ingest.size_limit import DEFAULT_MAX_BYTES, read_bounded, too_large
from app.ingest.sniff import sniff_document
from app.ingest.web_text import strip_chrome_boxes, strip_edge_chrome
from app.text import normalize_text

_DOCUMENT_NAMES = {"docx": "a Word (.docx) file", "pdf": "a PDF"}


def read_source(
    data: bytes,
    filename: str = "",
    declared_format: SourceFormat | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> SourceText:
    """Read one uploaded source into the text every later stage indexes.

    Word and PDF files are recognised by their content (a declared format or the file name
    cannot make other bytes one) and rendered to markdown. Raises SourceTooLarge over
    `max_bytes`, and InvalidSource or a subclass (EmptySource, UnsupportedMediaType,
    CorruptDocument, EncryptedDocument, NoTextLayer, DocumentTooComplex) for input that is not
    a readable text, markdown, HTML, Word or PDF document.
    """
    if len(data) > max_bytes:
        raise too_large(len(data), max_bytes)
    if not data:
        raise EmptySource("the file is empty (0 bytes). To fix: upload the chapter's text.")
    document_format = sniff_document(data, filename)
    if declared_format in DOCUMENT_FORMATS and declared_format != document_format:
        raise InvalidSource(
            f"the file was declared as {_DOCUMENT_NAMES[declared_format]}, but its bytes are "
            "not one. To fix: upload the file itself, or leave the format out to have it "
            "detected.",
            declared=declared_format,
        )
    if document_format is not None:
        return _read_document(data, filename, document_format)
    decoded = decode_bytes(data)
    source_format = detect_format(decoded.text, filename, declared_format)
    if source_format == "text" and (uncommented := without_doc_comments(decoded.text)) != (
        decoded.text
    ):
        decoded = replace(decoded, text=uncommented)
    if source_format != "html" and (unstamped := without_chat_stamps(decoded.text)) != (
        decoded.text
    ):
        decoded = replace(decoded, text=unstamped)
    if source_format != "html" and (uncovered := without_mail_cover(decoded.text)) != (
        decoded.text
    ):
        decoded = replace(decoded, text=uncovered)
    if source_format != "html" and (unquoted := unquote_mail_chain(decoded.text)) != decoded.text:
        decoded = replace(decoded, text=unquoted)
        source_format = detect_format(unquoted, filename, declared_format)
    asciidoc = source_format == "text" and looks_like_asciidoc(decoded.text)
    syntax: TextSyntax = "plain" if source_format == "text" and not asciidoc else "markdown"
    if source_format == "html":
        rendered = render_html(decoded.text)
    elif asciidoc:
        rendered = render_asciidoc(decoded.text)
    elif source_format == "text":
        rendered = undo_link_numbers(undo_link_addresses(decoded.text))
    else:
        rendered = undo_link_numbers(decoded.text)
    if source_format == "text" and not asciidoc:
        rendered = redraw_box_tables(
            redraw_flattened_tables(
                unprint_pages(
                    redraw_field_lines(join_raised_note_marks(restore_glued_note_marks(rendered)))
                )
            ),
            load_chrome_cues(),
        )
    cues = load_chrome_cues()
    front_matter = ""
    if source_format == "markdown" or asciidoc:
        if source_format == "markdown":
            front_matter = split_front_matter(decoded.text)[0]
        unfenced = unwrap_html_blocks(
            leave_out_empty_anchors(
                leave_out_html_comments(
                    unfence_divs(
                        unprint_markdown_pages(
                            leave_out_alert_markers(
                                leave_out_site_marks(
                                    leave_out_block_properties(strip_front_matter(rendered))
                                )
                            )
                        ),
                        cues,
                    )
                )
            )
        )
        rendered = inline_reference_links(place_footnotes(unfenced))
    text = strip_edge_chrome(normalize_text(rendered), cues)
    if source_format != "html":
        # a page copied as text keeps its sidebar's boxes ("Related pages" and its links) as lines
        text = strip_chrome_boxes(text, cues)
    if not text.strip():
        raise EmptySource(_empty_message(source_format))
    return SourceText(
        data=data,
        filename=filename,
        source_format=source_format,
        text_syntax=syntax,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=decoded.encoding,
        text=text,
        front_matter=front_matter,
    )


def read_source_file(
    path: str | os.PathLike[str],
    declared_format: SourceFormat | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> SourceText:
    """Read a source from disk, refusing an oversized file from its size before reading it."""
    source = Path(path)
    try:
        size = source.stat().st_size
        if size > max_bytes:
            raise too_large(size, max_bytes)
        with source.open("rb") as stream:
            data = read_bounded(stream, max_bytes)
    except OSError as error:
        raise SourceUnreadable(
            f"{source} could not be read: {error.strerror or error}. To fix: check that the "
            "path names an existing file you are allowed to read.",
            path=str(source),
        ) from error
    return read_source(data, source.name, declared_format, max_bytes)


def _read_document(data: bytes, filename: str, document_format: DocumentFormat) -> SourceText:
    if document_format == "docx":
        from app.ingest.word import render_docx  # python-docx only for a Word file (0542)

        text = normalize_text(render_docx(data))
    else:
        printed_page = normalize_text(pages_to_markdown(read_pdf_pages(data)))
        cues = load_chrome_cues()
        text = strip_chrome_boxes(strip_edge_chrome(printed_page, cues), cues)
    if not text.strip():
        raise EmptySource(_empty_message(document_format))
    return SourceText(
        data=data,
        filename=filename,
        source_format=document_format,
        text_syntax="markdown",
        sha256=hashlib.sha256(data).hexdigest(),
        encoding="",
        text=text,
    )


def _empty_message(source_format: SourceFormat) -> str:
    if source_format == "docx":
        return (
            "the Word file has no text in its body (headers, footers, text boxes and pictures "
            "are not read). To fix: upload the file that holds the chapter's text."
        )
    if source_format == "pdf":
        return (
            "the PDF has no text once running headers, footers and page numbers are left out. "
            "To fix: upload the PDF that holds the chapter's text."
        )
    if source_format == "html":
        return (
            "the HTML page has no readable text once scripts, navigation, headers, footers and "
            "other site chrome are removed. To fix: upload the page that holds the chapter, "
            "or save the chapter's text as a .txt file."
        )
    return "the file holds only whitespace. To fix: upload the chapter's text."
