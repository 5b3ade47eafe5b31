"""A chapter's last heading that names its own upkeep by meaning ("How this chapter stays
current", "Keeping the policy up to date") heads end matter, as "Review" or "Document control"
does there (blind303, decision 0440): who owns the chapter and when it is next looked at close
it. Above the body the same heading names no kind and the text under it decides, and a last
heading about another thing's review (a child's plan) is no end matter. Written for this test in
our own words. Sections still tile the text."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_CHAPTER = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Our values\n\n"
    "We are honest with children and their families, and we keep the promises we make.\n\n"
    "## Corporate parenting\n\n"
    "Every councillor shares the council's duty to act as a good parent to the children it "
    "looks after, and the council applies the corporate parenting principles in every "
    "decision.\n\n"
    "## {heading}\n\n"
    "The Service Manager for Quality Assurance looks after this document and checks it every "
    "three years, or earlier when the law changes.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "How this chapter stays current",
        "How the policy is kept up to date",
        "When this document is reviewed",
        "Keeping this chapter accurate",
        "Reviewing this procedure",
        "How we keep this page up-to-date",
    ],
)
def test_a_last_heading_naming_the_chapters_upkeep_is_end_matter(heading: str) -> None:
    outline = outline_of(_CHAPTER.format(heading=heading))
    assert_tiles(outline)
    kind, start = kinds_and_starts(outline)[-1]
    assert kind == "end_matter"
    assert start.startswith(f"## {heading}")


@pytest.mark.parametrize(
    "heading",
    [
        "How a child's plan is kept up to date",
        "Keeping families informed",
        "How this chapter was written",
    ],
)
def test_a_last_heading_about_something_else_is_no_end_matter(heading: str) -> None:
    outline = outline_of(_CHAPTER.format(heading=heading))
    assert_tiles(outline)
    assert kinds_and_starts(outline)[-1][0] != "end_matter"
