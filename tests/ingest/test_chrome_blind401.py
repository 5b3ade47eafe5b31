"""Page chrome of blind round 401 (decision 0591): a page copied as text whose "Share this page"
tool stands alone right above the chapter's title, the first section's heading right under the
title, keeps its title. A share tool's box holds only its targets ("Facebook", "Email"), which
are chrome lines of their own; the short lines left under it are the chapter's. A box of the
site's pages ("Popular pages") above the title is still the site's.

Each page is written for this test in our own words, about councils of no set.
"""

from __future__ import annotations

from app.ingest import read_source

_HEAD = (
    "Skip to main content\nFernmouth County Council\nMenu\nRubbish and recycling\n"
    "Libraries\nSearch\nHome / Care and support / Fostering handbook\n"
)
_CHAPTER = (
    "Fostering: Policy, Values and Principles\n"
    "Carers, link workers and panel members\n"
    "This chapter is for everyone who fosters for Fernmouth or supports those who do, and it "
    "comes before every other chapter of the handbook.\n"
    "Records and privacy\n"
    "Notes are kept on the secure system and shared only where the law allows it.\n"
)


def _read(source: str) -> str:
    return read_source(source.encode(), "page.txt").text


def test_a_lone_share_tool_above_the_title_leaves_the_title() -> None:
    text = _read(_HEAD + "Share this page\n" + _CHAPTER)
    assert text.lstrip().startswith("Fostering: Policy, Values and Principles")
    assert "Share this page" not in text


def test_a_share_tool_with_its_targets_above_the_title_leaves_the_title() -> None:
    text = _read(_HEAD + "Share this page\nFacebook\nEmail\n" + _CHAPTER)
    assert text.lstrip().startswith("Fostering: Policy, Values and Principles")
    assert "Facebook" not in text
