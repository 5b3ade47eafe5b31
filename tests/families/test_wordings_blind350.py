"""Wordings blind set 350 showed the reader missing (decision 0517).

- A heading saying everybody has a share in the work ("Everyone's part") or that nobody does
  it alone ("No one works on their own") heads the shared responsibility section: the topic of
  the chapter (respite, mentoring, school moves) then supplies the rest of the words.
- A practice model section saying the service plans with a named approach ("Our staff plan with
  the Harbour Lights approach") names that approach as the model, as "work with" did already.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the kind or the fact.
"""

from __future__ import annotations

import pytest

from app.sections.classify import Cues
from tests.reading import facts_of


@pytest.mark.parametrize(
    "heading",
    [
        "Everyone's part",
        "Everybody has a role to play",
        "Everyone\u2019s job",
        "Nobody plans a break alone",
        "No one works on their own",
        "No-one does this by themselves",
    ],
)
def test_everybody_sharing_the_work_heads_the_shared_responsibility(
    cues: Cues, heading: str
) -> None:
    assert cues.heading_kind(heading) == "shared_responsibility"


@pytest.mark.parametrize(
    "heading",
    [
        "Everyone's part in a child's review",
        "Nobody leaves care alone",
        "No young person should face adulthood on their own",
    ],
)
def test_a_promise_to_the_child_or_a_named_task_heads_no_shared_responsibility(
    cues: Cues, heading: str
) -> None:
    assert cues.heading_kind(heading) != "shared_responsibility"


_CHAPTER = (
    "# Mentoring for Young People in Care: Policy, Values and Principles\n\n"
    "## Who this is for\n\n"
    "This chapter is for everyone who arranges a mentor for a young person in care.\n\n"
    "## Our way of working\n\n"
    "{paragraph}\n"
)


def test_planning_with_a_named_approach_in_the_model_section_names_the_model() -> None:
    text = _CHAPTER.format(
        paragraph="Our staff plan with the Harbour Lights approach. It starts from what the "
        "young person is good at and builds the mentoring around it."
    )
    assert facts_of(text)["named_models"].value == ["Harbour Lights"]


def test_planning_with_a_service_names_no_model() -> None:
    text = _CHAPTER.format(
        paragraph="Our staff plan with the Leaving Care Service. They start from what the young "
        "person is good at and build the mentoring around it."
    )
    assert facts_of(text)["named_models"].value == []
