"""A line a page sets apart only by a class that enlarges its type is a heading, as a line the
class sets in bold is (decision 0387, extended by blind364): an old manual page styles its
sub-headings `p.subhead { font-size: 1.2em; color: … }` with no heading element and no weight.
A size no larger than the text's, or an absolute size, which says nothing without the body's
own, sets nothing apart; a whole sentence in the class is still prose.

Each page is written for this test in our own words.
"""

from __future__ import annotations

import pytest

from app.ingest import read_source

_BODY = (
    "Foster carers receive a weekly allowance for each child they look after. The allowance "
    "is reviewed every April and paid fortnightly into the carer's account."
)
_MORE = (
    "Carers can take up to two weeks of paid respite each year. Requests go to the supervising "
    "social worker at least a month ahead."
)


def _page(rule: str) -> str:
    return read_source(
        (
            f"<!doctype html><html><head><style>{rule}</style></head><body>"
            "<div id='content'><h1>Fostering handbook</h1>"
            f"<p class='topic'>Money for carers</p><p>{_BODY}</p>"
            f"<p class='topic'>Breaks from caring</p><p>{_MORE}</p>"
            "<p class='topic'>Every line of this class that says a whole thing is prose.</p>"
            "</div></body></html>"
        ).encode()
    ).text


@pytest.mark.parametrize(
    "rule",
    [
        ".topic { font-size: 1.25em; color: #224466 }",
        "#content p.topic{font-size:130%;margin-top:1em}",
        "p.topic { color: navy; font-size: large }",
        ".topic { font-size: 1.1rem }",
    ],
)
def test_a_line_in_larger_type_by_its_class_is_a_heading(rule: str) -> None:
    text = _page(rule)
    assert "\n## Money for carers\n" in text
    assert "\n## Breaks from caring\n" in text
    assert "## Every line of this class" not in text


@pytest.mark.parametrize(
    "rule",
    [
        ".topic { font-size: 0.9em }",
        ".topic { font-size: 100% }",
        ".topic { font-size: 15px }",
        ".topic { font-size: small; color: #224466 }",
        "@media print { .topic { font-size: 1.4em } }",
    ],
)
def test_type_no_larger_than_the_texts_sets_nothing_apart(rule: str) -> None:
    text = _page(rule)
    assert "## Money for carers" not in text
    assert "**Money for carers**" not in text


def test_a_line_both_bold_and_larger_is_set_apart_once() -> None:
    text = _page(".topic { font-weight: bold } p.topic { font-size: 1.3em }")
    assert "\n## Money for carers\n" in text
    assert "**" not in text
