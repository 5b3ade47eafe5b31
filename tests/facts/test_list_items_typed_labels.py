"""A list item's letter or number typed after its bullet ("- a) Children Act 1989", as the PDF
reader writes a lettered list markdown has no form for, or a page copied with both) labels the
item and is no part of its words: the Acts are cited without it (decision 0362). Texts are our
own."""

from __future__ import annotations

from tests.reading import facts_of

_LETTERED = (
    "# Policies, values and principles\n\n"
    "## Our legal duties\n\n"
    "Ashby Vale Council's work with children rests on these Acts:\n\n"
    "- a) the Children Act 1989\n"
    "- b) Children (Leaving Care) Act 2000\n"
    "- c) Equality Act 2010\n"
)
_BRACKETED_ROMAN = (
    "# Policies, values and principles\n\n"
    "## Legislation\n\n"
    "Nettlecombe's duties come mainly from:\n\n"
    "- (i) Children Act 2004;\n"
    "- (ii) Children and Families Act 2014;\n"
    "- (iii) Children and Social Work Act 2017.\n"
)


def _cited(text: str) -> list[tuple[str, str]]:
    return [
        (item["cited"], item["instrument"])
        for item in facts_of(text, "chapter.md")["legislation"].value
    ]


def test_a_letter_typed_after_a_bullet_is_no_part_of_the_act() -> None:
    assert _cited(_LETTERED) == [
        ("the Children Act 1989", "Children Act"),
        ("Children (Leaving Care) Act 2000", "Children (Leaving Care) Act"),
        ("Equality Act 2010", "Equality Act"),
    ]


def test_a_bracketed_roman_number_typed_after_a_bullet_is_no_part_of_the_act() -> None:
    assert _cited(_BRACKETED_ROMAN) == [
        ("Children Act 2004", "Children Act"),
        ("Children and Families Act 2014", "Children and Families Act"),
        ("Children and Social Work Act 2017", "Children and Social Work Act"),
    ]
