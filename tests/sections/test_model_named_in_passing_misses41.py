"""A well-known practice model named in passing, after a lead-in naming the cases it is used in
("Where one parent is abusing the other, …"), inside a section whose heading names another kind
(misses round 41, decision 0284): the paragraph stays in that section, whether its wording is one
the practice model's first-sentence cue knows ("… Coldharbour follows …") or not ("… our
workers follow …"). Decisions 0235 and 0273 call such a mention a principle's, not the service's
model; only the breakaway cues (the service or its staff using the model, no such lead-in) make a
closing paragraph a section of its own.
"""

import pytest

from tests.sections.helpers import assert_tiles, outline_of

TITLE = "# Children's Services Policies, Values and Principles\n\n"
MENTION = (
    "Where one parent is abusing the other, {who} the Safe and Together model, so that the "
    "child can stay with the parent being abused and the abuser is asked to answer for it.\n\n"
)


@pytest.mark.parametrize("who", ["Coldharbour follows", "our workers follow"])
@pytest.mark.parametrize(
    ("heading", "kind"),
    [("Principles we work by", "key_principles"), ("Working with our partners", None)],
)
def test_a_model_named_in_passing_stays_under_its_heading(
    who: str, heading: str, kind: str | None
) -> None:
    text = (
        TITLE + f"## {heading}\n\n"
        "Children are safest when the adults around them talk to each other. We tell parents "
        "honestly what worries us, and we agree with them what has to change.\n\n"
        + MENTION.format(who=who)
        + "## Keeping records\n\nWe keep records about children securely and share them "
        "only where the law allows.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    kinds = [section.kind for section in outline.sections]
    assert "practice_model" not in kinds
    headed = {section.heading: section.kind for section in outline.sections}
    if kind is not None:
        assert headed[heading] == kind
