"""A page that heads each part with what a young person said, in a bold line wholly in
quotation marks, and answers it underneath (decision 0456): the quotation heads its section
though it runs longer than a heading in the page's own words. Written for this test in our own
words about an invented council."""

from __future__ import annotations

import pytest

from app.ingest.html_render import quoted_heading, render_html


def test_a_long_bold_quotation_heads_its_section() -> None:
    text = render_html(
        "<html><body><main><h1>Listening to children in Pellow</h1>"
        "<p><b>\u201cWhen my social worker changes, please tell me why and who is coming "
        "next.\u201d</b></p>"
        "<p>We will. A child is told of a new worker before the first visit.</p>"
        "</main></body></html>"
    )
    assert "## \u201cWhen my social worker changes" in text


@pytest.mark.parametrize(
    "words",
    [
        "\u201cIf I have to move school, let me finish the term with my friends first.\u201d",
        '"Tell me the truth, even the hard bits."',
    ],
)
def test_a_whole_quotation_reads_as_a_heading(words: str) -> None:
    assert quoted_heading(words)


@pytest.mark.parametrize(
    "words",
    [
        # Words after the closing mark: a bold sentence quoting someone, not a quotation.
        "\u201cNo decision about me without me\u201d is the promise every worker makes.",
        # Two quotations in one line.
        "\u201cListen.\u201d \u201cExplain.\u201d",
        # Too long for one heading.
        "\u201c" + " ".join(["word"] * 24).capitalize() + ".\u201d",
        # A lower-case start is the middle of someone's words, not a heading.
        "\u201cand then nobody rang me back.\u201d",
    ],
)
def test_other_quoted_lines_are_no_heading(words: str) -> None:
    assert not quoted_heading(words)
