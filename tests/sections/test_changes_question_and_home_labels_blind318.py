"""Two readings from blind318 (decision 0460), each case written for this test in our own words.

A part that asks what changed ("What changed", "What has changed in this chapter?") is the
chapter's changes note as "Amendment" is: a scope heading after it, over prose, opens the
chapter's own scope section instead of joining the note as its part.

Permanence named by the home it gives the child ("A permanent home", "Finding a forever home")
heads the principles of work, also when run into its paragraph ("A lasting home. …") inside
another kind's section. Sections still tile.
"""

from __future__ import annotations

import pytest

from app.families import get_family
from app.sections.classify import compile_cues, cue_text
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_CUES = compile_cues(get_family().kinds)

_CHAPTER = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## {changes}\n\n"
    "We updated this chapter in May 2026. The section on kinship carers was rewritten.\n\n"
    "## {scope}\n\n"
    "Everyone who works for the district with children and their families should know what "
    "these pages say, including staff of the charities we fund.\n\n"
    "## The law we work under\n\n"
    "Our duties come chiefly from the Children Act 1989.\n"
)


@pytest.mark.parametrize(
    ("changes", "scope"),
    [
        ("What changed", "Who should read this"),
        ("What has changed in this chapter?", "About this chapter"),
        ("What we changed", "Who this chapter is for"),
    ],
)
def test_a_scope_heading_after_a_what_changed_part_opens_its_own_section(
    changes: str, scope: str
) -> None:
    outline = outline_of(_CHAPTER.format(changes=changes, scope=scope), "markdown")
    assert_tiles(outline)
    headed = [(section.kind, section.heading) for section in outline.sections]
    assert ("scope", changes) in headed
    assert ("scope", scope) in headed


@pytest.mark.parametrize(
    "heading",
    ["A permanent home", "Finding a forever home", "A lasting home for every child"],
)
def test_a_home_for_good_names_the_principles_of_work(heading: str) -> None:
    assert _CUES.heading_kind(cue_text(heading)) == "key_principles"


@pytest.mark.parametrize("heading", ["A settled home", "Homes for older people"])
def test_other_homes_name_no_principles(heading: str) -> None:
    assert _CUES.heading_kind(cue_text(heading)) != "key_principles"


def test_a_home_label_run_into_its_paragraph_opens_the_principles() -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## How our workers practise\n\n"
        "The district's workers use a strengths-based model. They begin every visit with what "
        "the family is doing well, and plans are written in the family's own words.\n\n"
        "A lasting home. Children do best when they know early where they will grow up, and "
        "we agree a plan for it soon after they come into care.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    starts = kinds_and_starts(outline, 20)
    assert ("key_principles", "A lasting home. Chil") in starts
