"""Wordings blind set 387 showed the reader missing (decision 0569): a model that one service of
the council "works to", the verb in the singular ("Our adoption service works to Open Hearth, a
model in which …"), names the council's model as "our teams work to" does. Each case is written
for this test in our own words; the negative case is a wording a careless reader would take for
the model."""

from __future__ import annotations

from tests.families.fact_helpers import model_names

_CHAPTER = (
    "Children's Services Policies, Values and Principles\n\n"
    "## About this chapter\n\n"
    "This chapter is for everyone who works in the borough's services for children.\n\n"
    "## {heading}\n\n"
    "{paragraph}\n"
)


def _chapter(paragraph: str, heading: str) -> str:
    return _CHAPTER.format(heading=heading, paragraph=paragraph)


def test_a_service_that_works_to_a_named_model_names_it() -> None:
    text = _chapter(
        "Our adoption service works to Open Hearth, a model in which the adopters, the child's "
        "foster carers and the social worker plan each move together.",
        "Open Hearth",
    )
    assert model_names(text, "chapter.md") == ["Open Hearth"]


def test_a_service_that_works_to_the_law_names_no_model() -> None:
    text = _chapter(
        "Our adoption service works to the Adoption and Children Act 2002 and the statutory "
        "guidance that goes with it.",
        "How we work",
    )
    assert model_names(text, "chapter.md") == []
