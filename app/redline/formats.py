"""The three redline formats: media types, extensions, and file names that say what they hold."""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePath
from typing import Literal, get_args

from app.errors import InvalidParameter
from app.redline.model import VersionDetails

RedlineFormat = Literal["docx", "pdf", "html"]
REDLINE_FORMATS: tuple[RedlineFormat, ...] = get_args(RedlineFormat)

_MEDIA_TYPES: dict[RedlineFormat, str] = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "html": "text/html; charset=utf-8",
}
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def media_type(format: RedlineFormat) -> str:
    """The media type a redline of `format` is served as."""
    return _MEDIA_TYPES[format]


def format_from_filename(filename: str) -> RedlineFormat:
    """The format a file name asks for by its extension; InvalidParameter for any other."""
    suffix = PurePath(filename).suffix.lower().lstrip(".")
    if suffix == "htm":
        return "html"
    if suffix in REDLINE_FORMATS:
        return suffix
    shown = f'".{suffix}"' if suffix else "no extension"
    raise InvalidParameter(
        f"cannot tell the redline's format from {filename!r} ({shown}). "
        "To fix: end the file name in .docx, .pdf or .html."
    )


def redline_filename(left: VersionDetails, right: VersionDetails, format: RedlineFormat) -> str:
    """`redline-<council>-<date>_vs_<council>-<date>.<ext>`: both versions named by council and
    amendment date (the chapter too when the two differ), never by internal ids, ASCII only so
    mail filters and every file system accept it."""
    left_name = _slug(left.council, left.amendment_date or "undated")
    right_name = _slug(right.council, right.amendment_date or "undated")
    chapter = "" if left.chapter == right.chapter else "-" + _slug(left.chapter)[:40]
    return f"redline-{left_name}{chapter}_vs_{right_name}.{format}"


def _slug(*parts: str) -> str:
    ascii_text = (
        unicodedata.normalize("NFKD", "-".join(parts)).encode("ascii", "ignore").decode("ascii")
    )
    return _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")[:60] or "version"
