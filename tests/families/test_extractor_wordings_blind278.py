"""Fact and heading wordings the 278th blind round showed the reader missing (decision 0412), in
wordings of our own and others than the round's: the council's approach to practice named in
apposition, "children who are in care" and "in the care of the council" as Children in Care, a
permanence plan due at "the end of month N", a list introduced as the few principles picked
out ("The three that … are:"), a purpose clause after an "Updated" date, and "About this
version" as the scope's heading. Each case is written for this test in our own words about
invented councils; each near miss keeps what was read before."""

import pytest

from tests.reading import facts_of

_TITLE = "Children's Services Policies, Values and Principles\n\n"


def _chapter(*paragraphs: str) -> str:
    return _TITLE + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(
    ("sentence", "model"),
    [
        (
            "Our approach to practice, Clear Water, asks workers to be honest with families.",
            "Clear Water",
        ),
        (
            "Our approach to working with families, 'Open Gate', began in Tarnley in 2022.",
            "Open Gate",
        ),
    ],
)
def test_an_approach_to_practice_named_in_apposition(sentence: str, model: str) -> None:
    text = _chapter("How we work", sentence)
    assert facts_of(text)["named_models"].value == [model]


@pytest.mark.parametrize(
    ("sentence", "models"),
    [
        # No comma closes the name: a list, in which only the known model is named.
        (
            "Our approach to practice, Signs of Safety and family group conferences all shape "
            "plans.",
            ["Signs of Safety"],
        ),
        # A clause between commas is no name.
        ("Our approach to social work, as the law expects, puts the child first.", []),
    ],
)
def test_no_apposition_names_no_new_model(sentence: str, models: list[str]) -> None:
    text = _chapter("How we work", sentence)
    assert facts_of(text)["named_models"].value == models


@pytest.mark.parametrize(
    "sentence",
    [
        "Brackley Council works hard for the young people who are in care and for care leavers.",
        "Every child who is in care has a social worker who visits regularly.",
        "We are proud of the children and young people in the care of the council.",
        "Each child and young person in the care of the authority has a named nurse.",
    ],
)
def test_in_care_said_other_ways_is_children_in_care(sentence: str) -> None:
    text = _chapter("Introduction", sentence)
    assert facts_of(text)["looked_after_term"].value == "Children in Care"


def test_care_proceedings_is_no_term() -> None:
    text = _chapter("Introduction", "Some children who are in care proceedings live with kin.")
    assert facts_of(text)["looked_after_term"].value is None


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("The deadline for a permanence plan is the end of month four of care.", 4),
        ("Permanence plans fall due at the end of month 6 after a child comes into care.", 6),
        ("A permanence plan is agreed by month three.", 3),
    ],
)
def test_the_end_of_month_n_dates_the_plan(sentence: str, months: int) -> None:
    text = _chapter("Permanence", sentence)
    assert facts_of(text)["permanence_plan_months"].value == months


def test_the_end_of_the_month_with_no_number_dates_nothing() -> None:
    text = _chapter("Permanence", "A permanence plan is discussed at the end of the month.")
    assert facts_of(text)["permanence_plan_months"].value is None


_PRINCIPLES = (
    "- listening to what they tell us;\n- helping them use services;\n"
    "- getting them ready for adult life."
)


@pytest.mark.parametrize(
    "lead_in",
    [
        "The three that young people say matter most to them are:",
        "The three hardest for us to live up to are:",
        "The three which we report on every year are:",
    ],
)
def test_a_stated_count_stands_over_the_few_picked_out(lead_in: str) -> None:
    text = _chapter(
        "Corporate Parenting",
        "The law gives councils seven corporate parenting principles. " + lead_in,
        _PRINCIPLES,
    )
    fact = facts_of(text)["corporate_parenting_principles"]
    assert fact.value == 7
    assert not fact.alternatives


def test_a_list_not_said_to_be_a_few_keeps_its_count() -> None:
    text = _chapter(
        "Corporate Parenting",
        "The law gives councils seven corporate parenting principles. In Brackley they are:",
        _PRINCIPLES,
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 3


@pytest.mark.parametrize(
    "line",
    [
        "Updated: 9 March 2025, to reflect the new local offer.",
        "Updated 9 March 2025 to add the section on permanence.",
        "Last updated: 9 March 2025, to bring the chapter into line with Working Together.",
    ],
)
def test_an_update_with_its_purpose_is_an_amendment(line: str) -> None:
    text = _chapter("Introduction", "Brackley Council looks after children in care.", line)
    facts = facts_of(text)
    assert facts["amendment_date"].value == "2025-03-09"
    assert facts["last_updated"].value is None


@pytest.mark.parametrize("line", ["Updated: 9 March 2025", "Last updated: 9 March 2025"])
def test_a_bare_update_stamp_stays_the_pages(line: str) -> None:
    text = _chapter("Introduction", "Brackley Council looks after children in care.", line)
    facts = facts_of(text)
    assert facts["last_updated"].value == "2025-03-09"
    assert facts["amendment_date"].value is None


@pytest.mark.parametrize(
    "heading", ["About this version", "About this edition", "About this update"]
)
def test_about_this_version_heads_the_scope(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "scope"


def test_about_this_version_of_a_thing_is_no_scope_heading(cues) -> None:
    assert cues.heading_kind("About this version of the pledge for young people") != "scope"
