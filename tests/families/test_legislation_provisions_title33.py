"""Acts cited by a provision in prose (decision 0582): a provision's number may end in letters
("s.14B", "section 31ZA of the …"), which are the number's, not the Act's title, so the Act is
named as it is after a plain number; and in a sentence the provisions of one Act are that Act,
counted once however their numbers are written (blind326, blind379, blind380; a list's items
keep their provisions, decision 0089). Written for these tests in our own words about invented
councils."""

from __future__ import annotations

import pytest

from tests.reading import facts_of

_TITLE = "Policies and Principles for Children's Services\n\n"


def _chapter(sentence: str) -> str:
    return _TITLE + "Why we do this work\n\n" + sentence + "\n"


def _cited(text: str) -> list[str]:
    return [item["cited"] for item in facts_of(text)["legislation"].value]


@pytest.mark.parametrize(
    "sentence",
    [
        "Wenmoor's social workers visit each child placed away from home (s.14B Children Act "
        "1989), plan for adoption (s.1 Adoption and Children Act 2002) and give advice to each "
        "care leaver (s.24 Children Act 1989).",
        "Wenmoor's duties come from section 31ZA of the Children Act 1989, section 1 of the "
        "Adoption and Children Act 2002 and section 24 of the Children Act 1989.",
    ],
)
def test_a_provisions_letters_are_no_part_of_the_acts_name(sentence: str) -> None:
    cited = _cited(_chapter(sentence))
    assert cited == ["Children Act 1989", "Adoption and Children Act 2002", "Children Act 1989"]


@pytest.mark.parametrize("number", ["17", "14B", "20(1)", "31ZA"])
def test_two_provisions_of_one_act_in_a_sentence_count_once_however_numbered(number: str) -> None:
    text = _chapter(
        f"Our duties are to support children in need (s.{number} Children Act 1989), to "
        "consult each child (s.22(4) Children Act 1989) and to work with our partners (s.10 "
        "Children Act 2004)."
    )
    assert facts_of(text)["legislation_count"].value == 2


def test_a_provision_cited_again_in_the_same_words_is_one_item() -> None:
    text = _chapter(
        "Our duties are to support children in need (s.17 Children Act 1989), to help their "
        "families (s.17 Children Act 1989) and to work with our partners (s.10 Children Act "
        "2004) and with schools (s.175 Education Act 2002)."
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_each_act_cited_once_by_one_provision_counts_once() -> None:
    text = _chapter(
        "Section 20 of the Children Act 1989 lets us accommodate a child, section 10 of the "
        "Children Act 2004 asks agencies to cooperate, and section 1 of the Children and Social "
        "Work Act 2017 sets the corporate parenting principles."
    )
    assert facts_of(text)["legislation_count"].value == 3
