"""The family's readers on wordings the ninety-second blind round showed missing (decision
0157): the leaving-care support age said only in a young person's own words about their PA;
the corporate parenting principles set out one a paragraph, neither listed nor counted; and a
closing amendment table set out in spaced columns with no heading over it.

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact or the kind.
"""

import pytest

from tests.families.fact_helpers import fact_value, support_ages


@pytest.mark.parametrize(
    ("text", "support"),
    [
        ('Ask Jay, 20: "I still ring my PA when I get stuck, and I can until I\'m 25."', (25, [])),
        ("Your PA stays with you until you are 21, or 25 if you want them to.", (21, [25])),
        (
            "\"My PA will be there till I'm 21, or till I'm 25 if I go to college.\"",
            (21, [25]),
        ),
        (
            '"I\'m 22 and I still see my PA every month. You can keep one up to 25 if you ask."',
            (25, []),
        ),
    ],
)
def test_a_young_persons_pa_names_leaving_care(text: str, support) -> None:
    assert support_ages("Growing up\n\n" + text + "\n") == support


@pytest.mark.parametrize(
    "text",
    [
        # a PA with no age after it, or a PA who is not a care leaver's
        "My PA helped me find a flat when I was 19.",
        "We asked young people about their PA. Many said they want more visits.",
        "The service runs a drop-in. You can come along until 5 o'clock on Fridays.",
    ],
)
def test_a_pa_without_an_age_limit_states_no_support_age(text: str) -> None:
    assert support_ages("Growing up\n\n" + text + "\n") is None


PRINCIPLES = [
    "We act in the best interests of our children and look after their health and well-being.",
    "We ask every child to tell us what they think and how they feel.",
    "We take those views into account and explain what we decided.",
    "We help children to use the services the council and its partners offer.",
    "We hold high hopes for them and work for the best possible outcomes.",
    "We help them to be safe and to have stable homes and schooling.",
    "We get them ready for adulthood and for living independently.",
]


def _principles(text: str) -> int:
    value = fact_value(text, "corporate_parenting_principles")
    assert isinstance(value, int)
    return value


def test_principles_one_a_paragraph_after_a_corporate_parenting_lead_in() -> None:
    text = "\n\n".join(
        [
            "Children's Services Policies",
            "The council is the corporate parent of every child in its care.",
            *PRINCIPLES,
            "Contact us\n\nWrite to the team.",
        ]
    )
    assert _principles(text) == 7


def test_a_paragraph_after_the_last_principle_saying_an_earlier_one_again_ends_the_run() -> None:
    text = "\n\n".join(
        [
            "Children's Services Policies",
            "The council is the corporate parent of every child in its care.",
            *PRINCIPLES,
            "Our teams include adult mental health workers who keep families safe together.",
        ]
    )
    assert _principles(text) == 7


def test_value_paragraphs_under_a_values_heading_are_no_principles() -> None:
    text = "\n\n".join(
        [
            "Children's Services Policies",
            "## Our values",
            "Children's best interests come first in every visit we make.",
            "We are curious and we ask families what they think is going wrong.",
            "We listen carefully, and we say so when we disagree.",
            "We are ambitious for the families we work with.",
            "We keep children safe, and we are honest about our worries.",
        ]
    )
    assert _principles(text) == 0


def test_paragraphs_in_another_order_are_not_read_as_one_run_of_principles() -> None:
    text = "\n\n".join(
        [
            "Children's Services Policies",
            "The council is the corporate parent of every child in its care.",
            *reversed(PRINCIPLES),
        ]
    )
    assert _principles(text) == 0


@pytest.mark.parametrize(
    "line", ["Date             Change", "Date\tWhat changed", "Month amended   Amendments made"]
)
def test_a_spaced_history_header_closing_the_chapter_is_end_matter(cues, line: str) -> None:
    assert cues.content_kind(line, near_end=True) == "end_matter"


@pytest.mark.parametrize(
    "line",
    ["Date change requests go to the business support team.", "Changes to the date of reviews"],
)
def test_a_sentence_opening_on_the_header_words_is_no_history(cues, line: str) -> None:
    assert cues.content_kind(line, near_end=True) != "end_matter"
