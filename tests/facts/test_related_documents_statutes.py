"""A corporate template's "Related documents" list that holds nothing but statutes is the
chapter's legislation list when the chapter lists its law nowhere else (decision 0169); a
related-documents list of the council's own papers, or one beside a list of statutes in the
body, is still further reading. Texts are our own."""

from __future__ import annotations

from tests.reading import facts_of

_BODY = (
    "# Children in Care Policy\n\n"
    "## 1.0 Purpose\n\n"
    "This chapter sets out the values of Brindlecombe's work with children in care.\n\n"
    "## 2.0 Policy statement\n\n"
    "The whole council acts as the parent of every child it looks after.\n\n"
)

_STATUTES = (
    "## 3.0 Related documents\n\n"
    "- Children Act 1989\n"
    "- Children (Leaving Care) Act 2000\n"
    "- Children and Families Act 2014\n"
    "- Children and Social Work Act 2017\n"
)


def test_a_related_documents_list_of_statutes_alone_is_the_legislation_list() -> None:
    assert facts_of(_BODY + _STATUTES)["legislation_count"].value == 4


def test_related_council_papers_are_no_legislation_list() -> None:
    text = _BODY + (
        "## 3.0 Related documents\n\n"
        "- Corporate Parenting Strategy 2024\n"
        "- Local Offer for Care Leavers\n"
        "- Children Act 1989\n"
    )
    fact = facts_of(text).get("legislation_count")
    assert fact is None or fact.value != 3


def test_a_list_of_statutes_in_the_body_comes_first() -> None:
    text = (
        _BODY.replace(
            "looks after.\n\n",
            "looks after. Our duties come from these Acts:\n\n"
            "- Children Act 1989\n- Children Act 2004\n\n",
        )
        + _STATUTES
    )
    assert facts_of(text)["legislation_count"].value == 2


def test_related_guidance_is_no_legislation_list_even_when_dated() -> None:
    text = _BODY + (
        "## 3.0 Related documents\n\n"
        "- Working Together to Safeguard Children 2023\n"
        "- Children Act 1989 Guidance and Regulations\n"
        "- Children and Families Act 2014\n"
    )
    fact = facts_of(text).get("legislation_count")
    assert fact is None or fact.value == 0
