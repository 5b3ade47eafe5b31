"""Section kinds met in blind round 197 (decision 0310): in a chapter of un-headed paragraphs,
a paragraph that says how well the service is doing is judged by the children's results (safe,
healthy, learning) opens the outcomes, after the principles of work. Each document is written
for this test in our own words, with near misses that must stay where they are."""

import re

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source


def _kinds(text: str) -> list[str]:
    analyzed = analyze(read_source(text.encode(), "page.txt"), get_family())
    return [section.kind for section in analyzed.outline.sections]


def _chapter(closing: str) -> str:
    return (
        "Children's Services Policies, Values and Principles\n\n"
        "This policy sets out the framework within which Fallowmere Children's Services works "
        "with children in need and children in care. Our duties come from the Children Act 1989 "
        "and the Children Act 2004.\n\n"
        "We start from the belief that children should grow up in their own families wherever "
        "that is safe, and we look to relatives and friends before strangers when it is not.\n\n"
        "Every child who cannot go home should have a plan for permanence within four months of "
        "coming into care, checked by the independent reviewing officer.\n\n"
        "Care leavers keep a personal adviser until they are 21, and until 25 if they ask.\n\n"
        f"{closing}\n"
    )


@pytest.mark.parametrize(
    "closing",
    [
        "We will judge how well we are doing by whether children are safe, healthy, learning "
        "and happy, and by whether care leavers are settled in homes of their own.",
        "We can tell how well we are doing from whether young people are healthy and safe, "
        "whether they enjoy school, and whether they leave us for work or training.",
        "Each year we will measure how we are performing by whether the children we look after "
        "are safe at home, healthy in body and mind and making progress in education.",
    ],
)
def test_how_well_we_are_doing_judged_by_childrens_results_opens_the_outcomes(
    closing: str,
) -> None:
    kinds = _kinds(_chapter(closing))
    assert kinds[-1] == "key_outcomes"
    assert "key_principles" in kinds


@pytest.mark.parametrize(
    "closing",
    [
        # How well the service is doing, with no child's result named: no outcomes list.
        "We will judge how well we are doing by listening to what families and our partners "
        "tell us about the help they received.",
    ],
)
def test_how_well_we_are_doing_without_childrens_results_is_no_outcomes_cue(
    closing: str,
) -> None:
    cues = [
        cue
        for kind in get_family().kinds
        if kind.slug == "key_outcomes"
        for cue in kind.content_cues
        if "how (well )?we are" in cue
    ]
    assert cues
    assert not any(re.search(cue, closing.lower()) for cue in cues)
