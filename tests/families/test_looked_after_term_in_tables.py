"""A legislation table's other cells say what each statute covers in the statute's words; the
chapter's own term for children in care is read from its own sentences. Written for these
tests in our own words."""

from tests.families.fact_helpers import fact_value

CHAPTER = """# Our Policies and Principles

## The law

We work within these laws:

| Law | What it is about |
|---|---|
| Children Act 1989 | duties to children in need and to looked after children |
| Children Act 2004 | agencies working together |
| Children and Social Work Act 2017 | corporate parents and care leavers |

## Corporate parenting

Councillors are corporate parents to every child in our care.
"""


def test_a_term_in_a_legislation_tables_row_is_the_statutes_not_the_chapters():
    assert fact_value(CHAPTER, "looked_after_term", "chapter.md") == "Children in Care"


def test_the_same_words_in_the_chapters_own_sentence_still_count():
    """Negative: outside the table row, "looked after children" is the chapter's own use and,
    a full use against a half one, names the term."""
    text = CHAPTER + "\nWe visit looked after children often.\n"
    assert fact_value(text, "looked_after_term", "chapter.md") == "Looked After Children"
