"""A redline as a Word document whose differences are Word tracked changes.

Built with python-docx and its XML layer (`OxmlElement`): python-docx writes the package, styles,
runs, line breaks, tables and fields; the revision elements it has no API for (`w:ins`, `w:del`,
`w:moveFrom`, `w:moveTo`, their range markers, and `w:pPrChange`) are made as elements of its own
tree, never as XML strings. Every revision carries the author "policydiff" and the comparison's
time, so Word's Review pane lists them and "Accept all" gives the right version's text while
"Reject all" gives the left's.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import UTC

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

from app.redline.model import Mark, ParagraphFormat, Redline, TrackedParagraph

AUTHOR = "policydiff"
"""The author of every tracked change."""
TEXT_BOOKMARK = "policydiff_text"
"""Bookmark on the first paragraph of the tracked text (after the cover page)."""

_REVISION_TAGS: dict[Mark, str] = {
    "insert": "w:ins",
    "delete": "w:del",
    "move_from": "w:moveFrom",
    "move_to": "w:moveTo",
}
_SIGN_OFF_FIELDS = (
    "Name",
    "Role",
    "Date",
    "Decision (approved / approved with changes / not approved)",
)


def write_docx(redline: Redline) -> bytes:
    """The redline as the bytes of a `.docx` file: cover page, then the tracked text."""
    document = Document()
    writer = _Writer(document, redline)
    writer.cover()
    writer.tracked_text()
    writer.header_and_footer()
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


class _Writer:
    def __init__(self, document: WordDocument, redline: Redline) -> None:
        self._document = document
        self._redline = redline
        self._date = redline.compared_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self._next_id = 1
        self._open_range: tuple[str, int] | None = None
        self._open_range_id = 0

    # --- cover page ------------------------------------------------------------------------

    def cover(self) -> None:
        redline = self._redline
        document = self._document
        document.core_properties.title = f"Redline: {redline.left.label} to {redline.right.label}"
        document.core_properties.author = AUTHOR
        document.add_paragraph(f"Redline: {redline.left.label} → {redline.right.label}", "Title")
        document.add_paragraph(
            "Differences are Word tracked changes: Review → Accept All gives the newer version, "
            "Reject All the older one. Moved paragraphs are tracked as moves."
        )
        document.add_heading("Versions compared", level=1)
        rows = [
            ("", "Older (left)", "Newer (right)"),
            ("Council", redline.left.council, redline.right.council),
            ("Chapter", redline.left.chapter, redline.right.chapter),
            (
                "Amendment date",
                _or_not_stated(redline.left.amendment_date),
                _or_not_stated(redline.right.amendment_date),
            ),
            (
                "Version label",
                _or_not_stated(redline.left.version_label),
                _or_not_stated(redline.right.version_label),
            ),
            ("SHA-256 of the original", redline.left.sha256, redline.right.sha256),
        ]
        self._table(rows, header=True)
        document.add_heading("Comparison", level=1)
        ignored = redline.option_names()
        document.add_paragraph(
            f"Compared {redline.compared_at.astimezone(UTC):%d %B %Y %H:%M} UTC. Ignoring: "
            + (", ".join(ignored) if ignored else "nothing (every difference is shown)")
            + "."
        )
        totals = redline.totals
        changed = sum(count for status, count in totals.sections.items() if status != "unchanged")
        document.add_paragraph(
            f"{changed} of {sum(totals.sections.values())} sections differ; "
            f"{_counted(totals.words_inserted, 'word')} inserted, {totals.words_deleted} deleted; "
            f"{_counted(len(redline.moves), 'passage')} moved; "
            f"{totals.similarity:.0%} of words kept."
        )
        if redline.coarse_notice:
            document.add_paragraph(redline.coarse_notice)
        document.add_heading("Facts that differ", level=1)
        if redline.fact_changes:
            self._table(
                [("Fact", "Older (left)", "Newer (right)")]
                + [(fact.label, fact.left, fact.right) for fact in redline.fact_changes],
                header=True,
            )
        else:
            document.add_paragraph("Every fact has the same value in both versions.")
        document.add_heading("Sign-off", level=1)
        self._table([(name, "") for name in _SIGN_OFF_FIELDS], header=False)
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def _table(self, rows: Sequence[tuple[str, ...]], *, header: bool) -> None:
        table = self._document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for row, values in zip(table.rows, rows, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
        if header:
            for cell in table.rows[0].cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True

    # --- tracked text ----------------------------------------------------------------------

    def tracked_text(self) -> None:
        self._document.add_heading("Tracked text", level=1)
        body = self._document.element.body
        for index, tracked in enumerate(self._redline.paragraphs):
            paragraph = self._document.add_paragraph()
            self._format(paragraph, tracked)
            if index == 0:
                self._bookmark(paragraph)
            for run in tracked.runs:
                self._range_for(paragraph, run.mark, run.move)
                self._run(paragraph, run.text, run.mark)
            self._range_for(paragraph, tracked.mark, tracked.move)
            if tracked.mark != "equal":
                mark_properties = self._mark_properties(paragraph)
                mark_properties.append(self._revision(tracked.mark))
        if self._open_range is not None:
            last = body.findall(qn("w:p"))[-1]
            last.append(self._range_end())
            self._open_range = None

    def _format(self, paragraph: Paragraph, tracked: TrackedParagraph) -> None:
        paragraph.style = self._document.styles[_style_name(tracked.format)]
        if tracked.format.style == "numbered":
            _without_numbering(paragraph)
        if tracked.left_format is not None:
            change = self._revision_element("w:pPrChange")
            former = OxmlElement("w:pPr")
            style = OxmlElement("w:pStyle")
            style.set(qn("w:val"), self._document.styles[_style_name(tracked.left_format)].style_id)
            former.append(style)
            change.append(former)
            paragraph._p.get_or_add_pPr().append(change)

    def _bookmark(self, paragraph: Paragraph) -> None:
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), "0")
        start.set(qn("w:name"), TEXT_BOOKMARK)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), "0")
        paragraph._p.append(start)
        paragraph._p.append(end)

    def _run(self, paragraph: Paragraph, text: str, mark: Mark) -> None:
        run = paragraph.add_run(text)
        if mark == "equal":
            return
        element = run._r
        if mark in ("delete", "move_from"):
            for text_element in element.findall(qn("w:t")):
                text_element.tag = qn("w:delText")
        wrapper = self._revision(mark)
        element.addprevious(wrapper)
        wrapper.append(element)

    def _mark_properties(self, paragraph: Paragraph) -> BaseOxmlElement:
        properties = paragraph._p.get_or_add_pPr()
        found = properties.find(qn("w:rPr"))
        if found is None:
            found = OxmlElement("w:rPr")
            change = properties.find(qn("w:pPrChange"))
            if change is not None:
                change.addprevious(found)
            else:
                properties.append(found)
        return found  # type: ignore[no-any-return]

    def _range_for(self, paragraph: Paragraph, mark: Mark, move: int | None) -> None:
        """Open or close the move range the next content belongs to (none outside a move)."""
        wanted: tuple[str, int] | None = None
        if move is not None and mark in ("move_from", "delete"):
            wanted = ("From", move)
        elif move is not None and mark in ("move_to", "insert"):
            wanted = ("To", move)
        if wanted == self._open_range:
            return
        if self._open_range is not None:
            paragraph._p.append(self._range_end())
        self._open_range = wanted
        if wanted is not None:
            kind, number = wanted
            start = self._revision_element(f"w:move{kind}RangeStart")
            start.set(qn("w:name"), f"move{number}")
            self._open_range_id = int(start.get(qn("w:id")) or 0)
            paragraph._p.append(start)

    def _range_end(self) -> BaseOxmlElement:
        assert self._open_range is not None
        end = OxmlElement(f"w:move{self._open_range[0]}RangeEnd")
        end.set(qn("w:id"), str(self._open_range_id))
        return end

    def _revision(self, mark: Mark) -> BaseOxmlElement:
        return self._revision_element(_REVISION_TAGS[mark])

    def _revision_element(self, tag: str) -> BaseOxmlElement:
        element = OxmlElement(tag)
        element.set(qn("w:id"), str(self._next_id))
        element.set(qn("w:author"), AUTHOR)
        element.set(qn("w:date"), self._date)
        self._next_id += 1
        return element

    # --- running header and page numbers ---------------------------------------------------

    def header_and_footer(self) -> None:
        section = self._document.sections[0]
        header = section.header.paragraphs[0]
        header.text = f"Redline: {self._redline.left.label} → {self._redline.right.label}"
        _small(header.runs)
        footer = section.footer.paragraphs[0]
        footer.add_run("Page ")
        footer._p.append(_field("PAGE"))
        footer.add_run(" of ")
        footer._p.append(_field("NUMPAGES"))
        _small(footer.runs)


def _style_name(format: ParagraphFormat) -> str:
    if format.style == "heading":
        return f"Heading {min(format.level + 1, 6)}"
    if format.style == "title":
        return "Heading 1"
    if format.style == "bullet":
        return "List Bullet" if format.level <= 1 else f"List Bullet {min(format.level, 3)}"
    if format.style == "numbered":
        return "List Number" if format.level <= 1 else f"List Number {min(format.level, 3)}"
    return "Normal"


def _without_numbering(paragraph: Paragraph) -> None:
    """Keep a numbered item's list style (its indent) but not Word's automatic number: the
    number printed in the version is part of its text, and its changes are tracked."""
    properties = paragraph._p.get_or_add_pPr()
    numbering = properties.get_or_add_numPr()
    numbering.get_or_add_ilvl().val = 0
    numbering.get_or_add_numId().val = 0


def _field(instruction: str) -> BaseOxmlElement:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    return field


def _small(runs: Iterable[object]) -> None:
    for run in runs:
        run.font.size = Pt(8)  # type: ignore[attr-defined]
        run.font.color.rgb = RGBColor(0x44, 0x44, 0x44)  # type: ignore[attr-defined]


def _or_not_stated(value: str | None) -> str:
    return value if value else "not stated"


def _counted(count: int, noun: str) -> str:
    """ "1 passage", "3 passages": the cover page is read by people, not parsed."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
