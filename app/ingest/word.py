"""Word (.docx) → markdown-flavoured text, as Word shows the document's body.

python-docx opens the package (ZIP, content types, relationships, XML parsed without entity
expansion); this module walks the body's XML itself, because what the chapter's reader needs is
below python-docx's object model: numbered paragraphs with the numbers Word displays
(`word_numbering`), headings from styles and the styles they are based on (or an outline level),
tracked insertions kept and deletions dropped, hidden text dropped, hyperlinks' text kept.

The rendered text is markdown: `#` for the Title style, `##`… for Heading 1… (a numbered
heading keeps its number: `## 3. Our Values`), `1.`/`- ` list items nested by level, a paragraph
wholly in bold as `**…**`, tables of several columns as one `cell | cell` line per row (a table
of one column, a layout box, as the paragraphs it holds). Footnotes and endnotes are read where
their reference marks stand (decision 0087): after the sentence the mark closes (decision 0595),
else at the end of the paragraph holding the mark, after a heading, after the list when an item
or a list's introduction holds it. Page headers and
footers, comments and text boxes are not part of the body and are left out, except the text
boxes of a cover page, before the body's first text (decision 0045), and those of the front
matter under the title, before the chapter's own text (decision 0084). Text that would read
as markup is escaped (`1\\. ` for a paragraph typed with a number, not a list).
"""

from __future__ import annotations

import contextlib
import copy
import io
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from app.errors import CorruptDocument
from app.ingest.archive import check_archive_bounds
from app.ingest.markdown_escape import escape_heading_text, escape_line_start, escape_lines
from app.ingest.word_numbering import Marker, Numbering, XmlElement
from app.text.wrapping import ends_on_a_linking_word, ends_unfinished

_MAX_STYLE_DEPTH = 16
"""Styles based on styles: chains longer than this (or cycles) stop here."""
_HEADING_NAME = re.compile(r"heading ([1-9])")
_LIST_STYLE_NAME = re.compile(r"list (?:bullet |number |continue )?([2-5])")
_ORDERED_LABEL = re.compile(r"\d{1,9}[.)]")
_OUTLINE_LABEL = re.compile(r"\d{1,9}(?:\.\d{1,9})+\.?")
_SPACES = re.compile(r"[ \t\u00a0]+")
_TOC_PAGE = re.compile(r"\t[ \t]*(?:\d+|[ivxlc]+)[ \t]*$", re.IGNORECASE)
_FALSE_VALUES = frozenset({"0", "false", "off", "none"})
_WORD_DEFAULT_SIZE = 10.0
"""Word's font size where neither the document's defaults nor a style sets one."""
_HEADING_SIZE_RATIO = 1.15
"""A paragraph's type this much larger than the body text's marks a heading."""
_MAY_BE_HEADING = re.compile(r"[^\n]{1,150}(?<![.,;])")
"""What a heading looks like: one short line, not ending as a sentence or a clause does."""
_CALL_OUT_SENTENCE = re.compile(r"(?:\S+\s+){5,}\S*[.!?](?:\s|$)")
"""A sentence in a text box: six or more words closed by a full stop (a call-out's text, not
its label)."""
_CONTAINERS = frozenset(
    qn(tag)
    for tag in ("w:hyperlink", "w:ins", "w:moveTo", "w:smartTag", "w:customXml", "w:fldSimple",
                "w:dir", "w:bdo", "w:sdtContent")
)  # fmt: skip
"""Inline elements whose runs Word shows as part of the paragraph."""
_LAYOUT_CELL_SENTENCES = 2
_LAYOUT_CELL_WORDS = 25
_COLUMN_LABEL_WORDS = 3
"""A table cell with this many sentences and words holds running text, not a datum."""
_SENTENCE_END = re.compile(r"[a-z)][.!?]$")
_BANNER_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?")
_BANNER_WORDS = 12
"""A heading banner's words: a heading's length, not a row of data's sentence."""
_FRONT_MATTER_WORDS = 12
"""A line of a document's front matter (the council, the service, a record's row) is short; a
longer one is the chapter's own text, after which text boxes are side notes."""
_SDT = qn("w:sdt")
_BOLD = qn("w:b")
_ITALIC = qn("w:i")
_SIMPLE_FIELD = qn("w:fldSimple")
_RUN = qn("w:r")
_PARAGRAPH = qn("w:p")
_TABLE = qn("w:tbl")
_ROW = qn("w:tr")
_CELL = qn("w:tc")
_CUSTOM_XML = qn("w:customXml")


def _numbering_element(document: DocxDocument) -> XmlElement | None:
    """The file's list definitions, or None for a file that has none: a numbering part is
    optional (LibreOffice leaves it out of a file with no lists), and python-docx signals its
    absence with NotImplementedError, which must not be taken for damage."""
    try:
        element: XmlElement = document.part.numbering_part.element
    except NotImplementedError:
        return None
    return element


def render_docx(data: bytes) -> str:
    """The body of a Word file as markdown-flavoured text (possibly empty).

    Raises DocumentTooComplex for a compression bomb and CorruptDocument for a damaged file.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_archive_bounds(archive, "Word file")
        document = docx.Document(io.BytesIO(data))
        styles = _Styles(document.styles.element)
        numbering = Numbering(_numbering_element(document), styles.numbering_id)
        body = document.element.body
        notes = _notes(document)  # its parts parsed here: a damaged one is the file's damage
    except (
        zipfile.BadZipFile,
        PackageNotFoundError,
        KeyError,
        ValueError,
        SyntaxError,
        EOFError,
        NotImplementedError,
    ) as error:
        raise CorruptDocument(
            "the Word file is damaged: its parts could not be read "
            f"({_reason(error)}). To fix: open it in Word, save it again as a .docx file and "
            "upload that.",
        ) from error
    writer = _Writer(styles, numbering, notes)
    writer.blocks(body)
    writer.end_notes()
    writer.cover_title()
    title = _title_kept_outside(document) if writer.opens_without_title() else None
    if title is not None:
        writer.title_styled = True
    writer.headings_by_size()
    if title is not None:
        writer.output.insert(0, "# " + escape_heading_text(title))
    return "\n\n".join(_printed_lines_rejoined(writer.output))


_NUMBERED_OPENING = re.compile(r"(?:\d{1,2}(?:\\?\.\d{1,2})*\\?[.)]?|[IVX]{1,4}\\?\.)[ \t]+\S")
"""A heading that opens with its section's number ("1. Introduction", "1 Purpose", "I.")."""
_CONTENTS_LABEL = re.compile(r"(?:table of )?contents?", re.IGNORECASE)
_NOT_A_TITLE = re.compile(
    r"(?:microsoft (?:word|office)\b.*|document\d*|untitled\b.*|.*\.(?:docx?|dotx?|rtf|odt|pdf)"
    r"|.*\bcouncil|page \d+(?: of \d+)?|\d+)",
    re.IGNORECASE,
)
"""What a document's title property holds that names no chapter: a file's name as Word or a
converter fills it in ("Document1", "Microsoft Word - policy.docx"), the council's name, a page
number."""
_MAX_OUTSIDE_TITLE_WORDS = 16


def _title_kept_outside(document: Any) -> str | None:
    """The chapter's title where the body does not print it (decision 0105): the document's
    title property (`dc:title` in the core properties, as a web page's `<title>`, decision 0046)
    when it reads as a title: a few words, no sentence, not a file's name or the council's name.
    The page header is not read for it: running headers are never the chapter's text (SPEC)."""
    title = ""
    with contextlib.suppress(KeyError, ValueError):  # damaged core properties name nothing
        title = document.core_properties.title or ""
    words = " ".join(title.split())
    if (
        words
        and _NOT_A_TITLE.fullmatch(words) is None
        and 2 <= len(words.split()) <= _MAX_OUTSIDE_TITLE_WORDS
        and not _SENTENCE_END.search(words)
    ):
        return words
    return None


