"""Decoding: byte-order marks, UTF-16 without one, legacy Windows text, and binary refusals."""

from __future__ import annotations

import codecs
import io
import random
import zipfile

import pytest

from app.errors import InvalidSource, UnsupportedMediaType
from app.ingest import read_source

CHAPTER = (
    "Children\u2019s Services \u2013 Policies, Values and Principles\n\n"
    "Care leavers: caf\u00e9 r\u00e9sum\u00e9.\n"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (CHAPTER.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + CHAPTER.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + CHAPTER.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + CHAPTER.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + CHAPTER.encode("utf-32-le"), "utf-32-le"),
        (codecs.BOM_UTF32_BE + CHAPTER.encode("utf-32-be"), "utf-32-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-32-le-bom", "utf-32-be-bom"],
)
def test_unicode_encodings_decode_to_the_same_text(data: bytes, encoding: str) -> None:
    source = read_source(data, "chapter.txt")
    assert source.text == CHAPTER
    assert source.encoding == encoding
    assert source.data == data


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_unicode_without_a_byte_order_mark_is_recognised_by_its_nul_pattern(
    encoding: str,
) -> None:
    source = read_source(CHAPTER.encode(encoding), "chapter.txt")
    assert source.text == CHAPTER
    assert source.encoding == encoding


def test_utf16_without_bom_cut_mid_character_is_refused_clearly() -> None:
    data = CHAPTER.encode("utf-16-le") + b"a"
    with pytest.raises(InvalidSource, match=r"UTF-16-LE .* To fix: save the file again as UTF-8"):
        read_source(data, "chapter.txt")


def test_windows_1252_text_is_decoded_with_its_curly_quotes_and_dashes() -> None:
    text = "Children\u2019s Services \u2013 \u201cOur Values\u201d. Caf\u00e9 na\u00efve.\n"
    source = read_source(text.encode("cp1252"), "chapter.txt")
    assert source.text == text
    assert source.encoding == "cp1252"


_PAGE_BODY = (
    "<body><h1>Children\u2019s Services \u2013 \u201cOur Values\u201d</h1>"
    "<p>Support costs \u20ac5 a week; caf\u00e9 visits are free.</p></body></html>"
)


@pytest.mark.parametrize(
    ("head", "encoding"),
    [
        ('<html><head><meta charset="windows-1252"><title>V</title></head>', "cp1252"),
        (
            '<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=ISO-8859-15"></head>',
            "iso8859-15",
        ),
        ('<?xml version="1.0" encoding="iso-8859-15"?>\n<html><head></head>', "iso8859-15"),
    ],
)
def test_a_page_is_decoded_in_the_encoding_it_declares(head: str, encoding: str) -> None:
    page = head + _PAGE_BODY.replace("\u2019", "'" if encoding != "cp1252" else "\u2019")
    if encoding != "cp1252":
        page = page.replace("\u2013", "-").replace("\u201c", '"').replace("\u201d", '"')
    source = read_source(page.encode(encoding), "values.html")
    assert source.encoding == encoding
    assert "\u20ac5 a week; caf\u00e9 visits" in source.text


def test_a_wrong_declaration_falls_back_to_detection() -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>Caf\u00e9 \u201cvalues\u201d.</p>'
    source = read_source(page.encode("cp1252"), "values.html")
    assert source.encoding == "cp1252"
    assert "Caf\u00e9 \u201cvalues\u201d." in source.text


def test_short_latin1_text_is_not_mistaken_for_utf16() -> None:
    assert read_source("caf\u00e9".encode("latin-1")).text == "caf\u00e9"


def test_cyrillic_legacy_text_is_still_detected_as_its_own_encoding() -> None:
    hello_world = "\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440"
    this_is_text = "\u044d\u0442\u043e \u0442\u0435\u043a\u0441\u0442"
    text = f"{hello_world}, {this_is_text}. " * 5
    source = read_source(text.encode("cp1251"))
    assert source.text == text.rstrip()
    assert source.encoding == "cp1251"


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("minutes/2024-05.txt", "Panel minutes")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "JPEG image"),
        (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "GIF image"),
        (_zip_bytes(), "ZIP archive"),
        (b"{\\rtf1\\ansi Children's Services}", "RTF document"),
        (b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00", "video or image"),
    ],
    ids=["png", "jpeg", "gif", "zip", "rtf", "mp4"],
)
def test_known_binary_files_are_refused_by_name(data: bytes, named: str) -> None:
    with pytest.raises(UnsupportedMediaType, match=f"{named}.*To fix: upload the chapter"):
        read_source(data, "chapter.txt")


def test_nul_heavy_data_is_refused_as_binary() -> None:
    data = bytes([0, 1, 2, 3, 0, 0, 250, 7, 0, 9]) * 200
    with pytest.raises(UnsupportedMediaType, match="binary data"):
        read_source(data, "chapter.txt")


def test_control_character_soup_that_is_valid_utf8_is_refused_as_binary() -> None:
    with pytest.raises(UnsupportedMediaType):
        read_source(bytes(range(1, 9)) * 100 + b"some text", "chapter.txt")


def test_a_stray_nul_in_real_text_is_tolerated_and_removed() -> None:
    text = "This chapter provides the context for all procedures. " * 20
    source = read_source(text.encode() + b"\x00" + b"End\n")
    assert "\x00" not in source.text
    assert source.text.endswith("procedures. End\n")


def test_random_high_bytes_are_refused_as_invalid_source() -> None:
    data = bytes((i * 151 + 7) % 256 for i in range(4096))
    with pytest.raises(InvalidSource):
        read_source(data, "chapter.txt")


def test_a_bom_followed_by_invalid_bytes_is_refused_with_the_encoding_named() -> None:
    with pytest.raises(InvalidSource, match="UTF-8 text from its byte-order mark"):
        read_source(codecs.BOM_UTF8 + b"caf\xe9 \xff\xfe", "chapter.txt")


def test_random_high_bytes_that_some_legacy_encoding_accepts_are_still_refused() -> None:
    with pytest.raises(InvalidSource, match="almost no spaces or line breaks"):
        read_source(b"\xe9" * 5000, "chapter.txt")


@pytest.mark.parametrize("size", [600, 20_000, 500_000])
def test_random_high_bytes_are_refused_at_any_size(size: int) -> None:
    generator = random.Random(size)
    data = bytes(generator.randrange(128, 256) for _ in range(size))
    with pytest.raises(InvalidSource, match="To fix: save it as UTF-8"):
        read_source(data, "chapter.txt")
