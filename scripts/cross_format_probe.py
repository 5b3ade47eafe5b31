"""Cross-format probe: the annotated markdown chapters read again as Word and as PDF files.

usage: python scripts/cross_format_probe.py [--out DIR] [--formats md,docx,pdf] [--no-build] [-v]

The annotated markdown chapters of tests/cases/documents (those without front matter or raw
HTML, whose reading does not depend on constructs a Word file cannot hold) have known sections
and facts. This script writes each one as a Word file the way an editor keeps it (python-docx:
the first level-one heading in the Title style, the others in Heading 1-4 one level up, numbered
and bulleted items in List Number / List Bullet (2 when nested), tables in Table Grid with a bold
header row, markdown soft breaks as line breaks, code blocks as plain lines) into DIR/docx, then
has LibreOffice print those to PDF into DIR/pdf (`soffice --headless --convert-to pdf`, about a
minute and a half for two hundred files; skipped with a note when soffice is missing), and scores
each format's reading against the markdown's annotations by eval_parse's rules, as
scripts/score_cases.py does. Prints one totals line per format (`md` is the markdown itself, the
baseline) and, with -v, what each document missed. A miss the markdown reading does not also
have is either a conversion artefact (a markdown-only construct: link-list chrome, a site name
as a level-one heading, ...) or a gap of the Word or PDF reader; see decision record 0226.

Needs POLICYDIFF_SHARED (the folder with tools/eval_parse.py) in a worktree, as score_cases.py.
No test runs it: LibreOffice is not on the CI machines and the conversion takes minutes.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from markdown_it import MarkdownIt
from markdown_it.token import Token

sys.path.insert(0, str(Path(__file__).resolve().parent))

import score_cases

DOCUMENTS = score_cases.CASES / "documents"
MARKDOWN = MarkdownIt("commonmark").enable("table")
RAW_HTML = re.compile(r"<[a-z]+[ >]")


@dataclass(frozen=True)
class Case:
    set_name: str
    annotation: dict[str, Any]
    stem: str

    @property
    def source(self) -> Path:
        return DOCUMENTS / str(self.annotation["file"])


def cases() -> list[Case]:
    """The annotated markdown chapters a Word file can stand for: no front matter, no raw HTML."""
    picked: list[Case] = []
    for annotation_file in sorted(DOCUMENTS.glob("*.json")):
        try:
            loaded = json.loads(annotation_file.read_text("utf-8"))
        except ValueError:
            continue
        for annotation in loaded.get("documents", []):
            name = str(annotation["file"])
            if not name.endswith(".md"):
                continue
            text = (DOCUMENTS / name).read_text("utf-8")
            if text.lstrip().startswith(("---", "+++")) or RAW_HTML.search(text):
                continue
            picked.append(Case(annotation_file.stem, annotation, "x" + Path(name).stem[:40]))
    return picked


def inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts)


def add_runs(paragraph: Any, token: Token) -> None:
    """The inline text as runs, bold and italic kept, soft and hard breaks as line breaks."""
    bold = italic = False
    for child in token.children or []:
        if child.type in ("softbreak", "hardbreak"):
            paragraph.add_run().add_break()
        elif child.type in ("strong_open", "strong_close"):
            bold = child.type == "strong_open"
        elif child.type in ("em_open", "em_close"):
            italic = child.type == "em_open"
        elif child.type in ("text", "code_inline"):
            run = paragraph.add_run(child.content)
            run.bold = bold or None
            run.italic = italic or None


def word_document(markdown: str) -> Any:
    """The markdown chapter as an editor would keep it in Word."""
    document = docx.Document()
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    lists: list[str] = []
    first_heading = True
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "heading_open":
            level = int(token.tag[1])
            heading = f"Heading {min(max(level - 1, 1), 4)}"
            style = "Title" if level == 1 and first_heading else heading
            first_heading = False
            add_runs(document.add_paragraph(style=style), tokens[index + 1])
            index += 3
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            lists.append(token.type)
            index += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            index += 1
        elif token.type == "paragraph_open":
            if lists:
                style = "List Number" if lists[-1] == "ordered_list_open" else "List Bullet"
                paragraph = document.add_paragraph(style=style + ("" if len(lists) == 1 else " 2"))
            else:
                paragraph = document.add_paragraph()
            add_runs(paragraph, tokens[index + 1])
            index += 3
        elif token.type == "table_open":
            rows: list[list[str]] = []
            while tokens[index].type != "table_close":
                if tokens[index].type == "tr_open":
                    rows.append([])
                elif tokens[index].type == "inline":
                    rows[-1].append(inline_text(tokens[index]))
                index += 1
            table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
            table.style = "Table Grid"
            for row_number, row in enumerate(rows):
                for column, text in enumerate(row):
                    cell = table.cell(row_number, column)
                    cell.text = text
                    if row_number == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            index += 1
        elif token.type in ("fence", "code_block"):
            for line in token.content.rstrip("\n").split("\n"):
                document.add_paragraph(line)
            index += 1
        else:
            index += 1
    return document


def build(picked: list[Case], out: Path) -> None:
    word = out / "docx"
    pdf = out / "pdf"
    for folder in (word, pdf):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    for case in picked:
        word_document(case.source.read_text("utf-8")).save(str(word / f"{case.stem}.docx"))
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("cross_format_probe: no soffice on PATH; the PDF format is not built")
        return
    files = sorted(str(path) for path in word.glob("*.docx"))
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(pdf), *files],
        check=True,
        capture_output=True,
    )


def score(picked: list[Case], out: Path, form: str, verbose: bool) -> str:
    eval_parse = score_cases.load_eval_parse()
    total = score_cases.Score()
    for case in picked:
        path = case.source if form == "md" else out / form / f"{case.stem}.{form}"
        expected_sections = case.annotation["sections"]
        expected_facts: dict[str, Any] = case.annotation["facts"]
        total.sections += len(expected_sections)
        total.facts += len(expected_facts)
        try:
            got = score_cases.parsed(path)
        except Exception as error:  # a crash scores zero for the document, as in eval_parse
            print(f"  {case.set_name} {path.name}: parse failed: {error}")
            continue
        found, missing = eval_parse.sections_found(expected_sections, got.get("sections", []))
        facts = got.get("facts", {}) or {}
        wrong = []
        for key, want in expected_facts.items():
            value, wanted = eval_parse.fact_value(facts, key), eval_parse.expected_value(key, want)
            if value != wanted:
                wrong.append(f"{key}={value!r} want {wanted!r}")
        total.sections_found += int(found)
        total.facts_right += len(expected_facts) - len(wrong)
        if verbose and (missing or wrong):
            print(f"  {case.set_name} {case.annotation['file']}: missing {missing}; wrong {wrong}")
    return (
        f"{form} sections {total.sections_found}/{total.sections} "
        f"({total.sections_found / max(total.sections, 1):.1%}), "
        f"facts {total.facts_right}/{total.facts} ({total.facts_right / max(total.facts, 1):.1%})"
    )


def main(arguments: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/cross_format_probe"))
    parser.add_argument("--formats", default="md,docx,pdf")
    parser.add_argument("--no-build", action="store_true", help="score the files already in --out")
    parser.add_argument("-v", action="store_true", dest="verbose", help="list each miss")
    options = parser.parse_args(arguments)
    picked = cases()
    print(f"{len(picked)} annotated markdown chapters")
    if not options.no_build:
        build(picked, options.out)
    for form in options.formats.split(","):
        if form != "md" and not (options.out / form).is_dir():
            continue
        print(score(picked, options.out, form, options.verbose))


if __name__ == "__main__":
    main(sys.argv[1:])
