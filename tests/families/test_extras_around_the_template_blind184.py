"""Blind round 184 (decision 0292): the extra parts councils put around the template's content.
A definitions table that explains the Acts beside ordinary terms, and a local offer's exemption
from a charge stated of care leavers with an age. Our own words throughout."""

from __future__ import annotations

from tests.reading import facts_of

_TITLE = "# Children's Services Policies, Values and Principles\n\n"


def test_terms_beside_the_acts_in_a_definitions_table_are_no_legislation() -> None:
    text = (
        f"{_TITLE}## 1. Meaning of words\n\n"
        "| Word or phrase | What it means here |\n|---|---|\n"
        "| Children Act 1989 | Our main duties to children in need. |\n"
        "| Children and Families Act 2014 | Duties on adoption and special needs. |\n"
        "| Adoption and Children Act 2002 | The law on adoption. |\n"
        "| Staying put | Living on with foster carers after 18. |\n\n"
        "## 2. Our values\n\nWe listen to children and keep our word to them.\n"
    )
    facts = facts_of(text, "chapter.md")
    assert [item["cited"] for item in facts["legislation"].value] == [
        "Children Act 1989",
        "Children and Families Act 2014",
        "Adoption and Children Act 2002",
    ]
    assert facts["legislation_count"].value == 3


def test_a_column_of_statutes_with_a_longer_entry_is_kept_whole() -> None:
    text = (
        f"{_TITLE}## 1. The law\n\n"
        "| Statute | Why it matters |\n|---|---|\n"
        "| Children Act 1989 | Our main duties. |\n"
        "| Children Act 2004 | Working together. |\n"
        "| Data protection law as amended from time to time | Keeping records safe. |\n\n"
        "## 2. Our values\n\nWe listen to children and keep our word to them.\n"
    )
    assert facts_of(text, "chapter.md")["legislation_count"].value == 3


def test_an_exemption_from_a_charge_is_no_support_age() -> None:
    text = (
        f"{_TITLE}## Leaving care\n\n"
        "Care leavers have a personal adviser until they are 21, and up to 25 if they ask.\n\n"
        "Care leavers living in the borough are exempt from council tax until they turn 23.\n"
    )
    fact = facts_of(text, "chapter.md")["leaving_care_support_age"]
    assert fact.value == {"age": 21, "extended": [{"age": 25, "condition": "they ask"}]}
    assert not fact.conflict


def test_a_charge_spared_beside_the_support_keeps_the_sentence() -> None:
    text = (
        f"{_TITLE}## Leaving care\n\n"
        "Care leavers do not pay for prescriptions and keep the support of a personal adviser "
        "until they are 22.\n"
    )
    assert facts_of(text, "chapter.md")["leaving_care_support_age"].value == {
        "age": 22,
        "extended": [],
    }


def test_acts_cited_only_in_legal_style_definitions_are_the_legislation() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "1. INTERPRETATION\n\n"
        "1.1 \u201cThe 2002 Act\u201d means the Adoption and Children Act 2002, which governs "
        "adoption.\n\n"
        "1.2 \u201cThe 2014 Act\u201d refers to the Children and Families Act 2014.\n\n"
        "1.3 \u201cCarer\u201d means a foster carer approved by the council.\n\n"
        "2. OUR VALUES\n\n2.1 We listen to children and keep our word to them.\n"
    )
    facts = facts_of(text, "chapter.txt")
    assert [item["cited"] for item in facts["legislation"].value] == [
        "Adoption and Children Act 2002",
        "Children and Families Act 2014",
    ]


def test_one_act_in_a_definition_is_no_list() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "1. INTERPRETATION\n\n"
        "1.1 'The 1989 Act' means the Children Act 1989.\n\n"
        "1.2 'Carer' means a foster carer approved by the council.\n"
    )
    assert facts_of(text, "chapter.txt")["legislation_count"].value == 0
