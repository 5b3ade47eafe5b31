"""The Word redline opens in another word processor than the one that wrote it: LibreOffice
(Debian's `libreoffice-writer`, installed by `scripts/check`) converts it to PDF, tracked changes
shown, as an editor's Word would print it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from app.redline import write_docx
from tests.redline.conftest import NEWER, OLDER, redline_of


def _pdf_text(path: Path) -> tuple[int, str]:
    document = pdfium.PdfDocument(str(path))
    try:
        pages = [document[index].get_textpage().get_text_range() for index in range(len(document))]
        return len(document), "\n".join(pages)
    finally:
        document.close()


@pytest.mark.timeout(300)
def test_libreoffice_converts_the_word_redline_to_pdf_with_every_change(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is not installed: run `bash scripts/check`, which installs it"
    redline, _, _ = redline_of(OLDER, NEWER)
    source = tmp_path / "redline.docx"
    source.write_bytes(write_docx(redline))

    converted = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )

    pdf = tmp_path / "redline.pdf"
    assert converted.returncode == 0 and pdf.exists(), converted.stdout + converted.stderr
    pages, text = _pdf_text(pdf)
    words = " ".join(text.split())
    assert pages >= 2  # the cover page, then the text
    assert "Peer mentors are matched to new carers." in words  # inserted
    assert "sets out" in words  # deleted, shown struck through
    assert "Reviews take place once a year." in words  # moved
    assert f"Page {pages} of {pages}" in words  # the footer's page numbers
