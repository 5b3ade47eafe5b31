"""Blind round 347 (decision 0512): a page's feedback question printed on one line with the
link after it.

A council page printed to PDF by a browser ends with its feedback prompt, "Was this page
helpful? Yes No", and a "Report a problem with this page" link; the PDF's lines run them into
one paragraph. Each is chrome on its own line, and so are the two run together: the question
with its answers is six words, longer than the short buttons the joined-line rule first took.
Written for these tests in our own words.
"""

import pytest

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_chrome_line, strip_edge_chrome


@pytest.mark.parametrize(
    "line",
    [
        "Was this page helpful? Yes No Report a problem with this page",
        "Is this page useful? Yes No Report a problem with this page",
        "Did you find this page useful? Yes No Contact us",
    ],
)
def test_a_feedback_question_run_into_the_next_chrome_line_is_chrome(line):
    assert is_chrome_line(line, load_chrome_cues())


@pytest.mark.parametrize(
    "line",
    [
        # a sentence of the chapter that happens to open like a prompt stays
        "Was this page helpful? Yes No one should wait longer than four months for a plan.",
        "Was this page helpful? Yes No Care leavers keep their adviser until 25",
    ],
)
def test_a_prompt_run_into_prose_is_not_chrome(line):
    assert not is_chrome_line(line, load_chrome_cues())


def test_the_run_together_prompt_leaves_the_end_of_a_printed_page():
    text = (
        "# Our Values\n\n"
        "We keep in touch with every young person who leaves our care until they are 21.\n\n"
        "**Page last updated: 3 March 2026**\n\n"
        "Was this page helpful? Yes No Report a problem with this page\n\n"
        "Accessibility statement Privacy notice Cookies Contact the council\n"
    )
    stripped = strip_edge_chrome(text, load_chrome_cues())
    assert "Report a problem" not in stripped
    assert "Page last updated: 3 March 2026" in stripped
