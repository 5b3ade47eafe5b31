"""Headings run into their paragraphs in the ninety-third blind round (decision 0158): a PDF
whose real headings stand over some kinds and whose other kinds open with a bold label before a
colon ("Practice model: We use …"). Such a label heads a section of its own inside a headed one
whether or not its kind breaks away by its cues, and a paragraph opening with one ends the
section before it.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

import pytest

from app.families import get_family
from app.sections.classify import compile_cues
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_CHAPTER = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## About this chapter\n\n"
    "This chapter sets out the values and principles of Eastwick's children's services.\n\n"
    "## Corporate parenting\n\n"
    "Eastwick Council is the corporate parent of every child in its care. We follow the "
    "corporate parenting principles and report on them to councillors twice a year.\n\n"
    "Practice model: Every team works in one way, with social workers, family support workers "
    "and health visitors planning together with the family around the kitchen table.\n\n"
    "Outcomes: We want children to be safe, healthy, learning and achieving, and ready for the "
    "move to adult life when the time comes for them.\n"
)


@pytest.fixture(scope="module")
def cues():
    return compile_cues(get_family().kinds)


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        ("Practice model: We use one model in all our teams, at any age.", "practice_model"),
        ("Key principles: children do best with their own families if safe.", "key_principles"),
        ("Related documents: the adoption procedure and the fostering handbook.", None),
        ("Scope: this chapter applies to everyone who works with children here.", None),
    ],
)
def test_a_run_in_heading_of_a_body_kind_breaks_away(cues, opening, kind):
    assert cues.breakaway_kind(opening) == cues.breakaway_kind_plain(opening) == kind


def test_a_run_in_practice_model_closing_a_headed_section_is_its_own_section() -> None:
    outline = outline_of(_CHAPTER, "markdown")
    assert_tiles(outline)
    kinds = [kind for kind, _start in kinds_and_starts(outline)]
    assert kinds[-3:] == ["corporate_parenting", "practice_model", "key_outcomes"]
