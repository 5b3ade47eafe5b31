"""Wordings from blind round 208 (decision 0327), each case written for this test in our own
words: a list item giving an Act's short name in a bracket before saying what the Act does, and
a version line whose date follows the word saying what was done then.
"""

from tests.reading import facts_of

TITLE = "Fostering Values and Principles\n\n"


def test_an_act_with_its_short_name_then_a_gloss_is_a_statute_item():
    text = TITLE + (
        "Our legal duties\n\n"
        "The legislation behind this page:\n\n"
        "- the Children Act 2004 (CA04): agencies working together\n"
        "- paragraph 4 of CA04: our safeguarding partners\n"
        "- the Fostering Services (England) Regulations 2011 (FSR), which set standards\n"
        "- the Children (Leaving Care) Act 2000 (C(LC)A) - care leavers' rights\n\n"
        "Our carers\n\nWe value our foster carers.\n"
    )
    facts = facts_of(text, "c.md")
    assert facts["legislation_count"].value == 4
    items = facts["legislation"].value
    assert [item["year"] for item in items] == [2004, None, 2011, 2000]
    assert items[0]["instrument"] == "Children Act"
    assert items[3]["instrument"] == "Children (Leaving Care) Act"


def test_a_bracket_with_no_gloss_after_it_is_unchanged():
    text = TITLE + (
        "The law\n\nThe legislation behind this page:\n\n"
        "- Adoption and Children Act 2002 (ACA)\n- Children Act 1989 (as amended)\n\n"
        "Our carers\n\nWe value our foster carers.\n"
    )
    items = facts_of(text, "c.md")["legislation"].value
    assert [item["instrument"] for item in items] == ["Adoption and Children Act", "Children Act"]


def test_a_sentence_naming_an_act_with_its_short_name_is_no_statute_item():
    text = TITLE + (
        "Our carers\n\n"
        "- we read the Children Act 1989 (CA89) with every new carer and explain what it means\n"
        "- we meet carers each month\n\nOur values\n\nWe value our foster carers.\n"
    )
    assert facts_of(text, "c.md")["legislation_count"].value == 0


def test_a_version_line_dated_after_amended_gives_its_label():
    for line, label in (
        ("Version 2.4 \u2013 amended June 2025: training rewritten.", "Version 2.4"),
        ("Issue 7 - updated in March 2024 - contacts changed", "Issue 7"),
        ("v3 (revised 04/2025): new section on family time", "v3"),
    ):
        facts = facts_of(TITLE + line + "\n\nOur carers\n\nWe value our foster carers.\n", "c.txt")
        assert facts["version_label"].value == label, line


def test_a_version_named_in_a_sentence_with_a_date_gives_no_label():
    text = TITLE + (
        "Our carers\n\nThe model we use has been revised since 2019, and version 2 of it - "
        "updated in March 2024 - is used in training.\n"
    )
    assert facts_of(text, "c.txt")["version_label"].value is None
