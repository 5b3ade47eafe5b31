"""Time the Word and PDF redlines of the two largest files in a folder (default: the seeds).

    python bench/redline_bench.py [FOLDER]

Prints the best of three runs for each format (the first PDF also pays WeasyPrint's import).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from app.analysis import analyze
from app.config import get_settings
from app.diff import compare
from app.families import get_family
from app.ingest import read_source_file
from app.redline import write_docx
from app.redline_render import file_redline, render_pdf


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/seeds")
    left_path, right_path = sorted(folder.iterdir(), key=lambda path: path.stat().st_size)[-2:]
    left, right = (
        analyze(read_source_file(path, None, max_bytes=10**8), get_family())
        for path in (left_path, right_path)
    )
    comparison = compare(left, right)
    docx_times, pdf_times = [], []
    for _ in range(3):
        started = time.perf_counter()
        redline = file_redline(left, right, comparison, left_path=left_path, right_path=right_path)
        write_docx(redline)
        docx_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        render_pdf(redline, get_settings().frontend_dir)
        pdf_times.append(time.perf_counter() - started)
    print(f"{left_path.name} vs {right_path.name}")
    print(f"docx {min(docx_times):.2f} s, pdf {min(pdf_times):.2f} s (best of 3)")


if __name__ == "__main__":
    main()
