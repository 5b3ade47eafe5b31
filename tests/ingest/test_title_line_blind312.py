"""A page whose title line is a plain block (decision 0452): a `<div>` or `<p>` that says the
page's name as the `<title>` gives it, beside the council's name, opens the chapter as its
title; the `<title>`'s name is not set above it as a second title. Written for this test in
our own words about an invented council.
"""

from __future__ import annotations

from app.ingest.html_render import render_html

_NAME = "Children's Services Policies, Values and Principles"
_COUNCIL = "Ottersby and Wendle Vale Metropolitan Borough Council"
_PROSE = (
    "Social workers in Ottersby visit each child in care at least every six weeks, see the "
    "child alone, and write down in the child's own words what the child tells them."
)


def _page(title_line: str) -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{_COUNCIL} \u2014 {_NAME}</title>"
        "</head><body><div class='page'>"
        f"<div class='top-line'>{title_line}</div><p>{_PROSE}</p><p>{_PROSE}</p>"
        "</div></body></html>"
    )


def test_a_plain_block_saying_the_council_and_the_page_name_is_the_only_title() -> None:
    line = f"{_COUNCIL} \u2014 {_NAME}"
    text = render_html(_page(line))
    assert text.lstrip().startswith(line)
    assert text.count(_NAME) == 1


def test_a_long_opening_sentence_still_gets_the_page_name_above_it() -> None:
    line = (
        "This chapter explains how Ottersby's children's services work with families and "
        "what every worker is expected to do."
    )
    text = render_html(_page(line))
    assert text.lstrip().startswith(f"# {_NAME}")