def _reason(error: Exception) -> str:
    text = " ".join(str(error).split())
    return (text[:120] + "…") if len(text) > 120 else (text or type(error).__name__)


class _Styles:
    """Paragraph and character styles by id, with what is inherited through `w:basedOn`."""

    def __init__(self, styles: XmlElement) -> None:
        self._by_id: dict[str, XmlElement] = {}
        self.default_paragraph = ""
        defaults = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        self.default_size = _size_of(defaults) or _WORD_DEFAULT_SIZE
        for style in styles.iterchildren(qn("w:style")):
            style_id = _attr(style, "w:styleId")
            self._by_id[style_id] = style
            if _attr(style, "w:type") == "paragraph" and _on(style.get(qn("w:default")), False):
                self.default_paragraph = style_id

    def chain(self, style_id: str) -> Iterator[XmlElement]:
        seen: set[str] = set()
        while style_id and style_id not in seen and len(seen) < _MAX_STYLE_DEPTH:
            seen.add(style_id)
            style = self._by_id.get(style_id)
            if style is None:
                return
            yield style
            based_on = style.find(qn("w:basedOn"))
            style_id = _attr(based_on, "w:val") if based_on is not None else ""

    def heading_level(self, style_id: str) -> int | None:
        """0 for a title, 1 to 9 for headings: by built-in name, else the style's outline level."""
        for style in self.chain(style_id):
            name_element = style.find(qn("w:name"))
            name = _attr(name_element, "w:val").strip().lower() if name_element is not None else ""
            if name == "title":
                return 0
            match = _HEADING_NAME.fullmatch(name)
            if match is not None:
                return int(match.group(1))
            outline = _outline_level(style.find(qn("w:pPr")))
            if outline is not None:
                return outline
        return None

    def linked_heading_level(self, char_style_id: str) -> int | None:
        """The heading level (1 to 9) of the paragraph style a character style is linked to
        (`w:link`: "Heading 1 Char" to "Heading 1"); None for no style, a paragraph style, or
        one linked to no heading. The title (level 0) is left out: a title's words in its
        character style are a name quoted in the text as often as a title."""
        style = self._by_id.get(char_style_id) if char_style_id else None
        if style is None or _attr(style, "w:type") != "character":
            return None
        link = style.find(qn("w:link"))
        linked = self._by_id.get(_attr(link, "w:val")) if link is not None else None
        if linked is None or _attr(linked, "w:type") != "paragraph":
            return None
        level = self.heading_level(_attr(linked, "w:styleId"))
        return level if level else None

    def is_subtitle(self, style_id: str) -> bool:
        """Word's built-in Subtitle style (or one based on it): the line under the title, never a
        section's heading, however large its type."""
        for style in self.chain(style_id):
            name_element = style.find(qn("w:name"))
            name = _attr(name_element, "w:val").strip().lower() if name_element is not None else ""
            if name == "subtitle":
                return True
        return False

    def is_contents_entry(self, style_id: str) -> bool:
        for style in self.chain(style_id):
            name_element = style.find(qn("w:name"))
            name = _attr(name_element, "w:val").strip().lower() if name_element is not None else ""
            if re.fullmatch(r"toc [1-9]", name):
                return True
        return False

    def list_style_level(self, style_id: str) -> int:
        """The level Word's built-in list styles name: 1 for "List Bullet 2" or "List Number 2",
        2 for "List Bullet 3" (each a list of its own at level 0, indented one step further than
        the last; decision 0226); 0 for any other style."""
        for style in self.chain(style_id):
            name_element = style.find(qn("w:name"))
            name = _attr(name_element, "w:val").strip().lower() if name_element is not None else ""
            match = _LIST_STYLE_NAME.fullmatch(name)
            if match is not None:
                return int(match.group(1)) - 1
        return 0

    def numbering(self, style_id: str) -> tuple[str | None, int | None]:
        """The `w:numId` and `w:ilvl` a paragraph style (or one it is based on) sets."""
        num_id: str | None = None
        level: int | None = None
        for style in self.chain(style_id):
            properties = style.find(qn("w:pPr"))
            number = properties.find(qn("w:numPr")) if properties is not None else None
            if number is None:
                continue
            if num_id is None:
                element = number.find(qn("w:numId"))
                num_id = _attr(element, "w:val") if element is not None else None
            if level is None:
                element = number.find(qn("w:ilvl"))
                level = _int(_attr(element, "w:val")) if element is not None else None
        return num_id, level

    def numbering_id(self, style_id: str) -> str | None:
        return self.numbering(style_id)[0]

    def size(self, style_id: str) -> float | None:
        """The font size in points a style (or one it is based on) sets."""
        for style in self.chain(style_id):
            size = _size_of(style.find(qn("w:rPr")))
            if size is not None:
                return size
        return None

    def bold(self, style_id: str) -> bool | None:
        return self.flag(style_id, _BOLD)

    def flag(self, style_id: str, tag: str) -> bool | None:
        """Whether a style (or one it is based on) turns a character property on (`w:b`,
        `w:i`), None where none sets it."""
        for style in self.chain(style_id):
            properties = style.find(qn("w:rPr"))
            element = properties.find(tag) if properties is not None else None
            if element is not None:
                return _on(element.get(qn("w:val")), True)
        return None


@dataclass(slots=True)
class _Paragraph:
    text: str
    bold: bool
    size: float
    """The font size most of the paragraph's characters are set in, in points."""
    lines_bold: list[bool]
    """For each line of `text` (apart at Word's line breaks): whether all its words are bold."""
    notes: list[str]
    """The texts of the footnotes and endnotes its reference marks point to, in order."""
    note_marks: list[int]
    """Where each of `notes`' reference marks stands: its offset in `text`."""
    linked_heading: int | None = None
    """The heading level of the paragraph style that every run's character style is linked to
    ("Heading 1 Char" on each run of a Normal paragraph: Word applies it when a heading style is
    given to a paragraph's words without its mark), else None."""
    bold_lead: int = 0
    """How many characters of `text` the bold runs it opens with hold, before the first plain
    word of its first line (0 when it opens with a plain word or is bold all through)."""
    italic: bool = False
    """Every word is set in italics by its runs (and not all in bold): a byline or a note its
    writer set apart, as markdown's `*…*` paragraph. Italics a paragraph style gives (Subtitle,
    Quote) are the template's look and are not marked."""


@dataclass(slots=True)
class _PlainParagraph:
    """A paragraph written as text, which its type size may yet make a heading."""

    output_index: int
    text: str
    size: float


@dataclass(slots=True)
class _OpenItem:
    level: int
    content_column: int


