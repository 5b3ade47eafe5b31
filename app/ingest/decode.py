"""Bytes → str: refuse binary files, honour byte-order marks, else detect the encoding.

Order matters: a byte-order mark is certain, a UTF-16/32 NUL pattern nearly so, UTF-8 that
decodes strictly is almost never wrong, and only then is an encoding guessed statistically.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes
from charset_normalizer.utils import any_specified_encoding

from app.errors import InvalidSource, UnsupportedMediaType

BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Microsoft Office document (save it as .docx)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x28\xb5\x2f\xfd", "a Zstandard archive"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"RIFF", "a RIFF media file (WebP, WAV or AVI)"),
    (b"OggS", "an Ogg media file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"\x7fELF", "an executable"),
    (b"\xca\xfe\xba\xbe", "a compiled program"),
    (b"\x00asm", "a WebAssembly module"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
"""Leading bytes of common non-text files, with how to name them in the error message."""

_ISO_MEDIA_BRAND = re.compile(rb"^....ftyp", re.DOTALL)
"""MP4, MOV, HEIC and AVIF files carry `ftyp` at offset 4."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
"""Longest first: the UTF-32 LE mark begins with the UTF-16 LE one."""

_DECLARATION_BYTES = 1024
"""Where a page's declared encoding must stand (the HTML Standard's prescan length)."""
_SAMPLE_BYTES = 8192
_WIDE_NUL_SHARE = 0.3
"""Share of NUL bytes in one position of each code unit that marks UTF-16/32 without a BOM."""
_WIDE_STRAY_SHARE = 0.05
_MIN_WIDE_UNITS = 4
"""Fewer code units than this are too few to tell a NUL pattern from chance."""
_BINARY_CONTROL_SHARE = 0.01
"""More control characters than this, as a share of all characters, is binary data, not text."""
_BINARY_CONTROL_CHARS = "".join(
    chr(code) for code in (*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20))
)
_BINARY_CONTROLS = re.compile(f"[{re.escape(_BINARY_CONTROL_CHARS)}]")
_PREFERRED_LEGACY = "cp1252"
"""Windows' Western encoding: what English councils' non-UTF-8 documents almost always use."""
_LEGACY_CHAOS_TOLERANCE = 0.05
_MIN_WORD_BREAK_SHARE = 0.02
"""Written language in an alphabetic script breaks words with spaces and lines: at least 2 % of
characters (English prose has about 17 %). Bytes that decode to unbroken runs are not text."""
_MIN_PROSE_CHARS = 64
"""Below this a text may be a single word, which needs no spaces."""
_WORD_BREAKS = re.compile(r"[ \t\n\r]")


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A decoded source before normalisation."""

    text: str
    """The decoded characters, byte-order mark removed."""
    encoding: str
    """The Python codec name the bytes were decoded with."""


def decode_bytes(data: bytes) -> DecodedText:
    """Decode a text file, or raise UnsupportedMediaType (binary) or InvalidSource (undecodable)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_decode_strictly(data[len(bom) :], encoding, "its byte-order mark"))
    _refuse_known_binary(data)
    wide = _wide_encoding_without_bom(data[:_SAMPLE_BYTES])
    if wide is not None:
        return _checked(_decode_strictly(data, wide, "its pattern of NUL bytes"))
    if b"\x00" in data[:_SAMPLE_BYTES] and _looks_binary(data[:_SAMPLE_BYTES].decode("latin-1")):
        raise _binary_error("binary data")
    try:
        return _checked(DecodedText(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    declared = _declared_encoding(data)
    if declared is not None:
        try:
            return _checked(DecodedText(data.decode(declared), declared))
        except UnicodeDecodeError:
            pass  # the declaration is wrong: detect the encoding as for any other file
    return _checked(_detect_legacy_encoding(data))


def _declared_encoding(data: bytes) -> str | None:
    """The encoding a web page declares, when it is not UTF-8: `<meta charset>`, `<meta
    http-equiv="Content-Type" content="…; charset=…">` or an XML declaration's `encoding`.

    Looked for only in the first 1024 bytes, as the HTML Standard's prescan does, and only in
    pages (the head holds `<meta` or an XML declaration), by charset-normalizer's scan, which
    knows the IANA names. UTF-16 and UTF-32 declarations are ignored, as the Standard says:
    bytes that reach this point are not in them.
    """
    head = data[:_DECLARATION_BYTES]
    if b"<meta" not in head.lower() and not head.lstrip().startswith(b"<?xml"):
        return None
    name = any_specified_encoding(head, _DECLARATION_BYTES)
    if name is None:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return None if codec.startswith(("utf-16", "utf-32", "utf-8")) else codec


def _refuse_known_binary(data: bytes) -> None:
    for signature, description in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise _binary_error(description)
    if _ISO_MEDIA_BRAND.match(data[:8]):
        raise _binary_error("a video or image file")


def _wide_encoding_without_bom(sample: bytes) -> str | None:
    """Name the UTF-32/UTF-16 byte order whose NUL pattern `sample` shows, if any.

    Text in Latin script stored as UTF-16 has a NUL in every other byte; as UTF-32, in three
    bytes of every four. Which byte of the unit is never NUL gives the byte order.
    """
    if b"\x00" not in sample:
        return None  # no NUL at all: no pattern to find (one fast scan instead of six counts)
    for width, little, big in ((4, "utf-32-le", "utf-32-be"), (2, "utf-16-le", "utf-16-be")):
        units = len(sample) // width
        if units < _MIN_WIDE_UNITS:
            continue
        shares = [sample[i : units * width : width].count(0) / units for i in range(width)]
        if shares[0] <= _WIDE_STRAY_SHARE and all(s >= _WIDE_NUL_SHARE for s in shares[1:]):
            return little
        if shares[-1] <= _WIDE_STRAY_SHARE and all(s >= _WIDE_NUL_SHARE for s in shares[:-1]):
            return big
    return None


def _decode_strictly(data: bytes, encoding: str, evidence: str) -> DecodedText:
    try:
        return DecodedText(data.decode(encoding), encoding)
    except UnicodeDecodeError as error:
        raise InvalidSource(
            f"the file looks like {encoding.upper()} text from {evidence}, but byte "
            f"{error.start} is not valid {encoding.upper()}. To fix: save the file again as "
            "UTF-8 and upload that.",
            encoding=encoding,
        ) from error


def _detect_legacy_encoding(data: bytes) -> DecodedText:
    """Guess a single-byte or legacy encoding, preferring Windows-1252 when it reads as well.

    Statistical detection is unreliable on short Western text ("café" can come back as UTF-16),
    so Windows-1252 wins whenever the detector finds it about as plausible as its first choice.
    """
    best = from_bytes(data).best()
    western = from_bytes(data, cp_isolation=[_PREFERRED_LEGACY]).best()
    if western is not None and (
        best is None or western.chaos <= best.chaos + _LEGACY_CHAOS_TOLERANCE
    ):
        best = western
    if best is None:
        if _looks_binary(data[:_SAMPLE_BYTES].decode("latin-1")):
            raise _binary_error("binary data")
        raise InvalidSource(
            "the file is not UTF-8 and its encoding could not be recognised. To fix: save it "
            "as UTF-8 text (in most editors: Save As, Encoding: UTF-8) and upload it again."
        )
    text = str(best)
    if len(text) >= _MIN_PROSE_CHARS and (
        _WORD_BREAKS.subn("", text)[1] < _MIN_WORD_BREAK_SHARE * len(text)
    ):
        raise InvalidSource(
            f"the file is not UTF-8, and read as {best.encoding} it has almost no spaces or line "
            "breaks, so it is not readable text. To fix: save it as UTF-8 text (in most "
            "editors: Save As, Encoding: UTF-8) and upload it again."
        )
    return DecodedText(text, codecs.lookup(best.encoding).name)


def _checked(decoded: DecodedText) -> DecodedText:
    if _looks_binary(decoded.text):
        raise _binary_error("binary data")
    return decoded


def _looks_binary(text: str) -> bool:
    if not text or not any(char in text for char in _BINARY_CONTROL_CHARS):
        return False  # one-character searches: far faster than the pattern's scan of text
    return _BINARY_CONTROLS.subn("", text)[1] > _BINARY_CONTROL_SHARE * len(text)


def _binary_error(description: str) -> UnsupportedMediaType:
    return UnsupportedMediaType(
        f"the file is {description}, not a Word (.docx), PDF, text, markdown or HTML document. "
        "To fix: "
        "upload the chapter as a Word file (.docx), a PDF, plain text (.txt), markdown (.md) or "
        "a saved web page (.html).",
        detected=description,
    )
