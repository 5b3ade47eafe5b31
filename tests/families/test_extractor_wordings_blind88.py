"""Facts wordings of blind round 88 (decision 0150), in our own words: Acts in a sentence saying
the council's duties are set out in them are its legislation; a bold caption between a list's
introduction and its items names the list and is no item of it."""

from __future__ import annotations

from tests.families.fact_helpers import fact_values


def _chapter(introduction: str) -> str:
    return (
        "# Policies and Principles\n\n## Introduction\n\n" + introduction + "\n\n"
        "## Our values\n\nWe are fair and we are kind.\n"
    )


def test_acts_the_councils_duties_are_set_out_in_are_its_legislation():
    for sentence in (
        "The council's responsibilities towards children are set out in the Children Act 1989, "
        "the Children Act 2004 and the Children and Social Work Act 2017.",
        "Our duties to children in need are laid down in the Children Act 1989, the Adoption "
        "and Children Act 2002 and the Children and Families Act 2014.",
        "The duties of the council are placed on it by the Children Act 1989, the Children Act "
        "2004 and the Care Act 2014.",
    ):
        assert fact_values(_chapter(sentence), "chapter.md")["legislation_count"] == 3, sentence


def test_acts_named_in_passing_without_a_stated_basis_are_not_a_list():
    sentence = (
        "Meetings were set out in the spring to discuss the Children Act 1989, the Children "
        "Act 2004 and the Children and Social Work Act 2017 with families."
    )
    assert fact_values(_chapter(sentence), "chapter.md")["legislation_count"] == 0


_PRINCIPLES = """\
# Policies and Principles

## Corporate parenting

Every councillor is a corporate parent. Members follow the corporate parenting principles:

**{caption}**

1. act in the child's best interests
2. hear the child's views
3. help them use our services
4. aim high for them
5. keep them safe and settled
6. prepare them for adult life
7. make sure they are heard
"""


def test_a_bold_caption_over_the_listed_principles_is_not_an_item():
    for caption in ("The seven principles", "Corporate parenting principles"):
        facts = fact_values(_PRINCIPLES.format(caption=caption), "chapter.md")
        assert facts["corporate_parenting_principles"] == 7, caption


def test_a_bold_sentence_is_no_caption():
    from app.facts.readers import _is_list_caption

    assert _is_list_caption("**The seven principles**\n")
    assert not _is_list_caption("**We act on each of these principles in every decision.**")
    assert not _is_list_caption("Plain words over a list")
    assert not _is_list_caption(
        "**A caption that goes on far too long to be the label of any list we know of**"
    )
