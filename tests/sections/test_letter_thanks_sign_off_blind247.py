"""A chapter written as a letter may close on thanks rather than "Yours sincerely,": "Many
thanks,", "With thanks for all that you do," over the name and post open its end matter as the
formal sign-offs do (blind round 247, decision 0373). Thanks to someone named, inside the text,
open nothing. Each chapter is written for this test in our own words."""

from __future__ import annotations

import pytest

from app.families import get_family
from app.sections import split_sections

_LETTER = (
    "Policies, Values and Principles\n\n"
    "Dear everyone in Children's Services,\n\n"
    "I want to set out again what we believe and how we work. We are honest with families, we "
    "keep our promises, and we never give up on a child.\n\n"
    "The council is corporate parent to every child in its care and follows the seven corporate "
    "parenting principles in all that it decides for them.\n\n"
    "What families tell us is confidential, and we share it only when the law allows it and a "
    "child's safety depends on it.\n\n"
    "{sign_off}\n\nAled Morgan\n\nDirector of Children's Services\n"
)


def _kinds(text: str) -> list[tuple[str, str]]:
    outline = split_sections(text, get_family().kinds, "plain")
    return [(section.kind, section.text.strip().split("\n", 1)[0]) for section in outline.sections]


@pytest.mark.parametrize(
    "sign_off",
    ["Many thanks,", "With thanks for all that you do,", "Thank you for everything you do."],
)
def test_thanks_over_the_signature_open_the_end_matter(sign_off: str) -> None:
    assert _kinds(_LETTER.format(sign_off=sign_off))[-1] == ("end_matter", sign_off)


def test_thanks_to_someone_named_open_nothing() -> None:
    sign_off = "Many thanks to the young people of the Children in Care Council for their help."
    kinds = _kinds(_LETTER.format(sign_off=sign_off))

    assert ("end_matter", sign_off) not in kinds
