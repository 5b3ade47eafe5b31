"""A docs site's revision date at the page's foot, "Last update: May 14, 2026" (MkDocs' noun
before its colon): the page's stamp, as "Last updated" is, closing the page as end matter
(blind296, decision 0432). Written for this test in our own words."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source

_PAGE = (
    "# Fostering Allowances\n\nThis chapter sets the weekly rates paid to foster carers.\n\n"
    "## Weekly rates\n\nEvery carer is paid weekly for each child in their care.\n\n{stamp}\n"
)


def _read(stamp: str) -> tuple[object, str]:
    analyzed = analyze(read_source(_PAGE.format(stamp=stamp).encode(), "page.md"), get_family())
    facts = {fact.key: fact.value for fact in analyzed.facts}
    return facts["last_updated"], analyzed.outline.sections[-1].kind


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Last update: May 14, 2026", "2026-05-14"),
        ("Last update: 3 February 2026", "2026-02-03"),
        ("---\n\nLast update: 2026-01-20", "2026-01-20"),
    ],
)
def test_last_update_stamps_the_page(stamp: str, day: str) -> None:
    last_updated, kind = _read(stamp)
    assert last_updated == day
    assert kind == "end_matter"


def test_the_last_update_to_something_else_is_no_stamp() -> None:
    last_updated, _kind = _read(
        "The last update to the rates was agreed by the cabinet on 3 February 2026."
    )
    assert last_updated is None
