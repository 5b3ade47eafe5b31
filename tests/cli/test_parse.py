"""`policydiff parse`: JSON and readable output, and one-line errors with exit code 2."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from fpdf import FPDF

from app.cli import cli
from tests.conftest import CASES_DIR
from tests.documents import PdfBlock, new_word, pdf_bytes, word_bytes

CASE = CASES_DIR / "facts" / "six-principles-markdown.md"


def _run(*args):
    return CliRunner().invoke(cli, ["parse", *map(str, args)])


def test_json_output_is_the_parsed_version():
    result = _run(CASE, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["source_format"] == "markdown"
    assert data["facts"]["corporate_parenting_principles"]["value"] == 6
    assert "".join(section["text"] for section in data["sections"]) == CASE.read_text()


def test_json_blocks_locate_their_words_without_markup():
    data = json.loads(_run(CASE, "--json").stdout)
    text = CASE.read_text()
    blocks = [block for section in data["sections"] for block in section["blocks"]]
    headings = [block for block in blocks if block["type"] == "heading"]
    assert headings
    for block in blocks:
        assert block["start"] <= block["content_start"] <= block["content_end"] <= block["end"]
        words = text[block["content_start"] : block["content_end"]]
        assert words == words.strip()
        assert not words.startswith(("#", "- ", "* "))
    assert all(text[block["start"]] == "#" for block in headings)


def test_declared_format_overrides_detection():
    data = json.loads(_run(CASE, "--json", "--format", "text").stdout)
    assert data["source_format"] == "text"


def test_readable_outline_lists_sections_with_spans_then_facts():
    result = _run(CASE)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "Sections" in lines and "Facts" in lines
    assert lines.index("Sections") < lines.index("Facts")
    assert any(line.strip().startswith("permanence_plan_months = 3") for line in lines)
    assert any("[" in line and "-" in line for line in lines[lines.index("Sections") + 1 :])


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda tmp: tmp / "missing.txt", "could not be read"),
        (lambda tmp: _write(tmp / "empty.txt", b""), "empty"),
        (
            lambda tmp: _write(
                tmp / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)
            ),
            "PNG",
        ),
    ],
    ids=["missing", "empty", "png"],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(tmp_path, make, words):
    result = _run(make(tmp_path), "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("policydiff: error: ")
    assert words in lines[0]


def test_unknown_family_is_an_error(tmp_path):
    result = _run(CASE, "--family", "no-such-family")
    assert result.exit_code == 2
    assert "no-such-family" in result.stderr


def test_file_over_the_upload_limit_is_refused(tmp_path, monkeypatch):
    from app.config import get_settings

    big = _write(tmp_path / "big.txt", b"word " * 100)
    monkeypatch.setenv("POLICYDIFF_MAX_UPLOAD_BYTES", "64")
    get_settings.cache_clear()
    try:
        result = _run(big)
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 2
    assert "limit" in result.stderr


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def _policydiff() -> list[str]:
    """The installed console script beside this interpreter, else `python -m app`."""
    script = Path(sys.executable).with_name("policydiff")
    return [str(script)] if script.exists() else [sys.executable, "-m", "app"]


@pytest.mark.slow
def test_real_process_exit_codes(tmp_path):
    ok = subprocess.run(
        [*_policydiff(), "parse", str(CASE), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["facts"]["permanence_plan_months"]["value"] == 3
    png = _write(tmp_path / "x.png", b"\x89PNG\r\n\x1a\n" + bytes(32))
    for path in (tmp_path / "missing.txt", _write(tmp_path / "empty.txt", b""), png):
        bad = subprocess.run(
            [*_policydiff(), "parse", str(path)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert bad.returncode == 2, path
        assert bad.stdout == ""
        assert len(bad.stderr.splitlines()) == 1
        assert bad.stderr.startswith("policydiff: error: ")


def test_a_fact_the_version_states_twice_is_flagged_with_both_values():
    data = json.loads(_run(CASE, "--json").stdout)
    fact = data["facts"]["corporate_parenting_principles"]
    assert (fact["value"], fact["conflict"]) == (6, True)
    [alternative] = fact["alternatives"]
    assert alternative["value"] == 7
    text = CASE.read_text()
    for evidence in alternative["evidence"]:
        assert text[evidence["start"] : evidence["end"]] == evidence["quote"]
    assert data["facts"]["permanence_plan_months"]["conflict"] is False
    assert data["facts"]["permanence_plan_months"]["alternatives"] == []

    lines = _run(CASE).stdout.splitlines()
    assert "    conflicting: also 7" in lines


def _word_chapter(leaving_care_age: int) -> bytes:
    document = new_word(header="Running header words")
    document.add_paragraph("Children's Services Policies, Values and Principles", style="Title")
    document.add_heading("Key Principles", level=1)
    document.add_paragraph(
        f"Care leavers are supported until they are {leaving_care_age} years old."
    )
    return word_bytes(document)


def test_a_word_file_parses_to_markdown_sections_and_facts(tmp_path):
    path = tmp_path / "chapter.docx"
    path.write_bytes(_word_chapter(25))

    data = json.loads(_run(path, "--json").stdout)

    assert data["source_format"] == "docx"
    assert [(s["kind"], s["heading"]) for s in data["sections"]] == [
        ("title", "Children's Services Policies, Values and Principles"),
        ("key_principles", "Key Principles"),
    ]
    assert data["facts"]["leaving_care_support_age"]["value"]["age"] == 25


def test_a_pdf_parses_and_the_format_option_accepts_pdf(tmp_path):
    path = tmp_path / "chapter"
    path.write_bytes(
        pdf_bytes([PdfBlock("heading", "Key Principles"), PdfBlock("paragraph", "We plan early.")])
    )

    result = _run(path, "--format", "pdf")

    assert result.exit_code == 0, result.output
    assert "format pdf" in result.stdout
    assert "key_principles" in result.stdout


def test_an_encrypted_pdf_is_one_line_saying_what_to_do(tmp_path):
    document = FPDF()
    document.add_page()
    document.set_font("Helvetica", size=11)
    document.cell(0, 6, "Key Principles")
    document.set_encryption(owner_password="owner", user_password="reader")
    path = tmp_path / "locked.pdf"
    path.write_bytes(bytes(document.output()))

    result = _run(path)

    assert result.exit_code == 2
    assert result.stderr.startswith("policydiff: error: the PDF is encrypted")
    assert "To fix" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_an_error_about_a_local_file_never_says_upload(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)
    for path in (_write(tmp_path / "empty.txt", b""), _write(tmp_path / "x.png", png)):
        result = _run(path)
        assert result.exit_code == 2
        assert "To fix:" in result.stderr and "upload" not in result.stderr
