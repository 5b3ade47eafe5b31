"""Facts in wordings blind set 159 showed the reader missing (decision 0260).

Tools that councils export chapters with leave their own marks on the words: an information
sign opening a callout, a wiki's page stamp with the time of day, a pandoc span around a date,
"It" for the permanence plan the sentence before named, and a numbered list that a paragraph
interrupts. Each case is written for this test in our own words, not copied from the set's
documents; each negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

_ABOUT = "# Family Help Policy\n\n## About this policy\n\nThis policy applies to all staff.\n\n"

# --- an information sign opening a callout --------------------------------------------------------


def test_an_information_sign_opening_a_callout_quote_opens_its_dated_note():
    text = _ABOUT + "> \u2139\ufe0f Revised in August 2024: the referral route was rewritten.\n"
    assert facts_of(text, "chapter.md")["amendment_date"].value == "2024-08"


def test_a_double_exclamation_sign_opens_a_dated_note_too():
    text = _ABOUT + "\u203c\ufe0f Updated in May 2025: the contact numbers were changed.\n"
    assert facts_of(text, "chapter.md")["amendment_date"].value == "2025-05"


def test_an_information_sign_before_a_date_to_come_dates_nothing():
    text = _ABOUT + "> \u2139\ufe0f Next review due in August 2026.\n"
    assert facts_of(text, "chapter.md")["amendment_date"].value is None


# --- a wiki's page stamp with its time of day -----------------------------------------------------


def test_a_page_stamp_with_its_time_of_day_is_no_amendment():
    text = (
        _ABOUT + "This policy was revised in March 2024 to add the new referral route.\n\n"
        "This page was last edited on 2 May 2024, at 16:40.\n"
    )
    facts = facts_of(text, "chapter.md")
    assert facts["amendment_date"].value == "2024-03"
    assert facts["last_updated"].value == "2024-05-02"


def test_a_page_stamp_with_a_twelve_hour_time_is_no_amendment():
    text = (
        _ABOUT + "This policy was revised in March 2024 to add the new referral route.\n\n"
        "This page was last modified on 2 May 2024 at 4.40 pm.\n"
    )
    assert facts_of(text, "chapter.md")["amendment_date"].value == "2024-03"


def test_a_page_edited_to_change_something_is_still_an_amendment():
    text = _ABOUT + "This page was edited on 2 May 2024 to add the new referral route.\n"
    assert facts_of(text, "chapter.md")["amendment_date"].value == "2024-05-02"


# --- a pandoc span around a date ----------------------------------------------------------------


def test_a_date_in_a_pandoc_span_is_read_as_its_words():
    text = _ABOUT + "This policy was amended in [July 2024]{.underline} to add a new route.\n"
    assert facts_of(text, "chapter.md")["amendment_date"].value == "2024-07"


def test_a_pandoc_span_in_a_link_reads_as_before():
    text = _ABOUT + "See [the referral page](https://example.org) for July 2024's figures.\n"
    assert facts_of(text, "chapter.md")["amendment_date"].value is None


# --- "It" for the plan the sentence before named --------------------------------------------------

_PLANNING = "# Care Planning\n\n## Planning for permanence\n\n{text}\n"


def test_it_after_the_plans_sentence_is_that_plan():
    text = _PLANNING.format(
        text="Each child we look after has a plan for permanence. It must be agreed at the "
        "second review, three months after the child became looked after."
    )
    assert facts_of(text, "chapter.md")["permanence_plan_months"].value == 3


def test_it_doing_something_else_gives_no_timescale():
    text = _PLANNING.format(
        text="Each child we look after has a plan for permanence. It usually takes six months "
        "for a child to settle with new carers."
    )
    assert facts_of(text, "chapter.md")["permanence_plan_months"].value is None


# --- a numbered list interrupted by a paragraph --------------------------------------------------

_PRINCIPLES = (
    "# Corporate Parenting\n\n"
    "## Our duties\n\n"
    "As corporate parents we follow these principles:\n\n"
    "1.  act in their best interests;\n\n"
    "2.  listen to them;\n\n"
    "3.  take account of what they say;\n\n"
    "{between}\n\n"
    "{numbers[0]}.  help them use our services;\n\n"
    "{numbers[1]}.  aim high for them;\n\n"
    "{numbers[2]}.  keep them safe and settled;\n\n"
    "{numbers[3]}.  prepare them for adult life.\n"
)
_BETWEEN = "The Children in Care Council tells us each term how well we listen."


def test_a_numbered_list_going_on_after_a_paragraph_is_one_list():
    text = _PRINCIPLES.format(between=_BETWEEN, numbers=(4, 5, 6, 7))
    assert facts_of(text, "chapter.md")["corporate_parenting_principles"].value == 7


def test_a_second_list_numbered_from_one_is_another_list():
    text = _PRINCIPLES.format(between=_BETWEEN, numbers=(1, 2, 3, 4))
    assert facts_of(text, "chapter.md")["corporate_parenting_principles"].value == 3


def test_a_list_going_on_after_a_heading_is_another_section():
    text = _PRINCIPLES.format(between="## How we check", numbers=(4, 5, 6, 7))
    assert facts_of(text, "chapter.md")["corporate_parenting_principles"].value == 3