class _Writer:
    """Walks block-level content in order, counting lists and emitting markdown blocks."""

    def __init__(
        self, styles: _Styles, numbering: Numbering, notes: dict[tuple[str, str], str]
    ) -> None:
        self._styles = styles
        self._numbering = numbering
        self._notes = notes
        self._waiting_notes: list[str] = []
        """Notes of a paragraph introducing a list, read once the list ends (decision 0087)."""
        self.output: list[str] = []
        self._open_items: list[_OpenItem] = []
        self.plain: list[_PlainParagraph] = []
        self.characters_by_size: Counter[float] = Counter()
        self.title_styled = False
        self.opening_heading: int | None = None
        """The level of the heading style the document opens with, if it opens with one."""
        self._cover: list[tuple[int, float]] = []
        """The output index and type size of each paragraph read from a cover page's text boxes."""
        self._reading_cover = False
        self._front_matter_checked = 0
        """How many blocks of `output` are known to be front matter; -1 once one is not."""

    def blocks(self, container: XmlElement) -> None:
        for child in _with_deleted_marks_joined(container.iterchildren()):
            if child.tag == _PARAGRAPH:
                self._paragraph(child)
            elif child.tag == _TABLE:
                self._table(child)
            elif child.tag == _SDT:
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    self.blocks(content)
            elif child.tag == qn("w:customXml"):
                self.blocks(child)

    def _paragraph(self, paragraph: XmlElement) -> None:
        boxes_after = False
        if not self._reading_cover and len(self.output) == len(self._cover):
            self._cover_boxes(paragraph)
        elif not self._reading_cover and self._in_front_matter():
            self._cover_boxes(paragraph, cover=False)
        elif not self._reading_cover:
            self._heading_boxes(paragraph)
            boxes_after = _holds_text_box(paragraph) and self._reads_as_heading(paragraph)
            if not boxes_after:
                self._call_out_boxes(paragraph)
        self._paragraph_text(paragraph)
        if boxes_after:
            self._call_out_boxes(paragraph)

    def _reads_as_heading(self, paragraph: XmlElement) -> bool:
        """Whether a paragraph reads as a heading below the title: a heading by its style or
        outline level, or one short line that is no sentence, all of it bold. A call-out box
        anchored in such a paragraph stands beside the section the heading opens (Word places
        it from that paragraph), so it is read after the heading, inside that section, not
        before it at the end of the section above (decision 0513)."""
        style_id = self._style_of(paragraph)
        level = _outline_level(paragraph.find(qn("w:pPr")))
        styled = self._styles.heading_level(style_id)
        if level is None or (styled == 0 and level == 1):
            level = styled
        if level is not None:
            return level > 0
        num_id, _ = _numbering_of(paragraph, style_id, self._styles, self._numbering)
        if num_id is not None and num_id != "0":
            return False
        read = self._read(paragraph, style_id)
        text = _tidy(read.text)
        return bool(text) and read.bold and _MAY_BE_HEADING.fullmatch(text) is not None

    def _paragraph_text(self, paragraph: XmlElement) -> None:
        style_id = self._style_of(paragraph)
        marker = self._marker(paragraph, style_id)
        read = self._read(paragraph, style_id)
        marked = [
            (mark, note)
            for mark, note in zip(
                read.note_marks, (_tidy(note) for note in read.notes), strict=True
            )
            if note
        ]
        notes = [note for _, note in marked]
        if not notes:
            self._paragraph_blocks(paragraph, style_id, marker, read, [])
            return
        before = len(self.output)
        placed = self._paragraph_blocks(paragraph, style_id, marker, read, marked)
        if placed == "joined" or len(self.output) == before:
            return
        if placed == "item" or self.output[-1].rstrip().endswith(":"):
            self._waiting_notes += notes  # after the list
        else:
            self.output += [_paragraph_markdown(note, bold=False) for note in notes]

    def _paragraph_blocks(
        self,
        paragraph: XmlElement,
        style_id: str,
        marker: Marker | None,
        read: _Paragraph,
        marked: list[tuple[int, str]],
    ) -> str:
        """Emit the paragraph's blocks. Says where its notes (`marked`: each note's text by
        where its mark stands in `read.text`) go (decision 0087): "joined" when they run on in
        its text (a paragraph of plain text that introduces no list: each after the sentence
        its mark closes, else at the end), "item" when it is a list item (they wait for the
        list's end), else "after"."""
        text = read.text
        if self._styles.is_contents_entry(style_id):
            text = "\n".join(_TOC_PAGE.sub("", line) for line in text.split("\n"))
        text = _tidy(text)
        if not text:
            return "after"
        self.characters_by_size[read.size] += len(text)
        heading = _outline_level(paragraph.find(qn("w:pPr")))
        styled = self._styles.heading_level(style_id)
        if heading is None or (styled == 0 and heading == 1):
            # A paragraph in the Title style stays the title when it also carries the top
            # outline level, as LibreOffice writes a title it keeps in the outline.
            heading = styled
        if heading is None and read.linked_heading is not None and _MAY_BE_HEADING.fullmatch(text):
            heading = read.linked_heading
        if heading == 0:
            self.title_styled = True
        if heading is not None and not self.output:
            self.opening_heading = heading
        if heading is not None:
            self._end_list()
            words = " ".join(text.split("\n"))
            if marker is not None and marker.kind == "number" and marker.label:
                words = f"{marker.label} {words}"
            self.output.append("#" * min(heading + 1, 6) + " " + escape_heading_text(words))
            return "after"
        runs_on = bool(marked) and not read.bold and not text.rstrip().endswith(":")
        if marker is None or not marker.label:
            self._end_list()
            typed = _typed_item(read.text) if not read.bold else None
            if typed is not None:
                if _MAY_BE_HEADING.fullmatch(text):
                    self.plain.append(_PlainParagraph(len(self.output), text, read.size))
                self.output.append(typed)
                return "item"
            soft = _soft_blocks(read.text, read.lines_bold)
            if soft is not None:
                self._soft_paragraph(soft, read.size)
                return "after"
            if (
                _MAY_BE_HEADING.fullmatch(text)
                and not runs_on
                and not self._styles.is_subtitle(style_id)
            ):
                self.plain.append(_PlainParagraph(len(self.output), text, read.size))
            joined = _with_notes_run_on(read.text, text, marked) if runs_on else text
            markdown = _paragraph_markdown(joined, read.bold, read.italic)
            self.output.append(_lead_marked(markdown, _bold_lead(read.text, read.bold_lead)))
            return "joined" if runs_on else "after"
        level = _level(paragraph, style_id, self._styles, self._numbering)
        lead = text if read.bold and "\n" not in text else _bold_lead(read.text, read.bold_lead)
        self._list_item(marker, level, text, lead)
        return "item"

    def _in_front_matter(self) -> bool:
        """Whether the body so far is only the document's front matter: headings (the title),
        short lines that are no sentences (the council, the service, a subtitle) and rows of a
        record ("Version | 4.1"), with no paragraph or list of the chapter's own text yet.
        While the body is read its blocks are only added to, so each is looked at once
        (decision 0161)."""
        if self._front_matter_checked < 0:
            return False
        for block in self.output[self._front_matter_checked :]:
            if not (
                block.startswith("#")
                or (
                    not block.startswith(("- ", "1. "))
                    and all(_front_matter_line(line) for line in block.split("\n"))
                )
            ):
                self._front_matter_checked = -1
                return False
        self._front_matter_checked = len(self.output)
        return True

    def _cover_boxes(self, paragraph: XmlElement, cover: bool = True) -> None:
        """Read the text boxes anchored in a paragraph before the body's first text: a cover
        page, whose title Word's cover designs (and councils' templates) set in a text box;
        with `cover` False, the boxes of the front matter under the title (an amendment note
        boxed under the title, decision 0084), read as paragraphs where they are anchored.
        Text boxes further on are side notes and stay unread (decision 0027). Word stores each
        box twice (a drawing and its VML fallback): the fallback is skipped."""
        self._reading_cover = True
        try:
            for box in paragraph.iter(_TEXT_BOX):
                if any(a.tag in (_FALLBACK, _TEXT_BOX) for a in box.iterancestors()):
                    continue
                for child in box.iterchildren():
                    before = len(self.output)
                    if child.tag == _PARAGRAPH:
                        size = self._read(child, self._style_of(child)).size
                        self._paragraph(child)
                    elif child.tag == _TABLE:
                        size = 0.0
                        self._table(child)
                    else:
                        continue
                    if cover:
                        self._cover.extend(
                            (index, size) for index in range(before, len(self.output))
                        )
        finally:
            self._reading_cover = False

    def _heading_boxes(self, paragraph: XmlElement) -> None:
        """Read, where it is anchored, a text box that stands in the text's flow as a heading
        (decision 0143): the box sits in a paragraph with no text of its own, inline or
        wrapped top and bottom (nothing runs beside it), and holds one line that may be a
        heading. A box beside the text, or one holding sentences, is a side note and stays
        unread (decision 0027). The fallback copy of each box is skipped."""
        boxes = [
            box
            for box in paragraph.iter(_TEXT_BOX)
            if not any(a.tag in (_FALLBACK, _TEXT_BOX) for a in box.iterancestors())
            and _in_flow(box)
        ]
        if not boxes or _tidy("".join(_run_text(run) for run in _runs(paragraph))):
            return
        for box in boxes:
            lines = [
                child
                for child in box.iterchildren(_PARAGRAPH)
                if _tidy(self._read(child, self._style_of(child)).text)
            ]
            if any(child.tag == _TABLE for child in box.iterchildren()) or len(lines) != 1:
                continue
            if not _MAY_BE_HEADING.fullmatch(_tidy(self._read(lines[0], "").text)):
                continue
            self._reading_cover = True
            try:
                self._paragraph(lines[0])
            finally:
                self._reading_cover = False

    def _call_out_boxes(self, paragraph: XmlElement) -> None:
        """Read, where they are anchored, the text boxes in the body that hold sentences: a
        call-out set beside the text ("Our practice model is …: relationships first, …."),
        which a reader reads with the page as they do a shaded panel (decision 0205; before
        it, such boxes were side notes left unread, 0027). A box of one line that is no
        sentence (a heading, a caption, a pull-quote's label) is left to `_heading_boxes`.
        The fallback copy of each box is skipped."""
        boxes = [
            box
            for box in paragraph.iter(_TEXT_BOX)
            if not any(a.tag in (_FALLBACK, _TEXT_BOX) for a in box.iterancestors())
        ]
        for box in boxes:
            lines = [
                child
                for child in box.iterchildren(_PARAGRAPH)
                if _tidy(self._read(child, self._style_of(child)).text)
            ]
            if any(child.tag == _TABLE for child in box.iterchildren()) or not lines:
                continue
            if not any(
                _CALL_OUT_SENTENCE.search(_tidy(self._read(line, "").text)) for line in lines
            ):
                continue
            self._reading_cover = True
            try:
                for line in lines:
                    self._paragraph(line)
            finally:
                self._reading_cover = False

    def opens_without_title(self) -> bool:
        """Whether the body prints no title: no paragraph in the Title style (nor a cover's
        title), and its first block is a heading that opens the chapter's first numbered section
        ("1. Introduction") or its contents list ("Contents"), as when the title is kept only in
        the document's properties or its page header (decision 0105)."""
        if self.title_styled or not self.output:
            return False
        first = self.output[0]
        if not first.startswith("#") and not any(p.output_index == 0 for p in self.plain):
            return False
        words = first.lstrip("#").strip().strip("*").strip()
        return (
            _NUMBERED_OPENING.match(words) is not None
            or _CONTENTS_LABEL.fullmatch(words) is not None
        )

    def cover_title(self) -> None:
        """Make the cover page's line in the largest type (the first of them, where all are one
        size) the document's title, unless a paragraph is in the Title style."""
        if self.title_styled or not self._cover:
            return
        largest = max(size for _, size in self._cover)
        index = next(index for index, size in self._cover if size == largest)
        line = self.output[index]
        if line.startswith(("#", "-", " ")) or "\n" in line:
            return
        self.output[index] = "# " + line.strip("*")
        self.plain = [p for p in self.plain if p.output_index != index]
        self.title_styled = True

    def _soft_paragraph(self, blocks: list[_SoftBlock], size: float) -> None:
        for block in blocks:
            text = _tidy(block.text)
            if not text:
                continue
            if block.kind == "heading":
                self.plain.append(_PlainParagraph(len(self.output), text, size))
                self.output.append(_paragraph_markdown(text, bold=True))
            elif block.kind == "item":
                self.output.append("- " + escape_line_start(" ".join(text.split("\n"))))
            else:
                self.output.append(_paragraph_markdown(text, bold=False))

    def _list_item(self, marker: Marker, level: int, text: str, lead: str | None = None) -> None:
        words = " ".join(text.split("\n"))
        if marker.kind == "number" and _OUTLINE_LABEL.fullmatch(marker.label):
            self._end_list()
            self.output.append(escape_line_start(f"{marker.label} {words}"))
            return
        while self._open_items and self._open_items[-1].level >= level:
            self._open_items.pop()
        indent = self._open_items[-1].content_column if self._open_items else 0
        if marker.kind == "number" and _ORDERED_LABEL.fullmatch(marker.label):
            prefix = marker.label + " "
            words = escape_line_start(words)
        elif marker.kind == "number":
            prefix = "- "
            words = f"{marker.label} {words}"
        else:
            prefix = "- "
            words = escape_line_start(words)
        if marker.kind != "number" or _ORDERED_LABEL.fullmatch(marker.label):
            words = _lead_marked(words, lead)
        self._open_items.append(_OpenItem(level, indent + len(prefix)))
        self.output.append(" " * indent + prefix + words)

    def _end_list(self) -> None:
        self._open_items.clear()
        self.end_notes()

    def end_notes(self) -> None:
        """Read the notes waiting for the list their paragraph introduces to end."""
        waiting, self._waiting_notes = self._waiting_notes, []
        self.output += [_paragraph_markdown(note, bold=False) for note in waiting]

    def _table(self, table: XmlElement) -> None:
        rows = [list(_wrapped_children(row, _CELL)) for row in _wrapped_children(table, _ROW)]
        banner = self._numbered_banner(rows)
        if banner is not None:
            self._end_list()
            self.output.append(banner)
            return
        if all(len(cells) <= 1 for cells in rows) or self._is_layout(rows):
            laid_out = False
            for cells in rows:
                laid_out = laid_out or any(self._holds_blocks(cell) for cell in cells)
                if not laid_out and self._is_column_labels(cells):
                    self._end_list()
                    labels = [_unbolded(self._cell_text(cell)) for cell in cells]
                    self.output.append(escape_line_start(" | ".join(labels)))
                    continue
                for cell in cells:
                    self.blocks(cell)
            return
        self._end_list()
        if self._is_title_row(rows):
            self.blocks(rows[0][0])
            rows = rows[1:]
        lines: list[str] = []
        for cells in rows:
            texts = [_unbolded(self._cell_text(cell)) for cell in cells]
            line = " | ".join(text for text in texts if text)
            if line:
                lines.append(escape_line_start(line))
        if lines:
            self.output.append("\n".join(lines))

    def _numbered_banner(self, rows: list[list[XmlElement]]) -> str | None:
        """A heading set as a banner: a table of one row whose first cell holds only the
        section's number ("3", "3.", "3.1") and whose second its words, one short line that is no
        sentence ("3 | What we value"), as house templates band their headings. Read as the
        paragraph "3 What we value", bold when both cells are. A row of data with more cells, a
        first cell of words, or a second holding a sentence or several paragraphs stays a row."""
        if len(rows) != 1 or len(rows[0]) != 2:
            return None
        read: list[_Paragraph] = []
        for cell in rows[0]:
            written = [
                paragraph
                for paragraph in cell.iter(_PARAGRAPH)
                if "".join(element.text or "" for element in paragraph.iter(_TEXT)).strip()
            ]
            if len(written) != 1:
                return None
            read.append(self._read(written[0], self._style_of(written[0])))
        number, words = (_tidy(part.text) for part in read)
        if _BANNER_NUMBER.fullmatch(number) is None or not _MAY_BE_HEADING.fullmatch(words):
            return None
        if len(words.split()) > _BANNER_WORDS or _SENTENCE_END.search(words):
            return None
        return _paragraph_markdown(f"{number} {words}", read[0].bold and read[1].bold)

    def _is_title_row(self, rows: list[list[XmlElement]]) -> bool:
        """Whether a data table's first row is a title across it: one cell (merged over the
        columns of the rows below, which have two or more) holding one short line that is no
        sentence ("The law we follow", "Key facts"). The title names what the table holds, often
        the section it opens, so it is read as the paragraph it is, above the rows, as a
        one-cell banner table is; written into the first row's line, it could never head a
        section. A first row of one cell holding a sentence or several paragraphs stays a row."""
        if len(rows) < 2 or len(rows[0]) != 1 or max(len(cells) for cells in rows[1:]) < 2:
            return False
        written = [
            text
            for paragraph in rows[0][0].iter(_PARAGRAPH)
            if (text := "".join(e.text or "" for e in paragraph.iter(_TEXT)).strip())
        ]
        if len(written) != 1 or len(written[0].split()) > _BANNER_WORDS:
            return False
        return _MAY_BE_HEADING.fullmatch(written[0]) is not None and not _SENTENCE_END.search(
            written[0]
        )

    def _is_layout(self, rows: list[list[XmlElement]]) -> bool:
        """Whether a table lays out the document's body rather than holding data: in most of its
        rows a cell holds text of several blocks (paragraphs, list items), as when headings sit
        in a left column and their sections' text beside them. Data tables hold a phrase or a
        sentence per cell, and stay rows of `cell | cell`."""
        laid_out = sum(1 for cells in rows if any(self._holds_blocks(cell) for cell in cells))
        return laid_out > 0 and laid_out * 2 >= len(rows)

    def _is_column_labels(self, cells: list[XmlElement]) -> bool:
        """Whether a row above a layout table's first laid-out row names its columns ("Section |
        Detail", "Heading | Policy"): two or more cells, each one short line that is no
        sentence. Read as cells of a row, it is not taken for a heading over a section whose text
        is the other column's label; a title across the table (one cell) is no such row."""
        if len(cells) < 2:
            return False
        for cell in cells:
            written = [
                text
                for paragraph in cell.iter(_PARAGRAPH)
                if (text := "".join(e.text or "" for e in paragraph.iter(_TEXT)).strip())
            ]
            if len(written) != 1 or len(written[0].split()) > _COLUMN_LABEL_WORDS:
                return False
            if _SENTENCE_END.search(written[0]) or not _MAY_BE_HEADING.fullmatch(written[0]):
                return False
        return True

    def _holds_blocks(self, cell: XmlElement) -> bool:
        """Whether a cell holds a body's text: several paragraphs, a list, or sentences."""
        written = 0
        words: list[str] = []
        for paragraph in cell.iter(_PARAGRAPH):
            text = "".join(element.text or "" for element in paragraph.iter(_TEXT))
            if not text.strip():
                continue
            written += 1
            words.extend(text.split())
            style_id = self._style_of(paragraph)
            num_id, _ = _numbering_of(paragraph, style_id, self._styles, self._numbering)
            if written >= 2 or (num_id is not None and num_id != "0"):
                return True
        sentences = sum(1 for word in words if _SENTENCE_END.search(word))
        return sentences >= _LAYOUT_CELL_SENTENCES and len(words) >= _LAYOUT_CELL_WORDS

    def _cell_text(self, cell: XmlElement) -> str:
        """A cell's paragraphs, list numbers included, on one line (nested tables flattened)."""
        inner = _Writer(self._styles, self._numbering, self._notes)
        inner.blocks(cell)
        inner.end_notes()
        return " ".join(" ".join(block.split()) for block in inner.output)

    def _style_of(self, paragraph: XmlElement) -> str:
        properties = paragraph.find(qn("w:pPr"))
        style = properties.find(qn("w:pStyle")) if properties is not None else None
        return _attr(style, "w:val") if style is not None else self._styles.default_paragraph

    def _marker(self, paragraph: XmlElement, style_id: str) -> Marker | None:
        num_id, level = _numbering_of(paragraph, style_id, self._styles, self._numbering)
        if num_id is None or num_id == "0":
            return None
        return self._numbering.next_marker(num_id, level)

    def _read(self, paragraph: XmlElement, style_id: str) -> _Paragraph:
        paragraph_bold = self._styles.bold(style_id) or False
        all_italic = True
        paragraph_size = self._styles.size(style_id) or self._styles.default_size
        parts: list[str] = []
        all_bold = True
        sizes: Counter[float] = Counter()
        lines_bold: list[bool | None] = [None]
        fields = _Fields()
        notes: list[str] = []
        note_marks: list[int] = []
        run_styles: set[str] = set()
        length = 0
        bold_lead = 0
        leading = True
        """Whether every word so far is bold and on the first line."""
        for run in _runs(paragraph):
            keys = _note_references(run)
            notes += [self._notes.get(key, "") for key in keys]
            note_marks += [length] * len(keys)
            text = "" if fields.read(run) else _run_text(run)
            if not text:
                continue
            parts.append(text)
            if text.strip():
                run_styles.add(_run_style(run))
            run_bold = self._run_bold(run, paragraph_bold)
            if leading and ("\n" in text or (text.strip() and not run_bold)):
                leading = False
            elif leading and text.strip():
                bold_lead = length + len(text)
            length += len(text)
            for number, segment in enumerate(text.split("\n")):
                if number:
                    lines_bold.append(None)
                if segment.strip():
                    lines_bold[-1] = run_bold and lines_bold[-1] is not False
            if text.strip():
                sizes[self._run_size(run, paragraph_size)] += len(text.strip())
                if not run_bold:
                    all_bold = False
                if all_italic and not self._run_flag(run, _ITALIC, False):
                    all_italic = False
        size = sizes.most_common(1)[0][0] if sizes else paragraph_size
        linked = (
            self._styles.linked_heading_level(next(iter(run_styles)))
            if len(run_styles) == 1
            else None
        )
        return _Paragraph(
            "".join(parts),
            all_bold and bool(sizes),
            size,
            [bool(b) for b in lines_bold],
            notes,
            note_marks,
            linked,
            0 if all_bold else bold_lead,
            all_italic and bool(sizes) and not all_bold,
        )

    def _run_size(self, run: XmlElement, paragraph_size: float) -> float:
        properties = run.find(qn("w:rPr"))
        if properties is not None:
            direct = _size_of(properties)
            if direct is not None:
                return direct
            style = properties.find(qn("w:rStyle"))
            if style is not None:
                inherited = self._styles.size(_attr(style, "w:val"))
                if inherited is not None:
                    return inherited
        return paragraph_size

    def headings_by_size(self) -> None:
        """Make headings of short paragraphs set clearly larger than the body text.

        Many councils' templates give headings a style of their own ("Chapter Heading",
        "Title 2") that is neither named nor based on Word's Heading styles and has no outline
        level: the type size is then what shows a reader the heading. The largest such size is
        the title's level (unless a Title style already holds the title), each smaller size one
        level lower, under the styled heading the document opens with.
        """
        if not self.characters_by_size or not self.plain:
            return
        body = self.characters_by_size.most_common(1)[0][0]
        larger = [p for p in self.plain if p.size >= body * _HEADING_SIZE_RATIO]
        classes = sorted({p.size for p in larger}, reverse=True)
        first_level = 1 if self.title_styled else 0
        if self.opening_heading is not None:
            # the styled heading the document opens with is its title: no line set in a larger
            # size (a heading boxed in a shaded cell) outranks it
            first_level = max(first_level, self.opening_heading + 1)
        for paragraph in larger:
            level = first_level + classes.index(paragraph.size)
            self.output[paragraph.output_index] = (
                "#" * min(level + 1, 6) + " " + escape_heading_text(paragraph.text)
            )

    def _run_bold(self, run: XmlElement, paragraph_bold: bool) -> bool:
        return self._run_flag(run, _BOLD, paragraph_bold)

    def _run_flag(self, run: XmlElement, tag: str, paragraph_value: bool) -> bool:
        properties = run.find(qn("w:rPr"))
        if properties is not None:
            direct = properties.find(tag)
            if direct is not None:
                return _on(direct.get(qn("w:val")), True)
            style = properties.find(qn("w:rStyle"))
            if style is not None:
                inherited = self._styles.flag(_attr(style, "w:val"), tag)
                if inherited is not None:
                    return inherited
        return paragraph_value


