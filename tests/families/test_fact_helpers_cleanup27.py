"""The one-section fact helpers (decision 0504): `text` read as a single section with no blocks,
which five families test files built for themselves before."""

from app.facts import extract_facts, read_outline
from app.families.childrens_policies.extractors import EXTRACTORS, SEARCH_WORDS
from app.sections import Outline, Section
from tests.families.fact_helpers import (
    one_section_facts,
    one_section_reading,
    one_section_value,
    one_section_values,
)

TEXT = (
    "Young people leaving care keep a personal adviser until they are 21, or 25 if they are "
    "still studying. We practise Signs of Safety with every family."
)


def test_the_reading_is_one_other_section_of_the_whole_text() -> None:
    reading = one_section_reading(TEXT)
    assert reading.text == TEXT
    assert [(section.kind, section.text) for section in reading.outline.sections] == [
        ("other", TEXT)
    ]


def test_the_facts_are_those_the_extractors_give_for_that_section() -> None:
    section = Section("other", None, None, 1, 0, len(TEXT), TEXT, ())
    direct = extract_facts(read_outline(Outline(TEXT, None, (section,)), SEARCH_WORDS), EXTRACTORS)
    facts = one_section_facts(TEXT)
    assert list(facts) == [fact.key for fact in direct]
    assert one_section_values(TEXT) == {fact.key: fact.value for fact in direct}
    assert one_section_value(TEXT, "named_models") == ["Signs of Safety"]
    assert one_section_value(TEXT, "amendment_date") is None
