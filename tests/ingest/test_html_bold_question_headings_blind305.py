"""A page whose headings are bold paragraphs of their own, some of them short questions
("<p><b>Who can ask for help?</b></p>"): the question heads its section as a heading element
would (blind305, decision 0442). Written for this test in our own words about invented
councils.
"""

from __future__ import annotations

import pytest

from app.ingest.html_render import question_heading, render_html


def _page(body: str) -> str:
    return f"<html><body><main><h1>Short breaks in Otterby</h1>{body}</main></body></html>"


def test_a_bold_question_of_its_own_heads_its_section() -> None:
    text = render_html(
        _page(
            "<p><strong>Who can ask for a short break?</strong></p>"
            "<p>Any family of a disabled child living in Otterby can ask.</p>"
            "<p><b>How long will we wait for an answer?</b></p>"
            "<p>We reply within ten working days.</p>"
        )
    )
    assert "## Who can ask for a short break?\n\nAny family" in text
    assert "## How long will we wait for an answer?\n\nWe reply" in text


@pytest.mark.parametrize(
    "words",
    [
        "Worried? Ring the duty team on the number below.",
        "Is this really all we can do, and if not, what else should the council be doing now?",
        "what next?",
        "Why?!",
    ],
)
def test_a_bold_sentence_a_long_question_or_a_lower_case_one_is_no_heading(words: str) -> None:
    assert not question_heading(words)


@pytest.mark.parametrize(
    "words", ["Who do we work alongside?", "When will I hear back?", "Can I see my records?"]
)
def test_short_questions_read_as_headings(words: str) -> None:
    assert question_heading(words)