_FIELD_CHARACTER = qn("w:fldChar")
_FIELD_INSTRUCTION = qn("w:instrText")
_PAGE_NUMBER_FIELDS = frozenset({"PAGEREF", "PAGE", "NUMPAGES", "SECTIONPAGES"})
"""Fields whose result is a page number: in a contents entry ("Our values 4") or a cross-
reference ("see page 12") it belongs to the printed pages, not to the text that is compared."""


class _Fields:
    """Word's complex fields (`w:fldChar` begin, instruction, separate, result, end) as the runs
    of one paragraph pass: says which runs are the result of a page-number field."""

    def __init__(self) -> None:
        self._open: list[_OpenField] = []
        self._page_results = 0
        """How many open fields show a page number: kept as the fields open and close, so a
        paragraph of many nested fields is not looked over at each run (decision 0161)."""

    def read(self, run: XmlElement) -> bool:
        """Take in the run's field marks; True when its text is a page number to leave out."""
        for child in run.iterchildren():
            if child.tag == _FIELD_CHARACTER:
                kind = child.get(qn("w:fldCharType"))
                if kind == "begin":
                    self._open.append(_OpenField())
                elif kind == "separate" and self._open:
                    self._update(self._open[-1], "", True)
                elif kind == "end" and self._open:
                    self._page_results -= self._open.pop().page_result
            elif child.tag == _FIELD_INSTRUCTION and self._open:
                field = self._open[-1]
                self._update(field, child.text or "", field.in_result)
        return self._page_results > 0

    def _update(self, field: _OpenField, instruction: str, in_result: bool) -> None:
        if len(field.instruction) < _MAX_INSTRUCTION:
            field.instruction = (field.instruction + instruction)[:_MAX_INSTRUCTION]
        field.in_result = in_result
        page_result = in_result and _field_name(field.instruction) in _PAGE_NUMBER_FIELDS
        self._page_results += page_result - field.page_result
        field.page_result = page_result


