"""Word's "Accept all" and "Reject all", done on a .docx's XML, for tests.

Independent of the writer: it reads only the OOXML revision elements. Accepting keeps inserted and
moved-to text and drops deleted and moved-from text; rejecting does the opposite. A paragraph
whose mark is dropped runs on into the next paragraph, as in Word.
"""

from __future__ import annotations

import io
from typing import Literal

from docx import Document
from docx.oxml.ns import qn

_ADDED = {qn("w:ins"), qn("w:moveTo")}
_REMOVED = {qn("w:del"), qn("w:moveFrom")}
BOOKMARK = "policydiff_text"


def review(data: bytes, action: Literal["accept", "reject"]) -> list[str]:
    """The tracked text's paragraphs after accepting or rejecting every change (empty ones left
    out)."""
    body = Document(io.BytesIO(data)).element.body
    paragraphs = body.findall(qn("w:p"))
    start = next(
        index
        for index, paragraph in enumerate(paragraphs)
        if any(mark.get(qn("w:name")) == BOOKMARK for mark in paragraph.iter(qn("w:bookmarkStart")))
    )
    dropped = _REMOVED if action == "accept" else _ADDED
    result: list[str] = []
    current: list[str] = []
    for paragraph in paragraphs[start:]:
        for run in paragraph.iter(qn("w:r")):
            if any(ancestor.tag in dropped for ancestor in run.iterancestors()):
                continue
            for part in run:
                if part.tag in (qn("w:t"), qn("w:delText")):
                    current.append(part.text or "")
                elif part.tag in (qn("w:br"), qn("w:cr")):
                    current.append("\n")
                elif part.tag == qn("w:tab"):
                    current.append("\t")
        mark = paragraph.find(f"{qn('w:pPr')}/{qn('w:rPr')}")
        revisions = {child.tag for child in mark} if mark is not None else set()
        if revisions & dropped:
            continue
        result.append("".join(current))
        current = []
    result.append("".join(current))
    return [text for text in result if text]


def revision_authors(data: bytes) -> set[str]:
    """Authors of every revision element in the document."""
    body = Document(io.BytesIO(data)).element.body
    tags = (*_ADDED, *_REMOVED)
    return {element.get(qn("w:author")) for tag in tags for element in body.iter(tag)}
