"""Sections met in the fifty-sixth blind round (decision 0108): chapters with a few headings and
several sections' worth of text under one of them.

- "Other information" (or "Additional information") after the body names no kind;
- a closing amendment note under it is end matter of its own (decision 0097's convention);
- a heading no cue names ("Foundations") over several topics takes the kind of what stands
  right under it, and the later topics are stretches of their own;
- a paragraph of some length that the model plainly prefers to read as another kind is a
  stretch, where a sentence or two in passing stays with its section;
- the chapter's first section may run on, with no heading, into the scope box's material.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

import pytest

from app.sections.assemble import names_no_kind
from tests.sections.outline_helpers import kinds_and_openings

_TITLE = "# Children's Services Policies, Values and Principles\n\n"
_VALUES = (
    "## Our values\n\n"
    "We listen to children and do what we say we will do. We are honest with parents about "
    "our worries and we respect every family's culture and faith.\n\n"
)
_PRINCIPLES = (
    "## How we work\n\n"
    "Families are helped early. Relatives are asked first when a child cannot stay at home, "
    "and a permanence plan is agreed within four months.\n\n"
    "Care leavers keep a personal adviser until they are 21, and to 25 if they want one.\n\n"
)


@pytest.mark.parametrize("heading", ["Other information", "Additional information"])
def test_other_information_after_the_body_names_no_kind(heading: str) -> None:
    assert names_no_kind(heading, after_body=True)
    assert not names_no_kind(heading, after_body=False)
    assert not names_no_kind(heading + " about fostering", after_body=True)


_CLOSING = (
    "## Other information\n\n"
    "Questions go to the Quality and Practice Manager on 01632 960 321.\n\n"
    "Read this chapter with the Sufficiency Strategy and the Local Offer for care leavers.\n\n"
)


@pytest.mark.parametrize("top_scope", [True, False])
def test_a_closing_amendment_note_is_end_matter_of_its_own(top_scope: bool) -> None:
    """After the body, an amendment note is end matter (decision 0097; 0108 first read it as
    scope, corrected at merge to the convention of every other set)."""
    scope = (
        "## About this chapter\n\nThis chapter applies to all staff in children's services.\n\n"
        if top_scope
        else ""
    )
    note = "This chapter was amended in May 2025 to add the local offer for care leavers.\n"
    kinds = kinds_and_openings(_TITLE + scope + _VALUES + _PRINCIPLES + _CLOSING + note, "markdown")
    assert kinds[-2] == ("other", "## Other information\n\nQuestions go to th")
    assert kinds[-1] == ("end_matter", note.strip()[:40])
    assert [kind for kind, _ in kinds].count("scope") == (1 if top_scope else 0)


def test_a_long_closing_amendment_note_is_end_matter_too() -> None:
    scope = "## About this chapter\n\nThis chapter applies to all staff in children's services.\n\n"
    note = (
        "This chapter was amended in May 2025 to add the local offer. The offer was written "
        "with young people. It will be reviewed each year. Managers should tell their teams.\n"
    )
    kinds = kinds_and_openings(_TITLE + scope + _VALUES + _PRINCIPLES + _CLOSING + note, "markdown")
    assert kinds[-2][0] == "other"
    assert kinds[-1][0] == "end_matter"
    assert [kind for kind, _ in kinds].count("scope") == 1


_LAW = (
    "The county's work with children and families rests on law made by Parliament. The main "
    "Acts are:\n\n"
    "- Children Act 1989\n- Children Act 2004\n- Children and Families Act 2014\n"
    "- Children and Social Work Act 2017\n\n"
)
_PARENTING = (
    "Once a child is in care, each councillor and officer of the borough shares the duty a "
    "good parent owes that child, and the Corporate Parenting Panel asks of every decision "
    "whether it would be good enough for their own son or daughter. The Panel measures the "
    "council against seven principles:\n\n"
    "1. act in their best interests and promote their health and well-being;\n"
    "2. encourage them to say what they think, wish and feel;\n"
    "3. take their views, wishes and feelings into account;\n"
    "4. help them use the services the council and its partners offer;\n"
    "5. promote high aspirations and the best outcomes for them;\n"
    "6. keep them safe, with stable homes, relationships and schooling;\n"
    "7. prepare them for adult life and living on their own.\n\n"
)
_MODEL = (
    "Since 2023 the borough's social workers have practised Signs of Safety. Each assessment "
    "maps what the worries are, what is going well and what must happen next, with the family "
    "and the people around it, and every plan is written in words a child can follow.\n\n"
)


def test_a_heading_no_cue_names_takes_the_kind_of_what_stands_under_it() -> None:
    text = _TITLE + "## Foundations\n\n" + _LAW + _PARENTING + _MODEL + _VALUES + _PRINCIPLES
    kinds = [kind for kind, _ in kinds_and_openings(text, "markdown")]
    assert kinds[:4] == ["title", "introduction", "corporate_parenting", "practice_model"]
    starts = dict(kinds_and_openings(text, "markdown"))
    assert starts["introduction"].startswith("## Foundations")
    assert starts["corporate_parenting"].startswith("Once a child is in care")
    assert starts["practice_model"].startswith("Since 2023 the borough")


def test_a_heading_no_cue_names_over_two_topics_is_read_by_its_opening() -> None:
    text = _TITLE + "## Foundations\n\n" + _LAW + _PARENTING + _VALUES + _PRINCIPLES
    kinds = kinds_and_openings(text, "markdown")
    assert kinds[1][0] == "introduction"
    assert kinds[1][1].startswith("## Foundations")
    assert kinds[2] == ("corporate_parenting", "Once a child is in care, each councillor")


def test_a_heading_no_cue_names_over_one_topic_keeps_the_models_kind() -> None:
    text = _TITLE + "## Foundations\n\n" + _PARENTING + _VALUES + _PRINCIPLES
    kinds = kinds_and_openings(text, "markdown")
    assert kinds[1][0] == "corporate_parenting"
    assert kinds[1][1].startswith("## Foundations")
    assert [kind for kind, _ in kinds].count("corporate_parenting") == 1


_VISION = (
    "By 2030 we would like Marlbury to be a county where fewer children need to be looked "
    "after, where those who are live close to home and stay settled, and where young people "
    "leaving care tell us they were ready. Every part of the county council, from its libraries "
    "to its housing, has a part to play in getting there.\n\n"
)


def test_a_long_paragraph_the_model_plainly_reads_as_another_kind_is_a_stretch() -> None:
    text = (
        _TITLE
        + "## What we stand for\n\n"
        + "We believe children do best when they are loved and heard. We are respectful and "
        "honest with families, even when the news is hard to hear.\n\n" + _VISION + _PRINCIPLES
    )
    kinds = kinds_and_openings(text, "markdown")
    assert kinds[1][0] == "values"
    assert kinds[1][1].startswith("## What we stand for")
    assert ("vision", "By 2030 we would like Marlbury to be a c") in kinds


def test_a_model_named_in_passing_among_the_principles_stays_with_them() -> None:
    text = (
        _TITLE
        + _VALUES
        + _PRINCIPLES
        + "Where parents misuse drugs, our workers follow the Family Recovery model and work "
        "alongside the adult treatment service.\n\n"
        + "Children are asked for their views before every review.\n"
    )
    kinds = [kind for kind, _ in kinds_and_openings(text, "markdown")]
    assert "practice_model" not in kinds


_INTRODUCTION = (
    "## Introduction\n\n"
    "Marlbury County Council helps children to grow up safely at home and cares for those who "
    "cannot. This policy sets out the framework for that work and the law behind it.\n\n"
)
_RUN_ON = (
    "Managers, social workers, foster carers and the providers we commission are all expected "
    "to know these pages. The text was revised in April 2025, when the part on leaving care "
    "was rewritten.\n\n"
)


def test_the_first_section_runs_on_into_the_scope() -> None:
    kinds = kinds_and_openings(_TITLE + _INTRODUCTION + _RUN_ON + _VALUES + _PRINCIPLES, "markdown")
    assert kinds[1][0] == "introduction"
    assert kinds[2] == ("scope", _RUN_ON.strip()[:40])


def test_a_later_section_keeps_its_dated_paragraph() -> None:
    kinds = [
        kind
        for kind, _ in kinds_and_openings(
            _TITLE + _INTRODUCTION + _VALUES + _RUN_ON + _PRINCIPLES, "markdown"
        )
    ]
    assert "scope" not in kinds


def test_beside_a_scope_section_the_run_on_stays_with_the_introduction() -> None:
    scope = "## Scope\n\nThis chapter applies to everyone in children's services.\n\n"
    kinds = [
        kind
        for kind, _ in kinds_and_openings(
            _TITLE + scope + _INTRODUCTION + _RUN_ON + _VALUES, "markdown"
        )
    ]
    assert kinds.count("scope") == 1


def test_the_paragraph_right_under_the_first_heading_stays_its_own() -> None:
    text = _TITLE + "## Introduction\n\n" + _RUN_ON + _VALUES + _PRINCIPLES
    kinds = kinds_and_openings(text, "markdown")
    assert kinds[1][1].startswith("## Introduction")
    assert all(not start.startswith("Managers, social workers") for _, start in kinds)


def test_a_heading_naming_no_kind_keeps_what_the_model_would_read_as_the_body() -> None:
    """Under "Other information" a paragraph of related documents stays other: the kind model,
    re-segmenting the section, took it for the scope box (decision 0108, at merge)."""
    text = (
        _TITLE + _VALUES + _PRINCIPLES + "## Other information\n\n"
        "Questions about this chapter go to the practice standards team, who answer within five "
        "working days.\n\n"
        "Related documents in the manual: the placements chapter, the care planning chapter and "
        "the reviews chapter, together with the Corporate Parenting Strategy and the Leaving "
        "Care Local Offer, which every worker who supports a child the Council looks after "
        "should know well and use alongside this chapter.\n\n"
    )
    kinds = [kind for kind, _start in kinds_and_openings(text, "markdown")]
    assert kinds == ["title", "values", "key_principles", "other"]
