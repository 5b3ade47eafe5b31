"""Sentences of text hard-wrapped narrower than 60 columns (decision 0116): a line filled to the
width that ends mid-sentence carries the sentence on, as a line of 50 characters or more does in
wider text, so the facts read from a sentence cut by the wrap are found. Texts are our own."""

from __future__ import annotations

from app.facts.readers import sentence_spans
from tests.reading import facts_of

_WRAPPED_50 = """Family help policy

Harwick Borough Council works with children under
the Children Act 1989, the Children Act 2004 and
the Children and Families Act 2014, and with the
guidance made under them for children in need.

A child should grow up in their own family where
that can be made safe. Every child who comes into
care has a plan for a permanent home agreed within
four months. Young people leaving care keep an
adviser until they are 21, and up to 25 if they
want one.
"""


def test_a_sentence_cut_by_a_narrow_wrap_is_one_sentence() -> None:
    assert max(len(line) for line in _WRAPPED_50.splitlines()) <= 50
    sentences = [_WRAPPED_50[s.start : s.end] for s in sentence_spans(_WRAPPED_50)]
    assert any(
        sentence.startswith("Every child who comes into") and sentence.endswith("four months.")
        for sentence in sentences
    )


def test_facts_stated_across_a_narrow_wraps_lines_are_read() -> None:
    facts = facts_of(_WRAPPED_50)
    assert facts["permanence_plan_months"].value == 4
    support = facts["leaving_care_support_age"].value
    assert support["age"] == 21
    assert [item["age"] for item in support["extended"]] == [25]


def test_short_lines_of_unwrapped_text_still_end_their_sentences() -> None:
    text = "Our values\nWe listen to children\nWe keep our promises\nWe work with partners\n"
    assert len(sentence_spans(text)) == 4


_LETTERED_IN_A_PARAGRAPH = """Corporate parenting

5. For every child in its care the council acts as a parent. The law asks it to have regard
to seven principles:
(a) to act in the best interests of the child and promote their physical and
mental health and well-being;
(b) to encourage them to express their views, wishes and
feelings;
(c) to take those views into account;
(d) to help them gain access to, and make the best use of, services;
(e) to promote high aspirations and seek the best outcomes for them;
(f) to help them be safe and have stability in their home lives, relationships and
education or work;
(g) to prepare them for adulthood and independent living.

6. The National Framework, published in December 2023, describes the outcomes that
children's social care should achieve.

7. Social workers use Signs of Safety. Every assessment asks three questions.
"""


def test_items_wrapped_back_to_the_margin_are_read_whole_and_end_at_a_new_marker_shape() -> None:
    """Read as markdown, lettered items under a sentence are lines of one paragraph; an item's
    wrapped line starts at the margin in lower case, and the numbered paragraphs after the list
    are not its items."""
    facts = facts_of(_LETTERED_IN_A_PARAGRAPH, "chapter.md")
    principles = facts["corporate_parenting_principles"]
    assert principles.value == 7
    assert not principles.alternatives


_PRINCIPLES_WRAPPED_UNDER_A_COLON = """Corporate parenting

Once a child comes into our care, the whole council stands in the place of a parent.
Councillors and officers in every department, not
only social workers, must keep in mind seven principles set by law:
acting in the child's best interests and for their health and
well-being; encouraging them to say what they want and feel; taking
their views seriously; helping them make use of council services and
those of partners; aiming high for them; helping them feel safe and
settled at home, in school or work and in their friendships; and
getting them ready for adult life and living independently.
"""


def test_prose_wrapped_under_a_colon_is_no_list_of_lines() -> None:
    principles = facts_of(_PRINCIPLES_WRAPPED_UNDER_A_COLON)["corporate_parenting_principles"]
    assert principles.value == 7
    assert not principles.alternatives


def test_short_lines_under_a_colon_are_still_a_list() -> None:
    text = (
        "Corporate parenting\n\nThe council follows the corporate parenting principles:\n"
        "acting in their best interests\nhearing their views\ntaking their views into account\n"
        "helping them use services\naiming high for them\nkeeping them safe and settled\n"
        "preparing them for adult life\n\nWe report on them every year.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 7
