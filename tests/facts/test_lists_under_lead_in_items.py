"""Lists met in the sixty-third blind round (decision 0117): a list set one level below a list
item that introduces it with a colon is a list of its own (a page written as one outline), and a
definition list's term names the statute it cites, its description on the line under it no part
of the title. A bold heading's sub-items with no lead-in stay part of their parent."""

from __future__ import annotations

from tests.reading import facts_of


def test_statutes_under_a_lead_in_item_are_the_legislation_list() -> None:
    text = """# Family Help Policies and Principles

- **The law**
    - Our work is framed by:
        - Children Act 1989
        - Children Act 2004
        - Children and Families Act 2014
    - It applies to every child we work with.
- **Our values**
    - We listen to children and write down what they say.
- **Sharing information**
    - We share what we know only when it keeps a child safe.
"""
    facts = facts_of(text, "chapter.md")
    cited = [item["cited"] for item in facts["legislation"].value]
    assert cited == ["Children Act 1989", "Children Act 2004", "Children and Families Act 2014"]


def test_a_term_over_its_description_cites_the_term() -> None:
    page = (
        "<!doctype html><html><body><div><h1>Family Help Policies and Principles</h1>"
        "<p>This policy has regard to the following legislation:</p><dl>"
        "<dt>Children Act 1989</dt><dd>our main duties to children in need</dd>"
        "<dt>Children Act 2004</dt><dd>agencies working together</dd>"
        "<dt>Equality Act 2010</dt><dd>fair treatment for every family</dd></dl>"
        "<p>It applies to every child we work with.</p></div></body></html>"
    )
    facts = facts_of(page, "chapter.html")
    items = facts["legislation"].value
    assert [item["cited"] for item in items] == [
        "Children Act 1989",
        "Children Act 2004",
        "Equality Act 2010",
    ]
    assert [item["instrument"] for item in items] == [
        "Children Act",
        "Children Act",
        "Equality Act",
    ]


def test_a_term_over_a_capitalised_line_is_left_as_it_was() -> None:
    page = (
        "<!doctype html><html><body><div><h1>Family Help Policies and Principles</h1>"
        "<p>This policy has regard to the following legislation:</p><dl>"
        "<dt>Children Act 1989</dt><dd>Part 3</dd>"
        "<dt>Children Act 2004</dt><dd>Section 11</dd></dl></div></body></html>"
    )
    facts = facts_of(page, "chapter.html")
    assert len(facts["legislation"].value) == 2