_MAX_INSTRUCTION = 1000
"""Characters of a field's instruction kept: its name is the first word, a few letters."""


@dataclass(slots=True)
class _OpenField:
    instruction: str = ""
    in_result: bool = False
    """Past the field's `separate` mark: its runs are its result."""
    page_result: bool = False
    """In its result, and a field that gives a page number."""


def _field_name(instruction: str) -> str:
    words = instruction.split()
    return words[0].upper() if words else ""


_CLAUSE_END = re.compile(r"[.!?:;][\"'\u201d\u2019)]*$")
"""A line ending a clause: an item's line ending so is not wrapped on to the next."""
_LINE_BULLET = re.compile(r"[\u2022\u25cf\u25aa\u25e6\u00b7\u2013\u2014-]\s+(?=\S)")
"""A bullet typed at the start of a line, as text pasted from a web page keeps it."""


@dataclass(slots=True)
class _SoftBlock:
    kind: str
    """"heading" (a bold line), "item" (a bulleted line) or "text"."""
    text: str


def _soft_blocks(text: str, lines_bold: list[bool]) -> list[_SoftBlock] | None:
    """The blocks of a paragraph that holds several with Word's line breaks between them, as
    text pasted from a web page does: a bold line among plain ones is a heading, a bulleted line
    a list item, an empty line (two breaks) ends a paragraph. None when it is one paragraph."""
    lines = text.split("\n")
    if len(lines) < 2 or len(lines_bold) != len(lines):
        return None
    filled = [line.strip() for line in lines]
    plain_lines = [bold for line, bold in zip(filled, lines_bold, strict=True) if line]
    if all(plain_lines):
        return None
    blocks: list[_SoftBlock] = []
    current: list[str] = []
    split = False

    def close() -> None:
        if current:
            blocks.append(_SoftBlock("text", "\n".join(current)))
            current.clear()

    for line, bold in zip(filled, lines_bold, strict=True):
        bullet = _LINE_BULLET.match(line)
        if not line:
            split = split or bool(current)
            close()
        elif bold and _MAY_BE_HEADING.fullmatch(line):
            close()
            blocks.append(_SoftBlock("heading", line))
            split = True
        elif bullet is not None:
            close()
            blocks.append(_SoftBlock("item", line[bullet.end() :]))
            split = True
        elif (
            not current
            and blocks
            and blocks[-1].kind == "item"
            and _CLAUSE_END.search(blocks[-1].text) is None
            and line[:1].islower()
        ):
            blocks[-1].text += " " + line  # the item wrapped by hand: "... and" / "well-being"
        else:
            current.append(line)
    close()
    if len(blocks) == 1 and blocks[0].kind == "item":
        return blocks  # one bulleted item, wrapped by hand
    return blocks if split and len(blocks) > 1 else None


