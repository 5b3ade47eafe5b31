"""Wordings the known-misses round misses74 found the reader missing (decision 0501).

- The text as the subject of an intransitive "changed", dated, in a clause after a semicolon
  ("…; it last changed in June 2025"), and the chapter named as its council's ("the borough's
  chapter on …") in the sentence before.
- A one-word name the staff are trained in that the next sentence sets to work as the subject
  of what it asks of them: the practice model.
- A table row that only carries on the title of the row above (a PDF's wrapped cell), and a
  list of titles parted by blank lines where two lines touch (two titles, each with its year,
  or one title wrapped over two lines).

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.reading import facts_of

_TITLE = "Children's Services Policies, Values and Principles\n\n"
_BODY = "\n\nChildren are best brought up in their own families where that is safe.\n"


def _value(text: str, key: str) -> Any:
    return facts_of(text)[key].value


@pytest.mark.parametrize(
    "opening",
    [
        "This is the borough's chapter on how its children's services work. Managers go "
        "over it in supervision, and again whenever it changes; it last changed in June 2025.",
        "This chapter says how our children's services work. It last changed in June 2025.",
    ],
)
def test_the_text_that_last_changed_in_a_month_dates_the_amendment(opening: str) -> None:
    assert _value(_TITLE + opening + _BODY, "amendment_date") == "2025-06"


@pytest.mark.parametrize(
    "opening",
    [
        # "it" is the building, named in the sentence before
        "Our family centre opened on the high street in 2019. Families use it every day; it "
        "last changed hands in June 2025.",
        "Our family centre opened on the high street in 2019. It last changed in June 2025.",
    ],
)
def test_a_change_of_something_else_dates_nothing(opening: str) -> None:
    assert _value(_TITLE + opening + _BODY, "amendment_date") is None


_MODEL_CHAPTER = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Our Values\n\nWe are honest with families and we keep our promises.\n\n"
    "## Our Practice Model\n\n{paragraph}\n\n"
    "## Information Sharing\n\nWe keep what families tell us confidential.\n"
)


def test_a_one_word_name_trained_in_and_set_to_work_next_is_the_model() -> None:
    text = _MODEL_CHAPTER.format(
        paragraph="Every new worker is trained in Lanterns during induction. Lanterns asks "
        "workers to find the adults who already light a child's way before drawing up a plan."
    )
    assert facts_of(text, "chapter.md")["named_models"].value == ["Lanterns"]


def test_a_one_word_name_only_trained_in_is_no_model() -> None:
    text = _MODEL_CHAPTER.format(
        paragraph="Every new worker is trained in Makaton during induction. Workers then use "
        "signs and symbols with children who have little speech."
    )
    assert facts_of(text, "chapter.md")["named_models"].value == []


def test_a_table_row_carrying_on_the_title_above_is_no_title() -> None:
    text = (
        _TITLE + "Legislation\n\n"
        "Act | Year | What it requires\n"
        "Children Act | 1989 | Duties to children in need\n"
        "Care Standards and 2000 | Regulation of fostering and\n"
        "Inspection Act | residential care\n"
        "Children and Families Act | 2014 | Staying put\n" + _BODY
    )
    assert _value(text, "legislation_count") == 3


def test_a_table_whose_rows_are_all_full_counts_each() -> None:
    text = (
        _TITLE + "Legislation\n\n"
        "Act | Year | What it requires\n"
        "Children Act | 1989 | Duties to children in need\n"
        "Adoption and Children Act | 2002 | Adoption and special guardianship\n"
        "Children and Families Act | 2014 | Staying put\n" + _BODY
    )
    assert _value(text, "legislation_count") == 3


def test_titles_parted_by_blank_lines_where_some_touch_are_each_counted() -> None:
    text = (
        _TITLE + "Legislation\n\nOur work rests on the following legislation:\n\n"
        "Children Act 1989\n\n"
        "Children Act 2004\n\n"
        "Children (Leaving Care) Act 2000\n"
        "Children and Young Persons Act 2008\n\n"
        "Care Planning, Placement and Case\n"
        "Review (England) Regulations 2010\n\n"
        "Children and Families Act 2014\n\n"
        "2010\n\n"
        "Our values\n\nWe listen to children before we decide anything about their lives.\n"
    )
    assert _value(text, "legislation_count") == 6
