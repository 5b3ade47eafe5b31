"""Which binary document format some bytes hold, judged by their content.

A Word (.docx) file is a ZIP archive with a `word/document.xml` part; a PDF starts with `%PDF-`.
The file name is only a hint: it decides between "a damaged Word file" and "some other damaged
archive" when the archive's directory cannot be read. Bytes that are neither are left to the text
reader, which refuses other binary files by name.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePath

from app.errors import CorruptDocument, EncryptedDocument, UnsupportedMediaType
from app.ingest.model import DocumentFormat

PDF_SIGNATURE = b"%PDF-"
ZIP_SIGNATURE = b"PK\x03\x04"
WORD_MAIN_PART = "word/document.xml"
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
"""Office wraps a password-protected .docx in an OLE container with a stream of this name."""
_WORD_FIRST_PARTS = ("[Content_Types].xml", "_rels/", "word/", "docProps/")
"""Names Word writes first in an archive: a damaged archive that starts with one is a Word file."""
_OTHER_OFFICE_PARTS: tuple[tuple[str, str], ...] = (
    ("xl/workbook.xml", "an Excel workbook"),
    ("ppt/presentation.xml", "a PowerPoint presentation"),
    ("content.xml", "an OpenDocument file"),
)


def sniff_document(data: bytes, filename: str = "") -> DocumentFormat | None:
    """ "pdf" or "docx" when `data` holds one, else None (text, or another kind of file).

    Raises EncryptedDocument for a password-protected Word file, CorruptDocument for a Word
    file whose archive is damaged, and UnsupportedMediaType for other Office files.
    """
    if data.startswith(PDF_SIGNATURE):
        return "pdf"
    if data.startswith(_OLE_SIGNATURE) and _ENCRYPTED_PACKAGE in data:
        raise EncryptedDocument(
            "the Word file is password-protected, so its text cannot be read. To fix: open it "
            "in Word, remove the password (File, Info, Protect Document), save it and upload "
            "it again."
        )
    if not data.startswith(ZIP_SIGNATURE):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, EOFError) as error:
        if _looks_like_word(data, filename):
            raise CorruptDocument(
                "the Word file is damaged or incomplete (its ZIP directory cannot be read; was "
                "the download cut short?). To fix: save the chapter again from Word as a .docx "
                "file and upload that.",
            ) from error
        return None
    if WORD_MAIN_PART in names:
        return "docx"
    for part, description in _OTHER_OFFICE_PARTS:
        if part in names:
            raise UnsupportedMediaType(
                f"the file is {description}, not a Word, PDF, text, markdown or HTML document. "
                "To fix: save the chapter as a Word document (.docx) or PDF and upload that.",
                detected=description,
            )
    return None


def _looks_like_word(data: bytes, filename: str) -> bool:
    if PurePath(filename).suffix.lower() in (".docx", ".docm", ".dotx"):
        return True
    name_length = int.from_bytes(data[26:28], "little")
    first_name = data[30 : 30 + name_length].decode("utf-8", "replace")
    return first_name.startswith(_WORD_FIRST_PARTS)