def _unbolded(cell: str) -> str:
    """A data table's cell without the bold its whole text is set in: a header row's bold
    ("**Month**") is the table's typography, as a PDF's or a web page's table reads it, and
    the bold markers would keep a column's name from being read (decision 0226)."""
    if len(cell) > 4 and cell.startswith("**") and cell.endswith("**") and "**" not in cell[2:-2]:
        return cell[2:-2].strip()
    return cell


def _numbering_of(
    paragraph: XmlElement, style_id: str, styles: _Styles, numbering: Numbering
) -> tuple[str | None, int]:
    properties = paragraph.find(qn("w:pPr"))
    direct = properties.find(qn("w:numPr")) if properties is not None else None
    style_num_id, style_level = styles.numbering(style_id)
    num_id = style_num_id
    level = style_level
    if direct is not None:
        element = direct.find(qn("w:numId"))
        if element is not None:
            num_id = _attr(element, "w:val")
        element = direct.find(qn("w:ilvl"))
        if element is not None:
            level = _int(_attr(element, "w:val"))
    if num_id is not None and level is None:
        level = numbering.level_of_style(num_id, style_id)
    return num_id, level or 0


def _level(paragraph: XmlElement, style_id: str, styles: _Styles, numbering: Numbering) -> int:
    """How deep the item nests: its numbering level, or where that is the first level, the one
    a built-in list style's name gives ("List Bullet 2"; its marker is still its own list's)."""
    level = _numbering_of(paragraph, style_id, styles, numbering)[1]
    return level or styles.list_style_level(style_id)


def _runs(container: XmlElement) -> Iterator[XmlElement]:
    """The runs Word shows, in order: inside links, insertions, fields and content controls;
    not inside deletions, moved-away text, drawings or math."""
    for child in container.iterchildren():
        tag = child.tag
        if tag == _RUN:
            yield child
        elif tag == _SIMPLE_FIELD and _field_name(_attr(child, "w:instr")) in _PAGE_NUMBER_FIELDS:
            continue
        elif tag in _CONTAINERS:
            yield from _runs(child)
        elif tag == _SDT and not _showing_placeholder(child):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _runs(content)


