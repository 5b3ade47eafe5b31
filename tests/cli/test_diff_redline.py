"""`policydiff diff LEFT RIGHT --redline FILE`: the format from the extension."""

from __future__ import annotations

import io
from pathlib import Path

from click.testing import CliRunner
from docx import Document

from app.cli import cli
from tests.redline.conftest import NEWER, OLDER
from tests.redline.word_review import review


def _files(tmp_path: Path) -> tuple[str, str]:
    left, right = tmp_path / "older.md", tmp_path / "newer.md"
    left.write_text(OLDER, encoding="utf-8")
    right.write_text(NEWER, encoding="utf-8")
    return str(left), str(right)


def test_redline_writes_a_word_file_with_tracked_changes(tmp_path: Path) -> None:
    left, right = _files(tmp_path)
    output = tmp_path / "out.docx"
    result = CliRunner().invoke(cli, ["diff", left, right, "--redline", str(output)])
    assert result.exit_code == 0, result.output
    data = output.read_bytes()
    assert "Peer mentors are matched to new carers." in review(data, "accept")
    cells = {
        cell.text for t in Document(io.BytesIO(data)).tables for r in t.rows for cell in r.cells
    }
    assert "older.md" in cells and "newer.md" in cells


def test_an_unknown_extension_is_a_one_line_error_and_writes_nothing(tmp_path: Path) -> None:
    left, right = _files(tmp_path)
    output = tmp_path / "out.odt"
    result = CliRunner().invoke(cli, ["diff", left, right, "--redline", str(output)])
    assert result.exit_code == 2
    assert ".docx, .pdf or .html" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not output.exists()
