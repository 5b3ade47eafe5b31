"""A council's corporate policy template (blind round 91, decision 0156): numbered parts of a
general "Policy statement" that each name a kind of the chapter, front-matter parts that hold
only a record, and an equality impact statement after the body. Our own words throughout."""

from __future__ import annotations

from tests.sections.outline_helpers import kinds_and_headings

_TITLE = "# Policies, Values and Principles\n\n"
_PURPOSE = (
    "## 1.0 Purpose\n\nThis policy sets out the framework within which the council's services "
    "for children and families work.\n\n"
)


def test_numbered_parts_of_a_general_statement_that_name_kinds_are_its_peers() -> None:
    text = (
        f"{_TITLE}{_PURPOSE}## 2.0 Policy statement\n\n"
        "We believe children thrive when they are listened to and kept close to family.\n\n"
        "### 2.1 Corporate parenting\n\nThe whole council acts as a good parent would for "
        "every child it looks after.\n\n"
        "### 2.2 Leaving care\n\nYoung people who leave our care keep a personal adviser "
        "until they are 25.\n\n"
        "### 2.3 Our practice model\n\nOur practice model helps workers map worries and "
        "strengths with families.\n"
    )
    kinds = kinds_and_headings(text, "markdown")
    assert ("corporate_parenting", "2.1 Corporate parenting") in kinds
    assert ("key_principles", "2.2 Leaving care") in kinds
    assert ("practice_model", "2.3 Our practice model") in kinds


def test_numbered_parts_of_a_heading_that_names_a_kind_stay_under_it() -> None:
    text = (
        f"{_TITLE}{_PURPOSE}## 2.0 Key principles\n\n"
        "These principles guide every plan we make with a family.\n\n"
        "### 2.1 Permanence\n\nEvery child in care has a plan for permanence by their second "
        "review.\n\n"
        "### 2.2 Leaving care\n\nYoung people who leave our care keep a personal adviser "
        "until they are 25.\n"
    )
    headings = [heading for _kind, heading in kinds_and_headings(text, "markdown")]
    assert "2.1 Permanence" not in headings
    assert "2.2 Leaving care" not in headings


def test_numbered_parts_one_of_which_no_cue_names_stay_under_the_statement() -> None:
    text = (
        f"{_TITLE}{_PURPOSE}## 2.0 Policy statement\n\n"
        "We believe children thrive when they are listened to and kept close to family.\n\n"
        "### 2.1 Corporate parenting\n\nThe whole council acts as a good parent would for "
        "every child it looks after.\n\n"
        "### 2.2 Budget arrangements\n\nSpending on placements is reported to members each "
        "quarter.\n"
    )
    headings = [heading for _kind, heading in kinds_and_headings(text, "markdown")]
    assert "2.1 Corporate parenting" not in headings


def test_front_matter_parts_holding_only_records_are_sections_side_by_side() -> None:
    text = (
        f"{_TITLE}**Document control**\n\n"
        "| Owner | Head of Service |\n|---|---|\n| Version | 2.0 |\n"
        "| Date approved | June 2025 |\n\n"
        "**Version history**\n\n"
        "| Version | Date | Author | Changes |\n|---|---|---|---|\n"
        "| 1.0 | May 2022 | A. Writer | First issue. |\n"
        "| 2.0 | June 2025 | B. Editor | Vision restated. |\n\n"
        "**Contents**\n\n1.0 Purpose 2\n\n2.0 Scope 3\n\n"
        f"{_PURPOSE}"
    )
    kinds = kinds_and_headings(text, "markdown")
    assert ("scope", "Document control") in kinds
    assert ("scope", "Version history") in kinds
    assert ("scope", "Contents") in kinds


def test_a_scope_part_with_prose_keeps_its_sub_heading() -> None:
    text = (
        f"{_TITLE}**Scope of this chapter**\n\n"
        "This chapter applies to all staff in children's services.\n\n"
        "**Amendment**\n\nThis chapter was amended in June 2025.\n\n"
        f"{_PURPOSE}"
    )
    headings = [heading for _kind, heading in kinds_and_headings(text, "markdown")]
    assert "Amendment" not in headings


def test_an_equality_impact_statement_after_the_body_is_no_kind() -> None:
    text = (
        f"{_TITLE}{_PURPOSE}## 2.0 Our values\n\nWe are honest, respectful and persistent in "
        "our work with families.\n\n"
        "## 3.0 Equality impact statement\n\nThis policy has been checked for its effect on "
        "equality. No group with a protected characteristic is put at a disadvantage by it, so "
        "no full assessment was needed.\n"
    )
    assert ("other", "3.0 Equality impact statement") in kinds_and_headings(text, "markdown")


def test_equality_impact_headings_name_no_kind_after_the_body() -> None:
    from app.sections.assemble import names_no_kind

    for words in ("Equality impact", "Equality impact assessment", "Equality analysis"):
        assert names_no_kind(words, after_body=True), words
    assert not names_no_kind("Equality and diversity", after_body=True)
    assert not names_no_kind("Equality impact", after_body=False)
