"""Golden cases in tests/cases/sections (documents and the sections a reader expects), and seeds.

Each case is a document (`.txt`, `.md` or `.html`) and a `.json` beside it listing every section
in order by kind and opening words, compared as the evaluation does (letters and digits only).
Cases vary format, numbering, wording and the order of kinds; they are written for these tests.
"""

import json
from pathlib import Path

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from tests.conftest import CASES_DIR, EXPECTED_SEEDS, SEEDS_DIR
from tests.sections.helpers import assert_tiles, letters, outline_of

SECTION_CASES = sorted((CASES_DIR / "sections").glob("*.json"))
TEXT_CASES = [
    case
    for case in SECTION_CASES
    if json.loads(case.read_text(encoding="utf-8"))["syntax"] != "html"
]
"""Cases given as text; an HTML page is read through ingest, which renders it to markdown."""


def _document(case: Path) -> Path:
    return next(path for path in case.parent.glob(case.stem + ".*") if path.suffix != ".json")


def _starts(section) -> str:
    heading, text = letters(section.heading or ""), letters(section.text)
    return text if heading and text.startswith(heading) else heading + text


def _outline(case: Path, syntax: str):
    document = _document(case)
    if syntax == "html":
        source = read_source(document.read_bytes(), document.name)
        return analyze(source, get_family()).outline
    return outline_of(document.read_text(encoding="utf-8"), syntax)


@pytest.mark.parametrize("case", SECTION_CASES, ids=lambda path: path.stem)
def test_section_case(case):
    expected = json.loads(case.read_text(encoding="utf-8"))
    outline = _outline(case, expected["syntax"])
    assert_tiles(outline)
    assert outline.title == expected["title"]
    got = [(section.kind, _starts(section)) for section in outline.sections]
    assert [kind for kind, _start in got] == [item["kind"] for item in expected["sections"]]
    for (_kind, start), item in zip(got, expected["sections"], strict=True):
        assert start.startswith(letters(item["starts_with"])[:40]), item


@pytest.mark.parametrize("case", TEXT_CASES, ids=lambda path: path.stem)
def test_section_case_read_in_the_other_syntax_finds_the_same_kinds(case):
    expected = json.loads(case.read_text(encoding="utf-8"))
    other = "plain" if expected["syntax"] == "markdown" else "markdown"
    outline = outline_of(_document(case).read_text(encoding="utf-8"), other)
    assert_tiles(outline)
    assert [section.kind for section in outline.sections] == [
        item["kind"] for item in expected["sections"]
    ]


def _seed_documents() -> list[dict]:
    return json.loads(EXPECTED_SEEDS.read_text(encoding="utf-8"))["documents"]


@pytest.mark.parametrize("document", _seed_documents(), ids=lambda document: document["file"])
def test_seed_sections_as_a_careful_reader_finds_them(document):
    path = SEEDS_DIR / document["file"]
    analyzed = analyze(read_source(path.read_bytes(), path.name), get_family())
    outline = analyzed.outline
    assert_tiles(outline)
    for item in document["sections"]:
        want = letters(item["starts_with"])[:40]
        assert any(
            section.kind == item["kind"] and _starts(section).startswith(want)
            for section in outline.sections
        ), item
