"""Blind round 248 (decision 0374): the chapter's amendment note in a paragraph of its own
after the first section's body is the scope box's where it stands, even where a contents box
opened the chapter with a scope section; a later section keeps a dated edit of its own part.
Our own words, unlike blind248's."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source

PAGE = """\
# Fostering Values and Principles

## Contents

- Introduction
- Our values

## Introduction

This chapter describes how we support foster carers in Orton. It is for every supervising
social worker and team manager.

{note}

## Our values

We are honest with carers and we keep our promises to them.
"""


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("This chapter was revised in March 2026 to add the carers' charter.", "2026-03"),
        ("Amended on 2 December 2025: the values were agreed with carers.", "2025-12-02"),
    ],
)
def test_the_note_after_the_introduction_is_scope(note: str, date: str) -> None:
    analyzed = analyze(read_source(PAGE.format(note=note).encode(), "chapter.md"), get_family())
    kinds = [section.kind for section in analyzed.outline.sections]
    assert kinds == ["title", "scope", "introduction", "scope", "values"]
    assert analyzed.outline.sections[3].text.strip() == note
    assert analyzed.fact("amendment_date").value == date


def test_a_paragraph_of_the_introduction_without_a_date_stays() -> None:
    note = "This chapter was written with the carers' forum."
    analyzed = analyze(read_source(PAGE.format(note=note).encode(), "chapter.md"), get_family())
    kinds = [section.kind for section in analyzed.outline.sections]
    assert kinds == ["title", "scope", "introduction", "values"]


def test_a_dated_note_under_a_later_section_stays_with_it() -> None:
    page = PAGE.format(note="").replace(
        "we keep our promises to them.\n",
        "we keep our promises to them.\n\nThis part was amended in May 2025 to add honesty.\n\n"
        "## Permanence\n\nEvery child has a plan for permanence within four months.\n",
    )
    analyzed = analyze(read_source(page.encode(), "chapter.md"), get_family())
    values = next(s for s in analyzed.outline.sections if s.kind == "values")
    assert "This part was amended in May 2025" in values.text
