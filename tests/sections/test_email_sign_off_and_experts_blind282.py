"""Blind round 282 (decision 0416): an e-mail's sign-off typed over the sender's first name with
no blank line between ("Best wishes,\nLorna") opens the end matter as a letter's does, and a
paragraph that opens by calling children the experts in their own lives and goes on to their
views is about consultation (a principle of work); the belief alone may open values. Texts
written for these tests in our own words about invented councils."""

from __future__ import annotations

import re

import pytest

from app.families import get_family
from app.sections import split_sections
from app.sections.blocks_text import continues_line

_MAIL = (
    "Hello all,\n\n"
    "Children's Services Policies, Values and Principles\n\n"
    "Every child in Marlow Fen deserves to grow up safe, loved and ambitious for the future.\n\n"
    "The council is corporate parent to every child in its care and follows the seven corporate "
    "parenting principles in all that it decides for them.\n\n"
    "What families tell us is confidential, and we share it only when the law allows it and a "
    "child's safety depends on it.\n\n"
    "{sign_off}\n{name}\n\n{name} Okafor | Quality Lead | Marlow Fen Council\n"
)


def _kinds(text: str) -> list[tuple[str, str]]:
    outline = split_sections(text, get_family().kinds, "plain")
    return [(section.kind, section.text.strip().split("\n", 1)[0]) for section in outline.sections]


@pytest.mark.parametrize(
    ("sign_off", "name"),
    [("Best wishes,", "Lorna"), ("Kind regards", "Tunde"), ("Many thanks,", "Sam")],
)
def test_a_sign_off_over_the_first_name_opens_the_end_matter(sign_off: str, name: str) -> None:
    kinds = _kinds(_MAIL.format(sign_off=sign_off, name=name))
    assert kinds[-1] == ("end_matter", sign_off)


@pytest.mark.parametrize(
    ("before", "after", "joins"),
    [
        ("Best wishes,", "Lorna", False),
        ("Yours sincerely,", "Ruth Okonjo", False),
        ("We send our best wishes,", "and our thanks, to every foster carer.", True),
        ("Care leavers have a personal adviser up to 21,", "or to 25 if they ask.", True),
    ],
)
def test_a_sign_off_line_ends_its_block(before: str, after: str, joins: bool) -> None:
    assert continues_line(before, after, None) is joins


_EXPERTS = (
    "Children's Services Policies, Values and Principles\n\n"
    "This chapter applies to everyone who works in Wendham's children's services and to the "
    "carers and agencies who look after children for us.\n\n"
    "Our work rests on the law, chiefly the Children Act 1989 and the Children Act 2004, which "
    "set out the council's duties to the children it looks after.\n\n"
    "{opening} Their views are sought before each review, and written down in their own "
    "words.\n\n"
    "The council as a whole is corporate parent to every child in its care and follows the "
    "seven corporate parenting principles.\n\n"
    "We value honesty, warmth and persistence, and we keep our promises to children.\n\n"
    "Information about families is shared only when the law allows it and a child's safety "
    "depends on it.\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "Young people in our care are the experts on their own lives.",
        "Children looked after by Wendham Borough Council are experts in their own lives.",
        "Children and young people are the experts in their own lives.",
    ],
)
def test_children_as_experts_in_their_own_lives_open_a_principle(opening: str) -> None:
    kinds = _kinds(_EXPERTS.format(opening=opening))
    assert ("key_principles", opening) in [(kind, first[: len(opening)]) for kind, first in kinds]


@pytest.mark.parametrize(
    "opening",
    [
        "Families are the experts in their own lives.",
        "We see children as experts in their own lives. Their views are sought.",
        "Children are experts in their own lives. We value honesty and we keep our promises.",
        "Children and parents are the experts in their own lives.",
    ],
)
def test_families_a_clause_or_the_belief_alone_open_no_principle(opening: str) -> None:
    principles = next(kind for kind in get_family().kinds if kind.slug == "key_principles")
    assert not any(re.search(cue, opening.lower()) for cue in principles.content_cues)
