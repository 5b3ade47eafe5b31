"""Two ways chapters on other topics say familiar things (blind370, decision 0545): the
permanence plan's time limit with the plan as the subject, first or after one short sentence of
belief, opens the principles of work, even under a heading read as the values; and the people
and agencies around a child, schools, health or the police among them, said all to help or to
have a part in the work, open the shared responsibility. Each case is written for this test in
other words about invented councils."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from app.sections.classify import Cues


@pytest.mark.parametrize(
    "opening",
    [
        "A permanence plan is agreed for every child in care within three months of their arrival.",
        "Every child needs to know where home will be. The plan for permanence is drawn up "
        "with the family for each looked after child within six months.",
        "Uncertainty harms children. A permanence plan will be in place for all children we "
        "look after within 4 months of the first review.",
    ],
)
def test_the_plans_time_limit_as_subject_opens_the_principles(cues: Cues, opening: str) -> None:
    assert cues.content_kind(opening) == "key_principles"


@pytest.mark.parametrize(
    "opening",
    [
        "A permanence plan is a written plan for where the child will grow up.",
        "We believe in honesty. Our care plans are reviewed by the reviewing officer within "
        "20 working days.",
    ],
)
def test_a_plan_described_or_another_plan_timed_opens_no_principles(
    cues: Cues, opening: str
) -> None:
    assert cues.content_kind(opening) != "key_principles"


@pytest.mark.parametrize(
    "opening",
    [
        "Childminders, schools, the library service and our sports trusts all help children "
        "in care to try new things.",
        "Health visitors, GPs, the police and the family hub all play a part in a baby's first "
        "year.",
        "Carers, the school, the Virtual School and the careers service all have a part in "
        "helping a young person choose a course.",
    ],
)
def test_partners_named_all_helping_open_the_shared_responsibility(
    cues: Cues, opening: str
) -> None:
    assert cues.content_kind(opening) == "shared_responsibility"


@pytest.mark.parametrize(
    "opening",
    [
        "Brothers, sisters, aunts and grandparents all help a child feel at home.",
        "The carer helps the child with homework each evening.",
    ],
)
def test_family_or_one_person_helping_names_no_shared_work(cues: Cues, opening: str) -> None:
    assert cues.content_kind(opening) != "shared_responsibility"


_CHAPTER = (
    "# Keeping Children Safe in Sport: Policy, Values and Principles\n\n"
    "## Who this is for\n\n"
    "This chapter was amended in May 2026. It is for carers and staff of Fellbridge Council "
    "who help children in care join clubs and teams.\n\n"
    "## What we stand for\n\n"
    "We believe every child should be able to play, compete and belong, and we value the "
    "confidence a team gives.\n\n"
    "## Clubs, coaches and schools alongside us\n\n"
    "Coaches, schools, the leisure trust and the county sports partnership all play a part in "
    "keeping children safe while they take part.\n\n"
    "## Principles of good practice\n\n"
    "Stable homes make it easier to stay in a team. A permanence plan is agreed for each child "
    "in care within five months of the child becoming looked after.\n\n"
    "## Keeping details private\n\n"
    "Coaches are told only what they need to know to keep a child safe.\n"
)


def test_a_chapter_heads_the_partners_and_the_plan_by_meaning() -> None:
    analyzed = analyze(read_source(_CHAPTER.encode(), "chapter.md"), get_family())
    kinds = {(section.heading or ""): section.kind for section in analyzed.outline.sections}
    assert kinds["Clubs, coaches and schools alongside us"] == "shared_responsibility"
    assert kinds["Principles of good practice"] == "key_principles"
