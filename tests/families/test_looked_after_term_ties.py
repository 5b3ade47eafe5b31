"""Which looked-after term a chapter uses when it also describes children in its own voice.

"Children in our care" counts for "Children in Care" at half a use: it describes the children,
where a term names them. Written for these tests in our own words.
"""

import pytest

from tests.families.fact_helpers import one_section_value


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # the council's own voice and one loose use do not outweigh a term written as a name
        (
            "Children in our care asked for fewer changes of worker. The council is corporate "
            "parent to all Children Looked After. A child in care has a plan within four months.",
            "Children Looked After",
        ),
        # alone, the council's own voice still names the term
        (
            "The council is corporate parent to all children in our care, and it listens to "
            "children in our care.",
            "Children in Care",
        ),
        # negative: two uses of the term itself still beat one name in capitals
        (
            "Every child in care has a plan. Each child in care is visited. The council is "
            "corporate parent to all Children Looked After.",
            "Children in Care",
        ),
    ],
)
def test_the_councils_own_voice_counts_half_a_use(text, term):
    assert one_section_value(text, "looked_after_term") == term
