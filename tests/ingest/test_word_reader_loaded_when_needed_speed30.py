"""python-docx is imported when a Word file is read, not by every process that reads text
(decision 0542): a `policydiff parse` of a text file no longer pays for it."""

import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).parents[2]


def _modules_after(code: str) -> set[str]:
    shown = subprocess.run(
        [sys.executable, "-c", f"import sys\n{code}\nprint(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO_ROOT,
    )
    return set(shown.stdout.split())


def test_reading_a_text_file_imports_no_word_reader() -> None:
    loaded = _modules_after(
        "import app.cli.parse\n"
        "from app.ingest import read_source\n"
        "read_source(b'# Our values\\n\\nWe listen to children.\\n', 'values.md')"
    )
    assert "app.cli.parse" in loaded
    assert "docx" not in loaded
    assert "app.ingest.word" not in loaded


def test_reading_a_word_file_imports_the_word_reader() -> None:
    loaded = _modules_after(
        "import io, docx\n"
        "from app.ingest import read_source\n"
        "document = docx.Document()\n"
        "document.add_heading('Our values', level=1)\n"
        "document.add_paragraph('We listen to children.')\n"
        "data = io.BytesIO()\n"
        "document.save(data)\n"
        "assert 'We listen to children.' in read_source(data.getvalue(), 'values.docx').text"
    )
    assert "app.ingest.word" in loaded
