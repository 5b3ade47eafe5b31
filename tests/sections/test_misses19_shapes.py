"""Sections met in the nineteenth known-misses round (decision 0182):

- a corporate template's "Purpose" heading (a hint) over a paragraph saying what the document
  explains reads as the scope, also when a scope box ("Document history", "Contents") stands
  right above it; over the policy framework it stays the introduction;
- a numbered part whose heading only hints at its kind ("3.5 How we practise") over a paragraph
  a content cue names as another kind ("3.5.1 Our practice framework is …") is no run of the part
  before it, so it rises as a section of its own;
- an un-headed section between two others of its run that the model explains by some kind is not
  "other", however unsure the model is of the kind the order gave it;
- a heading that only hints at its kind ("How we do it") over one paragraph of its own and then
  an un-headed run of other kinds is named by the words before the first paragraph that breaks
  away, not by a mixture of the run's topics.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from app.sections.assemble import MIN_EXPLAINED, MIN_MODEL_CONFIDENCE, no_kind_explains
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of


def _kinds(text: str, syntax: str = "markdown") -> list[tuple[str, str]]:
    outline = outline_of(text, syntax)
    assert_tiles(outline)
    return [(kind, start.split("\n")[0]) for kind, start in kinds_and_starts(outline, 60)]


_TEMPLATE = (
    "# Children in Care Policy\n\n"
    "**Document history**\n\n"
    "| Version | Date | Change |\n|---|---|---|\n| 1.0 | 01/03/2021 | First issue |\n"
    "| 2.0 | 12/09/2024 | Full review |\n\n"
    "## 1.0 Purpose\n\n"
    "{purpose}\n\n"
    "## 2.0 Scope\n\n"
    "The policy covers all staff in children's services and the carers we approve.\n\n"
    "## 3.0 Corporate parenting\n\n"
    "The whole council acts as the parent of each child in its care, and every councillor has "
    "regard to the seven corporate parenting principles.\n\n"
    "## 4.0 Information sharing\n\n"
    "We share what we know about a child only when the law allows it.\n"
)


def test_purpose_saying_what_the_policy_describes_is_the_scope_after_a_history_box() -> None:
    text = _TEMPLATE.format(
        purpose="This policy describes the principles Harlby Council follows in caring for "
        "children and in supporting young people who leave its care."
    )
    assert ("scope", "## 1.0 Purpose") in _kinds(text)


def test_purpose_over_the_policy_framework_stays_the_introduction() -> None:
    text = _TEMPLATE.format(
        purpose="This policy sets out the framework within which Harlby Council provides "
        "services to children, young people and their families, under the Children Act 1989 "
        "and the Children Act 2004."
    )
    assert ("introduction", "## 1.0 Purpose") in _kinds(text)


_PARTS = (
    "# Looked After Children Policy\n\n"
    "**1. PURPOSE**\n\n"
    "1.1 This chapter sets out the values and principles of Harlby's work with children.\n\n"
    "**2. POLICY STATEMENT**\n\n"
    "2.1 Harlby wants every child it looks after to do well.\n\n"
    "**2.1 Corporate parenting**\n\n"
    "2.1.1 The whole council acts as the parent of each child in its care.\n\n"
    "**2.2 Permanence and leaving care**\n\n"
    "2.2.1 Each child has a plan for a lasting home by the second review.\n\n"
    "**2.3 How we practise**\n\n"
    "2.3.1 {practice}\n\n"
    "**3. CONFIDENTIALITY**\n\n"
    "3.1 We share what we know about a child only when the law allows it.\n"
)


def test_a_hinted_part_over_another_kinds_opening_rises_as_its_own_section() -> None:
    text = _PARTS.format(
        practice="Harlby's practice framework is Restorative Practice: we work with families, "
        "not around them."
    )
    assert ("practice_model", "**2.3 How we practise**") in _kinds(text)


def test_a_hinted_part_over_its_own_kinds_words_stays_in_the_run() -> None:
    text = _PARTS.format(
        practice="Brothers and sisters are placed together wherever it is safe, and relatives "
        "are asked first."
    )
    starts = [start for _, start in _kinds(text)]
    assert "**2.3 How we practise**" not in starts


def test_a_middle_section_some_kind_explains_is_not_other() -> None:
    unsure = MIN_MODEL_CONFIDENCE / 2
    assert not no_kind_explains(unsure, MIN_EXPLAINED + 0.1, between=True)


def test_a_section_no_kind_explains_or_at_a_runs_edge_is_other() -> None:
    unsure = MIN_MODEL_CONFIDENCE / 2
    assert no_kind_explains(unsure, MIN_EXPLAINED - 0.1, between=True)
    assert no_kind_explains(unsure, MIN_EXPLAINED + 0.1, between=False)
    assert not no_kind_explains(MIN_MODEL_CONFIDENCE, 0.3, between=False)


_PROMISES = (
    "Children's Services Policies, Values and Principles\n\n"
    "This chapter applies to every practitioner and manager in Harlby's children's social care "
    "teams, and to the foster carers and providers who care for children on our behalf.\n\n"
    "- We will listen to children before we decide anything about their lives.\n"
    "- We will tell children and families the truth, even when it is hard to hear.\n"
    "- We will keep brothers and sisters together wherever it is safe.\n"
    "- We will not give up on a young person when a placement ends.\n"
    "- We will celebrate what children achieve, however small.\n\n"
    "The Children Act 1989 gives us our core duties to children in need and to children in our "
    "care, and the Children Act 2004 adds a duty to cooperate with our partners.\n\n"
    "As corporate parents, the councillors and officers of Harlby must have regard to seven "
    "principles whenever they act for children in our care.\n"
)


def test_a_list_of_promises_between_two_sections_reads_as_a_kind() -> None:
    # a guard more than a probe: the model is surer of this list than of 10401's
    kinds = _kinds(_PROMISES, "plain")
    listed = [kind for kind, start in kinds if start.startswith("- We will listen")]
    assert listed and listed[0] != "other"


_HINT_OVER_A_RUN = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Who this is for\n\n"
    "This chapter is meant for everyone who works with children and families for Harlby "
    "Council, whether employed by us, through an agency or by a provider we pay.\n\n"
    "## The law\n\n"
    "Our duties come mainly from the Children Act 1989 and the Children Act 2004.\n\n"
    "## What matters to us\n\n"
    "Honesty, warmth and persistence. We tell families the truth, we are kind about it, and we "
    "keep going when things are hard.\n\n"
    "## How we do it\n\n"
    "We begin with the family: children stay at home whenever it is safe, and aunts, uncles and "
    "grandparents are asked to help before anyone else is. A child in care has a permanence "
    "plan within four months.\n\n"
    "Partner agencies in Harlby share the work of keeping children safe. Police, health and the "
    "council agree the local arrangements together and ask schools to every child protection "
    "conference.\n\n"
    "As corporate parents, all councillors and officers of Harlby hold themselves to the seven "
    "corporate parenting principles whenever they decide anything for a child in our care.\n\n"
    "Records about children and families are kept confidential. Staff share them with other "
    "agencies only where the law allows it and a child's safety needs it, and say why on the "
    "file.\n\n"
    "We want Harlby to be a place where every child is safe, loved and free to do well.\n"
)


def test_a_hinted_heading_over_a_run_of_other_kinds_is_named_by_its_own_paragraph() -> None:
    kinds = _kinds(_HINT_OVER_A_RUN)
    assert ("key_principles", "## How we do it") in kinds
    assert ("shared_responsibility", "Partner agencies in Harlby share the work of keeping ch") in [
        (kind, start[:55]) for kind, start in kinds
    ]
