"""`policydiff diff LEFT RIGHT`: JSON contract, word-diff rendering, exit codes, one-line errors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from app.cli import cli
from app.ingest import read_source
from app.schemas import ComparisonRead
from tests.conftest import CASES_DIR
from tests.documents import PdfBlock, new_word, pdf_bytes, word_bytes

CASES = CASES_DIR / "diff"


def _run(*args):
    return CliRunner().invoke(cli, ["diff", *map(str, args)])


def _case(name: str):
    return CASES / name / "left.txt", CASES / name / "right.txt"


def _text(path) -> str:
    return read_source(path.read_bytes(), path.name).text


def _rebuild(data: dict, side: str) -> str:
    dropped = "insert" if side == "left" else "delete"
    changes = sorted((b for b in data["blocks"] if b[side]), key=lambda b: b[side]["start"])
    return "".join(op[1] for change in changes for op in change["ops"] if op[0] != dropped)


def test_json_is_the_comparison_contract_and_rebuilds_both_files():
    left, right = _case("moved-and-edited-paragraph")
    result = _run(left, right, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    ComparisonRead.model_validate(data)
    assert _rebuild(data, "left") == _text(left)
    assert _rebuild(data, "right") == _text(right)
    moved = [block for block in data["blocks"] if block["status"] == "moved"]
    assert len(moved) == 1 and ["insert", "nearly all"] in moved[0]["ops"]


def test_json_marks_ignored_differences_with_a_third_element():
    left, right = _case("renumbered-sections")
    data = json.loads(_run(left, right, "--json", "--ignore-numbering").stdout)
    assert data["options"]["ignore_numbering"] is True and data["differs"] is False
    ignored = [op for block in data["blocks"] for op in block["ops"] if len(op) == 3]
    assert ignored and all(op[2] is True and op[0] != "equal" for op in ignored)
    assert all(len(op) == 2 for block in data["blocks"] for op in block["ops"] if op[0] == "equal")


def test_readable_output_marks_words_like_git_word_diff():
    left, right = _case("moved-and-edited-paragraph")
    result = _run(left, right)
    assert result.exit_code == 0, result.output
    assert "that [-most-]{+nearly all+} children" in result.stdout
    assert "> moved from 2. Key Values [values]" in result.stdout
    assert '< moved to 4. Our Strategy [strategy]: "We believe' in result.stdout
    assert "\x1b[" not in result.stdout


def test_readable_output_shows_fact_divergences_before_sections():
    left, right = _case("section-removed")
    lines = _run(left, right).stdout.splitlines()
    assert lines.index("Fact divergences") < lines.index("Sections")
    assert any(line.startswith("  leaving_care_support_age: {") for line in lines)
    assert any(line.startswith("== removed   3. Corporate Parenting") for line in lines)


@pytest.mark.parametrize(
    ("case", "options", "code"),
    [
        ("identical", [], 0),
        ("split-paragraph", [], 1),
        ("renumbered-sections", [], 1),
        ("renumbered-sections", ["--ignore-numbering"], 0),
        ("local-name-only", [], 1),
        (
            "local-name-only",
            [
                "--local-name",
                "Northbridge Family Services",
                "--local-name",
                "Easthaven Children's Services",
            ],
            0,
        ),
    ],
)
def test_exit_code_says_whether_a_substantive_difference_remains(case, options, code):
    result = _run(*_case(case), "--exit-code", *options)
    assert result.exit_code == code, result.output


def test_without_exit_code_differences_still_exit_0():
    assert _run(*_case("split-paragraph")).exit_code == 0


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda tmp: tmp / "missing.txt", "could not be read"),
        (lambda tmp: tmp / "empty.txt", "empty"),
    ],
    ids=["missing", "empty"],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(tmp_path, make, words):
    (tmp_path / "empty.txt").write_bytes(b"")
    left, _ = _case("identical")
    result = _run(left, make(tmp_path), "--exit-code")
    assert result.exit_code == 2
    assert result.stderr.startswith("policydiff: error: ") and words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unknown_family_is_an_error():
    result = _run(*_case("identical"), "--family", "no-such-family")
    assert result.exit_code == 2 and "no-such-family" in result.stderr


def test_colour_replaces_markers_on_a_terminal():
    from app.cli.diff import render_comparison
    from app.diff import compare
    from tests.diff.conftest import analysed

    left, right = (analysed(_text(path)) for path in _case("moved-and-edited-paragraph"))
    rendered = render_comparison(compare(left, right), left, right, "a", "b", colour=True)
    assert "\x1b[31m" in rendered and "\x1b[32m" in rendered
    assert "[-" not in rendered and "{+" not in rendered


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


BAD_FILES = {
    "missing": (lambda tmp: tmp / "missing.txt", "could not be read"),
    "empty": (lambda tmp: _write(tmp / "empty.txt", b""), "empty"),
    "whitespace": (lambda tmp: _write(tmp / "blank.txt", b" \n\t\n"), "whitespace"),
    "png": (
        lambda tmp: _write(tmp / "b.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)),
        "PNG image",
    ),
    "binary": (lambda tmp: _write(tmp / "data.bin", bytes(range(256)) * 8), "binary"),
}


@pytest.mark.parametrize("side", ["left", "right"])
@pytest.mark.parametrize("bad", list(BAD_FILES))
def test_an_error_says_which_file_is_wrong_and_never_says_upload(tmp_path, side, bad):
    make, words = BAD_FILES[bad]
    bad_path = make(tmp_path)
    good, _ = _case("identical")
    args = (bad_path, good) if side == "left" else (good, bad_path)

    result = _run(*args)

    assert result.exit_code == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"policydiff: error: {side} file {bad_path}")
    assert words in line
    assert "upload" not in line and "To fix:" in line


def test_a_file_over_the_size_limit_is_named_and_no_upload_is_mentioned(tmp_path, monkeypatch):
    from app.config import get_settings

    small = _write(tmp_path / "small.txt", b"We listen to children.\n")
    big = _write(tmp_path / "big.txt", b"word " * 100)
    monkeypatch.setenv("POLICYDIFF_MAX_UPLOAD_BYTES", "64")
    get_settings.cache_clear()
    try:
        result = _run(small, big)
    finally:
        get_settings.cache_clear()

    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"policydiff: error: right file {big}: the file is 500 bytes")
    assert "size limit of 64 bytes" in line and "upload" not in line


def test_the_api_still_speaks_of_uploads():
    """The wording is the command line's: the same bytes sent to the API keep their advice."""
    from app.errors import EmptySource

    with pytest.raises(EmptySource, match="upload"):
        read_source(b"")


def test_a_word_file_and_a_pdf_are_compared_by_their_text(tmp_path):
    word = new_word()
    word.add_heading("Key Principles", level=1)
    word.add_paragraph("Care leavers are supported until they are 21 years old.")
    left = tmp_path / "old.docx"
    left.write_bytes(word_bytes(word))
    right = tmp_path / "new.pdf"
    right.write_bytes(
        pdf_bytes(
            [
                PdfBlock("heading", "Key Principles"),
                PdfBlock("paragraph", "Care leavers are supported until they are 25 years old."),
            ]
        )
    )

    result = _run(left, right, "--json")

    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    ComparisonRead.model_validate(data)
    assert _rebuild(data, "left") == _text(left)
    assert _rebuild(data, "right") == _text(right)
    operations = [op[:2] for block in data["blocks"] for op in block["ops"]]
    assert ["delete", "21"] in operations and ["insert", "25"] in operations
