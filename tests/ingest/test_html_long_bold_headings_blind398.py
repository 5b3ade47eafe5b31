"""A page that heads its parts with bold paragraphs of their own and names one of them at
length ("<p><strong>Where the money comes from and the people who decide how it is
spent</strong></p>", thirteen words and more): the long line heads its section as its shorter
peers do (blind398, decision 0586). Written for this test in our own words about an invented
council's short-breaks page.
"""

from __future__ import annotations

import pytest

from app.ingest.html_render import long_title_like, render_html

LONG = "Where the money comes from and the people who decide how it is spent each year"


def _page(body: str) -> str:
    return f"<html><body><main><h1>Short breaks in Hollinsmere</h1>{body}</main></body></html>"


def _peers(long_line: str) -> str:
    return (
        "<p><strong>Who can ask</strong></p>"
        "<p>Any family of a disabled child living in Hollinsmere can ask for a short break.</p>"
        f"<p><strong>{long_line}</strong></p>"
        "<p>The breaks are paid for from the high-needs budget and a panel agrees them.</p>"
        "<p><strong>Waiting times</strong></p>"
        "<p>Families hear back within ten working days of asking.</p>"
        "<p><b>Complaints</b></p>"
        "<p>A family who disagrees may ask for the decision to be looked at again.</p>"
    )


def test_a_long_bold_line_among_short_bold_headings_heads_its_section() -> None:
    text = render_html(_page(_peers(LONG)))
    assert f"## {LONG}\n\nThe breaks are paid for" in text
    assert "## Waiting times\n\nFamilies hear back" in text


def test_a_long_bold_line_on_a_page_without_bold_headings_stays_a_paragraph() -> None:
    text = render_html(
        _page(
            "<h2>Who can ask</h2><p>Any family of a disabled child can ask for a break.</p>"
            f"<p><strong>{LONG}</strong></p>"
            "<p>The breaks are paid for from the high-needs budget.</p>"
        )
    )
    assert f"# {LONG}" not in text
    assert LONG in text


@pytest.mark.parametrize(
    "words",
    [
        "Families hear back within ten working days. Nobody waits longer than a month for it",
        "Please remember: every family who asks is told in writing what was decided and why",
        "One " * 20 + "word too many for a heading",
        "short breaks are for every disabled child who lives in the borough and their carers",
        "Breaks agreed before 2024 carry on under the old rules until the family's next review",
    ],
)
def test_a_long_bold_sentence_is_no_heading_even_among_bold_headings(words: str) -> None:
    assert not long_title_like(words.strip())
    text = render_html(_page(_peers(words.strip())))
    assert f"# {words.strip()}" not in text
