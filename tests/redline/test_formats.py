"""Redline file names say what they hold; the format comes from a file's extension."""

from __future__ import annotations

import pytest

from app.errors import InvalidParameter
from app.redline import VersionDetails, format_from_filename, redline_filename


def _version(council: str, date: str | None, chapter: str = "Fostering") -> VersionDetails:
    return VersionDetails(council, chapter, date, None, "0" * 64, council)


def test_the_file_name_names_both_councils_and_dates() -> None:
    name = redline_filename(
        _version("Merton", "2019-01"), _version("Derbyshire", "2021-12"), "docx"
    )
    assert name == "redline-merton-2019-01_vs_derbyshire-2021-12.docx"


def test_the_file_name_is_ascii_and_names_an_undated_version() -> None:
    name = redline_filename(
        _version("Brent & Harrow\u2019s", None), _version("Ålesund", "2021"), "pdf"
    )
    assert name == "redline-brent-harrows-undated_vs_alesund-2021.pdf"


@pytest.mark.parametrize(
    ("filename", "expected"),
    [("out.docx", "docx"), ("OUT.PDF", "pdf"), ("a/b.html", "html"), ("x.htm", "html")],
)
def test_the_format_comes_from_the_extension(filename: str, expected: str) -> None:
    assert format_from_filename(filename) == expected


@pytest.mark.parametrize("filename", ["redline.odt", "redline"])
def test_an_unknown_extension_is_a_one_line_error_that_says_what_to_do(filename: str) -> None:
    with pytest.raises(InvalidParameter) as raised:
        format_from_filename(filename)
    message = str(raised.value.detail if hasattr(raised.value, "detail") else raised.value)
    assert "\n" not in message and ".docx, .pdf or .html" in message