def _showing_placeholder(control: XmlElement) -> bool:
    """Whether a content control shows its placeholder ("Click or tap here to enter text."):
    a prompt to whoever fills the form in, not the document's text (decision 0143)."""
    properties = control.find(qn("w:sdtPr"))
    return properties is not None and properties.find(qn("w:showingPlcHdr")) is not None


_NOTE_REFERENCES = {qn("w:footnoteReference"): "footnote", qn("w:endnoteReference"): "endnote"}
_NOTE_PARTS = {"footnote": "/footnotes", "endnote": "/endnotes"}


_ANCHOR = qn("wp:anchor")
_WRAPPED_TOP_AND_BOTTOM = qn("wp:wrapTopAndBottom")


def _holds_text_box(paragraph: XmlElement) -> bool:
    return next(paragraph.iter(_TEXT_BOX), None) is not None


def _in_flow(box: XmlElement) -> bool:
    """Whether a text box stands in the text's flow: drawn inline, or anchored with the text
    wrapped above and below it only."""
    anchor = next(box.iterancestors(_ANCHOR), None)
    return anchor is None or anchor.find(_WRAPPED_TOP_AND_BOTTOM) is not None


_MARK_DELETIONS = frozenset({qn("w:del"), qn("w:moveFrom")})


def _mark_deleted(paragraph: XmlElement) -> bool:
    """Whether a paragraph's mark is a tracked deletion (or moved away): with the changes
    accepted, its text runs on into the next paragraph."""
    properties = paragraph.find(qn("w:pPr"))
    mark = properties.find(qn("w:rPr")) if properties is not None else None
    return mark is not None and any(child.tag in _MARK_DELETIONS for child in mark)


def _with_deleted_marks_joined(children: Iterator[XmlElement]) -> Iterator[XmlElement]:
    """Block-level children as Word shows them with tracked changes accepted (decision 0143):
    a paragraph whose mark is deleted joins the next paragraph, which keeps its own
    properties (the mark that survives), the joined paragraph's content first."""
    waiting: list[XmlElement] = []
    for child in children:
        if child.tag == _PARAGRAPH and _mark_deleted(child):
            waiting.append(child)
            continue
        if waiting and child.tag == _PARAGRAPH:
            joined = copy.deepcopy(child)
            properties = joined.find(qn("w:pPr"))
            at = 0 if properties is None else joined.index(properties) + 1
            content = [
                copy.deepcopy(part)
                for earlier in waiting
                for part in earlier.iterchildren()
                if part.tag != qn("w:pPr")
            ]
            for offset, part in enumerate(content):
                joined.insert(at + offset, part)
            waiting = []
            yield joined
            continue
        yield from waiting
        waiting = []
        yield child
    yield from waiting


def _note_references(run: XmlElement) -> list[tuple[str, str]]:
    """The footnotes and endnotes a run's reference marks point to, as (kind, id)."""
    return [
        (kind, _attr(child, "w:id"))
        for child in run.iterchildren()
        if (kind := _NOTE_REFERENCES.get(child.tag)) is not None
    ]


def _notes(document: Any) -> dict[tuple[str, str], str]:
    """The text of each footnote and endnote, by (kind, id): its paragraphs on one line.

    A note is the chapter's text, read where its reference mark points (decision 0087), not
    where Word prints it: at the page's foot it would cut a paragraph running on to the next
    page, at the end it would join the last section (decision 0012)."""
    notes: dict[tuple[str, str], str] = {}
    for relationship in document.part.rels.values():
        kind = next(
            (kind for kind, ending in _NOTE_PARTS.items() if relationship.reltype.endswith(ending)),
            None,
        )
        if kind is None or relationship.is_external:
            continue
        root = parse_xml(relationship.target_part.blob)
        for note in root.iterchildren(qn(f"w:{kind}")):
            paragraphs = (
                "".join(_run_text(run) for run in _runs(paragraph))
                for paragraph in note.iter(_PARAGRAPH)
            )
            text = " ".join(" ".join(paragraph.split()) for paragraph in paragraphs)
            if text.strip():
                notes[(kind, _attr(note, "w:id"))] = text.strip()
    return notes


def _wrapped_children(parent: XmlElement, tag: str) -> Iterator[XmlElement]:
    """The children of `parent` with `tag`, also those a content control or custom XML wraps.

    Corporate templates put a row-level content control around a repeating row and a cell-level
    one around a field's cell (a document-control table's version or date); Word shows those
    rows and cells as any other, so a table read only from its direct children would lose them.
    """
    for child in parent.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag == _SDT:
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _wrapped_children(content, tag)
        elif child.tag == _CUSTOM_XML:
            yield from _wrapped_children(child, tag)


def _run_style(run: XmlElement) -> str:
    """The id of the character style a run carries, or ""."""
    properties = run.find(qn("w:rPr"))
    style = properties.find(qn("w:rStyle")) if properties is not None else None
    return _attr(style, "w:val") if style is not None else ""


def _run_text(run: XmlElement) -> str:
    properties = run.find(qn("w:rPr"))
    if properties is not None:
        hidden = properties.find(qn("w:vanish"))
        if hidden is not None and _on(hidden.get(qn("w:val")), True):
            return ""
    parts: list[str] = []
    for child in run.iterchildren():
        tag = child.tag
        if tag == _TEXT:
            parts.append(child.text or "")
        elif tag in _TABS:
            parts.append("\t")
        elif tag == _BREAK:
            kind = child.get(qn("w:type"))
            parts.append(" " if kind in ("page", "column") else "\n")
        elif tag == _CARRIAGE_RETURN:
            parts.append("\n")
        elif tag == _NO_BREAK_HYPHEN:
            parts.append("-")
    return "".join(parts)


_TEXT = qn("w:t")
_TEXT_BOX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TABS = frozenset({qn("w:tab"), qn("w:ptab")})
_BREAK = qn("w:br")
_CARRIAGE_RETURN = qn("w:cr")
_NO_BREAK_HYPHEN = qn("w:noBreakHyphen")


_TYPED_BULLET = re.compile(
    r"[ \t]*(?:[\u2022\u25cf\u25aa\u25a0\u25e6\u2023\u2043\u00b7][ \t]+|[-\u2013o*]\t[ \t]*)(?=\S)"
)
_TYPED_NUMBER = re.compile(r"[ \t]*(\d{1,2}[.)])\t[ \t]*(?=\S)")


def _typed_item(raw: str) -> str | None:
    """A list item typed by hand, as markdown: a paragraph opening with a bullet character
    ("•", "●", "▪") and a space or tab, or with a dash, "o" or a number ("1)", "2.") and a tab,
    as authors type lists without Word's numbering. A number typed with a space opens a
    numbered heading or sentence as often as an item, so only the tab marks an item."""
    if "\n" in raw.strip():
        return None
    bullet = _TYPED_BULLET.match(raw)
    if bullet is not None:
        return "- " + escape_line_start(_tidy(raw[bullet.end() :]))
    number = _TYPED_NUMBER.match(raw)
    if number is not None:
        return f"{number.group(1)} " + escape_line_start(_tidy(raw[number.end() :]))
    return None


_ATX_HEADING = re.compile(r"(#{1,6}) (\S.*)")
_BLOCK_OPENING = re.compile(r"(?:#{1,6} |[-*+] |\d{1,9}\\?[.)] |\*|\||>)")
"""Markup a block of the rendered text opens with: a heading, a list item, bold or italic
words, a table row or a quote; a printed line carried on below opens with none of these."""
_PRINTED_LINE_CHARACTERS = 120
"""No line of a page printed in a readable type holds more characters than this."""
_PRINTED_LINE_WORDS = 6
_FULL_LINE_SHARE = 0.7
"""A printed line this share of the widest one's length or longer reached the page's edge."""
_UNFINISHED_PARAGRAPHS = 5
_UNFINISHED_SHARE = 0.3
"""A file whose paragraphs are printed lines: at least this many of its paragraphs of six words
or more, and this share of them, stop where no sentence or clause ends."""


