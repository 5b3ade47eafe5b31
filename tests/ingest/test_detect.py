"""Format detection: content evidence beats a misleading extension; a declared format wins."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.ingest import read_source, read_source_file
from tests.conftest import CASES_DIR

INGEST_CASES = CASES_DIR / "ingest"


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("council-page-with-chrome.html", "html"),
        ("saved-page-no-main.txt", "html"),
        ("fragment-saved-as-text.txt", "html"),
        ("markdown-in-text-file.txt", "markdown"),
        ("plain-text-with-dash-lists.txt", "text"),
    ],
)
def test_case_files_are_detected_from_their_content(case: str, expected: str) -> None:
    assert read_source_file(INGEST_CASES / case).source_format == expected


def test_seed_001_is_markdown_in_a_txt_file_and_the_other_seeds_are_plain_text(
    seed_paths: list[Path],
) -> None:
    formats = {path.name[:3]: read_source_file(path).source_format for path in seed_paths}
    assert formats == {
        "000": "text", "001": "markdown", "002": "text", "003": "text", "004": "text",
    }  # fmt: skip


def test_a_declared_format_wins_over_content_and_extension() -> None:
    html = b"<html><body><h1>Values</h1><p>Text</p></body></html>"
    source = read_source(html, "page.html", declared_format="text")
    assert source.source_format == "text"
    assert source.text_syntax == "plain"
    assert "<h1>" in source.text


def test_markdown_extension_is_trusted_without_markdown_syntax() -> None:
    source = read_source(b"Our Values\n\nWe listen to children.\n", "values.md")
    assert (source.source_format, source.text_syntax) == ("markdown", "markdown")


def test_an_html_extension_without_any_markup_is_read_as_text() -> None:
    source = read_source(b"Our Values\nWe listen to children.\n", "values.html")
    assert source.source_format == "text"
    assert source.text == "Our Values\nWe listen to children.\n"


def test_markdown_with_a_little_inline_html_stays_markdown() -> None:
    text = (
        "## 1. Introduction\n\nSee [the framework](#) and [guidance](#).<br>\n\n"
        "## 2. Values\n\nWe <em>listen</em>.\n"
    )
    assert read_source(text.encode(), "chapter.txt").source_format == "markdown"


def test_one_hash_line_and_comparison_signs_do_not_make_plain_text_markup() -> None:
    text = "# of children in care < 100 and > 50\nKey Values\n1. Introduction\n- item\n"
    assert read_source(text.encode(), "chapter.txt").source_format == "text"


def test_markdown_text_is_kept_as_written() -> None:
    data = (INGEST_CASES / "markdown-in-text-file.txt").read_bytes()
    assert read_source(data, "x.txt").text == data.decode()


@pytest.mark.parametrize(
    "line", ["[" * 60_000, "[a](" * 15_000, "**a" * 20_000, "<p " * 20_000, "|" * 60_000 + " x"]
)
def test_detection_takes_linear_time_on_adversarial_lines(line: str) -> None:
    started = time.process_time()
    read_source(line.encode(), "chapter.txt")
    assert time.process_time() - started < 2  # quadratic backtracking would take minutes


def test_links_with_titles_count_as_markdown() -> None:
    text = '[one](#a "First") and [two](https://example.org/x "Second")\n'
    assert read_source(text.encode(), "chapter.txt").source_format == "markdown"
