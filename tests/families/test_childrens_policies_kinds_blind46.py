"""Section kinds met in blind round 46 (decision 0095): a summary box over the page ("At a
glance", "Key points") and a scope heading asked as a question ("Who does this apply to?") name
the chapter's scope; the summary box is also known as one, so a scope heading after it may open
its own section.

Each heading is written for this test in our own words.
"""

import pytest


@pytest.mark.parametrize("heading", ["At a glance", "Key points", "In brief", "In short"])
def test_a_summary_box_names_the_scope_and_sums_up(cues, heading):
    assert cues.heading_kind(heading) == "scope"
    assert not cues.only_hinted("scope", heading)
    assert cues.sums_up(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "Who does this apply to?",
        "Who does this chapter apply to?",
        "Who is this chapter for?",
        "Who is this guidance for?",
    ],
)
def test_a_scope_question_names_the_scope(cues, heading):
    assert cues.heading_kind(heading) == "scope"
    assert not cues.sums_up(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "Contents",
        "Changes to this chapter",
        "Amendment",
        "Key principles",
        "Key points to remember",
    ],
)
def test_other_headings_do_not_sum_the_page_up(cues, heading):
    assert not cues.sums_up(heading)


@pytest.mark.parametrize("heading", ["Who do we work with?", "Who we are"])
def test_other_who_questions_are_not_the_scope(cues, heading):
    assert cues.heading_kind(heading) != "scope"