def _printed_lines_rejoined(output: list[str]) -> list[str]:
    """The rendered blocks with printed lines that a converter made paragraphs put back
    together. A PDF turned into Word by a converter keeps each printed line as a paragraph of
    its own (and a title set on two lines as two headings), so a sentence wrapped at the page's
    edge is cut in two ("This chapter" / "was amended in February 2026") and nothing read from
    it is found. A heading that opens in lower case carries on the heading of its level above
    it, which stops where no clause ends: headings are never begun in lower case. In a file
    whose paragraphs are all of a printed line's length and whose paragraphs often stop where no
    sentence or clause does, such a paragraph runs on into the next plain paragraph as one
    paragraph's lines when it reached the page's edge (a line cut short there is its printed
    paragraph's last, or a line of its own: a list's item, a label), or when it stops after a
    comma or on a word a phrase goes on after and the next opens in lower case. Word files
    written as Word files are left as they are: their paragraphs end as sentences do and run
    longer than any printed line."""
    width = _printed_line_width(output)
    joined: list[str] = []
    for block in output:
        previous = joined[-1] if joined else ""
        heading, carried = _ATX_HEADING.fullmatch(previous), _ATX_HEADING.fullmatch(block)
        if (
            heading is not None
            and carried is not None
            and heading.group(1) == carried.group(1)
            and carried.group(2)[:1].islower()
            and _CLAUSE_END.search(heading.group(2)) is None
        ):
            joined[-1] = f"{previous} {carried.group(2)}"
        elif width and previous and _carries_on(previous, block, width):
            joined[-1] = f"{previous}\n{block}"
        else:
            joined.append(block)
    return joined


def _printed_line_width(output: list[str]) -> int:
    """The length of the widest of a file's paragraphs when its paragraphs are printed lines
    (see `_printed_lines_rejoined`), else 0."""
    plain = [block for block in output if _BLOCK_OPENING.match(block) is None]
    width = max((len(line) for block in plain for line in block.split("\n")), default=0)
    if width > _PRINTED_LINE_CHARACTERS:
        return 0
    long_ones = [block for block in plain if len(block.split()) >= _PRINTED_LINE_WORDS]
    unfinished = [block for block in long_ones if _CLAUSE_END.search(block) is None]
    if len(unfinished) < max(_UNFINISHED_PARAGRAPHS, _UNFINISHED_SHARE * len(long_ones)):
        return 0
    return width


def _carries_on(block: str, following: str, width: int) -> bool:
    """Whether `following`, a plain paragraph, is the next printed line of `block`'s
    sentence (see `_printed_lines_rejoined`) in a file whose widest line is `width` long."""
    last = block.rsplit("\n", 1)[-1]
    if (
        block.startswith(("#", "*", "|", ">"))
        or _BLOCK_OPENING.match(following) is not None
        or not following[:1].isalpha()
        or len(last.split()) < _PRINTED_LINE_WORDS
        or _CLAUSE_END.search(last) is not None
    ):
        return False
    return len(last) >= _FULL_LINE_SHARE * width or (
        following[:1].islower() and (ends_unfinished(last) or ends_on_a_linking_word(last))
    )


def _front_matter_line(line: str) -> bool:
    return len(line.split()) <= _FRONT_MATTER_WORDS and not _SENTENCE_END.search(line.rstrip("*"))


_SENTENCE_CLOSED = re.compile(r"[.!?][\"'\u2019\u201d)\]]*\Z")
_SENTENCE_OPENS = re.compile(r"\s*[\"'\u2018\u201c(]?[A-Z0-9]")


def _with_notes_run_on(raw: str, text: str, marked: list[tuple[int, str]]) -> str:
    """`text` (the paragraph's `raw` text, tidied) with its notes read where their marks stand
    (decision 0087): a note whose mark closes a sentence that another sentence follows runs on
    right after that sentence, as the note's reader meets it at the mark, so that what it
    adds to the sentence ("until 21.¹" / "¹ Or 25 for those still studying.") stands beside
    it, not a paragraph later; any other note runs on at the paragraph's end."""
    inside: dict[int, list[str]] = {}
    after: list[str] = []
    for mark, note in marked:
        at = len(_tidy(raw[:mark]))
        head, rest = text[:at], text[at:]
        if _SENTENCE_CLOSED.search(head) and rest.strip() and _SENTENCE_OPENS.match(rest):
            inside.setdefault(at, []).append(note)
        else:
            after.append(note)
    for at in sorted(inside, reverse=True):
        text = f"{text[:at]} {' '.join(inside[at])}{text[at:]}"
    return f"{text} {' '.join(after)}" if after else text


def _tidy(text: str) -> str:
    """One space between words, no blank lines inside a paragraph, no space at line ends."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _bold_lead(raw: str, lead: int) -> str | None:
    """The words of a paragraph's bold lead-in (`raw`'s first `lead` characters, tidied), as
    in "Issue 2 — Revised …" or "Our promise. We will …" with only the label in bold, or None
    when there is none: no words in bold before plain ones, bold that ends inside a word, or
    bold that holds markdown's own emphasis characters."""
    if lead <= 0:
        return None
    words = _tidy(raw[:lead])
    rest = raw[lead:]
    if (
        not rest.strip()
        or not any(character.isalnum() for character in words)
        or "*" in words
        or "_" in words
        or "\n" in words
        or (words[-1].isalnum() and rest[:1].isalnum())
    ):
        return None
    return words


def _lead_marked(markdown: str, lead: str | None) -> str:
    """`markdown` (a paragraph's or an item's text, escaped) with its opening `lead` in bold,
    as markdown writes a run-in label ("**Our promise.** We will …") and as the section
    planner reads one. Unchanged when escaping altered the lead's first characters."""
    if lead is None or not markdown.startswith(lead) or "*" in lead or "_" in lead:
        return markdown
    return f"**{lead}**{markdown[len(lead) :]}"


def _paragraph_markdown(text: str, bold: bool, italic: bool = False) -> str:
    """A paragraph's text as markdown: a paragraph of one line wholly in bold as `**…**`,
    wholly in italics as `*…*` (as markdown sets a byline under a title apart), else escaped."""
    if (bold or italic) and "\n" not in text and "*" not in text and "_" not in text:
        return f"**{text}**" if bold else f"*{text}*"
    return escape_lines(text)


def _size_of(run_properties: XmlElement | None) -> float | None:
    """The font size a run-properties element sets (`w:sz`, in half-points), if any."""
    if run_properties is None:
        return None
    element = run_properties.find(qn("w:sz"))
    if element is None:
        return None
    half_points = _int(_attr(element, "w:val"))
    return half_points / 2 if half_points is not None and 0 < half_points < 3200 else None


def _outline_level(properties: XmlElement | None) -> int | None:
    if properties is None:
        return None
    element = properties.find(qn("w:outlineLvl"))
    if element is None:
        return None
    level = _int(_attr(element, "w:val"))
    return level + 1 if level is not None and 0 <= level < 9 else None


def _attr(element: XmlElement, name: str) -> str:
    value = element.get(qn(name))
    return value if isinstance(value, str) else ""


def _int(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def _on(value: object, default: bool) -> bool:
    """A Word on/off property: absent `w:val` means on."""
    if value is None:
        return default
    return str(value).strip().lower() not in _FALSE_VALUES
